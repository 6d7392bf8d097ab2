"""Rendered HTML: what the reader (and a search engine) actually receives.

Catches what templates, includes and hooks add after the Markdown was checked. Text nodes,
comments, script text and the attribute values a person can read or follow (alt, title, href,
content, aria-label, data-*, ...) are scanned; line and column are the HTML file's own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import ScanContext
from ..registry import Registry, context_key
from . import Hit, scan_view, textview

# Attributes whose values a person reads or follows. Others are markup plumbing (class, style,
# SVG geometry such as `d="M9.5 3A6.5..."`, which would look like phone numbers).
_READ_ATTRS = frozenset("""alt title href src content value placeholder label summary abbr cite action
    poster data srcdoc aria-label aria-description aria-roledescription aria-valuetext download""".split())


def _readable(name: str) -> bool:
    return name in _READ_ATTRS or (name.startswith("data-") and not name.startswith("data-md-"))


# Inline elements: text on both sides belongs together (an identifier can span them).
_INLINE = frozenset("""a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub
    sup time u var wbr del ins""".split())

_TOKEN = re.compile(
    r"<!--(?P<comment>.*?)-->"
    r"|<(?P<raw>script|style)\b(?P<rawattrs>[^>]*)>(?P<rawtext>.*?)</(?P=raw)\s*>"
    r"|<(?P<close>/?)(?P<tag>[A-Za-z][\w:-]*)(?P<attrs>(?:\"[^\"]*\"|'[^']*'|[^'\">])*)>"
    r"|<![^>]*>",
    re.DOTALL | re.IGNORECASE,
)
_ATTR = re.compile(r"""([^\s"'>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_BREAK = "\n\n"


def _attributes(builder: textview._Builder, attrs: str, offset: int):
    for match in _ATTR.finditer(attrs):
        name = match.group(1).lower()
        if not _readable(name):
            continue
        group = next(g for g in (2, 3, 4) if match.group(g) is not None)
        value = match.group(group)
        if not value.strip():
            continue
        at = offset + match.start(group)
        builder.put(_BREAK, at, at)
        textview.build(value, offset=at, markdown=False, out=builder)
        builder.put(_BREAK, at, at)


def build_view(html: str) -> textview.View:
    builder = textview._Builder()
    pos = 0
    for match in _TOKEN.finditer(html):
        if match.start() > pos:
            textview.build(html[pos:match.start()], offset=pos, markdown=False, out=builder)
        if match.group("comment") is not None:
            builder.put(_BREAK, match.start(), match.start())
            textview.build(match.group("comment"), offset=match.start("comment"), markdown=False, out=builder)
            builder.put(_BREAK, match.end(), match.end())
        elif match.group("raw"):
            _attributes(builder, match.group("rawattrs"), match.start("rawattrs"))
            builder.put(_BREAK, match.start(), match.start())
            textview.build(match.group("rawtext"), offset=match.start("rawtext"), markdown=False, out=builder)
            builder.put(_BREAK, match.end(), match.end())
        elif match.group("tag"):
            inline = match.group("tag").lower() in _INLINE
            if not inline:
                builder.put(_BREAK, match.start(), match.start())
            _attributes(builder, match.group("attrs"), match.start("attrs"))
        pos = match.end()
    if pos < len(html):
        textview.build(html[pos:], offset=pos, markdown=False, out=builder)
    return builder.view()


# Where a page may be cut into independently scanned chunks: between a tag closing one line and
# a tag opening the next (text nodes never straddle such a cut).
_CHUNK_BREAK = re.compile(r"(?<=>)\n(?=[ \t]*<)")


_RELATIVE = re.compile(r"""((?:href|src)=["']?)(?:\.\.?/)+""")


def _chunks(html: str):
    start = 0
    for match in _CHUNK_BREAK.finditer(html):
        yield start, match.start()
        start = match.end()
    yield start, len(html)


def scan_text(html: str, ctx: ScanContext, registry: Registry, seen: str | None = None) -> list[Hit]:
    """Hits in an HTML document (offsets into `html`).

    Pages share most of their markup (head, navigation, icons, footer), in every language:
    each chunk is scanned once per build and then answered from the registry's cache.
    `seen`: the page's Markdown as already scanned (sources.flat); text found in it verbatim
    is not scanned again, so only what the templates and hooks added costs anything."""
    hits = []
    context = ("html", *context_key(ctx))
    for start, end in _chunks(html):
        chunk = html[start:end]
        # the same navigation differs from page to page only by "../" in its links
        key = (*context, _RELATIVE.sub(r"\1", chunk))
        if registry.cached(key) == []:
            continue                 # this chunk (up to "../") was clean on another page
        page_key = (*key, seen)      # the same page text rendered again (fallback languages)
        found = registry.cached(page_key) if seen is not None else None
        if found is None:
            found, skipped = scan_view(build_view(chunk), ctx, registry, seen)
            registry.store(page_key if skipped else key, found)
        hits.extend(replace(h, start=h.start + start, end=h.end + start) for h in found)
    return hits
