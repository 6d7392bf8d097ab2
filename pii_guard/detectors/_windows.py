"""Run detailed patterns only near a cheap trigger (shared by the contact, identifiers,
location and testimony detectors; not a detector itself, the registry never loads it).

Python's `re` costs about 20 ms per MB for every pattern passed over a text, whatever it
finds; a detector with fifteen patterns would cost a build more than the whole page render.
So each detector scans once for a trigger that every match must contain (a digit run, a month
name, a street word), and its detailed patterns run on small windows around the hits.

A window reaches `margin` characters either side of a hit, widened to whitespace at both
ends, so no match shorter than the margin is cut. Patterns see the real text before a window
(lookbehind works on the whole string) and a whitespace character after it.

Before any trigger is searched, _trigger_gate.py has told, in one RE2 pass over the text,
which of all the detectors' triggers do not occur in it: those are skipped.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

from ._trigger_gate import GATE, register_triggers  # noqa: F401 (re-exported for the detectors)

MARGIN = 120
_SPACE_RE = re.compile(r"\s")
_DIGIT_RE = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Most paragraphs have no digit: detectors whose every identifier has one stop here."""
    return _DIGIT_RE.search(text) is not None


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """text.lower() when it keeps every offset (nearly always); None when it does not.

    Cached: the registry hands the same string to every detector, so it is lowered once.
    """
    low = text.lower()
    return low if len(low) == len(text) else None


def windows(text: str, triggers: Iterable[tuple[re.Pattern | str, bool]],
            margin: int = MARGIN) -> list[tuple[int, int]]:
    """Merged (start, end) regions of text around every trigger hit, in order.

    A trigger is (pattern, on_lower): a compiled pattern or a plain string (str.find is faster
    still); on_lower ones are written in lower case and searched in the lowered text, which is
    much faster than an IGNORECASE pattern.
    """
    hits: list[tuple[int, int]] = []
    absent = GATE.absent(text, lowered(text))      # one RE2 pass for every detector's triggers
    for trigger in triggers:
        if id(trigger) in absent:
            continue
        pattern, on_lower = trigger
        haystack = text
        if on_lower:
            haystack = lowered(text)
            if haystack is None:            # lowering moved offsets: look everywhere
                return [(0, len(text))]
        if isinstance(pattern, str):
            at = haystack.find(pattern)
            while at >= 0:
                hits.append((at, at + len(pattern)))
                at = haystack.find(pattern, at + 1)
        else:
            for match in pattern.finditer(haystack):    # (a generator expression per pattern costs more)
                hits.append(match.span())
    if not hits:
        return []
    hits.sort()
    regions: list[list[int]] = []
    for start, end in hits:
        if regions and start - margin <= regions[-1][1]:
            if end + margin > regions[-1][1]:
                regions[-1][1] = _widen_end(text, end + margin)
            continue
        regions.append([_widen_start(text, start - margin), _widen_end(text, end + margin)])
    return [(start, end) for start, end in regions]


def _widen_start(text: str, pos: int) -> int:
    if pos <= 0:
        return 0
    space = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos))
    return space + 1 if space >= 0 else 0


def _widen_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    space = _SPACE_RE.search(text, pos)
    return space.end() if space else len(text)


def occurs(text: str, triggers) -> bool:
    """Does any of `triggers` occur in `text`? (the gate first, as windows() does)"""
    absent = GATE.absent(text, lowered(text))
    for trigger in triggers:
        if id(trigger) in absent:
            continue
        pattern, on_lower = trigger
        haystack = lowered(text) if on_lower else text
        if haystack is None:
            haystack = text.lower()
        if (haystack.find(pattern) >= 0) if isinstance(pattern, str) else pattern.search(haystack):
            return True
    return False


def finditer(pattern: re.Pattern, text: str, regions: list[tuple[int, int]]) -> Iterator[re.Match]:
    """pattern.finditer over each region (matches carry offsets into the whole text).

    Not a generator: most texts have no region or one, and the detectors call this about thirty
    times per paragraph, so the common cases return re's own iterator (or nothing) directly."""
    if not regions:
        return iter(())
    if len(regions) == 1:
        return pattern.finditer(text, *regions[0])
    return chain.from_iterable(pattern.finditer(text, start, end) for start, end in regions)
