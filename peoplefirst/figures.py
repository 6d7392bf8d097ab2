"""Figures written once (data/figures.yml), shown in every language with its number format.

Markdown uses {{ figure.ID }} for the number and {{ source.ID }} for its citation. An unknown
ID is an error that names the file, line and the known IDs: a figure never silently vanishes.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel.numbers import format_decimal

from peoplefirst.i18n import DATA_DIR

PLACEHOLDER = re.compile(r"\{\{\s*(figure|source)\.([a-z0-9_]+)\s*\}\}")

# Babel's Arabic locale defaults to Arabic-Indic digits; the campaign's Arabic material (and most
# Arabic news sites) use Western digits, which also keeps figures searchable.
NUMBERING_SYSTEM = {"ar": "latn"}


class FigureError(ValueError):
    """A reference to a figure or source that data/figures.yml does not define."""


@dataclass(frozen=True)
class Figure:
    id: str
    value: int
    about: str
    source: str


def load(path: Path = DATA_DIR / "figures.yml") -> tuple[dict[str, Figure], dict[str, dict]]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    sources = data["sources"]
    figures = {}
    for key, entry in data["figures"].items():
        if entry.get("source") not in sources:
            raise FigureError(f"{path}: figure '{key}': source '{entry.get('source')}' is not defined under 'sources'")
        figures[key] = Figure(key, int(entry["value"]), entry["about"], entry["source"])
    return figures, sources


def format_number(value: int, lang: str) -> str:
    system = NUMBERING_SYSTEM.get(lang, "default")
    return format_decimal(value, locale=lang, numbering_system=system)


def render(markdown: str, lang: str, figures: dict[str, Figure], sources: dict[str, dict],
           cite_label: str = "Source", where: str = "page") -> str:
    """Replace the placeholders of one page; raise FigureError naming line and placeholder."""

    def replace(match: re.Match) -> str:
        kind, key = match.groups()
        table = figures if kind == "figure" else sources
        if key not in table:
            line = markdown.count("\n", 0, match.start()) + 1
            known = ", ".join(sorted(table))
            raise FigureError(f"{where}:{line}: unknown {kind} '{key}' (known: {known})")
        if kind == "figure":
            fig = figures[key]
            return (f'<span class="pf-figure" data-figure="{key}" data-source="{fig.source}">'
                    f"{format_number(fig.value, lang)}</span>")
        return _citation(sources[key], cite_label)

    return PLACEHOLDER.sub(replace, markdown)


def _citation(source: dict, label: str) -> str:
    title = html.escape(source["title"])
    if source.get("url"):
        title = f'<a href="{html.escape(source["url"])}">{title}</a>'
    return f'<cite class="pf-source">{html.escape(label)}: {title}</cite>'
