"""Stand-in detectors for framework tests: the framework is tested apart from the real ones.

Every personal detail here is fictional.
"""
from __future__ import annotations

import re

from pii_guard.model import Span
from pii_guard.registry import Registry

_RULES = [
    (re.compile(r"\+\d[\d ()-]{8,}\d"), "phone", "fake.phone"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "email", "fake.email"),
    (re.compile(r"\b(?:Hnatiuk|Гнатюк)\w*"), "person_name", "fake.name"),
    (re.compile(r"\b\d{1,2} (?:March|May) \d{4}\b"), "exact_date", "fake.date"),
    (re.compile(r"\b\d{2} years old\b"), "age", "fake.age"),
]


def fake_detect(text, ctx):
    spans = []
    for pattern, kind, rule in _RULES:
        for m in pattern.finditer(text):
            if kind == "person_name" and m.group() in ctx.pseudonyms:
                continue
            spans.append(Span(m.start(), m.end(), kind, rule))
    return spans


def fake_registry() -> Registry:
    return Registry([fake_detect])


def recording_registry() -> tuple[Registry, list[str]]:
    """fake_registry() and the list of texts its detector is asked about, in order (cached
    answers are not asked again)."""
    asked: list[str] = []

    def recording(text, ctx):
        asked.append(text)
        return fake_detect(text, ctx)
    return Registry([recording]), asked
