"""Figures written once (data/figures.yml), shown in every language with its number format.

Markdown uses {{ figure.ID }} for the number and {{ source.ID }} for its citation. An unknown
ID is an error that names the file, line and the known IDs: a figure never silently vanishes.
A malformed data file is an error naming the data file, line and field.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel.numbers import format_decimal

from peoplefirst.i18n import DATA_DIR
from peoplefirst.data_files import read_yaml

PLACEHOLDER = re.compile(r"\{\{\s*(figure|source)\.([a-z0-9_]+)\s*\}\}")
# A source's date must at least name a year (the source may give no more than that).
YEAR = re.compile(r"\b(1[89]|20)\d\d\b")

# Babel's Arabic locale defaults to Arabic-Indic digits; the campaign's Arabic material (and most
# Arabic news sites) use Western digits, which also keeps figures searchable.
NUMBERING_SYSTEM = {"ar": "latn"}


class FigureError(ValueError):
    """A reference to a figure or source that data/figures.yml does not define, or a bad entry."""


@dataclass(frozen=True)
class Source:
    id: str
    titles: dict[str, str]          # language -> title; always has "en"
    date: str
    page: str | None = None         # reproduced in full on the site (relative to docs/<lang>/)
    url: str | None = None          # or published elsewhere

    def title(self, lang: str) -> str:
        return self.titles.get(lang, self.titles["en"])


@dataclass(frozen=True)
class Figure:
    id: str
    value: int
    about: str
    source: str


def load(path: Path = DATA_DIR / "figures.yml") -> tuple[dict[str, Figure], dict[str, Source]]:
    """Read and check the figures file; raise FigureError naming file, line and field."""
    data, root = read_yaml(path, FigureError)
    lines = _key_lines(root)

    def fail(section: str, key: str | None, message: str) -> FigureError:
        line = lines.get((section, key), lines.get((section, None), 1))
        where = f"{section}.{key}" if key else section
        return FigureError(f"{path}:{line}: {where}: {message}")

    if not isinstance(data, dict):
        raise FigureError(f"{path}:1: expected the mappings 'sources' and 'figures'")
    for section in ("sources", "figures"):
        if not isinstance(data.get(section), dict) or not data[section]:
            raise fail(section, None, "missing or empty mapping")

    sources = {key: _source(key, entry, lambda m, k=key: fail("sources", k, m))
               for key, entry in data["sources"].items()}
    figures = {}
    for key, entry in data["figures"].items():
        err = lambda m, k=key: fail("figures", k, m)  # noqa: E731 - names the entry in errors
        if not isinstance(entry, dict):
            raise err("expected a mapping with value, about, source")
        value = entry.get("value")
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise err(f"'value' must be a whole number, not {value!r}")
        if not isinstance(entry.get("about"), str) or not entry["about"].strip():
            raise err("'about' must say what the figure counts")
        if entry.get("source") not in sources:
            raise err(f"source '{entry.get('source')}' is not defined under 'sources'")
        figures[key] = Figure(key, value, entry["about"], entry["source"])
    return figures, sources


def _source(key: str, entry, fail) -> Source:
    if not isinstance(entry, dict):
        raise fail("expected a mapping with title, date and page or url")
    titles = entry.get("title")
    if isinstance(titles, str):
        titles = {"en": titles}
    if not isinstance(titles, dict) or not isinstance(titles.get("en"), str) or not titles["en"].strip():
        raise fail("'title' must be a string or a mapping of languages with at least 'en'")
    date = str(entry.get("date") or "")
    if not YEAR.search(date):
        raise fail(f"'date' must name at least the year the source was issued, not {date!r}")
    if not entry.get("page") and not entry.get("url"):
        raise fail("needs 'page' (where the site reproduces it) or 'url' (where it is published)")
    return Source(key, {k: str(v) for k, v in titles.items()}, date, entry.get("page"), entry.get("url"))


def _key_lines(root) -> dict[tuple[str, str | None], int]:
    """(section, key) -> 1-based line of that key in the YAML file, for error messages."""
    lines: dict[tuple[str, str | None], int] = {}
    if not isinstance(root, yaml.MappingNode):
        return lines
    for section_node, body in root.value:
        section = section_node.value
        lines[(section, None)] = section_node.start_mark.line + 1
        if isinstance(body, yaml.MappingNode):
            for key_node, _ in body.value:
                lines[(section, key_node.value)] = key_node.start_mark.line + 1
    return lines


def format_number(value: int, lang: str) -> str:
    system = NUMBERING_SYSTEM.get(lang, "default")
    return format_decimal(value, locale=lang, numbering_system=system)


def render(markdown: str, lang: str, figures: dict[str, Figure], sources: dict[str, Source],
           cite_label: str = "Source", where: str = "page", page_path: str = "index.md") -> str:
    """Replace the placeholders of one page; raise FigureError naming line and placeholder.

    page_path is the page's path inside its language folder (e.g. 'demands/index.md'): links
    to a source reproduced on the site are written relative to it, so MkDocs checks them.
    """

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
        return citation(sources[key], lang, cite_label, page_path)

    return PLACEHOLDER.sub(replace, markdown)


def citation(source: Source, lang: str, label: str, page_path: str) -> str:
    """An inline <cite>; the title links to the source (a Markdown link for site pages)."""
    title = html.escape(source.title(lang), quote=False)
    if source.page:
        target = posixpath.relpath(source.page, posixpath.dirname(page_path) or ".")
        title = f"[{title}]({target})"
    elif source.url:
        title = f'<a href="{html.escape(source.url)}">{title}</a>'
    return (f'<cite class="pf-source" data-source="{source.id}">'
            f"{html.escape(label)}: {title}, {html.escape(source.date)}</cite>")
