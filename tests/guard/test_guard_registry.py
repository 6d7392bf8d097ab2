"""The registry: testimony-only kinds, allowlist and pseudonyms, one span per identifier."""
import pytest

from pii_guard.model import GuardError, ScanContext, Span
from pii_guard.registry import Registry, merge


@pytest.mark.parametrize("spans,expected", [
    # an email containing a name: the email is reported, not the name
    ([Span(0, 20, "email", "e"), Span(0, 6, "person_name", "n")], [Span(0, 20, "email", "e")]),
    # a checksum-valid ID that also parses as a phone: the ID wins
    ([Span(5, 15, "phone", "p"), Span(5, 15, "national_id", "i")], [Span(5, 15, "national_id", "i")]),
    # the name inside a street address: the address wins
    ([Span(0, 18, "street_address", "a"), Span(5, 13, "person_name", "n")], [Span(0, 18, "street_address", "a")]),
    # two detectors' overlapping spans of one kind are joined (rule of the longer one)
    ([Span(0, 5, "person_name", "a"), Span(3, 10, "person_name", "b")], [Span(0, 10, "person_name", "b")]),  # rule of the longer
    # separate identifiers stay separate
    ([Span(0, 5, "phone", "p"), Span(6, 9, "age", "a")], [Span(0, 5, "phone", "p"), Span(6, 9, "age", "a")]),
])
def test_merge_keeps_the_most_specific_kind(spans, expected):
    assert merge(spans) == expected


def _const(*spans):
    return lambda text, ctx: list(spans)


def test_testimony_only_kinds_are_dropped_outside_testimonies():
    registry = Registry([_const(Span(0, 2, "age", "age.exact"), Span(3, 5, "phone", "p"))])
    text = "42 12"
    assert [s.kind for s in registry.detect(text, ScanContext(testimony=False))] == ["phone"]
    assert [s.kind for s in registry.detect(text, ScanContext(testimony=True))] == ["age", "phone"]


def test_allowlisted_and_pseudonym_values_are_dropped_whatever_the_case():
    text = "Info@People1st.org and Mykola"
    registry = Registry([_const(Span(0, 18, "email", "e"), Span(23, 29, "person_name", "n"))])
    ctx = ScanContext(allowed=frozenset({"info@people1st.org"}), pseudonyms=frozenset({"Mykola"}))
    assert registry.detect(text, ctx) == []


def test_a_broken_detector_is_a_clear_error():
    registry = Registry([_const(Span(0, 99, "phone", "p"))])
    with pytest.raises(GuardError, match="invalid span"):
        registry.detect("short", ScanContext())
    with pytest.raises(GuardError, match="invalid span"):
        Registry([_const(Span(0, 1, "shoe_size", "x"))]).detect("x", ScanContext())


def test_repeated_text_is_answered_from_the_cache():
    calls = []

    def counting(text, ctx):
        calls.append(text)
        return []
    registry = Registry([counting])
    for _ in range(5):
        registry.detect("navigation", ScanContext(language="uk"))
    assert calls == ["navigation"]


def test_a_testimony_only_detector_does_not_run_outside_testimonies():
    calls = []

    def dates(text, ctx):
        calls.append(ctx.testimony)
        return [Span(0, 2, "age", "age.exact")]
    dates.testimony_only = True
    registry = Registry([dates, _const(Span(3, 5, "phone", "p"))])
    assert [s.kind for s in registry.detect("42 12", ScanContext(testimony=False))] == ["phone"]
    assert [s.kind for s in registry.detect("42 12", ScanContext(testimony=True))] == ["age", "phone"]
    assert calls == [True]
