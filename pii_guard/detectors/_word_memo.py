"""How common a word is, remembered on disk between runs (used by names_lexicon).

pyspellchecker's and simplemma's word lists take about 1.6 s to load and 140 MB of memory (a
build's peak: 452 MB with them, 313 MB without), and a site asks them about the same few
thousand capitalised words at every build. Their answers depend only on the word, the language
and the two packages' versions, so they are kept in one small JSON file per pair of versions, in
the user's cache folder:

    $PII_GUARD_CACHE, else $XDG_CACHE_HOME/pii-guard, else ~/.cache/pii-guard

`PII_GUARD_CACHE=off` turns it off. A cache that cannot be read or written is only a slower run,
never an error: every answer is worked out again from the word lists.
"""
from __future__ import annotations

import atexit
import json
import os
import tempfile
from importlib import metadata
from pathlib import Path

FORMAT = 1            # bump when what an answer means changes (thresholds, languages, lists)
MAX_ENTRIES = 500_000
_MEMOS: list[WordMemo] = []


def cache_folder() -> Path | None:
    chosen = os.environ.get("PII_GUARD_CACHE")
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "pii-guard"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


class WordMemo:
    """A dict from "language:word" to frequency, loaded on first use, saved at exit if it grew."""

    def __init__(self, folder: Path | None = None, key: str | None = None):
        self.folder = folder
        self.key = key
        self._answers: dict[str, int] | None = None
        self._grown = False
        _MEMOS.append(self)

    @classmethod
    def default(cls) -> WordMemo:
        key = f"v{FORMAT}-pyspellchecker-{_version('pyspellchecker')}-simplemma-{_version('simplemma')}"
        return cls(cache_folder(), key)

    @property
    def path(self) -> Path | None:
        return self.folder / f"word-frequency-{self.key}.json" if self.folder else None

    def _load(self) -> dict[str, int]:
        if self._answers is None:
            self._answers = {}
            if self.path is not None:
                try:
                    data = json.loads(self.path.read_text(encoding="utf-8"))
                    if isinstance(data, dict) and all(isinstance(v, int) for v in data.values()):
                        self._answers = data
                except (OSError, ValueError):
                    pass            # no cache yet, or a damaged one: it is rebuilt
        return self._answers

    def get(self, language: str | None, word: str) -> int | None:
        return self._load().get(f"{language}:{word}")

    def put(self, language: str | None, word: str, frequency: int) -> None:
        answers = self._load()
        if len(answers) >= MAX_ENTRIES:
            answers.clear()
        answers[f"{language}:{word}"] = frequency
        if not self._grown and self.path is not None:
            self._grown = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the answers (atomically: parallel runs never read half a file)."""
        if not self._grown or self.path is None or self._answers is None:
            return
        temporary = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".words-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(self._answers, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, self.path)
            self._grown = False
        except OSError:
            # a read-only home: the next run works the answers out again
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)


def save_all() -> None:
    """Save every memo that grew, now: for a process that ends without running atexit (the
    build's guard process, pii_guard/background.py)."""
    for memo in _MEMOS:
        memo.save()
