"""Which detectors run, in which context, and how their overlapping answers are merged.

Each detector module in pii_guard/detectors/ exposes `detect(text, ctx) -> list[Span]` (with
`detect.testimony_only = True` when every kind it reports is testimony-only).
The registry runs them all, keeps testimony-only kinds (exact dates, ages) to testimonies,
drops what the allowlist or the page's pseudonyms allow, and merges overlapping spans so one
identifier is reported once, under its most specific kind. In testimonies a last pass
(detectors/leftovers.py) then looks at the long numbers and codes that no detector explained.
"""
from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .detectors import leftovers
from .model import KINDS, TESTIMONY_ONLY_KINDS, GuardError, ScanContext, Span

if TYPE_CHECKING:
    from .clean_memo import CleanMemo

Detector = Callable[[str, ScanContext], list[Span]]

DETECTOR_MODULES = ("names", "contact", "identifiers", "location", "testimony", "records")

# Most specific first. A checksum-validated number beats a phone pattern that happens to fit it;
# an email or a street address beats the person's name inside it; a name is the least specific.
SPECIFICITY = ("financial", "national_id", "email", "social_handle", "geo_coordinates",
               "phone", "vehicle_plate", "exact_date", "street_address", "age", "person_name")
_RANK = {kind: rank for rank, kind in enumerate(SPECIFICITY)}

_loaded: list[Detector] | None = None


def default_detectors() -> list[Detector]:
    """The detectors of pii_guard/detectors/, imported once."""
    global _loaded
    if _loaded is None:
        found = []
        for name in DETECTOR_MODULES:
            try:
                module = importlib.import_module(f"pii_guard.detectors.{name}")
            except ModuleNotFoundError as err:
                if err.name != f"pii_guard.detectors.{name}":
                    raise
                raise GuardError(f"pii_guard/detectors/{name}.py is missing: the guard cannot run without it") from None
            found.append(module.detect)
        _loaded = found
    return _loaded


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w@.+]+", " ", text).split())


def merge(spans: Iterable[Span]) -> list[Span]:
    """One span per identifier: overlapping spans collapse into the most specific kind;
    overlapping spans of the same kind are joined."""
    ordered = sorted(spans, key=lambda s: (_RANK.get(s.kind, len(_RANK)), -(s.end - s.start), s.start))
    kept: list[Span] = []
    for span in ordered:
        overlapping = [k for k in kept if k.start < span.end and span.start < k.end]
        if not overlapping:
            kept.append(span)
            continue
        same = [k for k in overlapping if k.kind == span.kind]
        if same and len(overlapping) == len(same):
            # join with every overlapping span of the same kind
            for k in same:
                kept.remove(k)
            kept.append(Span(min(span.start, *(k.start for k in same)), max(span.end, *(k.end for k in same)),
                             span.kind, same[0].rule))
    return sorted(kept, key=lambda s: (s.start, s.end))


def context_key(ctx: ScanContext) -> tuple:
    return (ctx.language, ctx.testimony, ctx.pseudonyms, ctx.allowed)


def _detect_key(text: str, ctx: ScanContext) -> tuple:
    return ("detect", text, *context_key(ctx))


class Registry:
    """Runs detectors over text; answers repeated text from a cache."""

    def __init__(self, detectors: list[Detector] | None = None, cache_size: int = 200_000,
                 clean_memo: CleanMemo | None = None):
        self._detectors = detectors
        # pieces judged clean in earlier builds (pii_guard/clean_memo.py): default detectors only
        self.clean_memo = clean_memo if detectors is None else None
        # the last pass over what the detectors left, with the default detectors only
        self._leftovers = leftovers.detect if detectors is None else None
        self._cache: dict[tuple, list[Span]] = {}
        self._cache_size = cache_size

    @property
    def detectors(self) -> list[Detector]:
        if self._detectors is None:
            self._detectors = default_detectors()
        return self._detectors

    def detect(self, text: str, ctx: ScanContext) -> list[Span]:
        return self.memo(_detect_key(text, ctx), lambda: self._detect(text, ctx))

    def detected(self, text: str, ctx: ScanContext) -> list[Span] | None:
        """What detect(text, ctx) answered before, or None if it was not asked yet."""
        return self._cache.get(_detect_key(text, ctx))

    def memo(self, key: tuple, compute: Callable[[], list]) -> list:
        """Answer `key` from the cache, computing it once."""
        cached = self._cache.get(key)
        if cached is None:
            cached = compute()
            self.store(key, cached)
        return cached

    def cached(self, key: tuple):
        return self._cache.get(key)

    def store(self, key: tuple, value) -> None:
        """Sources cache whole chunks of files here (e.g. the navigation of rendered pages)."""
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[key] = value

    def _allowed(self, ctx: ScanContext) -> set[str]:
        # the allowlist's few hundred values are normalised once; each testimony's pseudonyms
        # (a different set on every page) only add theirs
        listed = self.memo(("allowed", ctx.allowed), lambda: {_plain(v) for v in ctx.allowed})
        if not ctx.pseudonyms:
            return listed
        return self.memo(("allowed", ctx.allowed, ctx.pseudonyms),
                         lambda: listed.union(_plain(v) for v in ctx.pseudonyms))

    def _detect(self, text: str, ctx: ScanContext) -> list[Span]:
        return self.remembered("", text, ctx, lambda: self._judge(text, ctx))

    def remembered(self, tag: str, text: str, ctx: ScanContext, compute: Callable[[], list]) -> list:
        """compute(), unless the memo of clean text (pii_guard/clean_memo.py) knows `text` held
        nothing for this pass before; an answer with nothing in it is remembered. `tag` names a
        pass other than detect() ("page-wide"), whose answers are kept apart."""
        memo = self.clean_memo
        if memo is None:
            return compute()
        digest = memo.digest(f"{tag}\0{text}" if tag else text, ctx)
        if memo.is_clean(digest):
            return []
        found = compute()
        if not found:
            memo.add(digest)
        return found

    def _judge(self, text: str, ctx: ScanContext) -> list[Span]:
        allowed = self._allowed(ctx)
        found = merge(self._run(text, ctx, allowed))
        if ctx.testimony and self._leftovers is not None:
            # what no detector explained: a long number or coded reference in a testimony
            leftover = self._checked(self._leftovers(text, ctx, found), text, allowed, self._leftovers)
            if leftover:
                found = merge(found + leftover)
        return found

    def _run(self, text: str, ctx: ScanContext, allowed: set[str]) -> list[Span]:
        spans = []
        for detector in self.detectors:
            if not ctx.testimony and getattr(detector, "testimony_only", False):
                continue            # all it could report would be dropped below
            spans += self._checked(detector(text, ctx), text, allowed, detector, ctx.testimony)
        return spans

    @staticmethod
    def _checked(spans: list[Span], text: str, allowed: set[str], detector, testimony: bool = True) -> list[Span]:
        """A detector's spans, checked, without testimony-only kinds outside testimonies and
        without what the allowlist or the page's pseudonyms allow."""
        kept = []
        for span in spans:
            if span.kind not in KINDS or not 0 <= span.start < span.end <= len(text):
                origin = getattr(detector, "__module__", repr(detector))
                raise GuardError(f"detector {origin} returned an invalid span {span!r}")
            if span.kind in TESTIMONY_ONLY_KINDS and not testimony:
                continue
            if _plain(text[span.start:span.end]) in allowed:
                continue
            kept.append(span)
        return kept


_default: Registry | None = None


def default_registry() -> Registry:
    global _default
    if _default is None:
        _default = Registry()
    return _default


def remembering_registry() -> Registry:
    """A registry of the default detectors that remembers clean pieces between runs (the build
    hook's and the command line's; see pii_guard/clean_memo.py)."""
    from .clean_memo import CleanMemo
    return Registry(clean_memo=CleanMemo.default())
