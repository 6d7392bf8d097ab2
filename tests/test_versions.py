"""Versioned releases with mike, in a temporary git repository: two releases (2026.10, then
2026.11 with the `latest` alias as a copy), the way deploy.yml publishes them
(conftest.published_releases, shared with test_takedown.py)."""
from __future__ import annotations

import json
import posixpath
import re
import subprocess
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from conftest import LANGUAGES, PLANTED_REDIRECT, RELEASE_SITE_URL, REPO, redirect_target
from peoplefirst.takedown import branch_files
from peoplefirst.versions import VersionError, release_version, site_relative_link

SITE_URL = RELEASE_SITE_URL
VERSIONS = ("2026.10", "2026.11")
FOLDERS = (*VERSIONS, "latest")


def configured_redirects() -> dict[str, str]:
    """The real redirect maps of mkdocs.yml (custom tags read as plain values)."""
    loader = type("Loader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=loader)
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "redirects" in plugin:
            return dict((plugin["redirects"] or {}).get("redirect_maps") or {})
    return {}


@pytest.fixture(scope="module")
def gh_pages(published_releases) -> dict[str, bytes]:
    """Every file of the gh-pages branch after two releases (conftest.published_releases)."""
    project = published_releases.project
    modes = subprocess.run(["git", "ls-tree", "-r", "gh-pages"], cwd=project, capture_output=True, text=True).stdout
    files = branch_files(project, "gh-pages")
    files["<modes>"] = modes.encode()
    return files


def text(files, path) -> str:
    assert path in files, f"gh-pages:{path} missing"
    return files[path].decode("utf-8")


def lang_home(folder: str, lang: str) -> str:
    return f"{folder}/index.html" if lang == "en" else f"{folder}/{lang}/index.html"


def resolve(files, from_file: str, href: str) -> str:
    """gh-pages file a relative link of from_file leads to."""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(from_file), href.split("#")[0]))
    return target + "/index.html" if href.split("#")[0].endswith("/") or target + "/index.html" in files else target


# --- versions.json and folders ---------------------------------------------------------------

def test_versions_json_lists_both_releases_and_latest(gh_pages):
    versions = json.loads(text(gh_pages, "versions.json"))
    assert [v["version"] for v in versions] == ["2026.11", "2026.10"]
    assert versions[0]["aliases"] == ["latest"] and versions[1]["aliases"] == []


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_version_holds_every_language(gh_pages, folder):
    for lang in LANGUAGES:
        page = text(gh_pages, lang_home(folder, lang))
        assert f'<html lang="{lang}"' in page or '<html lang="en"' in page  # fallback pages say English


def test_uk_home_in_both_releases(gh_pages):
    for version in VERSIONS:
        assert f"{version}/uk/index.html" in gh_pages


def test_no_symlinks_and_latest_is_a_copy(gh_pages):
    assert " 120000 " not in " " + gh_pages["<modes>"].decode().replace("\n", " \n ")
    assert gh_pages["latest/uk/index.html"] == gh_pages["2026.11/uk/index.html"]


def test_root_sends_readers_to_latest(gh_pages):
    assert "latest/" in text(gh_pages, "index.html")


# --- sitemap, language switcher, 404, banner -------------------------------------------------

@pytest.mark.parametrize("version", VERSIONS)
def test_sitemap_addresses_exist_in_their_version(gh_pages, version):
    sitemap = text(gh_pages, f"{version}/sitemap.xml")
    hrefs = re.findall(r"<loc>([^<]+)</loc>", sitemap) + re.findall(r'hreflang="[^"]+" href="([^"]+)"', sitemap)
    assert hrefs
    base = urljoin(SITE_URL, version) + "/"
    for href in hrefs:
        assert href.startswith(base), f"{version}/sitemap.xml: {href} is not under {base}"
        path = urlsplit(href).path[len(urlsplit(SITE_URL).path):]
        assert path + "index.html" in gh_pages, f"{version}/sitemap.xml: {href} leads nowhere"


@pytest.mark.parametrize("folder", ["latest", "2026.10"])
def test_language_switcher_stays_in_the_version(gh_pages, folder):
    page = lang_home(folder, "uk")
    links = dict((lang, href) for href, lang in
                 re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" class="md-select__link"', text(gh_pages, page)))
    assert set(links) == set(LANGUAGES)
    for lang, href in links.items():
        assert not href.startswith(("/", "http")), f"{page}: switcher link to {lang} leaves the folder: {href}"
        assert resolve(gh_pages, page, href) == lang_home(folder, lang)


def head_alternates(page_html: str) -> dict[str, str]:
    head = page_html.split("</head>", 1)[0]
    return {lang: href for href, lang in re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">', head)}


@pytest.mark.parametrize("folder", ["latest", "2026.10"])
def test_head_alternates_are_absolute_addresses_of_the_release(gh_pages, folder):
    """Search engines ignore relative hreflang addresses; `latest` is a copy of 2026.11, whose
    canonical addresses are the release's own."""
    version = "2026.11" if folder == "latest" else folder
    base = urljoin(SITE_URL, version) + "/"
    for lang in ("en", "uk", "ar"):
        page = lang_home(folder, lang)
        alternates = head_alternates(text(gh_pages, page))
        assert set(alternates) == set(LANGUAGES), page
        for alt_lang, href in alternates.items():
            assert href.startswith(base), f"{page}: hreflang={alt_lang} {href} is not an address under {base}"
            path = urlsplit(href).path[len(urlsplit(SITE_URL).path):]
            assert path + "index.html" == lang_home(version, alt_lang), f"{page}: hreflang={alt_lang} -> {href}"


def test_version_selector_only_in_builds_mike_deploys(gh_pages, site):
    """Outside mike there is no versions.json: the selector would request it on every page."""
    assert '"provider": "mike"' in text(gh_pages, "2026.11/index.html")
    plain = (site / "index.html").read_text(encoding="utf-8")
    assert '"version": null' in plain and '"provider": "mike"' not in plain


def test_root_404_is_one_page_for_all_languages(gh_pages):
    page = text(gh_pages, "404.html")
    assert '<html lang="en"' in page and 'dir="rtl"' not in page.split("<body", 1)[0]
    homes = re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', page.split('class="pf-not-found"', 1)[1])
    assert {lang for _, lang in homes} >= set(LANGUAGES)
    for href, lang in homes:
        path = urlsplit(href).path[len(urlsplit(SITE_URL).path):]
        assert path + "index.html" in gh_pages, f"404.html: link to {lang} home {href} leads nowhere"
    assert f'lang="ar" dir="rtl"' in page


def test_outdated_banner_in_older_release_links_to_latest(gh_pages):
    old = text(gh_pages, "2026.10/uk/index.html")
    banner = old.split('data-md-component="outdated"', 1)[1].split("</aside>", 1)[0]
    href = re.search(r'<a href="([^"]+)"', banner).group(1)
    assert resolve(gh_pages, "2026.10/uk/index.html", href) == "latest/uk/index.html"
    assert '"provider": "mike"' in old


# --- redirects ---------------------------------------------------------------------------------

def test_every_redirect_lands_on_a_page_in_every_language_and_version(gh_pages):
    redirects = {PLANTED_REDIRECT: redirect_target(), **configured_redirects()}
    for folder in FOLDERS:
        for lang in LANGUAGES:
            prefix = f"{folder}/" if lang == "en" else f"{folder}/{lang}/"
            for old in redirects:
                source = prefix + old[:-3] + "/index.html"
                url = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', text(gh_pages, source)).group(1)
                landed = resolve(gh_pages, source, url)
                assert landed in gh_pages, f"{source} redirects to {url}, which does not exist"
                assert landed.startswith(prefix), f"{source} redirects out of its language or version: {landed}"


# --- small functions -------------------------------------------------------------------------

@pytest.mark.parametrize("tag, version", [("v2026.11", "2026.11"), ("2026.1", "2026.1"), ("v2026.11.1", "2026.11.1")])
def test_release_tags(tag, version):
    assert release_version(tag) == version


@pytest.mark.parametrize("tag", ["v1.0", "latest", "v2026.13", "v2026.11-rc1", "dev"])
def test_release_tags_refused(tag):
    with pytest.raises(VersionError, match="calendar version"):
        release_version(tag)


@pytest.mark.parametrize("link, site_url, expected", [
    ("/people-first/2026.11/uk/", "https://example.org/people-first/2026.11", "uk/"),
    ("/people-first/2026.11/", "https://example.org/people-first/2026.11", "./"),
    ("/uk/index.html", "http://127.0.0.1:8000/", "uk/index.html"),
    ("uk/page/", "http://127.0.0.1:8000/", "uk/page/"),
    ("https://elsewhere.example/", "http://127.0.0.1:8000/", "https://elsewhere.example/"),
])
def test_site_relative_link(link, site_url, expected):
    assert site_relative_link(link, site_url) == expected


@pytest.mark.parametrize("page_address, href, expected", [
    ("https://example.org/pf/2026.11/uk/demands/", "../../demands/", "https://example.org/pf/2026.11/demands/"),
    ("https://example.org/pf/2026.11/", "uk/", "https://example.org/pf/2026.11/uk/"),
    ("https://example.org/pf/", "https://example.org/pf/uk/", "https://example.org/pf/uk/"),
])
def test_head_alternates_made_absolute(page_address, href, expected):
    from peoplefirst.language_links import absolute_head_alternates

    page = (f'<html><head><link rel="alternate" href="{href}" hreflang="uk">'
            f'<link rel="stylesheet" href="a.css"></head><body><a href="{href}" hreflang="uk">uk</a></body></html>')
    out = absolute_head_alternates(page, page_address)
    assert f'<link rel="alternate" href="{expected}" hreflang="uk">' in out
    assert '<link rel="stylesheet" href="a.css">' in out, "other links stay as they are"
    assert f'<a href="{href}" hreflang="uk">' in out, "the language switcher stays relative"
    assert absolute_head_alternates(page, None) == page


def test_a_redirect_to_a_missing_page_is_refused_clearly(tmp_path):
    from peoplefirst.redirects import RedirectError, check_maps
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "about.md").write_text("# About\n")
    check_maps({"old.md": "about.md"}, str(tmp_path), "en")
    with pytest.raises(RedirectError, match="mkdocs.yml: redirects: redirect_maps: 'old.md': target 'gone.md' not found in docs/en/"):
        check_maps({"old.md": "gone.md"}, str(tmp_path), "en")
