"""The last pass over a testimony (pii_guard/detectors/leftovers.py): long numbers and coded
references that no other detector explained are reported; phones, dates, amounts, years and an
office's own short call numbers are not. Every number here is fictional.
Run: .venv/bin/python -m pytest tests/guard/test_leftovers.py -q
"""
from __future__ import annotations

import pytest
from stdnum.ua import rntrc

from pii_guard.registry import Registry
from pii_guard.sources import markdown


def _invalid_rnokpp() -> str:
    number = "3636357017"
    assert not rntrc.is_valid(number)       # a mistyped tax number: no checksum rule can see it
    return number


REPORTED = [
    (f"**Ви:** {_invalid_rnokpp()}", _invalid_rnokpp()),
    ("Ins. ID (NHSU declaration): 7704-1193-2658", "7704-1193-2658"),
    ("their reference is UA-CTA-2023-0471893, he said", "UA-CTA-2023-0471893"),
    ("the Red Cross gave us UA-POW-448173 for him", "UA-POW-448173"),
    ("and the foreign one, FA 318405. We were going to Poland", "FA 318405"),
    ("лист з колонії, номер 9153810425б3", "9153810425б3"),         # an OCR'd 6
    ("тато продиктував: 5512 90871 33", "5512 90871 33"),
]

NOT_REPORTED = [
    "Зібрали 1 500 000 грн на адвоката",
    "150000000 рублей компенсации",
    "у 2022-2023-2024 роках",
    "ГОСТ 12345-78 для посилок",
    "Case ref. PF-2023/0417 · call started 14:05",
    "| Call ID | HL-24-1187 |",
    "АД 168/100, ЧСС 94",
    "гаряча лінія 0 800 500 225",
    "https://example.org/news/2024/123456789012",
]


def _found(text: str, testimony: bool = True) -> list[tuple[str, str]]:
    """What the guard reports in a Markdown page with this text (as the build reads it)."""
    _, hits = markdown.scan_text(text, "docs/uk/testimonies/t.md", Registry(), language="uk", testimony=testimony)
    return [(text[h.start:h.end], h.kind) for h in hits]


@pytest.mark.parametrize("text, number", REPORTED)
def test_an_unexplained_number_in_a_testimony_is_reported(text, number):
    assert (number, "national_id") in _found(text)


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_amounts_years_standards_and_office_numbers_are_not(text):
    assert [f for f in _found(text) if f[1] == "national_id"] == []


def test_only_testimonies_get_the_last_pass():
    assert _found(f"**Ви:** {_invalid_rnokpp()}", testimony=False) == []


def test_what_another_detector_explained_keeps_its_kind():
    found = _found("Пишіть на +380 67 123 45 67, народився 12.03.1987")
    assert ("+380 67 123 45 67", "phone") in found
    assert all(kind != "national_id" for _, kind in found)
