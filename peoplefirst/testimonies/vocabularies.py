"""Controlled vocabularies of testimony front matter, with labels in every site language.

One data file (data/testimony-vocabularies.yml) holds the lists contributors choose from and
the interface labels of the testimony pages, so translators work in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from babel import Locale

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "testimony-vocabularies.yml"
SITE_LANGUAGES = ("en", "uk", "ru", "fr", "es", "pt", "zh", "hi", "ar")
LISTS = ("groups", "themes", "regions", "consent_scopes", "reviewer_roles", "translation_status")


class VocabularyError(ValueError):
    """The vocabulary file itself is incomplete or malformed."""


@dataclass(frozen=True)
class Vocabulary:
    """One controlled list: allowed keys in order, their labels, which ones are sensitive."""
    name: str
    labels: dict[str, dict[str, str]]
    sensitive: frozenset[str] = field(default_factory=frozenset)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self.labels)

    def label(self, key: str, lang: str) -> str:
        return self.labels[key].get(lang) or self.labels[key]["en"]


@dataclass(frozen=True)
class Vocabularies:
    lists: dict[str, Vocabulary]
    original_languages: tuple[str, ...]
    interface: dict[str, dict[str, str]]

    def __getattr__(self, name: str) -> Vocabulary:
        try:
            return self.__dict__["lists"][name]
        except KeyError:
            raise AttributeError(name) from None

    def ui(self, key: str, lang: str, **values) -> str:
        text = self.interface[key].get(lang) or self.interface[key]["en"]
        return text.format(**values) if values else text

    def language_name(self, code: str, lang: str) -> str:
        """Name of language `code` in language `lang` (CLDR), e.g. uk in fr -> 'ukrainien'."""
        name = Locale.parse(lang).languages.get(code) or code
        return name[:1].upper() + name[1:]


def _entry(list_name: str, key: str, raw) -> tuple[dict[str, str], bool]:
    labels, sensitive = raw, False
    if isinstance(raw, dict) and "labels" in raw:
        labels, sensitive = raw["labels"], bool(raw.get("sensitive", False))
    if not isinstance(labels, dict):
        raise VocabularyError(f"{DATA_FILE.name}: {list_name}.{key}: expected labels per language")
    missing = [lang for lang in SITE_LANGUAGES if not str(labels.get(lang) or "").strip()]
    if missing:
        raise VocabularyError(f"{DATA_FILE.name}: {list_name}.{key}: no label for {', '.join(missing)}")
    return {lang: str(labels[lang]) for lang in SITE_LANGUAGES}, sensitive


def load(path: Path = DATA_FILE) -> Vocabularies:
    with path.open(encoding="utf-8") as fh:
        table = yaml.safe_load(fh)
    lists = {}
    for name in LISTS:
        labels, sensitive = {}, set()
        for key, raw in (table.get(name) or {}).items():
            labels[key], is_sensitive = _entry(name, key, raw)
            if is_sensitive:
                sensitive.add(key)
        if not labels:
            raise VocabularyError(f"{path.name}: {name}: empty list")
        lists[name] = Vocabulary(name, labels, frozenset(sensitive))
    interface = {key: _entry("interface", key, raw)[0] for key, raw in table["interface"].items()}
    return Vocabularies(lists, tuple(table["original_languages"]), interface)


@lru_cache(maxsize=1)
def default() -> Vocabularies:
    """The repository's vocabularies, read once per process."""
    return load()
