"""Byte budgets per page type (data/budgets.yml): HTML, CSS, JS and fonts that each kind of page
makes a reader download, measured on the built site in English, Ukrainian and Arabic."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import yaml

from page_types import page_types, url_path

BUDGETS = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" / "budgets.yml").read_text(encoding="utf-8"))
LANGUAGES = ["en", "uk", "ar"]
FONT_SUFFIXES = {".woff", ".woff2", ".ttf", ".otf", ".eot"}


def _local_file(site: Path, page_url: str, ref: str) -> Path | None:
    """The built file a page reference points to (None for data: URLs)."""
    if ref.startswith("data:"):
        return None
    path = urlparse(urljoin("http://site" + page_url, ref)).path
    target = site / path.lstrip("/")
    return target / "index.html" if target.is_dir() else target


def page_weight(site: Path, page_url: str) -> dict[str, int]:
    """Bytes of HTML, CSS, JS and fonts that loading this page downloads."""
    html_file = site / page_url.strip("/") / "index.html"
    html = html_file.read_text(encoding="utf-8")
    css_files = [_local_file(site, page_url, h) for h in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)]
    js_files = [_local_file(site, page_url, s) for s in re.findall(r'<script src="([^"]+)"', html)]
    fonts = set()
    for css in css_files:
        for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8")):
            target = _local_file(site, "/" + css.parent.relative_to(site).as_posix() + "/", ref)
            if target and target.suffix.lower() in FONT_SUFFIXES:
                fonts.add(target)
    return {
        "html": html_file.stat().st_size,
        "css": sum(f.stat().st_size for f in css_files if f),
        "js": sum(f.stat().st_size for f in js_files if f),
        "fonts": sum(f.stat().st_size for f in fonts),
    }


def test_every_page_type_has_a_budget(site_with_testimonies):
    types = page_types(site_with_testimonies)
    assert None not in types.values(), f"page types missing in English: {types}"
    assert set(types) == set(BUDGETS["html"])
    assert set(BUDGETS["assets"]) == {"css", "js", "fonts"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_types_stay_within_their_byte_budgets(site_with_testimonies, lang):
    over = []
    for kind, rel in page_types(site_with_testimonies, lang).items():
        if rel is None:  # no testimony in Arabic yet: nothing to weigh
            assert lang == "ar" and kind == "testimony", f"{lang}: no {kind} page"
            continue
        weight = page_weight(site_with_testimonies, url_path(lang, rel))
        limits = {"html": BUDGETS["html"][kind], **BUDGETS["assets"]}
        over += [f"{kind} {url_path(lang, rel)}: {what} {weight[what]:,} B > budget {limits[what]:,} B"
                 for what in limits if weight[what] > limits[what]]
        assert weight["css"] > 0 and weight["js"] > 0, f"{kind}: no stylesheet or script found: is the measure broken?"
    assert not over, "over budget (data/budgets.yml):\n" + "\n".join(over)


def test_no_page_in_the_site_is_heavier_than_the_largest_budget(site):
    limit = max(BUDGETS["html"].values())
    heavy = [(p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")
             if p.stat().st_size > limit]
    assert not heavy, f"pages over {limit:,} B: {sorted(heavy, reverse=True)[:10]}"
