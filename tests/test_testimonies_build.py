"""The testimonies section in real strict builds: a bad testimony stops the build with a located
message; ten synthetic testimonies per language render with panel, warning, citation and language
links, listed once in the index and in every facet page; the empty section is complete."""
from __future__ import annotations

import os
import posixpath
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
import yaml

from conftest import REPO, copy_project, mkdocs_build, page_path
from peoplefirst.testimonies import synthetic

LANGS = ("en", "uk", "ru")
SITE_URL = "https://example.org/people-first/"
VERSION = "2099.1"
SENSITIVE = {"torture", "degrading-treatment", "sexual-violence", "denial-of-medical-care", "death-in-custody"}
PANEL_LABEL = {"en": "Who is speaking", "uk": "Хто розповідає", "ru": "Кто рассказывает"}
WARNING_LABEL = {"en": "Content warning", "uk": "Попередження про зміст", "ru": "Предупреждение о содержании"}
NONE_TEXT = {"en": "No testimonies have been published in this language yet.",
             "uk": "Цією мовою ще не опубліковано жодного свідчення.",
             "ru": "На этом языке ещё не опубликовано ни одного свидетельства.",
             "fr": "Aucun témoignage n'a encore été publié dans cette langue."}


# --- helpers shared with test_testimonies_scale.py ------------------------------------------------
def build_with_synthetic(tmp: Path, per_language: int, languages=LANGS, search: bool = True):
    """A copy of the project with synthetic testimonies, built strictly. search=False leaves out
    the site-search hook (its cost at scale is measured by `make bench`, not here)."""
    project = copy_project(tmp / "project")
    synthetic.generate(project / "docs", per_language, languages)
    if not search:
        config = project / "mkdocs.yml"
        config.write_text(re.sub(r"(?m)^\s*- hooks/search\.py.*\n", "", config.read_text(encoding="utf-8")),
                          encoding="utf-8")
    env = {"SITE_VERSION": VERSION, "SITE_URL": SITE_URL}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        result = mkdocs_build(project, tmp / "site")
    finally:
        for key, value in saved.items():
            os.environ.pop(key) if value is None else os.environ.__setitem__(key, value)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
    return project, tmp / "site"


def expected_facets(docs: Path, lang: str) -> tuple[set[str], dict[tuple[str, str], set[str]]]:
    """Read the planted files directly (not through the package under test): slugs and facets."""
    slugs, facets = set(), {}
    for path in (docs / lang / "testimonies").glob("t-*.md"):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        slugs.add(path.stem)
        start, _, end = str(meta["period"]).partition("/")
        years = range(int(start[:4]), int((end or start)[:4]) + 1)
        values = [("group", g) for g in meta["groups"]] + [("theme", t) for t in meta["themes"]] + \
                 [("region", r) for r in meta["region"]] + [("year", str(y)) for y in years]
        for key in values:
            facets.setdefault(key, set()).add(path.stem)
    return slugs, facets


def section_url(lang: str, rel: str = "") -> str:
    return ("" if lang == "en" else f"{lang}/") + "testimonies/" + rel


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def resolve(page_url: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(page_url, href)) + "/"


def listing_chain(site: Path, first_url: str) -> list[str]:
    """Follow rel="next" from a listing's first page; every testimony slug listed, in order."""
    slugs, url, seen = [], first_url, set()
    while url:
        assert url not in seen, f"pagination loops at {url}"
        seen.add(url)
        html = read(site, url)
        assert len(html.encode()) < 60_000, f"{url}: {len(html.encode())} bytes"
        block = re.search(r'<ol class="pf-testimony-list"[^>]*>(.*?)</ol>', html, re.S)
        assert block, f"{url}: no listing"
        slugs += [resolve(url, h).rstrip("/").rsplit("/", 1)[1]
                  for h in re.findall(r'<li><a href="([^"]+)">', block.group(1))]
        nxt = re.search(r'<a href="([^"]+)" rel="next">', html)
        url = resolve(url, nxt.group(1)) if nxt else None
    return slugs


def filter_counts(html: str) -> dict[str, int]:
    """Facet path -> count shown in the filter panel."""
    panel = re.search(r'<nav class="pf-testimony-filters".*?</nav>', html, re.S).group(0)
    return {href.rstrip("/"): int(n) for href, n in re.findall(r'<a href="([^"]+)"[^>]*>[^<]*</a> \((\d+)\)', panel)}


def check_index_and_facets(project: Path, site: Path, lang: str) -> None:
    slugs, facets = expected_facets(project / "docs", lang)
    listed = listing_chain(site, section_url(lang))
    assert sorted(listed) == sorted(slugs) and len(listed) == len(set(listed))
    counts = filter_counts(read(site, section_url(lang)))
    assert {k: v for k, v in counts.items() if "/" in k} == {f"{d}/{v}": len(s) for (d, v), s in facets.items()}
    for (dimension, value), expected in facets.items():
        listed = listing_chain(site, section_url(lang, f"{dimension}/{value}/"))
        assert len(listed) == len(set(listed)), f"{lang} {dimension}/{value}: listed twice"
        assert set(listed) == expected, f"{lang} {dimension}/{value}"


# --- a testimony without consent stops the build --------------------------------------------------
def test_missing_consent_fails_the_build_naming_file_and_field(tmp_path):
    project = copy_project(tmp_path / "project")
    record = synthetic.render({**synthetic._record(1, __import__("random").Random(0), synthetic.default(),
                                                   ("en",), __import__("datetime").date.today()),
                               "id": "T-2026-0001"}, "en", synthetic.default())
    without_consent = re.sub(r"^consent:\n(  .*\n)+", "", record, flags=re.M)
    target = project / "docs" / "en" / "testimonies" / "t-2026-0001.md"
    target.write_text(without_consent, encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "docs/en/testimonies/t-2026-0001.md:1: consent: missing (required: given, scope, recorded)" in output
    assert "Traceback" not in output


# --- ten synthetic testimonies per language -------------------------------------------------------
@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return build_with_synthetic(tmp_path_factory.mktemp("testimonies10"), 10)


@pytest.mark.parametrize("lang", LANGS)
def test_testimony_pages_have_panel_warning_citation_and_languages(small, lang):
    project, site = small
    for path in sorted((project / "docs" / lang / "testimonies").glob("t-*.md")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        url = section_url(lang, f"{path.stem}/")
        html = read(site, url)
        panel = re.search(r'<section class="pf-testimony-meta".*?</section>', html, re.S).group(0)
        assert f"<dt>{PANEL_LABEL[lang]}</dt>" in panel and meta["id"] in panel
        text_at = html.index('class="pf-testimony-text"')
        sensitive = SENSITIVE & set(meta["themes"])
        if sensitive:
            warning_at = html.index('<details class="warning pf-content-warning">')
            summary = re.search(r"<summary>(.*?)</summary>", html[warning_at:], re.S).group(1)
            assert WARNING_LABEL[lang] in summary and warning_at < text_at
            assert 'data-md-type="toc" hidden' in html  # no table of contents of the folded text
        else:
            assert "pf-content-warning" not in html
        citation = re.search(r'<p class="pf-citation">(.*?)</p>', html, re.S).group(1)
        assert meta["id"] in citation and VERSION in citation and f"{SITE_URL}{url}" in citation
        links = re.search(r'<nav class="pf-testimony-languages".*?</nav>', html, re.S).group(0)
        targets = {lang_: resolve(url, href) for href, lang_ in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', links)}
        assert set(targets) == set(LANGS) - {lang}
        for target in targets.values():
            assert (site / target / "index.html").exists(), target
        if meta["translation"] == "draft":
            assert "pf-notice--draft" in html


@pytest.mark.parametrize("lang", LANGS)
def test_index_and_facets_list_each_testimony_once_with_counts(small, lang):
    check_index_and_facets(*small, lang)


def test_testimonies_stay_out_of_the_navigation(small):
    _, site = small
    for url in ("", "testimonies/", "uk/testimonies/t-0000-0001/"):
        html = read(site, url)
        nav = "".join(re.findall(r'<nav class="md-nav.*?</nav>', html, re.S))
        assert "t-0000-" not in nav, url


def test_other_languages_point_to_the_collections_instead_of_copies(small):
    _, site = small
    assert not (site / "fr" / "testimonies" / "t-0000-0001").exists()  # no English copies under /fr/
    html = read(site, "fr/testimonies/")
    assert NONE_TEXT["fr"] in unescape(html)
    elsewhere = re.search(r'<p class="pf-testimonies__elsewhere">(.*?)</p>', html, re.S).group(1)
    for lang in LANGS:
        href = re.search(rf'<a href="([^"]+)" hreflang="{lang}"', elsewhere).group(1)
        assert resolve("fr/testimonies/", href) == section_url(lang) and "(10)" in elsewhere


# --- the section with zero testimonies (the repository as it is) ----------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_empty_section_is_complete(site, lang):
    assert not list((REPO / "docs" / lang / "testimonies").glob("t-*.md")), "no real testimony may be in docs/"
    html = page_path(site, lang, "testimonies/").read_text(encoding="utf-8")
    assert NONE_TEXT[lang] in unescape(html)
    assert html.count("<h2 ") >= 5  # where they come from, consent, anonymisation, pages, languages
    assert not (page_path(site, lang, "testimonies/group/").parent.exists())
    home = page_path(site, lang).read_text(encoding="utf-8")
    assert re.search(r'href="(\./)?testimonies/"', home) or 'href="testimonies/"' in home


def test_empty_section_in_a_fallback_language_speaks_the_readers_language(site):
    html = page_path(site, "fr", "testimonies/").read_text(encoding="utf-8")
    assert NONE_TEXT["fr"] in unescape(html) and 'class="pf-testimonies" lang="fr"' in html
    assert "pf-notice--fallback" in html  # the English explanation says it is English


# --- synthetic text and the scaffold --------------------------------------------------------------
def test_synthetic_testimonies_pass_the_pii_guard(tmp_path):
    from pii_guard.scan import scan_paths
    written = synthetic.generate(tmp_path / "docs", 30, LANGS, seed=7)
    result = scan_paths([tmp_path / "docs"])
    assert result.files_scanned == len(written) == 90
    assert result.findings == [] and result.errors == []


def test_synthetic_generator_refuses_the_repository_docs():
    with pytest.raises(ValueError, match="never go into the repository's docs"):
        synthetic.generate(REPO / "docs", 1)


def run_scaffold(*args):
    return subprocess.run([sys.executable, str(REPO / "scripts" / "new_testimony.py"), *args],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=REPO)


def test_scaffold_creates_a_file_that_cannot_build_until_complete(tmp_path):
    from peoplefirst.testimonies import collection, vocabularies
    docs = tmp_path / "docs"
    created = run_scaffold("--lang", "uk", "--docs", str(docs))
    assert created.returncode == 0, created.stderr
    target = next((docs / "uk" / "testimonies").glob("t-*.md"))
    assert re.fullmatch(r"t-\d{4}-0001", target.stem)
    with pytest.raises(collection.CollectionError) as err:
        collection.build(docs, vocabularies.default(), tmp_path)
    message = str(err.value)
    for field in ("groups: empty", "themes: empty", "region: empty", "consent.given: must be true", "text: empty"):
        assert f"docs/uk/testimonies/{target.name}:" in message and field in message
    before = target.read_text(encoding="utf-8")
    again = run_scaffold("--lang", "uk", "--id", target.stem.upper(), "--docs", str(docs))
    assert again.returncode == 2 and "already exists" in again.stderr
    assert target.read_text(encoding="utf-8") == before
    translation = run_scaffold("--lang", "en", "--id", target.stem.upper(), "--docs", str(docs))
    assert translation.returncode == 0
    english = (docs / "en" / "testimonies" / target.name).read_text(encoding="utf-8")
    assert "translation: draft" in english and "original_language: uk" in english


def test_scaffold_asks_for_a_language_it_was_not_given(tmp_path):
    result = run_scaffold("--docs", str(tmp_path / "docs"))
    assert result.returncode == 2 and "LANG missing" in result.stderr


def test_make_target_passes_only_a_command_line_language():
    env = {**os.environ, "LANG": "C.UTF-8"}
    given = subprocess.run(["make", "-n", "new-testimony", "LANG=uk", "ID=T-2026-0005"], cwd=REPO, env=env,
                           capture_output=True, text=True)
    assert "scripts/new_testimony.py --lang uk --id T-2026-0005" in given.stdout
    from_shell = subprocess.run(["make", "-n", "new-testimony"], cwd=REPO, env=env, capture_output=True, text=True)
    assert "scripts/new_testimony.py" in from_shell.stdout and "--lang" not in from_shell.stdout


# --- the content warning in a browser: keyboard, screen reader, no JavaScript ----------------------
@pytest.mark.browser
@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_content_warning_opens_from_the_keyboard(small, browser, javascript):
    import functools
    import http.server
    import threading

    project, site = small
    warned = next(p.stem for p in sorted((project / "docs" / "en" / "testimonies").glob("t-*.md"))
                  if SENSITIVE & set(yaml.safe_load(p.read_text(encoding="utf-8").split("---")[1])["themes"]))
    from conftest import _QuietHandler
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(java_script_enabled=javascript)
    try:
        tab = context.new_page()
        tab.goto(f"http://127.0.0.1:{server.server_address[1]}/testimonies/{warned}/")
        text = tab.locator(".pf-content-warning .pf-testimony-text")
        summary = tab.locator(".pf-content-warning > summary")
        assert not text.is_visible()
        assert "Content warning" in summary.inner_text()
        summary.focus()
        assert tab.evaluate("document.activeElement.tagName") == "SUMMARY"
        tab.keyboard.press("Enter")
        assert text.is_visible()
    finally:
        context.close()
        server.shutdown()
