"""Rendered HTML: what the reader (and a search engine) actually receives.

Catches what templates, includes and hooks add after the Markdown was checked. Text nodes,
comments, script text and the attribute values a person can read or follow (alt, title, href,
content, aria-label, data-*, ...) are scanned; line and column are the HTML file's own.
"""
from __future__ import annotations

import functools
import re
from itertools import accumulate
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
        if name == "href" and value.startswith("#"):
            # a link to an anchor of the same page: its id is made from a heading whose text is
            # read where it stands ("Year 2022 (page 10 of 13)" -> "#2022-10-13" is no date)
            continue
        at = offset + match.start(group)
        builder.put(_BREAK, at, at)
        textview.build(value, offset=at, markdown=False, out=builder)
        builder.put(_BREAK, at, at)


def build_view(html: str, text_only: bool = False) -> textview.View:
    builder = textview.TextOnly() if text_only else textview._Builder()
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




def chunks(html: str) -> list[str]:
    """The page cut into independently scanned chunks: after a tag that ends a line, when only
    white space comes before the next tag (no text node straddles such a cut). The newline at
    each cut is dropped. str.split does this several times faster than a regex on 40 kB pages."""
    pieces = html.split(">\n")
    out = []
    current = pieces[0]
    for piece in pieces[1:]:
        if piece.lstrip().startswith("<"):
            out.append(current + ">")
            current = piece
        else:
            current += ">\n" + piece
    out.append(current)
    return out

# The same navigation differs from page to page only in its relative links (`../../uk/people/`):
# they name the site's own pages and files, whose paths the build guard scans once each
# (BuildGuard._path_findings), so a chunk is known clean up to them. A link with a query string
# is not the site's own path: it is read like any other text.
_RELATIVE_VALUE = r"""(?:"(?![a-z][\w+.-]*:|//)[^"?]*"|'(?![a-z][\w+.-]*:|//)[^'?]*')"""


@functools.lru_cache(maxsize=8)
def _own_links(site_url: str | None) -> re.Pattern:
    """Links to the site's own pages: relative ones, and absolute ones under `site_url` (the
    canonical and hreflang links of the head name the page's own path too)."""
    values = [_RELATIVE_VALUE]
    if site_url:
        own = re.escape(site_url.rstrip("/") + "/")
        values.append(f"""(?:"{own}[^"?]*"|'{own}[^'?]*')""")
    return re.compile(rf"""((?:href|src)=)(?:{"|".join(values)})""")


# Elements that never have a closing tag (they cannot open a language region).
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _lang_attribute(html: str, at: int) -> int:
    """Where the next `lang=` attribute name starts (not `hreflang=`, not text), or -1."""
    while True:
        found = html.find("lang", at)
        if found < 0:
            return -1
        at = found + 4
        if found and html[found - 1].isspace() and html[at:at + 8].lstrip().startswith("="):
            return found
_LANG_OPEN = re.compile(r"""<([A-Za-z][\w-]*)\b(?:"[^"]*"|'[^']*'|[^'">])*?\slang\s*=\s*["']?([A-Za-z]{2,3})\b[^>]*>""")


def _element_end(html: str, tag: str, after: int, limit: int) -> int:
    """End of the element `tag` whose opening tag ends at `after` (nested same-name elements
    counted); `limit` when it is not closed before it."""
    depth = 1
    for match in _tag_pattern(tag).finditer(html, after, limit):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    return limit


@functools.lru_cache(maxsize=64)
def _tag_pattern(tag: str) -> re.Pattern:
    return re.compile(rf"<(/?){re.escape(tag)}\b[^>]*>", re.IGNORECASE)


def language_regions(html: str, content_language: str | None,
                     ui_language: str | None) -> list[tuple[int, int, str | None]]:
    """(start, end, language) pieces of a rendered page, cut only at tags.

    The page's own text (inside `<article>`) is in `content_language`; the theme around it
    (header, navigation, footer) in `ui_language`. An element with its own `lang` attribute (a
    translation notice, a link to another language's version) is in that language. `<html lang>`
    is not trusted: on a fallback page it names the article's language, not the interface's."""
    cuts: list[tuple[int, int, str | None]] = []      # explicit regions, outermost first
    at = 0
    while True:
        # find " lang=" with str.find (a regex search is 15 times slower), then read its tag
        found = _lang_attribute(html, at)
        if found < 0:
            break
        tag_start = html.rfind("<", 0, found)
        match = _LANG_OPEN.match(html, tag_start) if tag_start >= at else None
        if not match:
            at = found + 4
            continue
        tag = match.group(1).lower()
        if tag == "html" or tag in _VOID or match.group().endswith("/>"):
            at = match.end()
            continue
        end = _element_end(html, tag, match.end(), len(html))
        cuts.append((match.start(), end, match.group(2).lower()))
        at = end                   # a nested lang inside is rare: the outer one decides
    article_start = html.find("<article")
    article_end = html.rfind("</article>")
    bounds = [(0, ui_language)]
    if 0 <= article_start < article_end:
        bounds += [(html.index(">", article_start) + 1, content_language), (article_end, ui_language)]
    points = sorted({p for p, _ in bounds} | {p for c in cuts for p in c[:2]} | {len(html)})
    out: list[tuple[int, int, str | None]] = []
    for start, end in zip(points, points[1:]):
        lang = next((c[2] for c in cuts if c[0] <= start < c[1]), None)
        if lang is None:
            lang = [b[1] for b in bounds if b[0] <= start][-1]
        if out and out[-1][2] == lang and out[-1][1] == start:
            out[-1] = (out[-1][0], end, lang)
        else:
            out.append((start, end, lang))
    return out


class _Clean:
    """Chunks known to hold nothing: per detection context (`by_context`, keyed by the chunk with
    the site's own links removed, and `raw`, keyed by the chunk as it stands, which spares the
    link rewriting on pages of the same depth), and per page source for chunks whose every
    piece is the page's own Markdown (already scanned)."""

    def __init__(self):
        self.by_context: dict[tuple, set[str]] = {}
        self.raw: dict[tuple, set[str]] = {}
        self.blocks: dict[tuple, set[str]] = {}
        self.by_source: dict[int, set[str]] = {}


def _clean_sets(registry: Registry) -> _Clean:
    clean = registry.cached(("html-clean",))
    if clean is None:
        clean = _Clean()
        registry.store(("html-clean",), clean)
    return clean


_BLANK_LINE = re.compile(r"(\n[ \t]*\n)")      # (kept by split: block offsets add up)


def _blank_value(match: re.Match) -> str:
    """An own link with its value (inside the quotes) as spaces of the same length: what
    build_view does not read, at the same offsets."""
    quoted = match.group()[len(match.group(1)):]
    return match.group(1) + quoted[0] + " " * (len(quoted) - 2) + quoted[-1]


def _unknown_blocks(text: str, known: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the parts of `text` between blank lines that are not in `known`.

    Detection never joins text across a blank line (textview.segments), so no identifier is
    cut; a block is only a unit of the cache. A page shares nearly all of its ~600 blocks with
    the page before it, so they are split and compared in C (re.split, set difference); only
    when one is new are the offsets added up (the split keeps the blank lines between blocks)."""
    parts = _BLANK_LINE.split(text)
    blocks = parts[::2]
    new = set(blocks).difference(known)
    if not new:
        return []
    for block in new:
        if not block.strip():
            known.add(block)             # white space between blocks: nothing to read
    starts = [0, *accumulate(map(len, parts))][::2]
    return [(starts[i], starts[i] + len(block)) for i, block in enumerate(blocks)
            if block in new and block not in known]


def scan_text(html: str, ctx: ScanContext, registry: Registry, seen: str | None = None,
              ui_language: str | None = None, site_url: str | None = None,
              read: frozenset[str] | set[str] = frozenset()) -> list[Hit]:
    """Hits in an HTML document (offsets into `html`).

    Each region is judged in its own language (see language_regions): `ctx.language` is the
    page text's, `ui_language` the interface's (default: the same).
    Pages share most of their markup (head, navigation, icons, footer), in every language: a
    block between blank lines that was clean once, as it stands, is not looked at again; in
    the others, a chunk that was clean once (up to its links to the site's own pages, relative
    or under `site_url`) is not looked at again. `seen`: the page's Markdown as already scanned
    (sources.flat); text found in it verbatim is not scanned again, so only what the templates
    and hooks added costs anything."""
    hits = []
    clean = _clean_sets(registry)
    own = clean.by_source.setdefault(hash(seen), set()) if seen is not None else set()
    own_links = _own_links(site_url)
    for region_start, region_end, language in language_regions(html, ctx.language, ui_language or ctx.language):
        region_ctx = ctx if language == ctx.language else replace(ctx, language=language)
        # Pseudonyms only ever remove findings, so a chunk is first judged without them: the
        # theme's chunks (navigation, footer) are then known clean once for all testimonies,
        # whatever pseudonyms each declares. Only a chunk with a hit is judged again with them.
        plain_ctx = replace(region_ctx, pseudonyms=frozenset()) if region_ctx.pseudonyms else region_ctx
        context = context_key(plain_ctx)
        known = clean.by_context.setdefault(context, set())
        known_raw = clean.raw.setdefault(context, set())
        known_blocks = clean.blocks.setdefault(context, set())
        region = html[region_start:region_end]
        for block_start, block_end in _unknown_blocks(region, known_blocks):
            block = region[block_start:block_end]
            if not block.strip():
                known_blocks.add(block)
                continue
            offset = region_start + block_start
            dirty = False                # a chunk not known clean in this context whatever the page
            for chunk in chunks(block):
                start = offset
                offset += len(chunk) + 1
                if chunk in known_raw or not chunk.strip():
                    continue
                key = own_links.sub(r'\1""', chunk) if "=" in chunk else chunk
                if key in known:
                    known_raw.add(chunk)
                    continue
                if key in own:
                    dirty = True
                    continue
                # the site's own links are not read: they are paths of its files, read once each
                # (BuildGuard._path_findings); blanked in place, so offsets stay right
                text = own_links.sub(_blank_value, chunk) if key != chunk else chunk
                found, skipped, scanned = scan_view(build_view(text, text_only=True), plain_ctx, registry, seen, read)
                if found and plain_ctx is not region_ctx:
                    found, _, _ = scan_view(build_view(text, text_only=True), region_ctx, registry, seen, read)
                    if not found:
                        dirty = True         # clean thanks to this page's pseudonyms only
                        continue
                if found:                    # read it again, this time keeping where each character was
                    found, _, _ = scan_view(build_view(text), region_ctx, registry, seen, read)
                    hits.extend(replace(h, start=h.start + start, end=h.end + start) for h in found)
                    dirty = True
                elif not skipped:
                    known.add(key)           # clean in this context whatever the page
                    known_raw.add(chunk)
                else:
                    dirty = True             # partly the page's own Markdown, skipped
                    if not scanned:
                        own.add(key)         # all of its text is the page's Markdown
            if not dirty:
                known_blocks.add(block)
    return hits
