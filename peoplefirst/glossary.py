"""Abbreviations written once (data/glossary.yml), shown as tooltips in every language.

Every page gets Markdown `abbr` definitions (`*[ICRC]: International Committee of the Red
Cross`) in its own language appended, so the abbreviations it uses show their full form on
hover and focus (Material's content.tooltips). The glossary page lists them through the
placeholder {{ glossary.abbreviations }}.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from peoplefirst.i18n import DATA_DIR
from peoplefirst.data_files import read_yaml

PLACEHOLDER = re.compile(r"\{\{\s*glossary\.([a-z0-9_]+)\s*\}\}")
DEFAULT_LANGUAGE = "en"


class GlossaryError(ValueError):
    """A malformed data/glossary.yml entry or an unknown {{ glossary.* }} placeholder."""


@dataclass(frozen=True)
class Abbreviation:
    abbr: str
    title: str


@dataclass(frozen=True)
class Glossary:
    # term id -> language -> Abbreviation, or None where the language has no abbreviation
    terms: dict[str, dict[str, Abbreviation | None]]
    headings: dict[str, dict[str, str]]

    def abbreviations(self, lang: str) -> list[Abbreviation]:
        """The abbreviations of one language, falling back to English term by term."""
        found = []
        for forms in self.terms.values():
            form = forms[lang] if lang in forms else forms[DEFAULT_LANGUAGE]
            if form is not None:
                found.append(form)
        return sorted(found, key=lambda a: a.abbr.casefold())

    def definitions(self, lang: str) -> str:
        """Markdown abbreviation definitions, one per line."""
        return "\n".join(f"*[{a.abbr}]: {a.title}" for a in self.abbreviations(lang))

    def table(self, lang: str) -> str:
        heads = self.headings.get(lang, self.headings[DEFAULT_LANGUAGE])
        rows = [f"| {heads['abbreviation']} | {heads['meaning']} |", "| --- | --- |"]
        rows += [f"| {a.abbr} | {a.title} |" for a in self.abbreviations(lang)]
        return "\n".join(rows)

    def render(self, markdown: str, lang: str, where: str = "page") -> str:
        """Fill {{ glossary.abbreviations }} and append the language's abbreviation definitions."""

        def replace(match: re.Match) -> str:
            if match.group(1) != "abbreviations":
                line = markdown.count("\n", 0, match.start()) + 1
                raise GlossaryError(f"{where}:{line}: unknown glossary placeholder "
                                    f"'{match.group(1)}' (known: abbreviations)")
            return "\n\n" + self.table(lang) + "\n\n"

        body = PLACEHOLDER.sub(replace, markdown)
        return f"{body.rstrip()}\n\n{self.definitions(lang)}\n"


def load(path: Path = DATA_DIR / "glossary.yml") -> Glossary:
    """Read and check the glossary; raise GlossaryError naming file, line and field."""
    data, root = read_yaml(path, GlossaryError)
    lines = _term_lines(root)

    def fail(term: str, message: str) -> GlossaryError:
        return GlossaryError(f"{path}:{lines.get(term, 1)}: terms.{term}: {message}")

    if not isinstance(data, dict) or not isinstance(data.get("terms"), dict):
        raise GlossaryError(f"{path}:1: expected a mapping 'terms'")
    headings = data.get("headings") or {}
    if not all(isinstance(h, dict) and {"abbreviation", "meaning"} <= set(h) for h in headings.values()) \
            or DEFAULT_LANGUAGE not in headings:
        raise GlossaryError(f"{path}:{lines.get('headings', 1)}: headings: each language needs "
                            f"'abbreviation' and 'meaning', and '{DEFAULT_LANGUAGE}' is required")
    terms: dict[str, dict[str, Abbreviation | None]] = {}
    for term, forms in data["terms"].items():
        if not isinstance(forms, dict) or not isinstance(forms.get(DEFAULT_LANGUAGE), dict):
            raise fail(term, f"needs an '{DEFAULT_LANGUAGE}' entry {{abbr: ..., title: ...}}")
        terms[term] = {}
        for lang, form in forms.items():
            if form is None:
                terms[term][lang] = None
                continue
            if not isinstance(form, dict) or not all(isinstance(form.get(k), str) and form[k].strip()
                                                     for k in ("abbr", "title")):
                raise fail(term, f"{lang}: needs 'abbr' and 'title' (or null)")
            if not re.fullmatch(r"\w[\w.&-]*", form["abbr"]):
                raise fail(term, f"{lang}: abbreviation {form['abbr']!r} must be a single word")
            terms[term][lang] = Abbreviation(form["abbr"], form["title"].strip())
    return Glossary(terms, headings)


def _term_lines(root) -> dict[str, int]:
    lines: dict[str, int] = {}
    if isinstance(root, yaml.MappingNode):
        for key, body in root.value:
            lines[key.value] = key.start_mark.line + 1
            if key.value == "terms" and isinstance(body, yaml.MappingNode):
                for term, _ in body.value:
                    lines[term.value] = term.start_mark.line + 1
    return lines
