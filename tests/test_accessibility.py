"""Accessibility: axe-core (4.12, shipped in the axe-playwright-python wheel) finds no violation
on any page type in English, Ukrainian and Arabic (right to left), and the keyboard reaches the
skip link, the search and the language switcher.

Testimonies: the repository may have none yet, so the site is built from a copy with two
synthetic testimonies per language (peoplefirst.testimonies.synthetic, fictional text)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_project, mkdocs_build

LANGUAGES = ["en", "uk", "ar"]


@pytest.fixture(scope="module")
def a11y_site(tmp_path_factory) -> Path:
    from peoplefirst.testimonies.synthetic import generate

    project = copy_project(tmp_path_factory.mktemp("a11y") / "project")
    if not list((project / "docs" / "en" / "testimonies").glob("*/*.md")) and \
            not [p for p in (project / "docs" / "en" / "testimonies").rglob("*.md") if p.name != "index.md"]:
        generate(project / "docs", 2)
    site = project.parent / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return site


def _first_page_below(site: Path, section: str) -> str:
    """rel path ('people/civilians/') of the first page one level or more below an English section."""
    candidates = sorted(p.parent.relative_to(site).as_posix() + "/"
                        for p in (site / section).rglob("index.html") if p.parent != site / section
                        and "category" not in p.relative_to(site).parts)
    assert candidates, f"the site has no page under /{section}/"
    return candidates[0]


def page_types(site: Path) -> dict[str, str]:
    return {
        "home": "",
        "demands": "demands/",
        "people": _first_page_below(site, "people"),
        "report": _first_page_below(site, "reports"),
        "testimonies": "testimonies/",
        "testimony": _first_page_below(site, "testimonies"),
        "about": "about/",
    }


@pytest.fixture(scope="module")
def a11y_server(a11y_site):
    from peoplefirst.bench import serve

    with serve(a11y_site) as url:
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
def test_axe_finds_no_violation_on_any_page_type(a11y_site, a11y_server, axe_page, lang):
    failures = {}
    for kind, rel in page_types(a11y_site).items():
        path = ("/" if lang == "en" else f"/{lang}/") + rel
        assert (a11y_site / path.strip("/") / "index.html").exists() or path == "/", f"{kind}: {path} not built"
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
