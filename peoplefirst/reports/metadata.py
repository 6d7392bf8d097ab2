"""Front matter of a report, validated so that a mistake stops the build with file:line:field.

Required fields (see CONTRIBUTING, "Reports"):
  title        the report's title
  date         YYYY-MM-DD, the date of publication on this site
  categories   a list of slugs from data/report-categories.yml
  authors      a list of the authoring organisations
  summary      one or two plain sentences for listings and the feed
  translation  original | draft | reviewed
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

import yaml

from peoplefirst.reports import ReportError
from peoplefirst.translation_status import STATUSES

REQUIRED = ("title", "date", "categories", "authors", "summary", "translation")
TRANSLATION_STATES = STATUSES   # one vocabulary for every page (peoplefirst/translation_status.py)
# Same delimiters as MkDocs (mkdocs.utils.meta): the YAML starts on the file's second line.
FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Loader(yaml.SafeLoader):
    """Safe YAML that keeps dates as text, so '2026-02-30' is our error (with its line), not PyYAML's."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


@dataclass
class Report:
    """One report as listings and feeds show it (url is set by the build)."""
    src: str
    title: str
    date: datetime.date
    categories: list[str]
    authors: list[str]
    summary: str
    translation: str
    body: str
    lang: str = "en"
    url: str = ""
    reading_minutes: int = 1
    extra: dict = field(default_factory=dict)


def parse(text: str, where: str, categories: dict) -> Report:
    """Validate the front matter of one report file. `where` is its path for messages."""
    match = FRONT_MATTER.match(text)
    if not match:
        raise ReportError(f"{where}:1: a report needs front matter between '---' lines with "
                          f"the fields {', '.join(REQUIRED)}")
    raw = match.group(1)
    try:
        root = yaml.compose(raw)
        meta = yaml.load(raw, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise ReportError(f"{where}:{line}: invalid YAML front matter: "
                          f"{getattr(err, 'problem', None) or err}") from None
    if not isinstance(meta, dict):
        raise ReportError(f"{where}:2: front matter must be a mapping of fields "
                          f"({', '.join(REQUIRED)})")
    lines = _key_lines(root)

    def fail(key: str, message: str, line: int | None = None) -> ReportError:
        return ReportError(f"{where}:{line or lines.get(key, 1)}: field '{key}': {message}")

    for key in REQUIRED:
        if meta.get(key) in (None, "", []):
            raise fail(key, f"missing or empty (required: {', '.join(REQUIRED)})")

    title = _text(meta["title"], lambda m: fail("title", m))
    summary = _text(meta["summary"], lambda m: fail("summary", m))
    if "{{" in summary:
        raise fail("summary", "placeholders are not rendered in summaries; "
                              "keep figures in the body of the report")
    date = _date(meta["date"], lambda m: fail("date", m))

    cats = meta["categories"]
    if not isinstance(cats, list):
        raise fail("categories", "expected a list, e.g. [detention-conditions]; "
                                 f"allowed values: {', '.join(categories)}")
    for index, slug in enumerate(cats):
        if slug not in categories:
            raise fail("categories", f"unknown category '{slug}' (allowed values: "
                                     f"{', '.join(categories)}; defined in data/report-categories.yml)",
                       _item_line(root, "categories", index))

    authors = meta["authors"]
    if not isinstance(authors, list) or not all(isinstance(a, str) and a.strip() for a in authors):
        raise fail("authors", "expected a list of organisation names")

    translation = meta["translation"]
    if translation not in TRANSLATION_STATES:
        raise fail("translation", f"'{translation}' is not allowed "
                                  f"(allowed values: {', '.join(TRANSLATION_STATES)})")

    body = text[match.end():]
    extra = {k: v for k, v in meta.items() if k not in REQUIRED}
    return Report(where, title, date, list(dict.fromkeys(cats)), [a.strip() for a in authors],
                  summary, translation, body, extra=extra)


def _text(value, fail) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail("expected text")
    return " ".join(value.split())


def _date(value, fail) -> datetime.date:
    if isinstance(value, datetime.datetime):
        raise fail(f"expected a date YYYY-MM-DD without a time, got '{value}'")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise fail(f"'{value}' is not a date in the form YYYY-MM-DD")


def _key_lines(root) -> dict[str, int]:
    """File line of every top-level key (front matter YAML starts on line 2)."""
    if not isinstance(root, yaml.MappingNode):
        return {}
    return {key.value: key.start_mark.line + 2 for key, _ in root.value}


def _item_line(root, key: str, index: int) -> int | None:
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if k.value == key and isinstance(v, yaml.SequenceNode) and index < len(v.value):
                return v.value[index].start_mark.line + 2
    return None
