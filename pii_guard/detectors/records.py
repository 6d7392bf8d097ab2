"""Records as a system prints them: `detect(text, ctx) -> list[Span]`.

A family that copies an airline's booking or a bank's transfer publishes, in the system's own
shorthand that the other detectors do not read, every passenger's passport number, date of
birth, e-mail and phone, and the payer's and the payee's accounts, names and addresses.

An airline's reservation record (IATA, Amadeus: "RP/WAWLO08AA/ … 02MAY22/1411Z K7QXMB",
"SSR DOCS LO HK1 P/UKR/FX482913/UKR/14JUN79/F/11AUG29/P1"):
  date.airline      a day and a month in capitals, with or without the year: "14JUN79", "09MAY"
  id.travel_doc     the document's number in a DOCS line, after its type and issuing country
  id.booking        the booking reference (record locator): the last word of the RP line, and
                    after the airline's code at the end of a flight segment ("E LO/K7QXMB")
  id.ticket         an e-ticket's number after "FA PAX": "080-2418553901"
  email.airline     the APE line's address, "//" standing for @: "IRYNA.MARCHENKO79//UKR.NET"
  phone.airline     the emergency contact's number in a PCTC line, glued to its country's code
  card.airline      the card of the form of payment line: "FP CC VI4149494369879357/0827"

A bank's SWIFT message (MT103) and a payment's tracking reference:
  transfer.swift    the sender's reference (":20:KSKB25031400771") and a payment's UETR
  date.swift        the value date of ":32A:250317EUR2450,00"
  address.swift     the street line of the payer's or the payee's name and address (":50K:",
                    ":59:"), under the account and the name: "KOENIGSWINTERER STR 118 APT 4"
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

_SWIFT_REFERENCE_RE = re.compile(r"^:20:(?P<n>[A-Za-z0-9/\-]{6,16})[ \t]*$", re.MULTILINE)
_UETR_RE = re.compile(r"\bUETR\b[ \t:]*(?P<n>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b", re.IGNORECASE)
_SWIFT_VALUE_DATE_RE = re.compile(r"^:32A:(?P<n>(?P<y>\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d))(?=[A-Z]{3})", re.MULTILINE)
# ":50K:/account", then the name, then the street with its number, then the town
_SWIFT_PARTY_RE = re.compile(r"^:(?:50[AFK]|59[AF]?):[^\n]*\n[^\n:][^\n]*\n(?P<n>[^\n:][^\n]*\d[^\n]*)$", re.MULTILINE)

_AIRLINE_TRIGGERS = ((re.compile(rf"\d(?:{_MONTHS})|SSR |RP/|APE |FA PAX|FP CC|^:(?:20|32A|50[AFK]|59[AF]?):|UETR",
                                 re.MULTILINE), False),)
_RULES = ((_TRAVEL_DOC_RE, "national_id", "id.travel_doc"), (_RP_LOCATOR_RE, "national_id", "id.booking"),
          (_SEGMENT_LOCATOR_RE, "national_id", "id.booking"), (_TICKET_RE, "national_id", "id.ticket"),
          (_APE_EMAIL_RE, "email", "email.airline"), (_PCTC_PHONE_RE, "phone", "phone.airline"),
          (_FP_CARD_RE, "financial", "card.airline"), (_SWIFT_REFERENCE_RE, "financial", "transfer.swift"),
          (_UETR_RE, "financial", "transfer.swift"), (_SWIFT_PARTY_RE, "street_address", "address.swift"))


def detect(text: str, ctx: ScanContext) -> list[Span]:
    regions = windows(text, _AIRLINE_TRIGGERS)
    if not regions:
        return []
    spans = [Span(m.start(), m.end(), "exact_date", "date.airline") for m in finditer(_AIRLINE_DATE_RE, text, regions)]
    spans += [Span(m.start("n"), m.end("n"), "exact_date", "date.swift") for m in finditer(_SWIFT_VALUE_DATE_RE, text, regions)
              if 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31]
    for pattern, kind, rule in _RULES:
        spans += [Span(m.start("n"), m.end("n"), kind, rule) for m in finditer(pattern, text, regions)]
    return spans


register_triggers(globals())     # its triggers, looked for with the other detectors' in one pass (_trigger_gate.py)
