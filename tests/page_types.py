"""The page types every reader meets, as paths in a built site (shared by the accessibility and
budget tests)."""
from __future__ import annotations

from pathlib import Path

TESTIMONY_MARKER = 'class="pf-testimony"'


def url_path(lang: str, rel: str, default: str = "en") -> str:
    return ("/" if lang == default else f"/{lang}/") + rel


def first_page_below(site: Path, section: str, lang: str = "en", marker: str | None = None) -> str | None:
    """Relative URL ('people/civilians/') of the first page below a section's index in a
    language (listing pages by category left out; with `marker`, only pages containing it)."""
    root = site / url_path(lang, section).strip("/")
    candidates = sorted(p.parent.relative_to(root).as_posix() + "/"
                        for p in root.rglob("index.html")
                        if p.parent != root and "category" not in p.relative_to(root).parts
                        and (marker is None or marker in p.read_text(encoding="utf-8")))
    return f"{section}/{candidates[0]}" if candidates else None


def page_types(site: Path, lang: str = "en") -> dict[str, str | None]:
    """Page type -> relative URL ('' is the home page); None where the language has no such page
    (testimonies are published only in the languages they were written or translated in)."""
    return {
        "home": "",
        "demands": "demands/",
        "people": first_page_below(site, "people", lang),
        "report": first_page_below(site, "reports", lang),
        "testimonies": "testimonies/",
        "testimony": first_page_below(site, "testimonies", lang, TESTIMONY_MARKER),
        "about": "about/",
    }
