"""Every testimony of the site, read from docs/<lang>/testimonies/*.md and validated.

The i18n plugin rebuilds the site once per language (DESIGN §4); the collection is read and
validated once per process and re-read only when a file changes (live reload).
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from .schema import Problem, Testimony, validate
from .vocabularies import SITE_LANGUAGES, Vocabularies

SECTION = "testimonies"
INDEX = "index.md"
SHARED_FIELDS = ("original_language", "groups", "themes", "regions", "period")


class CollectionError(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = [str(p) for p in problems]
        head = "" if len(lines) == 1 else f"{len(lines)} problems in testimonies:\n"
        super().__init__(head + "\n".join(lines))


@dataclass
class Collection:
    by_lang: dict[str, list[Testimony]] = field(default_factory=dict)
    by_id: dict[str, dict[str, Testimony]] = field(default_factory=dict)

    def in_language(self, lang: str) -> list[Testimony]:
        return self.by_lang.get(lang, [])

    def translations(self, testimony_id: str) -> dict[str, Testimony]:
        return self.by_id.get(testimony_id, {})


def testimony_files(docs_dir: Path, languages=SITE_LANGUAGES) -> list[tuple[str, Path]]:
    """(language, path) of every testimony file: docs/<lang>/testimonies/*.md but the index."""
    found = []
    for lang in languages:
        folder = docs_dir / lang / SECTION
        if folder.is_dir():
            found += [(lang, p) for p in sorted(folder.glob("*.md")) if p.name != INDEX]
    return found


def display_path(path: Path, root: Path) -> str:
    try:
        return os.path.relpath(path, root).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return str(path)


def build(docs_dir: Path, vocab: Vocabularies, root: Path, languages=SITE_LANGUAGES,
          today: dt.date | None = None) -> Collection:
    """Read and validate everything; CollectionError lists every problem found, in file order."""
    collection, problems = Collection(), []
    for lang, path in testimony_files(docs_dir, languages):
        shown = display_path(path, root)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(shown, 1, "file: not UTF-8 text"))
            continue
        testimony, found = validate(text, shown, lang, path.stem, vocab, today)
        problems += found
        if testimony:
            collection.by_lang.setdefault(lang, []).append(testimony)
            collection.by_id.setdefault(testimony.id, {})[lang] = testimony
    problems += _cross_language_problems(collection)
    if problems:
        raise CollectionError(problems)
    for items in collection.by_lang.values():
        items.sort(key=lambda t: t.id, reverse=True)  # newest reference first
    return collection


def _cross_language_problems(collection: Collection) -> list[Problem]:
    """One testimony, one set of facts: translations may not disagree on shared metadata."""
    problems = []
    for versions in collection.by_id.values():
        reference = versions.get("en") or next(iter(versions.values()))
        for testimony in versions.values():
            for name in SHARED_FIELDS:
                if getattr(testimony, name) != getattr(reference, name):
                    shown = "region" if name == "regions" else name
                    problems.append(Problem(testimony.path, 1, f"{shown}: differs from {reference.path} "
                                            "(every language of a testimony shares its metadata)"))
    return problems


_CACHE: dict[str, tuple[tuple, Collection | CollectionError]] = {}


def cached(docs_dir: Path, vocab: Vocabularies, root: Path, languages=SITE_LANGUAGES) -> Collection:
    """build(), memoised on the files' names, sizes and modification times."""
    files = testimony_files(docs_dir, languages)
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for _, p in files) + (id(vocab),)
    key = str(docs_dir.resolve())
    if key not in _CACHE or _CACHE[key][0] != stamp:
        try:
            result: Collection | CollectionError = build(docs_dir, vocab, root, languages)
        except CollectionError as err:
            result = err
        _CACHE[key] = (stamp, result)
    result = _CACHE[key][1]
    if isinstance(result, CollectionError):
        raise result
    return result
