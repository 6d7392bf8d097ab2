"""The RE2 trigger gate: it may only ever say a trigger is absent where Python's `re` agrees,
and when it cannot tell, every trigger is searched as before."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pii_guard.detectors import _trigger_gate as gate_mod
from pii_guard.detectors import _windows
from pii_guard.detectors._trigger_gate import GATE, re2_source
from pii_guard.registry import default_detectors

re2 = pytest.importorskip("re2")
CORPORA = Path(__file__).parent


@pytest.mark.parametrize("python, text", [
    (r"(?<![\w.])\d{3}\b", "abc 123"),              # lookbehind and boundary dropped
    (r"(?:рік|років)(?![а-яіїєё])", "п'ять років"),   # lookahead dropped
    (r"[^\W\d]+,?\s+\d", "мені\u00a05"),              # a class with \W: any character; \s with no-break space
    (r"\w+ at \w+", "олена at укрнет"),               # \w means letters of every script
    (r"a{,3}b", "aab"),                                # "{,3}" is a repetition, not text
    (r"\d\d\.\d\d", "١٢.٠٣"),                          # \d means every script's digits
    (r"(?i:him|her) at [1-9]", "HER at 5"),
    (r"(?u)x(?s:.)y", "x\ny"),
])
def test_translation_matches_wherever_python_does(python, text):
    assert re.search(python, text)
    source = re2_source(python)
    assert source is not None and re2.search(source, text), source


@pytest.mark.parametrize("python", [r"(\w)\1", r"(?P<a>x)(?P=a)", r"\N{DASH}x", r"(?x) a b", r"(?a:\w+)"])
def test_what_has_no_translation_is_never_gated(python):
    assert re2_source(python) is None


def _paragraphs():
    for path in sorted(CORPORA.glob("corpus*/*/*/*.md"))[:400]:
        text = path.read_text(encoding="utf-8")
        yield from (p for p in re.split(r"\n\s*\n", text) if p.strip())


def test_a_trigger_called_absent_occurs_nowhere_in_the_corpora():
    default_detectors()                     # the detectors register their triggers on import
    checked = 0
    for text in _paragraphs():
        low = _windows.lowered(text)
        absent = GATE.absent(text, low)
        assert absent
        for trigger_id in absent:
            pattern, on_lower = GATE._known[trigger_id]
            haystack = low if on_lower else text
            found = haystack.find(pattern) >= 0 if isinstance(pattern, str) else pattern.search(haystack)
            assert not found, (pattern, text[:120])
            checked += 1
    assert checked > 100_000               # most triggers are absent from most paragraphs


def test_when_re2_gives_up_every_trigger_is_searched(monkeypatch):
    default_detectors()
    text = "Йому було 45 років, коли його забрали. Тел. 050 123 45 67"
    triggers = tuple(GATE._known.values())
    expected = _windows.windows(text, triggers)
    assert len(expected) == 1
    gate_mod._absent.cache_clear()
    monkeypatch.setattr(gate_mod.Gate, "_absent", lambda self, t, low: frozenset())   # cannot tell
    assert not GATE.absent(text, _windows.lowered(text))
    assert _windows.windows(text, triggers) == expected
    gate_mod._absent.cache_clear()


def test_the_canary_failure_is_reported_as_cannot_tell(monkeypatch):
    default_detectors()
    GATE.absent("x", "x")                   # compiled
    gate_mod._absent.cache_clear()

    class GaveUp:
        def Match(self, text):
            return None                       # what RE2 answers when its automaton runs out of memory

    sets = {on_lower: (GaveUp(), ids) for on_lower, (_, ids) in GATE._sets.items()}
    monkeypatch.setattr(GATE, "_sets", sets)
    assert GATE._absent("вул. Шевченка, 5", "вул. шевченка, 5") == frozenset()


def test_without_re2_nothing_is_gated(monkeypatch):
    monkeypatch.setattr(gate_mod, "re2", None)
    assert GATE.absent("anything", "anything") == frozenset()
