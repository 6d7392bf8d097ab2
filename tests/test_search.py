"""Search (Pagefind): results only in the reader's language, Ukrainian words found in their other
forms, Chinese segmented, and nothing downloaded for search before the reader searches.

The tests run on the session's copy of the site with testimonies, which holds a few planted
pages whose words are known (conftest.SEARCH_SAMPLES); every planted detail is fictional."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import SEARCH_SAMPLES
from peoplefirst.search import LEMMA_CLOSE, LEMMA_OPEN, annotate_lemmas, indexable_pages, ukrainian_lemmas

PLANTED = SEARCH_SAMPLES


@pytest.fixture(scope="module")
def search_site(site_with_testimonies) -> Path:
    """The session's site with testimonies, which holds the planted pages (conftest.SEARCH_SAMPLES)."""
    assert (site_with_testimonies / "uk" / "pf-search" / "children" / "index.html").exists()
    return site_with_testimonies


# --- the index, without a browser ---------------------------------------------------------------

def test_one_index_per_language_without_fallback_pages(search_site):
    entry = json.loads((search_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert {"en", "uk", "zh"} <= set(entry["languages"])
    languages = ["en", "uk", "ru", "fr", "es", "pt", "zh", "hi", "ar"]
    expected = {}
    for page in indexable_pages(search_site, languages, "en"):
        expected[page.language] = expected.get(page.language, 0) + 1
    fallback = search_site / "uk" / "pf-search" / "fallback" / "index.html"
    assert 'lang="en"' in fallback.read_text(encoding="utf-8")[:300], "the English page under /uk/ is not marked English"
    assert all(p.path != fallback for p in indexable_pages(search_site, languages, "en"))
    for lang, info in entry["languages"].items():
        assert info["page_count"] <= expected.get(lang, 0), f"{lang}: more pages indexed than written in {lang}"
    assert entry["languages"]["en"]["page_count"] == expected["en"], "English pages counted twice (fallbacks)"


def indexed_urls(site: Path) -> dict[str, str]:
    """URL -> language of every page in Pagefind's index, read from its fragments."""
    import gzip

    urls = {}
    for fragment in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        urls[json.loads(data)["url"]] = fragment.name.split("_", 1)[0]
    return urls


def test_listings_and_fallbacks_are_left_out_testimonies_are_in(search_site):
    urls = indexed_urls(search_site)
    testimonies = sorted(p.parent.relative_to(search_site).as_posix()
                         for p in (search_site / "uk" / "testimonies").glob("t-*/index.html"))
    assert testimonies, "no Ukrainian testimony in the test site"
    assert all(f"/{t}/" in urls for t in testimonies), "testimony pages are missing from the index"
    listings = [p for p in search_site.rglob("testimonies/**/index.html")
                if 'content="noindex' in p.read_text(encoding="utf-8")[:4096]]
    assert listings, "no testimony listing page (robots noindex) in the test site"
    for page in listings:
        rel = page.parent.relative_to(search_site).as_posix()
        assert f"/{rel}/" not in urls, f"listing page /{rel}/ is in the search index"
    assert "/uk/pf-search/fallback/" not in urls and urls.get("/pf-search/fallback/") == "en"
    assert urls.get("/uk/pf-search/children/") == "uk" and urls.get("/zh/pf-search/children/") == "zh"


def test_unused_pagefind_bundles_are_not_published(search_site):
    names = {p.name for p in (search_site / "pagefind").iterdir()}
    assert "pagefind.js" in names
    assert not names & {"pagefind-ui.js", "pagefind-component-ui.js", "pagefind-worker.js"}


def test_lemmas_annotate_inflected_words_but_not_headings():
    html = "<article><h1>Повернення дітей</h1><p>Родини полонених чекають.</p><script>var дітей;</script></article>"
    out = annotate_lemmas(html)
    assert f"полонених {LEMMA_OPEN}полонений{LEMMA_CLOSE}" in out
    assert "<h1>Повернення дітей</h1>" in out, "headings are result titles: they must stay as written"
    assert "дитина" in out.split("</h1>", 1)[1]
    assert "<script>var дітей;</script>" in out
    assert "рік" in ukrainian_lemmas("року"), "every dictionary reading counts (року: рік, рок)"


def test_pagefind_failure_is_one_clear_line(tmp_path, monkeypatch):
    from peoplefirst import search

    (tmp_path / "uk").mkdir()
    (tmp_path / "uk" / "index.html").write_text('<html lang="uk"><body><article class="md-content__inner">'
                                                "<p>Повернення дітей</p></article></body></html>", encoding="utf-8")
    monkeypatch.setattr(search, "get_executable", lambda: None)
    with pytest.raises(search.SearchIndexError, match="Pagefind binary not found"):
        search.build_index(tmp_path, ["en", "uk"], "en")
    monkeypatch.setattr(search, "get_executable", lambda: Path("/bin/false"))
    with pytest.raises(search.SearchIndexError, match=r"Pagefind failed to index the site \(exit 1\)"):
        search.build_index(tmp_path, ["en", "uk"], "en")


def test_pages_are_indexed_in_one_run_with_ukrainian_lemmas(tmp_path):
    """The folder Pagefind reads: Ukrainian pages annotated, the others unchanged, fallbacks absent."""
    from peoplefirst.search import write_pages_to_index

    site = tmp_path / "site"
    pages = {"index.html": ("en", "Children"), "uk/index.html": ("uk", "Родини полонених"),
             "uk/x/index.html": ("en", "Not yet translated")}
    for rel, (lang, text) in pages.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(f'<html lang="{lang}"><body><article class="md-content__inner"><p>{text}</p>'
                                "</article></body></html>", encoding="utf-8")
    dest = tmp_path / "pages"
    write_pages_to_index(indexable_pages(site, ["en", "uk"], "en"), site, dest)
    written = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*.html"))
    assert written == ["index.html", "uk/index.html"]
    assert (dest / "index.html").read_bytes() == (site / "index.html").read_bytes()
    assert f"полонених {LEMMA_OPEN}полонений{LEMMA_CLOSE}" in (dest / "uk" / "index.html").read_text(encoding="utf-8")
    assert LEMMA_OPEN not in (site / "uk" / "index.html").read_text(encoding="utf-8"), "readers' pages untouched"


# --- in the browser -----------------------------------------------------------------------------

def _serve(site: Path):
    from peoplefirst.bench import serve

    return serve(site)


def _search(page, query: str) -> list[dict]:
    """Type a query into the header search like a reader; return the results shown."""
    from playwright.sync_api import expect

    field = page.locator("[data-pf-search] input[type=search]")
    field.click()
    field.fill("")
    field.press_sequentially(query, delay=20)
    status = page.locator("[data-pf-search-status]")
    expect(status).not_to_have_text(re.compile(r"^\s*$"))
    placeholder = page.locator("[data-pf-search]").get_attribute("data-text-placeholder")
    expect(status).not_to_have_text(placeholder, timeout=15_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(400)  # the debounced last keystroke
    return [{"href": urlparse(a.get_attribute("href")).path, "text": a.inner_text()}
            for a in page.locator("#pf-search-results a").all()]


@pytest.fixture(scope="module")
def base_url(search_site):
    with _serve(search_site) as url:
        yield url


@pytest.mark.browser
def test_nothing_is_downloaded_for_search_before_the_reader_searches(base_url, page):
    requests = []
    page.on("request", lambda r: requests.append(urlparse(r.url).path))
    page.goto(base_url + "/uk/")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert not [p for p in requests if p.startswith("/pagefind/")], requests
    page.locator("[data-pf-search] input[type=search]").focus()
    page.wait_for_load_state("networkidle")
    loaded = [p for p in requests if p.startswith("/pagefind/")]
    assert "/pagefind/pagefind.js" in loaded
    assert not [p for p in loaded if re.search(r"\.(en|ru|zh)_[0-9a-f]+\.pf_meta$", p)], \
        f"another language's index was loaded: {loaded}"


@pytest.mark.browser
@pytest.mark.parametrize("query, found, form_on_page", [
    ("дитина", "/uk/pf-search/children/", "дітей"),            # dictionary form finds an inflected one
    ("депортовані діти", "/uk/pf-search/children/", "депортованих дітей"),  # inflected finds inflected
    ("полонений", "/uk/pf-search/captives/", "полонених"),
])
def test_ukrainian_query_finds_other_forms_of_the_word(base_url, page, query, found, form_on_page):
    source = PLANTED["uk" + found.removeprefix("/uk").rstrip("/") + ".md"]
    assert form_on_page in source and not set(query.split()) & set(re.findall(r"\w+", source.lower()))
    page.goto(base_url + "/uk/")
    results = _search(page, query)
    assert found in [r["href"] for r in results], results
    shown = next(r for r in results if r["href"] == found)
    assert LEMMA_OPEN not in shown["text"] and LEMMA_CLOSE not in shown["text"], shown["text"]


@pytest.mark.browser
def test_results_on_a_ukrainian_page_are_ukrainian_only(base_url, page, search_site):
    page.goto(base_url + "/uk/")
    results = _search(page, "lighthouse keepers")
    assert all(r["href"].startswith("/uk/") for r in results), results
    for r in results:
        html = (search_site / r["href"].strip("/") / "index.html").read_text(encoding="utf-8")
        assert '<html lang="uk"' in html, f"{r['href']} is not a Ukrainian page"
    assert "/uk/pf-search/fallback/" not in [r["href"] for r in results]
    # the same English words do find the English page from an English page
    page.goto(base_url + "/")
    assert "/pf-search/fallback/" in [r["href"] for r in _search(page, "lighthouse keepers")]


@pytest.mark.browser
def test_a_page_not_yet_translated_searches_in_the_readers_language(base_url, page):
    """/uk/pf-search/fallback/ shows English text (lang="en") to a Ukrainian reader."""
    page.goto(base_url + "/uk/pf-search/fallback/")
    results = _search(page, "дитина")
    assert "/uk/pf-search/children/" in [r["href"] for r in results], results


@pytest.mark.browser
@pytest.mark.parametrize("query", ["儿童", "回家", "家人"])
def test_chinese_query_finds_words_inside_a_sentence(base_url, page, query):
    page.goto(base_url + "/zh/")
    results = _search(page, query)
    assert "/zh/pf-search/children/" in [r["href"] for r in results], results
