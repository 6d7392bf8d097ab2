"""The controlled list of report categories and their labels in every site language."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from peoplefirst.i18n import DATA_DIR
from peoplefirst.reports import ReportError

CATEGORIES_FILE = DATA_DIR / "report-categories.yml"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Category:
    slug: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["en"]


def load(languages: list[str], path: Path = CATEGORIES_FILE) -> dict[str, Category]:
    """Categories in file order; every category needs a label in every language of the site."""
    text = path.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise ReportError(f"{path}:{mark.line + 1 if mark else 1}: invalid YAML: "
                          f"{getattr(err, 'problem', err)}") from None
    data = yaml.safe_load(text) or {}
    entries = data.get("categories")
    if not isinstance(entries, dict) or not entries:
        raise ReportError(f"{path}:1: field 'categories': expected a mapping of slug -> labels")
    lines = {key.value: key.start_mark.line + 1
             for key, _ in _mapping_items(root, "categories")}
    categories = {}
    for slug, labels in entries.items():
        where = f"{path}:{lines.get(slug, 1)}"
        if not isinstance(slug, str) or not SLUG.match(slug):
            raise ReportError(f"{where}: category '{slug}': slugs are lowercase words joined by '-'")
        missing = [lang for lang in languages if not (isinstance(labels, dict) and labels.get(lang))]
        if missing:
            raise ReportError(f"{where}: category '{slug}': no label for {', '.join(missing)}")
        categories[slug] = Category(slug, {lang: str(label) for lang, label in labels.items()})
    return categories


def _mapping_items(root, key):
    if isinstance(root, yaml.MappingNode):
        for k, v in root.value:
            if k.value == key and isinstance(v, yaml.MappingNode):
                return v.value
    return []
