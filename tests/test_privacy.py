"""Privacy beyond tests/test_foundation.py (which checks that no built file references another
origin and that pages request nothing from one): every page carries a Content-Security-Policy
that allows this site only and no inline code but the theme's own; in Chromium the policy is
never violated, no cookie is set, and searching requests nothing from another origin."""
from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from peoplefirst.csp import inline_script_hashes, inline_style_hashes, policy_of


def _html_pages(site):
    return [p for p in site.rglob("*.html") if not p.relative_to(site).as_posix().startswith(("assets/", "pagefind/"))]


def _directives(policy: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in (part.strip() for part in policy.split(";")) if d}


def test_every_page_declares_a_strict_content_security_policy(site):
    pages = _html_pages(site)
    assert pages
    for path in pages:
        text = path.read_text(encoding="utf-8")
        policy = policy_of(text)
        rel = path.relative_to(site).as_posix()
        assert policy, f"{rel}: no Content-Security-Policy meta tag"
        assert "INLINE_" not in policy, f"{rel}: policy placeholders were not filled"
        rules = _directives(policy)
        assert rules.get("default-src") == ["'self'"], rel
        script = rules["script-src"]
        assert "'unsafe-inline'" not in script and "'unsafe-eval'" not in script, rel
        assert not [s for s in script if s.startswith(("http", "//", "*", "data:", "blob:"))], rel
        assert rules.get("object-src") == ["'none'"] and rules.get("base-uri") == ["'self'"], rel
        # exactly the page's own inline code is allowed, nothing more
        assert sorted(s for s in script if s.startswith("'sha256-")) == inline_script_hashes(text), rel
        assert [s for s in rules["style-src"] if s != "'self'"] == inline_style_hashes(text), rel
        # the policy must come before any script to cover it
        assert text.index("Content-Security-Policy") < text.index("<script"), rel


def test_no_page_sets_a_cookie_or_loads_analytics(site):
    for path in _html_pages(site):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(site).as_posix()
        assert "document.cookie" not in text, rel
        assert not re.search(r"google-analytics|googletagmanager|gtag\(|plausible|matomo|_paq", text), rel
    for path in site.rglob("*.js"):
        assert not re.search(r"googletagmanager|google-analytics\.com|plausible\.io", path.read_text(
            encoding="utf-8", errors="replace")), path


@pytest.mark.browser
def test_pages_and_search_obey_the_policy_and_set_no_cookie(site, served_site, page):
    origin = urlparse(served_site).netloc
    violations, requests = [], []
    page.expose_function("reportViolation", lambda v: violations.append(v))
    page.add_init_script("""document.addEventListener('securitypolicyviolation',
        e => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI + ' ' + document.location.pathname));""")
    page.on("request", lambda r: requests.append(r.url))
    for path in ["/", "/uk/", "/ar/", "/zh/", "/ru/"]:
        page.goto(served_site + path)
        page.wait_for_load_state("networkidle")
    # search loads code, WebAssembly and index files: all under the same policy
    page.goto(served_site + "/uk/")
    field = page.locator("[data-pf-search] input[type=search]")
    field.click()
    home = (site / "uk" / "index.html").read_text(encoding="utf-8").split("<article", 1)[1]
    word = max(re.findall(r"[а-яіїєґ]{6,}", re.sub(r"<[^>]+>", " ", home)), key=len)
    field.press_sequentially(word, delay=30)
    page.locator("#pf-search-results li").first.wait_for(timeout=15_000)
    page.wait_for_load_state("networkidle")
    assert not violations, f"Content-Security-Policy violations: {violations}"
    assert not page.context.cookies(), page.context.cookies()
    assert any("/pagefind/" in u for u in requests), "the search made no request: was it tested?"
    foreign = [u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss")
               and urlparse(u).netloc != origin]
    assert not foreign, foreign


@pytest.mark.browser
def test_a_page_view_requests_only_what_the_page_needs(site, served_site, page):
    """No sitemap per language (Material's switcher lookup), no versions.json outside mike, no
    failed request, no console error; the <head> language alternates are left in place."""
    failed, errors, requests = [], [], []
    page.on("request", lambda r: requests.append(urlparse(r.url).path))
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {urlparse(r.url).path}"))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    deep = sorted(p.parent.relative_to(site).as_posix() for p in (site / "uk").glob("*/*/index.html"))
    for path in ["/", "/uk/", "/ar/", f"/{deep[0]}/"]:
        page.goto(served_site + path)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        source = (site / path.strip("/") / "index.html").read_text(encoding="utf-8").split("</head>", 1)[0]
        in_source = len(re.findall(r'<link rel="alternate"[^>]*hreflang=', source))
        assert in_source >= 9, f"{path}: no language alternates in the page's source"
        assert page.locator("head link[rel=alternate][hreflang]").count() == in_source, \
            f"{path}: language alternates missing from the page once loaded"
    assert any(p.endswith("bundle.a5f9d56c.min.js") or "/javascripts/bundle." in p for p in requests), requests
    assert not [p for p in requests if p.endswith(("sitemap.xml", "versions.json"))], requests
    assert not failed, failed
    assert not errors, errors
