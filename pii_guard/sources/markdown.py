"""Markdown source files, every hiding place included.

The detectors read the whole raw file (front matter values, HTML comments, link text and
URLs, image alt text, code spans and blocks, tables): nothing is rendered away first. The text
view undoes what splits identifiers (entities, %-escapes, backslash escapes, emphasis markers,
zero-width characters) and maps every hit back to the original line and column.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

import yaml

from ..model import GuardError, ScanContext
from ..registry import Registry
from . import Hit, flat, one_kind_per_number, page_wide, scan_view, textview

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml: 20x faster, same answers
LANGUAGES = frozenset("en uk ru fr es pt zh hi ar de pl be".split())


@dataclass
class Page:
    """What the guard needs to know about a Markdown page besides its text."""
    meta: dict = field(default_factory=dict)
    pseudonyms: frozenset[str] = frozenset()
    ignored: tuple[tuple[int, int], ...] = ()     # original offsets not scanned (the pseudonyms list)
    fields: tuple[int, ...] = ()                  # original offsets where each front matter key, the
                                                  # closing `---` and the body start (read apart)
    scanned_text: str = ""                        # the normalised text the detectors saw (see html.py)


def read_front_matter(text: str, path: str) -> Page:
    """Front matter of `text`; GuardError `path:line: ...` when it is not valid YAML."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return Page()
    body, body_start = match.group("body"), match.start("body")
    first_line = text.count("\n", 0, body_start) + 1
    try:
        try:
            # parsed once into nodes (they say where the pseudonyms list is: it is not scanned);
            # only the keys the guard reads are turned into values (the rest costs as much again)
            loader = _LOADER(body)
            try:
                node = loader.get_single_node()
                meta = _values(loader, node)
            finally:
                loader.dispose()
        except yaml.YAMLError:
            yaml.safe_load(body)      # the pure-Python parser words its errors more clearly
            raise
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        if (mark is None or mark.index >= len(body.rstrip())) and getattr(err, "context_mark", None):
            mark = err.context_mark        # "unclosed [" is reported at the end: point at the opening
        line = first_line + (mark.line if mark else 0)
        problem = getattr(err, "problem", None) or "cannot be parsed"
        raise GuardError(f"{path}:{line}: invalid YAML front matter ({problem})") from None
    if meta is None:
        return Page()
    if not isinstance(meta, dict):
        raise GuardError(f"{path}:{first_line}: invalid YAML front matter (expected 'key: value' lines)")
    raw = meta.get("pseudonyms") or []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(p, str) and p.strip() for p in raw):
        raise GuardError(f"{path}:{first_line}: front matter 'pseudonyms' must be a list of names")
    ignored, fields = [], []
    for key, value in getattr(node, "value", []):
        fields.append(body_start + key.start_mark.index)
        if getattr(key, "value", None) == "pseudonyms":
            ignored.append((body_start + key.start_mark.index, body_start + value.end_mark.index))
    fields.append(match.end("body"))          # the closing `---`, then the body: read on their own
    fields.append(match.end() + 1)
    return Page(meta, frozenset(p.strip() for p in raw), tuple(ignored), tuple(fields))


_READ_KEYS = frozenset({"id", "title", "type", "lang", "language", "pseudonyms"})


def _values(loader, node):
    """The front matter as a dict of the keys the guard reads (None if empty, the node's value
    if it is not a mapping)."""
    if node is None:
        return None
    if not isinstance(node, yaml.MappingNode):
        return loader.construct_document(node)
    loader.flatten_mapping(node)          # merge keys (`<<: *defaults`) as YAML reads them
    meta = {}
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.value in _READ_KEYS:
            meta[key.value] = loader.construct_object(value, deep=True)
    return meta


def body_first_line(text: str) -> int:
    """The 1-based line of `text` where the Markdown after its front matter starts (what MkDocs
    hands to plugins as the page's Markdown)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return 1
    return text.count("\n", 0, match.end()) + 2


def is_testimony(path: str, meta: dict) -> bool:
    return "testimonies" in PurePath(path).parts or meta.get("type") == "testimony"


def language_of(path: str, meta: dict | None = None) -> str | None:
    """docs/<lang>/..., name.<lang>.md, or front matter `lang:`."""
    for part in reversed(PurePath(path).parts[:-1]):
        if part in LANGUAGES:
            return part
    suffixes = PurePath(path).suffixes
    if len(suffixes) > 1 and suffixes[-2].lstrip(".") in LANGUAGES:
        return suffixes[-2].lstrip(".")
    lang = (meta or {}).get("lang") or (meta or {}).get("language")
    return lang if lang in LANGUAGES else None


def _view(text: str, fields: tuple[int, ...]) -> textview.View:
    """The text view, each front matter field a piece of its own (as if a blank line ended it).

    Fields are independent values: read one by one, the lines most pages share (`type:`,
    `groups:`, `consent:`) are judged once for all pages, and only the page's own values
    (`id:`, `title:`) cost anything."""
    cuts = [at for at in fields[1:] if 0 < at < len(text) and text[at - 1] == "\n"]
    if not cuts:
        return textview.build(text, markdown=True)
    builder = textview._Builder()
    pos = 0
    for cut in cuts:
        textview.build(text[pos:cut], offset=pos, markdown=True, out=builder)
        builder.put("\n", cut, cut)        # after the field's own newline: a blank line
        pos = cut
    textview.build(text[pos:], offset=pos, markdown=True, out=builder)
    return builder.view(digits=True)


def scan_text(text: str, path: str, registry: Registry, allowed: frozenset[str] = frozenset(),
              language: str | None = None, testimony: bool | None = None) -> tuple[Page, list[Hit]]:
    """Hits in a Markdown file's text (offsets into `text`) and the page facts they depend on."""
    page = read_front_matter(text, path)
    ctx = ScanContext(
        language=language or language_of(path, page.meta),
        testimony=is_testimony(path, page.meta) if testimony is None else testimony,
        pseudonyms=page.pseudonyms,
        allowed=allowed,
    )
    view = _view(text, page.fields)
    hits, _, _ = scan_view(view, ctx, registry)
    if hits:
        hits += page_wide(view, hits, ctx)
        hits = one_kind_per_number(hits) if ctx.testimony else hits
    else:       # (a page with nothing in it: its page-wide pass is remembered like a piece)
        hits = registry.remembered("page-wide", view.text, ctx, lambda: page_wide(view, [], ctx))
    page.scanned_text = flat(view.text)
    if page.ignored:
        hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in page.ignored)]
    return page, hits
