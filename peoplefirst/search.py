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
- Chinese is segmented by Pagefind's extended binary (pagefind-bin-extended), which is
  preferred when it is installed.

How: the pages to index are written into a temporary folder (hard links where nothing changes,
annotated copies for Ukrainian) and the Pagefind binary indexes that folder in one run. Sending
pages one by one through Pagefind's Python API took 333 s for 3,204 pages (1,000 testimonies per
language); one run of the binary over the folder takes 9-19 s (README, "Search").
"""
from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pagefind.service import get_executable

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
    site_dir = site_dir.resolve()
    output = site_dir / OUTPUT_DIR
    shutil.rmtree(output, ignore_errors=True)  # counts below must come from this run only
    with tempfile.TemporaryDirectory(prefix="pf-search-") as tmp:
        source = Path(tmp) / "pages"
        write_pages_to_index(indexable_pages(site_dir, languages, default), site_dir, source)
        run_pagefind(source, output, Path(tmp))
    for name in UNUSED_BUNDLE_FILES:
        (output / name).unlink(missing_ok=True)
    return indexed_page_counts(output)


def write_pages_to_index(pages: list[IndexedPage], site_dir: Path, dest: Path) -> None:
    """The pages Pagefind should see, at their paths in the site: Ukrainian ones with lemmas,
    the others hard-linked (copied where the temporary folder is on another disk)."""
    for page in pages:
        target = dest / page.path.relative_to(site_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        if page.language in LEMMATIZED_LANGUAGES:
            target.write_text(annotate_lemmas(page.path.read_text(encoding="utf-8")), encoding="utf-8")
            continue
        try:
            os.link(page.path, target)
        except OSError:
            shutil.copyfile(page.path, target)


def run_pagefind(source: Path, output: Path, workdir: Path) -> None:
    """One run of the Pagefind binary over `source`, writing the bundle to `output`."""
    binary = get_executable()
    if binary is None:
        raise SearchIndexError("Pagefind binary not found: install the pinned requirements (pagefind[extended])")
    # Settings in a config file in the working directory: a list (exclude_selectors) cannot
    # be given reliably as one command-line flag.
    config = {"site": str(source), "output_path": str(output), "root_selector": ROOT_SELECTOR,
              "exclude_selectors": EXCLUDE_SELECTORS}
    (workdir / "pagefind.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run([str(binary), "--silent"], cwd=workdir, capture_output=True, text=True)
    if result.returncode != 0 or not (output / "pagefind-entry.json").is_file():
        detail = " ".join((result.stderr or result.stdout).split())[-500:]
        raise SearchIndexError(f"Pagefind failed to index the site (exit {result.returncode}): {detail}")


def indexed_page_counts(output: Path) -> dict[str, int]:
    """Pages in each language's index, as Pagefind recorded them (pages with no words left out)."""
    entry = json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))
    return {lang: info["page_count"] for lang, info in entry["languages"].items() if info.get("page_count")}
