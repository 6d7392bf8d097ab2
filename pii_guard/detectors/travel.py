"""An airline's reservation record as its system prints it: `detect(text, ctx) -> list[Span]`.

A family that copies its booking ("RP/WAWLO08AA/ … 02MAY22/1411Z K7QXMB", "SSR DOCS LO HK1
P/UKR/FX482913/UKR/14JUN79/F/11AUG29/P1") publishes every passenger's passport number, date of
birth, e-mail, phone and the card that paid, in the reservation system's (IATA, Amadeus) own
shorthand, which the other detectors do not read:

  date.airline      a day and a month in capitals, with or without the year: "14JUN79", "09MAY"
  id.travel_doc     the document's number in a DOCS line, after its type and issuing country
  id.booking        the booking reference (record locator): the last word of the RP line, and
                    after the airline's code at the end of a flight segment ("E LO/K7QXMB")
  id.ticket         an e-ticket's number after "FA PAX": "080-2418553901"
  email.airline     the APE line's address, "//" standing for @: "IRYNA.MARCHENKO79//UKR.NET"
  phone.airline     the emergency contact's number in a PCTC line, glued to its country's code
  card.airline      the card of the form of payment line: "FP CC VI4149494369879357/0827"
"""
from __future__ import annotations

import re

from pii_guard.model import ScanContext, Span

from ._windows import finditer, register_triggers, windows

_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
_AIRLINE_DATE_RE = re.compile(rf"(?<![A-Z0-9])(?:0[1-9]|[12]\d|3[01])(?:{_MONTHS})(?:\d\d)?(?![A-Za-z0-9])")
_TRAVEL_DOC_RE = re.compile(r"\bSSR[ \t]+DOCS\b[^\n/]*?[ \t/][A-Z]{1,2}/[A-Z]{3}/(?P<n>[A-Z0-9]{5,15})/")
_RP_LOCATOR_RE = re.compile(r"^[ \t]*RP/[^\n]*[ \t](?P<n>(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{6})[ \t]*$", re.MULTILINE)
_SEGMENT_LOCATOR_RE = re.compile(
    r"^[ \t]*\d{1,3}[ \t]+[A-Z0-9]{2}[ \t]+\d{1,4}[^\n]*[ \t][A-Z0-9]{2}/(?P<n>(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{6})[ \t]*$",
    re.MULTILINE)
_TICKET_RE = re.compile(r"\bFA[ \t]+PAX[ \t]+(?P<n>\d{3}-\d{10})(?!\d)")
_APE_EMAIL_RE = re.compile(r"\bAPE[ \t]+(?P<n>[A-Z0-9][A-Z0-9._%+-]*//[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,})(?![A-Z0-9])")
_PCTC_PHONE_RE = re.compile(r"\bSSR[ \t]+PCTC\b[^\n]*?/[A-Z]{2}(?P<n>\d{7,15})(?!\d)")
_FP_CARD_RE = re.compile(r"\bFP[ \t]+CC[ \t]*[A-Z]{2}(?P<n>\d{13,19})(?!\d)")

_AIRLINE_TRIGGERS = ((re.compile(rf"\d(?:{_MONTHS})|SSR |RP/|APE |FA PAX|FP CC"), False),)
_RULES = ((_TRAVEL_DOC_RE, "national_id", "id.travel_doc"), (_RP_LOCATOR_RE, "national_id", "id.booking"),
          (_SEGMENT_LOCATOR_RE, "national_id", "id.booking"), (_TICKET_RE, "national_id", "id.ticket"),
          (_APE_EMAIL_RE, "email", "email.airline"), (_PCTC_PHONE_RE, "phone", "phone.airline"),
          (_FP_CARD_RE, "financial", "card.airline"))


def detect(text: str, ctx: ScanContext) -> list[Span]:
    regions = windows(text, _AIRLINE_TRIGGERS)
    if not regions:
        return []
    spans = [Span(m.start(), m.end(), "exact_date", "date.airline") for m in finditer(_AIRLINE_DATE_RE, text, regions)]
    for pattern, kind, rule in _RULES:
        spans += [Span(m.start("n"), m.end("n"), kind, rule) for m in finditer(pattern, text, regions)]
    return spans


register_triggers(globals())     # its triggers, looked for with the other detectors' in one pass (_trigger_gate.py)
