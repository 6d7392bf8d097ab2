"""Reports section as readers see it: listings, category pages, report pages and Atom feeds in
every language; bad front matter stops the build; pagination with many reports."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import yaml

from conftest import LANGUAGES, copy_project, mkdocs_build, page_path

FULL = ["en", "uk", "ru"]                     # languages with every report translated
ATOM = "{http://www.w3.org/2005/Atom}"
REPO = Path(__file__).resolve().parent.parent
CATEGORIES = list(yaml.safe_load((REPO / "data/report-categories.yml").read_text("utf-8"))["categories"])
REAL_REPORTS = [p for p in (REPO / "docs/en/reports").glob("*.md") if p.name != "index.md"]


class _Article(HTMLParser):
    """Links, list items and lang attributes inside the page's <article> (the content area)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.html_lang = None
        self.links: list[str] = []
        self.items = 0
        self.classes: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if tag == "article":
            self.depth += 1
        if self.depth:
            if tag == "a" and attrs.get("href"):
                self.links.append(attrs["href"])
            if tag == "li" and "pf-report-list__item" in (attrs.get("class") or ""):
                self.items += 1
            self.classes += (attrs.get("class") or "").split()

    def handle_endtag(self, tag):
        if tag == "article" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def article(path: Path) -> _Article:
    assert path.exists(), f"missing page {path}"
    parser = _Article()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def target_of(site: Path, page: Path, href: str) -> Path | None:
    """Built file a same-site link points to (None for other sites, mail and in-page anchors)."""
    parsed = urlparse(href)
    if parsed.scheme or href.startswith(("#", "//")):
        return None
    rel = page.relative_to(site).as_posix()
    resolved = urlparse(urljoin(f"http://site/{rel}", parsed.path)).path.lstrip("/")
    target = site / resolved
    return target / "index.html" if resolved.endswith("/") or target.is_dir() else target


def assert_links_resolve(site: Path, page: Path) -> list[Path]:
    targets = []
    for href in article(page).links:
        target = target_of(site, page, href)
        if target is not None:
            assert target.exists(), f"{page.relative_to(site)}: broken link {href}"
            targets.append(target)
    return targets


def reports_in(site: Path, lang: str) -> list[Path]:
    """Report pages linked from a language's listing (first page)."""
    listing = page_path(site, lang, "reports")
    return [t for t in assert_links_resolve(site, listing)
            if re.search(r"/reports/(?!category/|page/)[^/]+/index\.html$", t.as_posix())]


@pytest.mark.parametrize("lang", FULL)
def test_listing_links_at_least_four_reports_written_in_the_language(site, lang):
    listing = page_path(site, lang, "reports")
    view = article(listing)
    assert view.html_lang == lang and "pf-notice--fallback" not in view.classes
    reports = sorted(set(reports_in(site, lang)))
    assert len(reports) >= 4 and view.items == len(reports)
    for report in reports:
        page = article(report)
        assert page.html_lang == lang, f"{report} is not in {lang}"
        assert "pf-report-meta" in page.classes
        text = " ".join(page.text)
        assert re.search(r"\d", text) and "{{" not in text, f"{report}: placeholders left"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_listing_and_category_pages_without_broken_links(site, lang):
    listing = page_path(site, lang, "reports")
    assert article(listing).items >= 4
    assert_links_resolve(site, listing)
    for slug in CATEGORIES:
        category = page_path(site, lang, f"reports/category/{slug}")
        view = article(category)
        assert view.html_lang == lang
        # every report listed here carries that category, and every link works
        for target in assert_links_resolve(site, category):
            if "/category/" not in target.as_posix() and target.parent.parent.name == "reports":
                assert f"category/{slug}/" in " ".join(article(target).links)
    for report in reports_in(site, lang):
        assert_links_resolve(site, report)


@pytest.mark.parametrize("lang", [l for l in LANGUAGES if l not in FULL])
def test_untranslated_reports_fall_back_to_english_with_notice(site, lang):
    for report in reports_in(site, lang):
        view = article(report)
        assert view.html_lang == "en" and "pf-notice--fallback" in view.classes


@pytest.mark.parametrize("lang", LANGUAGES)
def test_feed_is_valid_atom_linking_to_built_pages(site, lang):
    path = (site if lang == "en" else site / lang) / "reports" / "feed.xml"
    root = ET.parse(path).getroot()
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    self_link = next(l.get("href") for l in root.findall(f"{ATOM}link") if l.get("rel") == "self")
    prefix = "" if lang == "en" else f"{lang}/"
    assert self_link.endswith(f"/{prefix}reports/feed.xml")
    site_url = self_link[: -len(f"{prefix}reports/feed.xml")]
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(set(reports_in(site, lang))) >= 4
    for entry in entries:
        href = entry.find(f"{ATOM}link").get("href")
        parsed = urlparse(href)
        assert href.startswith(site_url) and parsed.scheme in ("http", "https")
        assert not parsed.query and not parsed.fragment, f"tracking or extra parameters in {href}"
        built = site / href[len(site_url):] / "index.html"
        assert built.exists(), f"feed entry {href} has no page"
        for tag in ("id", "title", "updated", "summary"):
            assert (entry.find(f"{ATOM}{tag}").text or "").strip(), tag
        assert entry.find(f"{ATOM}author/{ATOM}name").text


def test_listing_advertises_its_feed(site):
    for lang in LANGUAGES:
        listing = page_path(site, lang, "reports")
        feeds = [t for t in assert_links_resolve(site, listing) if t.name == "feed.xml"]
        assert feeds, f"no feed link on the {lang} listing"


# --- Builds of a throwaway copy -------------------------------------------------------------

REPORT = """---
title: "{title}"
date: {date}
categories: [{categories}]
authors: ["Fictional Editorial Group"]
summary: A synthetic report for the pagination test.
translation: original
---

# {title}

{body}
"""


@pytest.mark.parametrize("change,expected", [
    (lambda t: t.replace("date: 2026-11-25\n", ""),
     r"docs/en/reports/planted\.md:1: field 'date': missing"),
    (lambda t: t.replace("categories: [advocacy]", "categories: [advocacy, propaganda]"),
     r"docs/en/reports/planted\.md:4: field 'categories': unknown category 'propaganda' "
     r"\(allowed values: international-law, .*advocacy"),
])
def test_invalid_front_matter_fails_the_build_with_a_clear_message(tmp_path, change, expected):
    project = copy_project(tmp_path / "project")
    text = REPORT.format(title="Planted", date="2026-11-25", categories="advocacy", body="Text.")
    (project / "docs/en/reports/planted.md").write_text(change(text), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert re.search(expected, output), output
    assert "Traceback" not in output


@pytest.fixture(scope="module")
def crowded_site(tmp_path_factory):
    """A copy with 25 synthetic English reports besides the real ones (one much longer)."""
    base = tmp_path_factory.mktemp("crowded")
    project = copy_project(base / "project")
    for n in range(25):
        body = ("Synthetic paragraph for a test. " * (400 if n == 0 else 20)).strip()
        (project / f"docs/en/reports/synthetic-{n:02d}.md").write_text(REPORT.format(
            title=f"Synthetic report {n:02d}", date=f"2026-10-{n + 1:02d}",
            categories="advocacy" if n % 2 else "children", body=body), encoding="utf-8")
    result = mkdocs_build(project, base / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return base / "site"


def _pages_of(site: Path, lang: str, base: str) -> list[Path]:
    """Follow rel=next links from the first page of a listing."""
    pages, page = [], page_path(site, lang, base)
    while page is not None:
        pages.append(page)
        html = page.read_text(encoding="utf-8")
        found = re.search(r'<a rel="next" href="([^"]+)"', html)
        page = target_of(site, page, found.group(1)) if found else None
        assert len(pages) < 20
    return pages


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pagination_lists_every_report_once(crowded_site, lang):
    pages = _pages_of(crowded_site, lang, "reports")
    counts = [article(p).items for p in pages]
    assert counts[:-1] == [10] * (len(pages) - 1) and 0 < counts[-1] <= 10
    assert sum(counts) == 25 + len(REAL_REPORTS)
    names = {f"synthetic-{n:02d}" for n in range(25)} | {p.stem for p in REAL_REPORTS}
    seen = []
    for page in pages:
        seen += [t for t in assert_links_resolve(crowded_site, page) if t.parent.name in names]
    assert len(seen) == len(set(seen)) == sum(counts)
    # each later page links back to the first
    assert page_path(crowded_site, lang, "reports") in assert_links_resolve(crowded_site, pages[-1])
    # newest first across pages: the oldest synthetic report is on the last page
    assert any(t.parent.name == "synthetic-00" for t in assert_links_resolve(crowded_site, pages[-1]))


def test_category_pages_paginate_too(crowded_site):
    pages = _pages_of(crowded_site, "uk", "reports/category/advocacy")
    assert len(pages) == 2 and sum(article(p).items for p in pages) == 12 + 1


def test_reading_time_follows_length(crowded_site):
    def minutes(name):
        text = " ".join(article(page_path(crowded_site, "en", f"reports/{name}")).text)
        return int(re.search(r"(\d+) min read", text).group(1))
    assert minutes("synthetic-00") > minutes("synthetic-01") == 1
