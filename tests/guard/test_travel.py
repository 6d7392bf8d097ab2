"""An airline's reservation record (pii_guard/detectors/travel.py). Every passenger is fictional.

Run: .venv/bin/python -m pytest tests/guard/test_travel.py -q
"""
from __future__ import annotations

from pii_guard.detectors import travel
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
    return [(text[s.start:s.end], s.kind, s.rule) for s in sorted(travel.detect(text, ScanContext(testimony=True)),
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


def test_capitals_and_codes_that_are_no_record_are_left():
    assert _found("The MAY 2022 report; flight LO45 on 9 May; code 12MAYDAY; SSR WCHR LO HK1/P3; version 3.2") == []
