"""Choosing among overlapping spans of one detector (not a detector: the registry skips it)."""
from __future__ import annotations

from typing import Callable

from pii_guard.model import Span


def without_overlaps(spans: list[Span], preference: Callable[[Span], tuple] | None = None) -> list[Span]:
    """Keep, of spans that overlap, the preferred one (default: the longest, then the first), and
    return the kept spans in text order. An IBAN is not also a card, a SNILS not also an INN."""
    rank = preference or (lambda s: (-(s.end - s.start), s.start))
    kept: list[Span] = []
    for span in sorted(spans, key=rank):
        if not any(k.start < span.end and span.start < k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start, s.end))
