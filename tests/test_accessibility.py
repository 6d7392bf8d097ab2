"""Accessibility: axe-core (4.12, shipped in the axe-playwright-python wheel) finds no violation
on any page type in English, Ukrainian and Arabic (right to left), and the keyboard reaches the
skip link, the search and the language switcher.

Testimonies: the repository may have none yet, so the site is built from a copy with two
synthetic testimonies per language (peoplefirst.testimonies.synthetic, fictional text)."""
from __future__ import annotations

from pathlib import Path

import pytest

from page_types import page_types, url_path

LANGUAGES = ["en", "uk", "ar"]


@pytest.fixture(scope="module")
def a11y_server(site_with_testimonies):
    from peoplefirst.bench import serve

    with serve(site_with_testimonies) as url:
        yield url


@pytest.fixture
def axe_page(browser):
    # axe is injected by evaluation; the site's CSP (no eval) is tested in test_privacy.py
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def _axe(page) -> list[dict]:
    import axe_playwright_python

    source = Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text(encoding="utf-8")
    page.evaluate(source)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]


def _describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = [" ".join(n["target"]) for n in v["nodes"][:3]]
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} -> {targets}")
    return "\n".join(lines)


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_finds_no_violation_on_any_page_type(site_with_testimonies, a11y_server, axe_page, lang):
    failures = {}
    types = page_types(site_with_testimonies, lang)
    if lang != "ar":  # testimonies exist in en/uk/ru only (none is written or translated in Arabic)
        assert None not in types.values(), f"{lang}: page types missing: {types}"
    for kind, rel in types.items():
        if rel is None:
            continue
        path = url_path(lang, rel)
        assert (site_with_testimonies / path.strip("/") / "index.html").exists(), f"{kind}: {path} not built"
        for scheme in ("light", "dark"):
            axe_page.emulate_media(color_scheme=scheme)
            axe_page.goto(a11y_server + path)
            axe_page.wait_for_load_state("networkidle")
            violations = _axe(axe_page)
            if violations:
                failures[f"{kind} {path} ({scheme})"] = _describe(violations)
    assert not failures, "\n\n".join(f"{k}:\n{v}" for k, v in failures.items())


def _tab_order(page, limit: int = 60) -> list[dict]:
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("""() => { const e = document.activeElement; return {
            tag: e.tagName.toLowerCase(), cls: e.className || '', type: e.type || '',
            label: e.getAttribute('aria-label') || '', text: (e.innerText || '').trim().slice(0, 40),
            languageSwitcher: !!e.closest('.md-select') && !!document.querySelector('.md-select a[hreflang]'),
            visible: !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length) }; }"""))
    return seen


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_keyboard_reaches_skip_link_search_and_language_switcher(a11y_server, axe_page, lang):
    axe_page.set_viewport_size({"width": 1280, "height": 900})  # header search is a field on wide screens
    axe_page.goto(a11y_server + ("/" if lang == "en" else f"/{lang}/"))
    axe_page.wait_for_load_state("networkidle")
    order = _tab_order(axe_page)
    assert "md-skip" in order[0]["cls"], f"first Tab stop is not the skip link: {order[0]}"
    assert order[0]["visible"], "the skip link is not shown when focused"
    search = [i for i, e in enumerate(order) if e["type"] == "search"]
    assert search, f"Tab never reaches the search field: {order[:15]}"
    switcher = [i for i, e in enumerate(order) if e["languageSwitcher"]]
    assert switcher, f"Tab never reaches the language switcher: {order[:15]}"
    # the skip link leads to the content
    axe_page.goto(a11y_server + ("/" if lang == "en" else f"/{lang}/"))
    axe_page.keyboard.press("Tab")
    axe_page.keyboard.press("Enter")
    assert axe_page.evaluate("location.hash") == "#" + axe_page.locator(".md-skip").get_attribute("href").split("#")[1]
