"""Withdrawn pages: what stays at the address of a page taken down (peoplefirst/takedown.py).

data/withdrawn.yml lists the pages by their path in a language folder (testimonies/t-2026-0001.md).
At each such address, in every language and every version, readers find a short neutral notice
in their language and nothing of the page: no title, no excerpt, no date. The same HTML is
written by the build (hooks/withdrawn.py) and into versions already on gh-pages.
"""
from __future__ import annotations

import html
import posixpath
from pathlib import Path

import yaml

from .i18n import DATA_DIR, load_ui_strings

WITHDRAWN_FILE = DATA_DIR / "withdrawn.yml"
RTL = {"ar", "fa", "he", "ur"}


class WithdrawnError(ValueError):
    pass


def load(path: Path = WITHDRAWN_FILE) -> list[str]:
    """The withdrawn page paths; a clear error names the file and line of a bad entry."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    pages = data.get("pages") or [] if isinstance(data, dict) else None
    if not isinstance(pages, list):
        raise WithdrawnError(f"data/{path.name}:1: expected a mapping with a `pages:` list")
    for entry in pages:
        try:
            check_page(entry if isinstance(entry, str) else "")
        except WithdrawnError:
            line = next((n for n, row in enumerate(text.splitlines(), 1) if str(entry) in row), 1)
            raise WithdrawnError(f"data/{path.name}:{line}: pages: each entry is one page path such as "
                                 "testimonies/t-2026-0001.md") from None
    return pages


def add(page: str, path: Path = WITHDRAWN_FILE) -> bool:
    """Record a page as withdrawn; False if it already was."""
    pages = load(path)
    if page in pages:
        return False
    header = ("# Pages taken down with `make takedown PAGE=...` (MAINTAINING.md). Their address keeps a\n"
              "# neutral notice in every language and version; never put a reason or a name here.\n")
    body = yaml.safe_dump({"pages": sorted([*pages, page])}, allow_unicode=True, sort_keys=False)
    path.write_text(header + body, encoding="utf-8")
    return True


def check_page(page: str) -> None:
    """Only single pages can be withdrawn: an index page is a whole section."""
    if not page.endswith(".md") or posixpath.basename(page) == "index.md" or page.startswith(("/", ".")) or ".." in page:
        raise WithdrawnError(f"{page}: give one page as a path in a language folder, e.g. testimonies/t-2026-0001.md "
                             "(a section's index.md cannot be withdrawn this way)")


def page_dir(page: str, lang: str, default_language: str) -> str:
    """Site folder of a page in a language: testimonies/x.md -> uk/testimonies/x/."""
    prefix = "" if lang == default_language else f"{lang}/"
    return f"{prefix}{page[:-3]}/"


def page_html(lang: str, depth_to_language_home: int) -> str:
    """The neutral notice, self-contained (no theme asset: it must stay valid in old versions)."""
    ui = load_ui_strings()
    strings = ui.get(lang, ui["en"])
    title = html.escape(strings["withdrawn_title"])
    text = html.escape(strings["withdrawn_text"])
    home = html.escape(strings["not_found_home"])
    direction = "rtl" if lang in RTL else "ltr"
    up = "../" * depth_to_language_home or "./"
    return (
        f'<!doctype html>\n<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f'<meta name="robots" content="noindex">\n<title>{title}</title>\n'
        f'<style>body{{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}}</style>\n'
        f'</head>\n<body>\n<main>\n<h1>{title}</h1>\n<p>{text}</p>\n'
        f'<p><a href="{up}">{home}</a></p>\n</main>\n</body>\n</html>\n'
    )


def files_for(page: str, languages: list[str], default_language: str, use_directory_urls: bool = True) -> dict[str, str]:
    """{site-relative file: html} of one withdrawn page in every language."""
    out = {}
    for lang in languages:
        prefix = "" if lang == default_language else f"{lang}/"
        inner = f"{page[:-3]}/index.html" if use_directory_urls else f"{page[:-3]}.html"
        out[prefix + inner] = page_html(lang, inner.count("/"))
    return out
