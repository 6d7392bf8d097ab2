"""The site's search index: Pagefind, one index per page language, built once after all languages.

Why not Material's search plugin (DESIGN §4): it builds one index for every language that each
visitor downloads on the first page view. Pagefind splits its index into small chunks per
language; a reader downloads only what one query needs, and only once they search.

What this module adds to Pagefind:
- Only pages whose text is in the language of their folder are indexed: a fallback page
  (English text under /uk/..., marked <html lang="en"> by hooks/i18n_fallback.py) would
  otherwise show up twice in English results and never in Ukrainian ones.
- Ukrainian has no stemmer in Pagefind (exact word forms only). Each Ukrainian word that is not
  in its dictionary form gets its lemmas (pymorphy3) written next to it, between LEMMA_OPEN and
  LEMMA_CLOSE, in the copy of the page that is indexed (never in the page readers get). A query
  in dictionary form ("дитина") then finds "дітей"; the search UI strips the markers from
  excerpts, and shortens inflected query words to a stem so that "депортованих" finds
  "депортовані" through Pagefind's prefix matching (docs/assets/js/search.js).
- Chinese is segmented by Pagefind's extended binary (pagefind-bin-extended), which the
  Python API prefers when it is installed.
"""
from __future__ import annotations

import asyncio
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pagefind.index import PagefindIndex

OUTPUT_DIR = "pagefind"
# Only the article is indexed: not the header, navigation, footer or notices around it.
ROOT_SELECTOR = "article.md-content__inner"
EXCLUDE_SELECTORS = [
    ".headerlink",          # the ¶ permalink after each heading
    ".md-content__button",  # edit / view source buttons
    ".pf-notice",           # translation notices: the same sentence on every page
    ".md-source-file",      # "last update" footer
]
# Pagefind's ready-made UIs and its web worker: our UI (assets/js/search.js) uses the JS API on
# the main thread (noWorker), so these would only be dead weight in every copy of the site.
UNUSED_BUNDLE_FILES = (
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
    "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js", "pagefind-worker.js",
)
LEMMA_OPEN, LEMMA_CLOSE = "⁅", "⁆"
LEMMATIZED_LANGUAGES = {"uk"}

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang=\"([^\"]+)\"", re.I)
_NOINDEX = re.compile(r"<meta\s+name=\"robots\"\s+content=\"[^\"]*noindex", re.I)
# Tags, comments and the contents of script/style: never text to annotate.
_MARKUP = re.compile(r"(<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>|<[^>]+>)", re.S | re.I)
_HEADING_OPEN = re.compile(r"<h[1-6]\b", re.I)
_HEADING_CLOSE = re.compile(r"</h[1-6]\s*>", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


class SearchIndexError(Exception):
    """Pagefind could not index the site (message names the page when it can)."""


@dataclass(frozen=True)
class IndexedPage:
    path: Path       # file in the built site
    url: str         # root-relative URL, e.g. /uk/demands/
    language: str


def folder_language(rel_path: str, languages: list[str], default: str) -> str:
    """Language a built page belongs to, from its folder: uk/x/index.html -> uk."""
    first = rel_path.split("/", 1)[0]
    return first if first in languages and first != default else default


def page_url(rel_path: str) -> str:
    """/uk/x/ for uk/x/index.html (directory URLs), /x.html otherwise."""
    if rel_path == "index.html":
        return "/"
    if rel_path.endswith("/index.html"):
        return "/" + rel_path[: -len("index.html")]
    return "/" + rel_path


def indexable_pages(site_dir: Path, languages: list[str], default: str,
                    skip_dirs: tuple[str, ...] = ("assets", OUTPUT_DIR)) -> list[IndexedPage]:
    """Pages whose text is in their folder's language; fallback pages, 404 and noindex left out."""
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        if rel.split("/", 1)[0] in skip_dirs or path.name == "404.html":
            continue
        head = path.read_text(encoding="utf-8", errors="replace")[:4096]
        declared = _HTML_LANG.search(head)
        language = folder_language(rel, languages, default)
        if not declared or declared.group(1).lower() != language or _NOINDEX.search(head):
            continue  # a fallback page (text in another language) or a page asking not to be indexed
        pages.append(IndexedPage(path, page_url(rel), language))
    return pages


@functools.lru_cache(maxsize=1)
def _ukrainian_morphology():
    import pymorphy3  # loaded only when Ukrainian pages are indexed

    return pymorphy3.MorphAnalyzer(lang="uk")


@functools.lru_cache(maxsize=200_000)
def ukrainian_lemmas(word: str) -> tuple[str, ...]:
    """Dictionary forms of a word other than the word itself (every known reading: рік -> рік, ріка)."""
    lower = word.lower()
    lemmas = []
    for parse in _ukrainian_morphology().parse(lower):
        if parse.is_known and parse.normal_form != lower and parse.normal_form not in lemmas:
            lemmas.append(parse.normal_form)
    return tuple(lemmas)


def annotate_lemmas(html: str, lemmas=ukrainian_lemmas) -> str:
    """The page's HTML with each word's lemmas written after it, between lemma markers.

    Inside headings the lemmas go after the closing tag instead: Pagefind takes result titles
    and sub-result titles from headings, and those must read as written.
    """
    out, pending, in_heading = [], [], False
    for part in _MARKUP.split(html):
        if part.startswith("<"):
            out.append(part)
            if _HEADING_OPEN.match(part):
                in_heading = True
            elif _HEADING_CLOSE.match(part):
                in_heading = False
                if pending:
                    out.append(f" {LEMMA_OPEN}{' '.join(pending)}{LEMMA_CLOSE} ")
                    pending = []
            continue
        if in_heading:
            for word in _WORD.findall(part):
                pending.extend(lemma for lemma in lemmas(word) if lemma not in pending)
            out.append(part)
        else:
            out.append(_WORD.sub(lambda m: _with_lemmas(m.group(0), lemmas), part))
    return "".join(out)


def _with_lemmas(word: str, lemmas) -> str:
    found = lemmas(word)
    return f"{word} {LEMMA_OPEN}{' '.join(found)}{LEMMA_CLOSE}" if found else word


def build_index(site_dir: Path, languages: list[str], default: str) -> dict[str, int]:
    """Write site_dir/pagefind/ (one index per language); return the page count per language."""
    pages = indexable_pages(site_dir, languages, default)
    try:
        counts = asyncio.run(_index(site_dir, pages))
    except Exception as err:  # Pagefind's service reports failures as plain exceptions
        raise SearchIndexError(f"Pagefind failed to index {site_dir}: {err}") from None
    for name in UNUSED_BUNDLE_FILES:
        (site_dir / OUTPUT_DIR / name).unlink(missing_ok=True)
    return counts


async def _index(site_dir: Path, pages: list[IndexedPage]) -> dict[str, int]:
    counts: dict[str, int] = {}
    # The index is written when the context closes, to output_path (absolute: the service's
    # working directory is not the site).
    config = {"root_selector": ROOT_SELECTOR, "exclude_selectors": EXCLUDE_SELECTORS,
              "output_path": str(site_dir.resolve() / OUTPUT_DIR)}
    async with PagefindIndex(config=config) as index:
        for page in pages:
            html = page.path.read_text(encoding="utf-8")
            if page.language in LEMMATIZED_LANGUAGES:
                html = annotate_lemmas(html)
            result = await index.add_html_file(content=html, url=page.url)
            if result.get("page_word_count", 1) == 0:
                continue
            counts[page.language] = counts.get(page.language, 0) + 1
    return counts
