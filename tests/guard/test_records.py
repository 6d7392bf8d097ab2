"""Records as systems print them (pii_guard/detectors/records.py): an airline's reservation, a
bank's SWIFT message. Every passenger, payer and payee is fictional.

Run: .venv/bin/python -m pytest tests/guard/test_records.py -q
"""
from __future__ import annotations

from pii_guard.detectors import records
from pii_guard.model import ScanContext

RECORD = """RP/WAWLO08AA/                    AA/GS  02MAY22/1411Z   K7QXMB
  1.MARCHENKO/IRYNA MRS(ADT)   2.MARCHENKO/TYMOFII MSTR(CHD)
  4  LO 045 Y 09MAY 1 WAWYYZ HK3  1535 1805  09MAY  E LO/K7QXMB
  7 APE IRYNA.MARCHENKO79//UKR.NET/P1
  8 SSR DOCS LO HK1 P/UKR/FX482913/UKR/14JUN79/F/11AUG29/P1
 12 SSR PCTC LO HK/KOVALCHUK/PETRO/UA380672047731.BROTHER/P3
 13 FA PAX 080-2418553901/ETLO/EUR0.00/WAWLO08AA/P1
 16 FP CC VI4149494369879357/0827/N
"""


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.kind, s.rule) for s in sorted(records.detect(text, ScanContext(testimony=True)),
                                                                   key=lambda s: s.start)]


def test_a_reservation_record_gives_away_every_passenger():
    found = _found(RECORD)
    assert ("K7QXMB", "national_id", "id.booking") in found
    assert found.count(("K7QXMB", "national_id", "id.booking")) == 2
    assert ("FX482913", "national_id", "id.travel_doc") in found
    assert ("14JUN79", "exact_date", "date.airline") in found and ("09MAY", "exact_date", "date.airline") in found
    assert ("IRYNA.MARCHENKO79//UKR.NET", "email", "email.airline") in found
    assert ("380672047731", "phone", "phone.airline") in found
    assert ("080-2418553901", "national_id", "id.ticket") in found
    assert ("4149494369879357", "financial", "card.airline") in found


SWIFT = """:20:KSKB25031400771
:32A:250317EUR2450,00
:50K:/DE46345585215953766777
KATERYNA LEWANDOWSKA-IVANENKO
KOENIGSWINTERER STR 118 APT 4
53227 BONN
:59:/UA873220010000646340334129890
IVANENKO MYKOLA
:71A:SHA
"""


def test_a_swift_message_gives_away_the_payer_and_the_payee():
    found = _found(SWIFT + "\nThe transfer went under `UETR 4f1c9a2e-07b3-4c61-9d15-2e7a0b55c318`.")
    assert found == [("KSKB25031400771", "financial", "transfer.swift"), ("250317", "exact_date", "date.swift"),
                     ("KOENIGSWINTERER STR 118 APT 4", "street_address", "address.swift"),
                     ("4f1c9a2e-07b3-4c61-9d15-2e7a0b55c318", "financial", "transfer.swift")]


def test_capitals_and_codes_that_are_no_record_are_left():
    assert _found("The MAY 2022 report; flight LO45 on 9 May; code 12MAYDAY; SSR WCHR LO HK1/P3; version 3.2") == []
