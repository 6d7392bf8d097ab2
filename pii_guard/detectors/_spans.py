"""What detectors share about their spans (not a detector: the registry skips it): choosing among
overlapping spans of one detector, and the kind a number's context gives it (money's words)."""
from __future__ import annotations

import re
from dataclasses import replace
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


# A number after a word for an account, a deposit, a loan or a transfer, in the same sentence, is
# money's: "the account "on demand" No. 26305004188220", "Car loan under contract No. AK-77/…",
# "reference TRN 0412-77810-5", «на рахунок № …» (not a card: "ID card", «картка пацієнта»)
_MONEY_BEFORE_RE = re.compile(
    r"(?:\baccount|рахун\w*|сч[её]т\w*|\bdeposit|депозит\w*|вклад\w*|\bloan|кредит\w*|позик\w*|"
    r"\bmortgage|іпотек\w*|ипотек\w*|переказ\w*|\bTRN\b|\bTXN\b|\btransaction|транзакц\w*|"
    # (a money order's «перевод», not a translation's)
    r"(?:номер|№)\s+перевода|(?:почтов|денежн)\w*\s+перевод\w*|"
    # an amount just paid ("412 EUR, reference TRF-240514-88317")
    r"\d[\d\s.,]*\s?(?:EUR|USD|UAH|PLN|грн|руб\w*|₽|€|zł)(?![\w])|"
    # (not "the transfer of case PP-2023-0457", of a file, of a prisoner)
    r"\btransfers?\b(?!\s+of\s+(?:the\s+|his\s+|her\s+)?(?:case|file|prisoner|detainee|him|her|them)))"
    r"(?:[^.!?\n]|(?<=No)\.|(?<=no)\.){0,40}$", re.IGNORECASE)      # (the sentence goes on after "No.")


def money_before(text: str, start: int) -> bool:
    return _MONEY_BEFORE_RE.search(text, max(0, start - 80), start) is not None


def as_money(spans: list[Span], text: str, rules: frozenset[str]) -> list[Span]:
    """`spans` with those of `rules` after a word for money (_MONEY_BEFORE_RE) made financial."""
    return [replace(s, kind="financial", rule="account.context") if s.rule in rules and s.kind == "national_id"
            and money_before(text, s.start) else s for s in spans]
