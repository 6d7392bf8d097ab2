"""Long numbers and coded references that no other detector explained (testimonies only).

Kinds and rules:
  national_id    id.unexplained (nine digits or more, bare or in groups, that are neither a phone
                 number, a date, an amount nor a series of years), id.unexplained_code (capitals and
                 six digits or more, five of them in a row: "UA-CTA-2023-0471893", "UKR-22-118734",
                 "FA 318405")

Every other detector needs a shape it knows or a word before the number. A survivor's account
has no use for a long number of its own, though: a tax number copied wrongly (3636357017), a
health-insurance ID, a register's reference, a passport in another country's format all point at
one person, and nothing before them says what they are. So the registry runs this pass last, over
what the others left, and only on testimonies: campaign pages may cite report or law numbers.
"""
from __future__ import annotations

import re

from pii_guard.detectors.contact import match_phone
from pii_guard.model import ScanContext, Span

# digits in groups of two or more joined by one space, dash or no-break space; not inside a URL,
# a decimal number, a time or a longer code
_NUMBER_RE = re.compile(r"(?<![\w\-/.,=?&#:+%@])\d{2,}(?:[ \-\u00a0\u202f]\d{2,})*(?![\w/@]|[.,:\-]\d)")
_CODE_RE = re.compile(
    r"(?<![\w\-/.])((?:[A-ZА-ЯІЇЄҐ]{2,5}[-/])*[A-ZА-ЯІЇЄҐ]{2,5}[-/ ]?(?:№\s?)?\d{2,}(?:[-/]\d{2,})*)(?![\w\-/]|[.,]\d)")
# organisations' and standards' codes, currencies: public or not a person's
_NOT_PERSONAL_PREFIXES = frozenset({
    "ГОСТ", "ДСТУ", "ISO", "ISBN", "ISSN", "DOI", "IEC", "EN", "ЄДРПОУ", "ЕДРПОУ", "ОГРН", "ОГРНИП",
    "КПП", "МФО", "БИК", "BIC", "SWIFT", "USD", "EUR", "UAH", "RUB", "ГРН", "РУБ", "GBP", "PLN",
    "COVID", "SARS", "HIMARS", "UTC", "GMT", "ЄСПЛ", "ЕСПЧ", "ECHR", "UN", "ООН", "ОБСЕ", "OSCE",
})
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")
_YEARS_RE = re.compile(r"(?:19|20)\d\d(?:[ \-](?:19|20)\d\d)*")
_DATE_RE = re.compile(r"\d{1,2}[ \-]\d{1,2}[ \-](?:19|20)?\d\d(?:[ \-]\d{1,2}[ \-]\d{2})?|(?:19|20)\d\d-\d\d-\d\d")
# a unit or currency after the number: an amount, a distance, a count
_UNIT_AFTER_RE = re.compile(
    r"\s?(?:грн|гривень|гривні|гривен|гривны|руб|₽|₴|\$|€|usd|uah|eur|rub|доларів|долларов|евро|євро|"
    r"dollars|euros|hryvni?as?|roubles|rubles|pounds|км|km|кг|kg|м\b|m\b|шт|тис|тыс|млн|млрд|million|billion|"
    r"осіб|человек|людей|people|persons)", re.IGNORECASE)
_CURRENCY_BEFORE_RE = re.compile(r"(?:[$€₴₽£]|usd|eur|uah|rub|грн\.?|руб\.?)\s?$", re.IGNORECASE)
_NOT_PERSONAL_BEFORE_RE = re.compile(r"(?:isbn|issn|doi|arxiv|єдрпоу|едрпоу|edrpou|огрн|ogrn|мфо|бик|bic|"
                                     r"кпп|окпо|октмо|оквэд|квэд)\W*$", re.IGNORECASE)


_TWO_DIGITS_RE = re.compile(r"\d\d")


def _digit_count(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def _is_phone(number: str) -> bool:
    """A phone number as the phone detector reads one (which found it, or let it be on purpose)."""
    return any(end - start >= len(number) - 1 for start, end, _ in match_phone(number))


def _explained_by_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 24):start]
    return bool(_CURRENCY_BEFORE_RE.search(before) or _NOT_PERSONAL_BEFORE_RE.search(before)
                or _UNIT_AFTER_RE.match(text, end))


def _unexplained_numbers(text: str, free) -> list[Span]:
    spans = []
    for m in _NUMBER_RE.finditer(text):
        number = m.group()
        if not 9 <= _digit_count(number) <= 20 or not free(m.start(), m.end()):
            continue
        if (_THOUSANDS_RE.fullmatch(number) or _YEARS_RE.fullmatch(number) or _DATE_RE.fullmatch(number)
                or len(set(number) - {" ", "-"}) <= 2 or _explained_by_context(text, m.start(), m.end())
                or _is_phone(number)):
            continue
        spans.append(Span(m.start(), m.end(), "national_id", "id.unexplained"))
    return spans


def _unexplained_codes(text: str, free) -> list[Span]:
    spans = []
    for m in _CODE_RE.finditer(text):
        code = m.group(1)
        prefix = re.match(r"[^\W\d_]+", code).group()
        # one run of five digits or more that is not a year: «ГЛ-24-0932», "PF-UA-2024-0457" (an
        # office's own call or file numbers) and «АД 168/100» have none
        if (prefix in _NOT_PERSONAL_PREFIXES or _digit_count(code) < 6
                or not any(len(run) >= 5 for run in re.findall(r"\d+", code)) or not free(m.start(1), m.end(1))):
            continue
        if _explained_by_context(text, m.start(1), m.end(1)):
            continue
        spans.append(Span(m.start(1), m.end(1), "national_id", "id.unexplained_code"))
    return spans


def detect(text: str, ctx: ScanContext, claimed: list[Span]) -> list[Span]:
    """Spans of numbers and codes in `text` that overlap none of `claimed` (what the other
    detectors found in the same text)."""
    if not ctx.testimony or _TWO_DIGITS_RE.search(text) is None:
        return []

    def free(start: int, end: int) -> bool:
        return not any(s.start < end and start < s.end for s in claimed)

    return _unexplained_numbers(text, free) + _unexplained_codes(text, free)
