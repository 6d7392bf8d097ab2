"""Foundation: nine languages, right lang/dir, hreflang, language switcher, no third party."""
from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from conftest import LANGUAGES, page_path


class _Tags(HTMLParser):
    """Collects start tags with their attributes (stdlib only: what a browser would see)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: (v or "") for k, v in attrs}))


def tags_of(path: Path) -> list[tuple[str, dict[str, str]]]:
    parser = _Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.tags


def first(tags, name):
    return next(attrs for tag, attrs in tags if tag == name)


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_has_its_language_and_direction(site, lang):
    home = page_path(site, lang)
    assert home.exists(), f"no home page for {lang}: {home}"
    tags = tags_of(home)
    assert first(tags, "html")["lang"] == lang
    expected_dir = "rtl" if lang == "ar" else "ltr"
    assert first(tags, "body").get("dir") == expected_dir
    # the home page is written in its language, not an English fallback
    assert "pf-notice--fallback" not in home.read_text(encoding="utf-8")


def test_only_arabic_is_right_to_left(site):
    for page in html_pages(site):
        body_dir = first(tags_of(page), "body").get("dir")
        rel = page.relative_to(site).as_posix()
        if rel.startswith("ar/"):
            assert body_dir == "rtl", rel
        else:
            assert body_dir != "rtl", rel


def _target_file(site: Path, page: Path, href: str) -> Path:
    """The built file a same-site href points to."""
    rel = page.relative_to(site).as_posix()
    site_url = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")  # mkdocs.yml's default
    if href.startswith(site_url):  # <head> alternates are absolute (search engines need them)
        href = "/" + href[len(site_url):]
    url = urlparse(urljoin(f"http://site/{rel}", href))
    assert url.netloc == "site", f"{rel}: link {href} leaves the site"
    path = url.path.lstrip("/")
    return site / (path + "index.html" if path.endswith("/") or not path else path)


def test_every_page_has_hreflang_alternates_that_exist(site):
    pages = html_pages(site)
    assert len(pages) >= len(LANGUAGES)
    for page in pages:
        alternates = {a["hreflang"]: a["href"] for t, a in tags_of(page)
                      if t == "link" and a.get("rel") == "alternate" and "hreflang" in a}
        rel = page.relative_to(site).as_posix()
        assert set(alternates) == set(LANGUAGES), f"{rel}: hreflang {sorted(alternates)}"
        for lang, href in alternates.items():
            target = _target_file(site, page, href)
            assert target.exists(), f"{rel}: hreflang={lang} -> {href} does not exist"


def test_fallback_pages_declare_the_language_they_show(site):
    """A page shown in English under /uk/ says lang="en" and tells the reader in Ukrainian."""
    for page in html_pages(site):
        text = page.read_text(encoding="utf-8")
        lang = first(tags_of(page), "html")["lang"]
        rel = page.relative_to(site).as_posix()
        built = rel.split("/")[0] if rel.split("/")[0] in LANGUAGES else "en"
        if "pf-notice--fallback" in text:
            assert lang == "en" and built != "en", rel
        else:
            assert lang == built, f"{rel}: lang={lang} in the {built} build"


# --- No third-party requests -------------------------------------------------------------------

RESOURCE_ATTRS = {
    "script": ["src"], "link": ["href"], "img": ["src", "srcset"], "source": ["src", "srcset"],
    "iframe": ["src"], "frame": ["src"], "embed": ["src"], "object": ["data"],
    "video": ["src", "poster"], "audio": ["src"], "track": ["src"], "input": ["src"],
}
# links that are navigation, not resources the browser fetches
NAVIGATION_RELS = {"alternate", "canonical", "prev", "next", "license", "author", "help"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")
JS_RESOURCE = re.compile(
    r"""["'`]((?:https?:)?//[^"'`\s]+?\.(?:m?js|css|woff2?|ttf|otf|eot|png|jpe?g|gif|svg|webp|json|wasm))(?:\?[^"'`]*)?["'`]"""
    r"""|["'`](https?://(?:unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|fonts\.(?:googleapis|gstatic)\.com)[^"'`]*)["'`]""")


def _external(url: str) -> bool:
    url = url.strip()
    return url.startswith("//") or bool(re.match(r"(?i)https?:", url))


def test_built_files_reference_no_other_origin(site):
    offenders = []
    for path in site.rglob("*"):
        rel = path.relative_to(site).as_posix()
        if path.suffix == ".html":
            for tag, attrs in tags_of(path):
                if tag == "link" and set(attrs.get("rel", "").split()) & NAVIGATION_RELS:
                    continue
                for attr in RESOURCE_ATTRS.get(tag, []):
                    urls = [u.split()[0] for u in attrs.get(attr, "").split(",") if u.strip()]
                    offenders += [f"{rel}: <{tag} {attr}={u}>" for u in urls if _external(u)]
                if _external(attrs.get("style", "").partition("url(")[2]):
                    offenders.append(f"{rel}: <{tag} style=url(...)>")
            text = path.read_text(encoding="utf-8")
            for block in re.findall(r"<style[^>]*>(.*?)</style>", text, re.S):
                offenders += [f"{rel}: <style> {m}" for m in CSS_URL.findall(block) if _external("".join(m))]
        elif path.suffix == ".css":
            for match in CSS_URL.findall(path.read_text(encoding="utf-8")):
                url = "".join(match)
                if _external(url):
                    offenders.append(f"{rel}: {url}")
        elif path.suffix in (".js", ".mjs"):
            for match in JS_RESOURCE.findall(path.read_text(encoding="utf-8", errors="replace")):
                offenders.append(f"{rel}: {''.join(match)}")
    assert not offenders, "third-party resources:\n" + "\n".join(offenders[:50])


def _deep_pages(site: Path) -> list[str]:
    """English pages at least one folder deep that also exist in Ukrainian and Arabic."""
    rels = []
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        if rel.split("/")[0] in LANGUAGES or rel.count("/") < 1 or rel.startswith(("assets/", "search/")):
            continue
        if all((site / lang / rel).exists() for lang in ("uk", "ar")):
            rels.append(rel)
    return rels


@pytest.mark.browser
def test_language_switcher_keeps_the_page(site, served_site, page):
    deep = sorted(_deep_pages(site), key=lambda r: (-r.count("/"), r))
    assert deep, "the site has no page below the home page to switch languages on"
    rel = deep[0]
    path = "/" + rel.removesuffix("index.html")
    page.goto(served_site + path)
    for lang in ("uk", "ar", "en"):
        # Material's switcher: a button opening a list of links with hreflang
        page.locator(".md-header__option .md-select").first.hover()
        page.locator(f'.md-select__link[hreflang="{lang}"]').first.click()
        page.wait_for_load_state()
        expected = path if lang == "en" else f"/{lang}{path}"
        assert urlparse(page.url).path == expected
        assert page.locator("html").get_attribute("lang") in (lang, "en")


@pytest.mark.browser
def test_pages_request_nothing_from_another_origin(site, served_site, page):
    origin = urlparse(served_site).netloc
    requests = []
    page.on("request", lambda req: requests.append(req.url))
    paths = ["/", "/uk/", "/ar/", "/zh/"] + ["/" + r.removesuffix("index.html") for r in _deep_pages(site)[:3]]
    for path in paths:
        page.goto(served_site + path)
        page.wait_for_load_state("networkidle")
    foreign = [u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss")
               and urlparse(u).netloc != origin]
    assert requests, "the browser made no request at all"
    assert not foreign, f"requests to other origins: {foreign}"
