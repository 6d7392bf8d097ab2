"""Names a page may print: allowlisted public figures and contacts, and declared pseudonyms,
recognised in any grammatical case, script or transliteration (Orlov, Орлова, Putin's, Путіна).

A name found in the text is let through when each of its words matches a word of the same
allowed entry. A lone first name ("Oleg") is let through only when the entry's surname also
occurs in the same text: otherwise every private Oleg would pass because Oleg Orlov is public.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .names_morph import lemmas_any
from .names_translit import consonants, skeleton

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


@functools.lru_cache(maxsize=131072)
def word_keys(word: str) -> frozenset[str]:
    """Spelling-neutral keys of a word: skeletons of it and of its dictionary forms, and their
    consonants when long enough to be distinctive (Trump / Трамп)."""
    word = _POSSESSIVE.sub("", word)
    forms = lemmas_any(word) if _is_cyrillic(word) else {word}
    keys: set[str] = set()
    for form in forms:
        key = skeleton(form)
        if not key:
            continue
        keys.add(key)
        bare = consonants(key)
        if len(bare) >= 4:
            keys.add("#" + bare)
    return frozenset(keys)


@dataclass(frozen=True)
class Entry:
    words: tuple[frozenset[str], ...]   # keys of each word, surname (last word) last


@functools.lru_cache(maxsize=256)
def entries(names: frozenset[str]) -> tuple[Entry, ...]:
    """Allowed names as comparable entries; contacts that are not names (emails) are skipped."""
    found = []
    for name in names:
        if "@" in name or any(ch.isdigit() for ch in name):
            continue
        words = tuple(word_keys(w) for w in _WORD.findall(name))
        words = tuple(k for k in words if k)
        if words:
            found.append(Entry(words))
    return tuple(found)


def _matches(keys: frozenset[str], entry_word: frozenset[str]) -> bool:
    return not keys.isdisjoint(entry_word)


def matching_entry(words: list[str], allowed: tuple[Entry, ...]) -> tuple[Entry, bool] | None:
    """The allowed entry every word matches, and whether its surname is among them."""
    keys = [word_keys(w) for w in words]
    if not keys:
        return None                      # no words: nothing is allowed by it
    partial = None
    for entry in allowed:
        if all(any(_matches(k, e) for e in entry.words) for k in keys):
            if any(_matches(k, entry.words[-1]) for k in keys) or len(entry.words) == 1:
                return entry, True
            partial = partial or (entry, False)     # a whole entry elsewhere may still match
    return partial


def allowed_runs(runs: list[list[str]], allowed: tuple[Entry, ...]) -> list[bool]:
    """For each run of name words: may it be printed?"""
    matches = [matching_entry(words, allowed) if allowed else None for words in runs]
    present = {m[0] for m in matches if m and m[1]}
    return [bool(m) and (m[1] or m[0] in present) for m in matches]
