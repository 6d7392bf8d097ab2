"""`make offline`: a zip of the whole site that works from file://, with search and language
switching, and asks nothing of any other origin (the iframe-worker shim is vendored)."""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import LANGUAGES, REPO, copy_project
from peoplefirst.offline import SHIM, ZIP_ROOT, third_party_references

VENDORED = REPO / "overrides" / SHIM


@pytest.fixture(scope="module")
def offline_zip(tmp_path_factory) -> Path:
    """The offline zip of a copy of the repository, built once for this module."""
    work = tmp_path_factory.mktemp("offline")
    project = copy_project(work / "project")
    out = work / "people-first-offline.zip"
    result = subprocess.run([sys.executable, "-m", "peoplefirst.offline", "--project", str(project), "--out", str(out)],
                            cwd=project, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, f"offline build failed:\n{result.stdout}\n{result.stderr}"
    assert str(out) in result.stdout  # it says where the zip is
    return out


@pytest.fixture(scope="module")
def offline_site(offline_zip, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(offline_zip) as zf:
        zf.extractall(root)
    return root / ZIP_ROOT


def test_vendored_shim_is_the_published_package_file():
    recorded = re.search(r"sha256 of `shim.js`: `([0-9a-f]{64})`", (VENDORED.parent / "VENDORED.txt").read_text())
    assert recorded, "VENDORED.txt must record the sha256 of shim.js"
    assert hashlib.sha256(VENDORED.read_bytes()).hexdigest() == recorded.group(1)


def test_zip_holds_every_language_with_file_urls(offline_site):
    assert (offline_site / "index.html").is_file()
    for lang in LANGUAGES[1:]:
        home = offline_site / lang / "index.html"
        assert home.is_file(), f"{lang}/index.html missing from the offline copy"
        # directory URLs are off: links name index.html, which file:// needs
        assert 'href="../index.html"' in home.read_text(encoding="utf-8") or 'href="../"' not in home.read_text(encoding="utf-8")
    assert (offline_site / "search" / "search_index.js").is_file(), "search index not inlined for file://"


def test_shim_comes_from_the_copy_not_a_cdn(offline_site):
    assert (offline_site / SHIM).read_bytes() == VENDORED.read_bytes()
    home = (offline_site / "index.html").read_text(encoding="utf-8")
    assert f'src="{SHIM}"' in home
    for path in offline_site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".js", ".css", ".json"}:
            assert "unpkg.com" not in path.read_text(encoding="utf-8", errors="replace"), path
    assert third_party_references(offline_site) == []


def test_no_version_selector_offline(offline_site):
    # no versions.json beside a copy on disk: the selector would only fail
    home = (offline_site / "index.html").read_text(encoding="utf-8")
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', home, re.S).group(1)
    assert '"version": null' in config


def test_third_party_check_catches_a_cdn_script(tmp_path):
    (tmp_path / "index.html").write_text('<a href="https://example.org/">a link is fine</a>'
                                         '<script src="https://cdn.example.net/x.js"></script>')
    found = third_party_references(tmp_path)
    assert len(found) == 1 and "cdn.example.net" in found[0]


class _Heading(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside, self.text = False, ""

    def handle_starttag(self, tag, attrs):
        self.inside = self.inside or tag == "h1"

    def handle_endtag(self, tag):
        if tag == "h1":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text += data


@pytest.mark.browser
def test_offline_copy_works_from_file_urls(offline_site, page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    home = offline_site / "index.html"
    page.goto(home.as_uri())
    assert page.locator("html").get_attribute("lang") == "en"

    # language switcher: Ukrainian home, still on disk
    page.locator(".md-header__option .md-select").first.hover()  # the menu opens on hover
    page.locator('.md-select__link[hreflang="uk"]').first.click()
    page.wait_for_load_state()
    assert page.url == (offline_site / "uk" / "index.html").as_uri()
    assert page.locator('.md-select__link[hreflang="en"]').count() >= 1

    # search: a word of the home page's heading finds the home page
    parser = _Heading()
    parser.feed(home.read_text(encoding="utf-8"))
    word = max(re.findall(r"\w+", parser.text), key=len)
    page.goto(home.as_uri())
    search = page.locator("input.md-search__input").first
    search.click()
    search.fill(word)
    results = page.locator(".md-search-result__item")
    # (the search worker builds its index from the whole site first: on a busy two-core machine
    # that took over 15 s once, and over 45 s with a corpus evaluation and a browser beside it, so
    # the wait is generous; a result must still come)
    results.first.wait_for(timeout=120000)
    assert results.count() >= 1, f"no search result for {word!r} from file://"

    others = [url for url in requests if not url.startswith(("file://", "data:", "blob:", "about:"))]
    assert others == [], f"the offline copy asked another origin: {others[:5]}"


def test_offline_pages_allow_the_shim_bootstrap_only_offline(tmp_path):
    from peoplefirst.offline import relax_csp_for_file_urls
    page = tmp_path / "index.html"
    page.write_text('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '
                    'script-src \'self\' \'sha256-abc=\'; style-src \'self\'">')
    assert relax_csp_for_file_urls(tmp_path) == 1
    text = page.read_text()
    assert "script-src 'self' 'unsafe-inline'; style-src 'self'" in text and "sha256-abc" not in text
