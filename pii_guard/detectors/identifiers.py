"""State identifiers, payment details, vehicle plates.

Kinds and rules:
  national_id    id.ua.rnokpp, id.ua.passport, id.ua.idcard, id.ua.unzr, id.ua.military,
                 id.ru.passport, id.ru.inn, id.ru.snils, id.ru.military, id.ru.migration_card (four and
                 seven digits after its name), id.ru.document (two and seven digits
                 after a document word: a residence permit, a passport for travel abroad), id.document
                 (two capitals and seven digits after a document word), id.ru.oms (health insurance policy), id.ua.certificate (three capitals
                 and six digits after a document word: a driving licence, a combatant's УБД), id.birth_certificate,
                 id.cadastral (a land plot's number in the public register), id.de.idnr (a German tax
                 ID after its word, check digit valid), id.de.card (a German residence permit's or
                 ID card's number after the document's word),
                 id.spelled (a document's number read out in words after its document word),
                 id.reference (in a testimony: a file, case, card or registration number after its word),
                 id.numbered_cell (in a testimony: a table cell that is only «№ 7715», not in a column of
                 institutions, laws, transport or rooms),
                 id.case (in a testimony: a criminal proceeding's 17-digit register number, ЄРДР;
                 a court's case number «1-204/2024», «01-0187/2024», «22-1042/2023» or unique
                 case identifier), id.uk.nino (a British National Insurance number), id.pl.pesel
                 (a Polish PESEL after its word, check digit valid)
  financial      iban, iban.shape (check digits wrong), card.masked (first six and last four
                 digits shown), card.spelled (read out in words, Luhn-valid), card.luhn, card.shape (four groups of four
                 digits, check digit wrong), card.cue (sixteen digits the text calls a card, check
                 digit wrong), account.ru (a personal account: 20 digits from 40817/40820),
                 account.uk (a sort code and an eight-digit account number), account.personal (in a
                 testimony, a prisoner's account after its word: «лицевой счёт», «особовий
                 рахунок», "personal account"), account.column (in a testimony, the
                 numbers under a table's account header), payment.link (a
                 link that pays one person: a monobank jar, PayPal.me, Revolut.me, Privat24's
                 "send" page, Buy Me a Coffee; an organisation's own link goes in the allowlist)
  vehicle_plate  plate.ua, plate.ru, plate.spoken (said letter by letter and digit by digit, after a
                 word about plates or cars), plate.other (British, Polish, Georgian… after a word about plates;
                 an Irish registration "221-D-18442" by its shape)

Checksums come from python-stdnum (RNTRC, INN, IBAN, Luhn); SNILS is not in stdnum 2.2, so its
published control-number algorithm is implemented here. Numbers without a checksum (passports,
ID cards, military IDs) need a context word close before them, except the Ukrainian passport
booklet, the Ukrainian ID card and the birth certificate, whose shapes (two Cyrillic capitals +
six digits; nine digits from 00; a Roman numeral before them) are distinctive on their own.
Not reported on purpose: the Ukrainian EDRPOU and Russian OGRN (organisation codes, public).
"""
from __future__ import annotations

import datetime as _dt
import re

from stdnum import iban as _iban
from stdnum import luhn as _luhn
from stdnum.pl import pesel as _pl_pesel
from stdnum.ru import inn as _ru_inn
from stdnum.de import idnr as _de_idnr
from stdnum.ua import rntrc as _ua_rntrc

from pii_guard.detectors import _tables as tables
from pii_guard.detectors._numbers import MIXED_RUN, NUMBER_WORD, SPELLED_RUN, spelled_readings
from pii_guard.detectors._windows import finditer, has_digit, lowered, register_triggers, windows
from pii_guard.model import ScanContext, Span
from pii_guard.detectors._spans import money_before, without_overlaps

_CONTEXT_CHARS = 48      # how far before a number a context word may stand

# Context words, matched case-insensitively in the window before a number.
_CTX_TAX_RE = re.compile(
    r"(?:рнокпп|rnokpp|rntrc|іпн|ідентифікаційн\w*(?:\s+(?:код|номер))?|(?:ідент|идент|ід)\.\s*код|податков\w*\s+номер|платник\w*\s+податк\w*|"
    r"(?<![а-яё])инн(?![а-яё])|идентификационн\w*(?:\s+номер)?|\binn\b|\btin\b|tax\s+(?:id|number|code)|taxpayer)",   # (not «одиннадцати»)
    re.IGNORECASE,
)
_CTX_PASSPORT_RE = re.compile(
    r"(?:паспорт\w*|passport|id[-\s]?картк\w*|id[-\s]?карт\w*|id\s*card|identity\s+card|(?:айди|айді)\s+карт\w*|"
    r"посвідчен\w*|удостоверени\w*|document\s+(?:number|no)|номер\s+документ\w*|"
    r"документ\w*\s*№|сері[яїю]|сери[яиюей]|series|certificate|seaman'?s\s+book|service\s+record|"
    r"вид\w*\s+на\s+жительство|посвідк\w*\s+на\s+проживання|residence\s+permit|"
    r"driving\s+licen[cs]e|driver'?s\s+licen[cs]e|водійськ\w*|водительск\w*|"
    r"discharge\s+book|brp|residence\s+card|заграничн\w*|закордонн\w*|\bвнж\b|\bрвп\b|\bпмж\b)",
    re.IGNORECASE,
)
_CTX_MILITARY_RE = re.compile(
    r"(?:військов\w*\s+квит\w*|военн\w*\s+билет\w*|military\s+(?:id|card|service\s+card))",
    re.IGNORECASE,
)
_CTX_SNILS_RE = re.compile(r"(?:снилс|снілс|snils|страхов\w*\s+номер)", re.IGNORECASE)   # («СНІЛС»: in Ukrainian letters)
# Words before a number that make it something else (a book, a paper, a bank's own code).
_CTX_NOT_PERSONAL_RE = re.compile(r"(?:isbn|issn|doi|arxiv|єдрпоу|едрпоу|edrpou|огрн|ogrn|мфо|бик|bic)"
                                  r"(?:\W*(?:code|код))?\W*$", re.IGNORECASE)     # ("EDRPOU code 40621844")


_NUMBER_RE = re.compile(r"\d{3,}")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _before(text: str, start: int) -> str:
    """The words just before a number, back to the previous number at most: in «ИНН 1…; 2…»
    the cue belongs to the first number only. A year is no such number ("the passport they
    forced on him in 2015: 39 14 602817")."""
    window = text[max(0, start - _CONTEXT_CHARS):start]
    cut = 0
    for number in _NUMBER_RE.finditer(window):
        if not _YEAR_RE.fullmatch(number.group()):
            cut = number.end()
    return window[cut:]



def _has_context(rx: re.Pattern, text: str, start: int) -> bool:
    return bool(rx.search(_before(text, start)))


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


# --- Ukrainian and Russian tax numbers ----------------------------------------------------

_TEN_OR_TWELVE_RE = re.compile(r"(?<![\w.,/\-+])(\d{10}|\d{12})(?![\w/]|[.,\-]\d)")
_SPLIT_TAX_RE = re.compile(r"(?<![\w.,/\-+])(\d{2,4}(?:[ \-]\d{2,4}){2,4})(?![\w]|[.,\-]\d)")
_RNOKPP_EPOCH = _dt.date(1899, 12, 31)      # its first five digits count days from this date


def _rnokpp_birth_plausible(number: str) -> bool:
    """The first five digits are the date of birth: it must lie between 1900 and today."""
    born = _RNOKPP_EPOCH + _dt.timedelta(days=int(number[:5]))
    return int(number[:5]) > 0 and born <= _dt.date.today()


def _tax_rule(digits: str, before: str) -> str:
    """The rule of a number the text calls a tax number: twelve digits are a Russian INN; ten
    are an RNOKPP unless the word is «ИНН» and the RNOKPP checksum fails («ИНН 2845116654»: a
    Ukrainian's RNOKPP said with the Russian word is still his)."""
    if len(digits) == 12:
        return "id.ru.inn"
    russian = re.search(r"(?<![а-яё])инн(?![а-яё])|\binn\b", before, re.IGNORECASE) and not _ua_rntrc.is_valid(digits)
    return "id.ru.inn" if russian else "id.ua.rnokpp"


# the next of a list of tax numbers: "RNOKPP: 2785519043 (head of household), 8003881975 (daughter-in-law)"
_TAX_LIST_GAP_RE = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[,;][ \t]*(?:(?:and|і|й|та|и)[ \t]+)?")


def _tax_numbers(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    spans = []
    # a table's or a CSV's tax-number column («РНОКПП»): its header is the cue
    column = tables.column_cells(text, _CTX_TAX_RE) if tables.may_hold_table(text) else []
    for m in finditer(_TEN_OR_TWELVE_RE, text, regions):
        number, start = m.group(1), m.start(1)
        before = _before(text, start)
        if _CTX_NOT_PERSONAL_RE.search(before):
            continue
        cue = bool(_CTX_TAX_RE.search(before)) or any(a <= start < b for a, b in column) \
            or bool(spans and spans[-1].rule != "id.ru.inn" and len(number) == 10
                    and _TAX_LIST_GAP_RE.fullmatch(text, spans[-1].end, start))
        # Where the text itself says "tax number", a failed checksum is a typo or a garbled
        # copy: the number still points at a person (and a reviewer should look).
        if len(number) == 12:
            if _ru_inn.is_valid(number) or cue:
                spans.append(Span(start, m.end(1), "national_id", "id.ru.inn"))
            continue
        if cue:
            spans.append(Span(start, m.end(1), "national_id", _tax_rule(number, before)))
            continue
        # Without a cue the number must pass the checksum and start with a possible birth date;
        # a leading 0 (born before 1928) is far likelier a bare phone number. Ten-digit Russian
        # INNs belong to organisations: without the word, none is reported.
        if _ua_rntrc.is_valid(number) and _rnokpp_birth_plausible(number) and number[0] != "0":
            spans.append(Span(start, m.end(1), "national_id", "id.ua.rnokpp"))
    # «iдент. код — 3184 9898 98», "RNOKPP 3598 6851 21": split into groups, after its word
    for m in finditer(_SPLIT_TAX_RE, text, regions):
        digits = _digits(m.group(1))
        before = _before(text, m.start(1))
        if len(digits) in (10, 12) and _CTX_TAX_RE.search(before):
            spans.append(Span(m.start(1), m.end(1), "national_id", _tax_rule(digits, before)))
    return spans


# --- SNILS --------------------------------------------------------------------------------

_SNILS_RE = re.compile(r"(?<![\w\-.,])(\d{3})([- ]?)(\d{3})\2(\d{3})[- ]?(\d{2})(?![\w]|[.,\-]\d)")


def snils_is_valid(number: str) -> bool:
    """Russian SNILS control number (Pension Fund rules): weights 9..1 over the first nine
    digits; a sum below 100 is the control number, 100 and 101 give 00, larger sums are taken
    mod 101 first. Numbers up to 001-001-998 carry no control number and are not accepted."""
    digits = _digits(number)
    if len(digits) != 11 or int(digits[:9]) <= 1001998:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(9, 0, -1)))
    if total > 101:
        total %= 101
    check = 0 if total in (100, 101) else total
    return check == int(digits[9:])


def _snils(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    spans = []
    for m in finditer(_SNILS_RE, text, regions):
        formatted = bool(m.group(2)) or not m.group().isdigit()
        cue = _has_context(_CTX_SNILS_RE, text, m.start())
        # A bare run of eleven digits is as likely a Russian phone number: needs the word SNILS.
        if not formatted and not cue:
            continue
        if snils_is_valid(m.group()) or cue:     # «СНИЛС: …» with a wrong control number too
            spans.append(Span(m.start(), m.end(), "national_id", "id.ru.snils"))
    return spans


# --- passports, ID cards, military IDs, UNZR ----------------------------------------------

_UA_UPPER = "А-ЯІЇЄҐ"
_NUMBER_WORD = r"(?:,?\s?(?i:№|номер|number|no\.?)\s?)"      # «КВ № 123456», "ЕР, number 418822"
# six digits, or three and three as people read them out («ВН 284 519»)
_UA_BOOKLET_RE = re.compile(
    rf"(?<![\w\-])([{_UA_UPPER}]{{2}})(?:\s?|{_NUMBER_WORD})(\d{{6}}(?![\w\-])|\d{{3}}[ \u00a0]\d{{3}}(?![\w\-]|[ \u00a0]\d))")
# Two capitals that are an abbreviation, not a series: the EU, the RF («ЄС 100 000»)
_NOT_SERIES = frozenset({"ЄС", "ЕС", "РФ", "ЗС", "ВР", "ВС"})
# Three capitals and six digits: a driving licence («ВХЕ 482917»), a combatant's certificate
# («УБД 104538»): after a document word (or the series УБД itself), not an abbreviation alone
_THREE_LETTER_SERIES_RE = re.compile(rf"(?<![\w\-])([{_UA_UPPER}]{{3}})\s?(?:№\s?)?(\d{{6}})(?![\w\-])")
_LATIN_SERIES_RE = re.compile(r"(?<![\w\-])([A-Z]{2})\s?(?:№\s?|No\.?\s?)?(\d{6,7}|\d{3} \d{3}(?! \d))(?![\w\-])")   # ("MM 081 744", as read out)
_RU_MILITARY_RE = re.compile(rf"(?<![\w\-])([{_UA_UPPER}]{{2}})\s?(?:№\s?)?(\d{{7}})(?![\w\-])")
_NINE_DIGITS_RE = re.compile(r"(?<![\w\-.,/])(\d{9}|\d{3}([ \-])\d{3}\2\d{3})(?![\w]|[.,\-/]\d|[ \-]\d)")
# Two digits and seven after a document's word: a Russian residence permit («вид на жительство
# 82 № 0417735»), a Russian passport for travel abroad («заграничный паспорт № 75 4471208»)
_RU_TWO_SEVEN_RE = re.compile(r"(?<![\w\-.,/])(\d{2}\s?(?:№\s?)?\d{7})(?![\w]|[.,\-]\d)")
# Ten digits in one run that start like a Ukrainian mobile number (0 and an operator's code)
_UA_MOBILE_RUN_RE = re.compile(r"0(?:39|50|63|66|67|68|73|9[1-9])\d{7}")
_PASSPORT_WORD_JUST_BEFORE_RE = re.compile(r"(?i)(?:паспорт\w*|passport|серия|серія|№)[^\w\n]{0,5}$")
_RU_PASSPORT_RE = re.compile(
    # (the six digits may be split in threes, as a phone number is: «90 23 418 552», after the word)
    rf"(?<![\w\-.,/])(\d{{2}}\s?\d{{2}})(?:\s?|{_NUMBER_WORD})(\d{{6}}(?![\w]|[.,\-]\d)|\d{{3}} \d{{3}}(?![\w]|[.,\-]\d|[ \-]\d))",
    re.IGNORECASE
)
# Birth certificates (Ukrainian, Russian, Soviet): a Roman numeral, two Cyrillic capitals, six
# digits: «І-КС № 512334», «II-МЮ 123456», «IV-ЖД №654321». The shape alone is distinctive.
_BIRTH_CERTIFICATE_RE = re.compile(
    rf"(?<![\w\-])((?:[IVXІХ]{{1,4}}|[1-9])\s?[-–]\s?(?:[{_UA_UPPER}]{{2}}|(?:[A-Z]|Zh|Kh|Ts|Ch|Sh){{2}}))(?:\s?|{_NUMBER_WORD})(\d{{6}})(?![\w\-])")
# (transliterated in an English text: "I-KS 402817")
_RU_PASSPORT_SHAPE_RE = re.compile(r"(?:0[1-9]|[1-9]\d) \d{2} \d{6}")
# A foreign passport's number of letters and digits mixed ("passport (DE) C4F7X9RK1"), after the
# word: eight or nine characters, four digits or more, a letter among them
_ALNUM_PASSPORT_RE = re.compile(r"(?<![\w\-])(?=(?:[A-Z]*\d){4})(?=\d*[A-Z])[A-Z0-9]{8,9}(?![\w\-])")
_UNZR_RE = re.compile(r"(?<![\w\-.])((?:19|20)\d{2})(\d{2})(\d{2})-(\d{5})(?![\w]|-\d)")


def _valid_past_date(y: str, m: str, d: str) -> bool:
    try:
        return _dt.date(int(y), int(m), int(d)) <= _dt.date.today()
    except ValueError:
        return False


def _documents(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    spans = []
    # a form laid out as a table: the row's label is the document word; or a column's header
    # ("| Russian passport |" … "| 90 23 418 552 |")
    passport_rows = tables.row_values(text, _CTX_PASSPORT_RE) + tables.column_cells(text, _CTX_PASSPORT_RE) \
        if "|" in text else []

    def _passport_cue(start: int) -> bool:
        return _has_context(_CTX_PASSPORT_RE, text, start) or any(a <= start < b for a, b in passport_rows)

    for m in finditer(_BIRTH_CERTIFICATE_RE, text, regions):
        spans.append(Span(m.start(), m.end(), "national_id", "id.birth_certificate"))
    for m in finditer(_UA_BOOKLET_RE, text, regions):
        spaced = not m.group(2).isdigit()       # «ЄС 100 000»: an abbreviation and a count
        if spaced and m.group(1) in _NOT_SERIES and not _passport_cue(m.start()):
            continue
        rule = "id.ua.military" if _has_context(_CTX_MILITARY_RE, text, m.start()) else "id.ua.passport"
        spans.append(Span(m.start(), m.end(), "national_id", rule))
    # Latin transliteration of a series («CH 123456») only with a document word before it.
    for m in finditer(_LATIN_SERIES_RE, text, regions):
        if _has_context(_CTX_MILITARY_RE, text, m.start()):
            spans.append(Span(m.start(), m.end(), "national_id", "id.ua.military"))
        elif _passport_cue(m.start()):    # KE0294117: Estonia's are 2 + 7
            spans.append(Span(m.start(), m.end(), "national_id", "id.ua.passport"))
    for m in finditer(_THREE_LETTER_SERIES_RE, text, regions):
        if m.group(1) in ("УБД", "УБК") or _passport_cue(m.start()):
            spans.append(Span(m.start(), m.end(), "national_id", "id.ua.certificate"))
    for m in finditer(_RU_MILITARY_RE, text, regions):
        if _has_context(_CTX_MILITARY_RE, text, m.start()):
            spans.append(Span(m.start(), m.end(), "national_id", "id.ru.military"))
        elif _passport_cue(m.start()):     # «АВ 0455871» after another document's word
            spans.append(Span(m.start(), m.end(), "national_id", "id.document"))
    for m in finditer(_NINE_DIGITS_RE, text, regions):
        # the ID card's numbers are issued from 000000001 up: «004417329» needs no word
        if m.group(1).startswith("00") or _passport_cue(m.start()):
            spans.append(Span(m.start(1), m.end(1), "national_id", "id.ua.idcard"))
    for m in finditer(_ALNUM_PASSPORT_RE, text, regions):
        if _passport_cue(m.start()):
            spans.append(Span(m.start(), m.end(), "national_id", "id.document"))
    for m in finditer(_RU_TWO_SEVEN_RE, text, regions):
        if _passport_cue(m.start()):
            spans.append(Span(m.start(1), m.end(1), "national_id", "id.ru.document"))

    for m in finditer(_RU_PASSPORT_RE, text, regions):
        if _UA_MOBILE_RUN_RE.fullmatch(m.group()) and not _PASSPORT_WORD_JUST_BEFORE_RE.search(
                text, max(0, m.start() - 20), m.start()):
            continue    # «0957720419» in a row that also names a «техпаспорт»: a Ukrainian mobile number
        # «39 22 605118» written as the passport prints it (2 + 2 + 6, spaced) needs no word
        if _passport_cue(m.start()) or _RU_PASSPORT_SHAPE_RE.fullmatch(m.group()):
            spans.append(Span(m.start(), m.end(), "national_id", "id.ru.passport"))
    if "-" in text:
        for m in finditer(_UNZR_RE, text, regions):
            if _valid_past_date(m.group(1), m.group(2), m.group(3)):
                spans.append(Span(m.start(), m.end(), "national_id", "id.ua.unzr"))
    return spans


# A British National Insurance number: two letters, three pairs of digits, a letter A–D ("QH 47
# 21 86 C"). The shape alone is distinctive. (HMRC never issues some prefixes, QQ for one, but
# a mistyped or sample number on a page is the person's all the same.)
_UK_NINO_RE = re.compile(r"(?<![\w\-])([A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![\w\-])")


def _uk_insurance_numbers(text: str) -> list[Span]:
    return [Span(m.start(1), m.end(1), "national_id", "id.uk.nino") for m in _UK_NINO_RE.finditer(text)]


# A Polish PESEL (eleven digits: the birth date, a serial, a check digit), which Ukrainians under
# temporary protection in Poland receive: with a valid check digit, after the word
_PESEL_RE = re.compile(r"(?i:pesel)\W{1,30}?(?:\([^()\n]{1,20}\)\W{0,3})?(\d{11})(?!\d)")


def _pesels(text: str) -> list[Span]:
    if "PESEL" not in text and "pesel" not in text and "Pesel" not in text:
        return []
    return [Span(m.start(1), m.end(1), "national_id", "id.pl.pesel") for m in _PESEL_RE.finditer(text)
            if _pl_pesel.is_valid(m.group(1))]


# --- payment cards and IBAN ---------------------------------------------------------------

# 13–19 digits, bare or in groups of 3–6 joined by one space or dash (4-4-4-4, 4-6-5, 4-4-4-4-3).
_CARD_RE = re.compile(r"(?<![\w\-.,/+])([2-6]\d{3}(?:[ \-]?\d{2,6}){2,4}|[2-6]\d{12,18})(?![\w]|[.,\-]\d)")
_IBAN_RE = re.compile(r"(?<![\w\-])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])")
# an IBAN copied in other groups («UA82 305299 0000211557427031179»: the bank's code apart):
# only a valid one
_IBAN_REGROUPED_RE = re.compile(r"(?<![\w\-])([A-Z]{2}\d{2}(?: [A-Z0-9]{2,30}){1,6})(?![A-Za-z0-9])")


_CTX_CARD_RE = re.compile(r"(?:карт\w*(?:\s+(?:для\s+)?[«\"]?\w+[»\"]?)?(?:\s+(?:та\s+(?:ж|же|сама)|та\s+же|той\s+же))?|card|visa|mastercard|маэстро|maestro|сбер\w*|приват\w*|моно\w*|"
                          r"тинькофф|т-банк|ощад\w*|переказ\w*|перевод\w*|скинь\w*|на\s+мир)\W*$", re.IGNORECASE)
_CTX_POLICY_RE = re.compile(r"(?:полис\w*|омс|oms|policy)[\s:№#.\-]*$", re.IGNORECASE)
_CARD_GROUPS_RE = re.compile(r"\d{4}([ \-])\d{4}\1\d{4}\1\d{4}")
# A card masked in the middle that still shows its first six and last four digits ("4149 62** ****
# 9074", «414962******9074»): the bank, the card's type and its end name one card.
# (Markdown's view drops a pair of asterisks as emphasis: "62 **** 9074" is read as well)
_MASKED_CARD_RE = re.compile(r"(?<![\w\-.,/+])([2-6]\d{3}[ \-]?\d{2}(?:[ \-]?[*•xX]{1,6}){1,3}[ \-]?\d{4})(?![\w*•])")
# A Russian personal bank account: 20 digits, 408.. (40817: a resident's, 40820: a non-resident's).
_RU_ACCOUNT_RE = re.compile(r"(?<![\w\-.,/+])(408(?:17|20)\d{15})(?![\w]|[.,\-]\d)")
# A British sort code with its eight-digit account number ("40-11-62 71243958")
_UK_ACCOUNT_RE = re.compile(r"(?<![\w\-.,/+])(\d{2}-\d{2}-\d{2}[ ,/]{1,3}\d{8})(?![\w]|[.,\-]\d)")


def _iban_shaped(candidate: str) -> bool:
    """The country's IBAN length and structure, whatever its check digits («UA49 3220…»: a
    mistyped IBAN names the account as well)."""
    number = _iban.compact(candidate)
    try:
        info = _iban._ibandb.info(number)
        structure = info[0][1].get("bban", "") if info and info[0][1] else ""
        return bool(structure) and bool(_iban._struct_to_re(structure).match(number[4:]))
    except Exception:       # stdnum's private helpers changed: fall back to the checksum alone
        return False


# «to card 5168**8172»: a bank's SMS shows the first four and the last four digits
_SHORT_MASKED_CARD_RE = re.compile(r"(?<![\w\-.,/+*•])([2-6]\d{3}[*•]{2,8}\d{4})(?![\w*•])")


def _masked_cards(text: str) -> list[Span]:
    if "**" not in text and "••" not in text and "xxxx" not in text.lower():
        return []
    spans = [Span(m.start(1), m.end(1), "financial", "card.masked") for m in _MASKED_CARD_RE.finditer(text)
             if sum(ch in "*•xX" for ch in m.group(1)) >= 4]
    spans += [Span(m.start(1), m.end(1), "financial", "card.masked") for m in _SHORT_MASKED_CARD_RE.finditer(text)
              if _CTX_CARD_RE.search(_before(text, m.start(1))[-40:])]
    return spans


# (the document's word just before its number: two words at most between, «№», "No.")
_CTX_DOCUMENT_NUMBER_RE = re.compile(r"(?:certificate|sick\s+leave|довідк\w*|справк\w*|лікарнян\w*|больничн\w*|"
                                     r"непрацездатн\w*|нетрудоспособн\w*|\bВПО\b|\bIDP\b)"
                                     r"(?:[\s.,:]+[^\W\d]{1,16}){0,2}[\s.,:]*(?:No\.?|№|номер|number)?[\s.:]*$", re.IGNORECASE)


def _financial(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    spans = []
    for m in finditer(_CARD_RE, text, regions):
        start, end, number = m.start(1), m.end(1), m.group(1)
        printed = _CARD_GROUPS_RE.match(number)
        if printed and number[printed.end():printed.end() + 1] == " " and len(number) - printed.end() <= 3:
            # «з картки 4276 8837 1558 6333 21 квітня»: a card's four groups, then the day of a date
            end, number = start + printed.end(), printed.group()
        digits = _digits(number)
        if len(digits) == 16 and _CTX_POLICY_RE.search(_before(text, start)[-30:]):
            # «Полис ОМС: 7751 2300 1846 3029»: a Russian health insurance policy, the person's own
            spans.append(Span(start, end, "national_id", "id.ru.oms"))
            continue
        if len(digits) == 17 and _CASE_NUMBER_RE.fullmatch(digits) and digits[1:3] in _CASE_YEARS:
            continue            # a criminal proceeding's number (ЄРДР) that passes Luhn by chance
        before = _before(text, start)[-60:]
        if 13 <= len(digits) <= 19 and _CTX_DOCUMENT_NUMBER_RE.search(before) and not _CTX_CARD_RE.search(before):
            # «довідка ВПО 6517-5001311820», "sick leave certificate No. 3458-2291-5507-1120": a
            # document's number that passes Luhn by chance is the document's
            spans.append(Span(start, end, "national_id", "id.reference"))
        elif 13 <= len(digits) <= 19 and len(set(digits)) > 2 and _luhn.is_valid(digits):
            spans.append(Span(start, end, "financial", "card.luhn"))
        elif len(set(digits)) > 2 and _CARD_GROUPS_RE.fullmatch(number):
            # «5375 4141 0277 3815»: four groups of four are a card's print, whatever the check digit
            spans.append(Span(start, end, "financial", "card.shape"))
        elif len(digits) == 16 and len(set(digits)) > 2 and _CTX_CARD_RE.search(_before(text, start)[-40:]):
            # «на картку 5375414102773815»: the text says it is a card, the check digit is wrong
            spans.append(Span(start, end, "financial", "card.cue"))
    for m in finditer(_IBAN_RE, text, regions):
        candidate = m.group(1)
        # The pattern may have swallowed a following code-like word: shorten group by group.
        while candidate:
            if _iban.is_valid(candidate):
                spans.append(Span(m.start(1), m.start(1) + len(candidate), "financial", "iban"))
                break
            if _iban_shaped(candidate):
                spans.append(Span(m.start(1), m.start(1) + len(candidate), "financial", "iban.shape"))
                break
            cut = candidate.rfind(" ")
            candidate = candidate[:cut] if cut > 4 else ""
    for m in finditer(_IBAN_REGROUPED_RE, text, regions):
        candidate = m.group(1)
        while candidate and not any(sp.start <= m.start(1) < sp.end for sp in spans):
            if _iban.is_valid(candidate):
                spans.append(Span(m.start(1), m.start(1) + len(candidate), "financial", "iban"))
                break
            cut = candidate.rfind(" ")
            candidate = candidate[:cut] if cut > 4 else ""
    for m in finditer(_RU_ACCOUNT_RE, text, regions):
        spans.append(Span(m.start(1), m.end(1), "financial", "account.ru"))
    if "-" in text:
        for m in finditer(_UK_ACCOUNT_RE, text, regions):
            spans.append(Span(m.start(1), m.end(1), "financial", "account.uk"))
    return spans


# A Russian migration card: series of four digits, number of seven («Миграционная карта: серия и
# номер 4619 0823751»), after its name
_MIGRATION_CARD_RE = re.compile(
    r"(?i:migration\s+card|миграционн\w*\s+карт\w*|міграційн\w*\s+картк?\w*)[^\d\n]{0,40}?"
    r"(?<![\d\-])(?P<n>\d{4}\s?(?:№\s?)?\d{7})(?![\d\-])")
_MIGRATION_TRIGGERS = ((re.compile(r"migration card|миграционн|міграційн"), True),)


def _migration_cards(text: str) -> list[Span]:
    return [Span(m.start("n"), m.end("n"), "national_id", "id.ru.migration_card")
            for m in finditer(_MIGRATION_CARD_RE, text, windows(text, _MIGRATION_TRIGGERS, margin=80))]


_PAYMENT_TRIGGERS = tuple((host, True) for host in (
    "send.monobank.ua/", "paypal.me/", "paypal.com/paypalme/", "revolut.me/", "privat24.ua/send/",
    "buymeacoffee.com/"))
_PAYMENT_LINK_RE = re.compile(
    r"(?<![\w.\-@/])(?:https?://)?(?:www\.)?"
    r"(?:send\.monobank\.ua/(?:jar/)?[A-Za-z0-9]{6,}|(?:paypal\.me|paypal\.com/paypalme|revolut\.me)/[\w\-]+(?:\.[\w\-]+)*"
    r"|privat24\.ua/send/\w+|buymeacoffee\.com/[\w\-]+)(?![\w/])",
    re.IGNORECASE,
)


def _payment_links(text: str) -> list[Span]:
    """«send.monobank.ua/jar/7vQ2kLmR9x»: a fundraising jar or payment page is one person's account."""
    if "/" not in text:
        return []
    return [Span(m.start(), m.end(), "financial", "payment.link")
            for m in finditer(_PAYMENT_LINK_RE, text, windows(text, _PAYMENT_TRIGGERS))]


# --- vehicle plates -----------------------------------------------------------------------

# Plates use only letters that look alike in Latin and Cyrillic; a text may mix both.
_PLATE_LETTERS = "ABCEHIKMOPTXАВСЕНІКМОРТХ"
_UA_PLATE_RE = re.compile(
    rf"(?<![\w\-])([{_PLATE_LETTERS}R]{{2}})[ \-]?(\d{{4}})[ \-]?([{_PLATE_LETTERS}R]{{2}})(?![\w\-])"
)   # (R: an English text's Р, "AR 4471 CM")
# … and transliterated letter by letter (Н -> N, С -> S, В -> V: "BT 0274 AN"), after a word about
# plates or vehicles
_UA_PLATE_TRANSLIT_RE = re.compile(
    rf"(?<![\w\-])([{_PLATE_LETTERS}RNSV]{{2}})[ \-]?(\d{{4}})[ \-]?([{_PLATE_LETTERS}RNSV]{{2}})(?![\w\-])"
)
# Latin look-alikes, and the letters an English text transliterates them to (Р -> R, С -> S,
# Н -> N, В -> V, У -> U: «M529OR 161»); lower case: Cyrillic, compact form only.
_RU_LETTERS = "ABEKMHOPCTYXRSNVUАВЕКМНОРСТУХавекмнорстух"
_RU_PLATE_RE = re.compile(
    rf"(?<![\w\-])([{_RU_LETTERS}])( ?)(\d{{3}})\2([{_RU_LETTERS}]{{2}})[ \-]?(\d{{2,3}})(?:\s?RUS)?(?![\w\-])"
)


# A Russian tractor's or machine's plate: four digits, two letters, the region («МТЗ-1221, 7326 КР
# 46», «опрыскиватель 4418 КО 46»); Cyrillic capitals only, and a vehicle's word before it
_RU_MACHINE_PLATE_RE = re.compile(r"(?<![\w\-])\d{4} ?[АВЕКМНОРСТУХ]{2} ?(?:\d{2}|[127]\d{2})(?![\w\-])")
_MACHINE_CUE_RE = re.compile(r"(?i)трактор|мтз|юмз|комбайн|опрыскивател|обприскувач|прицеп|причіп|погрузчик|навантажувач|"
                             r"экскаватор|екскаватор|самоходн|самохідн|машин|номер")
_PLATE_CUE_RE = re.compile(r"(?i)номер|plate|registration|licen[cs]e|автобус|машин|авто|грузовик|фургон|"
                           r"вантажів|truck|van|bus|car\b|"
                           # the cars people name («на своём логане», «ланосом», «на газели»)
                           r"логан|ланос|lanos|logan|lada|priora|uaz\b|gazel|zhiguli|жигул|ваз|лад[аеуы]|газел|уаз|приор|калин|гранд|солярис|"
                           r"шкод|octavia|тойот|toyota|форд|ford|мерс|опел|opel|фольксваг|volkswagen|дэу|деу|daewoo")


# Plates of other countries, only after a word about plates or vehicles: British "YK19 HDF",
# Polish "WGM 4820K", "DW 7K204", Georgian "GE-614-RT".
_FOREIGN_PLATE_RE = re.compile(
    r"(?<![\w\-])(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]{2,3}\s?[0-9][0-9A-Z]{4}|[A-Z]{2}-\d{3}-[A-Z]{2}"
    r"|[A-Z]{1,2} [A-Z]{2,3} \d{3}|[A-Z]{3} \d{3}"      # Moldova: "C AG 517", "KBC 417"
    r"|\d{4}[ \t]?[A-Z]{2}-\d)(?![\w\-])")            # Belarus: "3456 AB-7"
_FOREIGN_PLATE_CUE_RE = re.compile(r"(?i)plates?\b|registration|\breg\.|tablic|kennzeichen|номерн|номера\b|машин|авто|"
                                   r"\bбус\b|фургон|\bvan\b|truck|lorry|minibus|trailer|taxi|motorbike|pickup|\bcar\b|mercedes|мерседес|sprinter|transit|skoda|шкод|"
                                   r"volkswagen|фольксваг|toyota|тойот|opel|опел|renault|рено\b|peugeot|пежо|audi|ауди")
_FOREIGN_PLATE_TRIGGERS = ((re.compile(r"plate|registration|reg\.|tablic|kennzeichen|номер|машин|авто|бус|фургон|van|"
                                       r"lorry|minibus|trailer|taxi|motorbike|pickup|"
                                       r"truck|car|mercedes|мерседес|sprinter|transit|skoda|шкод|volkswagen|фольксваг|"
                                       r"toyota|тойот|opel|опел|renault|рено|peugeot|пежо|audi|ауди"), True),)


_LATIN_CAPITALS = re.compile(r"[A-Z][A-Z0-9]")


# An Irish registration: the year, the county's letters, a serial ("221-D-18442", "12-KY-4471")
_IRISH_PLATE_RE = re.compile(
    r"(?<![\w\-])(?:\d{2}|\d{2}[12])-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|"
    r"WH|WX|WW)-\d{1,6}(?![\w\-])")


def _foreign_plates(text: str) -> list[Span]:
    spans = []
    if not _LATIN_CAPITALS.search(text) and "-" not in text:
        return spans
    if "-" in text:
        spans += [Span(m.start(), m.end(), "vehicle_plate", "plate.other") for m in _IRISH_PLATE_RE.finditer(text)]
    for m in finditer(_FOREIGN_PLATE_RE, text, windows(text, _FOREIGN_PLATE_TRIGGERS)):
        before = text[max(0, m.start() - 80):m.start()]
        sentence = re.split(r"[.!?\n]\s", before)[-1]        # the cue in the same sentence
        if sum(ch.isdigit() for ch in m.group()) >= 2 and _FOREIGN_PLATE_CUE_RE.search(sentence):
            spans.append(Span(m.start(), m.end(), "vehicle_plate", "plate.other"))
    return spans


def _sentence_after(text: str, end: int, reach: int) -> str:
    return re.split(r"[.!?\n]", text[end:end + reach], maxsplit=1)[0]


def _plates(text: str, regions: list[tuple[int, int]], written: str) -> list[Span]:
    spans = []
    for m in finditer(_UA_PLATE_RE, text, regions):
        if m.group(2) != "0000":
            spans.append(Span(m.start(), m.end(), "vehicle_plate", "plate.ua"))
    for m in finditer(_UA_PLATE_TRANSLIT_RE, text, regions):
        if not _UA_PLATE_RE.fullmatch(m.group()) and m.group(2) != "0000" \
                and _PLATE_CUE_RE.search(text, max(0, m.start() - 80), m.start()):
            spans.append(Span(m.start(), m.end(), "vehicle_plate", "plate.ua"))
    plate_cells = None
    for m in finditer(_RU_PLATE_RE, text, regions):
        # With spaces, Latin letters («A 100 BC 12») and lower case («а 100 вс 12») read too much
        # like prose: they need the compact form, or a word about plates or vehicles just before
        # («номер одного из них — A 527 MP 761», «на своём логане о 527 ае 82») or over their
        # table column ("| Plate |").
        latin_only = m.group(1).isascii() and m.group(4).isascii()
        lower_case = m.group(1).islower() or m.group(4).islower()
        if m.group(3) == "000":
            continue
        # (or just after it: "one of them T 082 MT 95, the other without plates")
        if m.group(2) and (lower_case or latin_only) \
                and not _PLATE_CUE_RE.search(text, max(0, m.start() - 80), m.start()) \
                and not _PLATE_CUE_RE.search(_sentence_after(text, m.end(), 50)):
            if plate_cells is None:
                # (a table's or a CSV export's column: "slot_id,…,plate,pax")
                plate_cells = tables.column_cells(written, _PLATE_CUE_RE) if tables.may_hold_table(written) else []
            if not any(a <= m.start() and m.end() <= b for a, b in plate_cells):
                continue
        region = int(m.group(5))
        if region == 0:
            continue
        spans.append(Span(m.start(), m.end(), "vehicle_plate", "plate.ru"))
    for m in finditer(_RU_MACHINE_PLATE_RE, text, regions):
        before = re.split(r"\||[.!?]\s|\n", text[max(0, m.start() - 40):m.start()])[-1]    # its cell, its sentence
        if _MACHINE_CUE_RE.search(before):
            spans.append(Span(m.start(), m.end(), "vehicle_plate", "plate.ru"))
    return spans



# Every identifier above holds five digits in a row, two groups of three digits, or (plates)
# three digits next to two plate letters: one cheap pass finds where to look (see _windows.py).
_TRIGGERS = (
    # one branch, not an alternation: `re` scans it about six times faster
    (re.compile(r"[0-9][0-9][0-9](?:[0-9][0-9]|[ \-][0-9]{3}| ?[ABCEHIKMOPTXYRSNVUАВЕКМНОРСТУХІавекмнорстух]{2})"), False),
    ("passport", True),       # a foreign passport's letters and digits mixed: "C4F7X9RK1"
)


# --- a person's file, case and registration numbers (testimonies) --------------------------

# «номер обращения у них UA-M-22-90364», "ICRC number UKR-552031", «справка МККК № 25/UA/10433»,
# "MRN: 00-448172", «личный номер 0744-18», «свідоцтво … № 6412»: in a testimony, a code after a
# word for a person's own record, card, certificate or registration is that person's. (Not an
# institution's own file, case or letter number: «Вих. № 42/11», "Case ref. PF-2023/0417".)
_CTX_REFERENCE_RE = re.compile(
    r"(?:records?|mrn|registration|certificate|attestation|icrc|personal\s+number|card|application\s+no|"
    r"жалоб\w*|кусп|пенсійн\w*|пенсионн\w*|справ[аиуі](?=\s*№)|дел[оау](?=\s*№)|"
    # a clinic's own number for its patient: "Patient no. OPT-0427", «Карточка ОК-3318»
    r"patient\s+(?:no|number|id|file)|номер\w*\s+(?:пацієнт|пациент)\w*|карточк\w*|заявочн\w*|"
    r"картк\w*|карт[аыиі]|посвідчен\w*|удостоверен\w*|свідоцтв\w*|свидетельств\w*\s+о\s+\w+|довідк\w*|справк\w*|"
    r"запит\w*|заявк\w*|звернен\w*|обращени\w*|рег\.|реєстрац\w*|регистрац\w*|мкчх|мккк|єсоз|есоз|"
    r"(?:личн|особист|особов)\w*\s+номер|реєстр\.|реестр\.|истори\w*\s+болезн\w*|історі\w*\s+хвороб\w*|"
    # a prisoner's file and account: "personal file no.", «лицевой счёт», «особовий рахунок»
    # a student's record book and card («залікова книжка № 20-МБ-047», "student ID")
    r"заліков\w*\s+книжк\w*|зач[её]тн\w*\s+книжк\w*|record\s+book|student\s+(?:id|card)|"
    r"personal\s+file|inmate|(?P<account>лицев\w*\s+сч[её]т\w*|особов\w*\s+рахун\w*|\bЛС|\bл/с|personal\s+account)|"
    # a lawyer's number in the bar's register; a police journal's entry for one report
    r"registry\s+number|register|warrant|ордер\w*|свидетельств\w*(?=[^\n.№]{0,30}№)|journal|журнал\w*|"
    # a person's own number, however said: "his number in the colony was", "your son's number
    # there", «с моим номером», «номер вашего сына:», "under the number", "I was No.", "appeal number"
    r"протокол\w*(?=\s*№)|(?:my|his|her|your|their)\s+(?:(?:son|husband|brother|father|daughter|wife)['’]s\s+)?(?:prisoner\s+)?number|"
    r"(?:мій|мо|твій|тво|свій|сво|ваш|наш)\w*\s+номер\w*|"
    # a number given to a person: "There I got a number, A-4417", «мені дали номер А-4417»
    r"(?:got|was\s+given|gave\s+(?:me|him|her|us))\s+(?:a|the|my|his|her)\s+number|"
    r"(?:дали|видали|выдали|присвоїли|присвоили|отримав|отримала|получил|получила)\s+(?:\w+\s+)?номер|номер\w*\s+(?:ваш|его|её|ее|її|його|мо|сво|тво)\w*|"
    r"under\s+(?:the\s+)?(?:number|No\b)|под\s+номером|під\s+номером|(?:I|he|she)\s+was\s+(?:No|number)|"
    r"(?:за|под|під)\s+№|(?:за|под|під)\s+номером|по\s+номеру|"
    # an act drawn up about one person: «Його акт, 615/2023-ОП» (not «АКТ № 17/2022 про надзвичайну подію»)
    r"(?:його|її|его|её|ее|мій|мой|свій|свой)\s+акт[аиуі]?|"
    r"appeal\s+number|номер\w*\s+апел\w*|"
    # a prisoner's own number: "detainee number 2281-T", "prisoner number, No. 3318", «номер
    # ув'язненого, 3318», «номер особової справи, 22-4471», «Номер личной карточки осуждённого — 11-3478»
    r"(?:prisoner|detainee|convict)\w*\s+(?:number|no\b|id\b)|"
    r"номер\w*\s+(?:ув['’]?язнен|в['’]?язн|заключ[её]нн|осужд[её]нн|засуджен)\w*|"
    r"(?:особов\w*\s+справ|особов\w*\s+картк|личн\w*\s+дел|личн\w*\s+карточк)\w*)"
    # (up to six words between: «свідоцтво про право на заняття адвокатською діяльністю №»)
    r"(?:[\s.,\"»*]+[^\W\d]{1,16}(?:-[^\W\d]{1,16})?){0,6}\W{0,6}$",     # («довідка військово-лікарської комісії №»)
    re.IGNORECASE)   # "ICRC CTA ref. given to R:", «Лист МКЧХ (реєстр. UA-POW-22-…)»
_CTX_LAW_RE = re.compile(r"(?:ст\.|статт\w*|стат\w*|article|ч\.|част\w*|part|п\.|пункт\w*|закон\w*|law|"
                         r"постанов\w*|резолюц\w*|resolution|наказ\w*|приказ\w*|указ\w*|(?P<institution>колон\w*|сизо|сізо|ик|ік))"
                         r"\W{0,4}(?:No\.?|№|N|номер|number)?\W{0,4}$",
                         re.IGNORECASE)
# a record's number, not an institution's (СИЗО № 2, ИК-10): in parts, six digits or more
_RECORD_NUMBER_RE = re.compile(r"(?=(?:\D*\d){6})\d+[-/]\d+(?:[-/]\d+)*")
_MASK_NEAR_RE = re.compile(r"[•×]{2}|\*{3,}|[xX]{4}")     # a masked card's hidden digits (not **bold**)
_REFERENCE_RE = re.compile(
    r"(?<![\w\-/.])(?:[A-ZА-ЯІЇЄҐ]{1,4}(?:[-/][A-ZА-ЯІЇЄҐ0-9]{1,4})*[-/]\d{4,}(?:[-/]\d{1,4})?"
    r"|\d{1,6}(?:[-/][A-ZА-ЯІЇЄҐ]{1,4})?[-/]\d{1,10}(?:[-/]\d{1,6})?"     # "19-E-072", «21-Ф-0318», «118/24-М»
    # (an investigator's initials and a number after them: «22/11-ОВ-14», "22/14-09-Hn")
    r"(?:-[A-ZА-ЯІЇЄҐ](?:[A-ZА-ЯІЇЄҐ]{1,2}|[a-zа-яіїєґ]{1,2})?(?:-\d{1,4})?)?"
    r"|\d{4,8}(?:/[а-яіїєґa-z]{1,2}|-[A-ZА-ЯІЇЄҐ])?)(?![\w\-/]|[.,]\d)")     # «№ 2318/к», "2281-T"


# the cue words' stems, searched in the lowered text (the margin reaches the number after them)
_REFERENCE_TRIGGERS = ((re.compile(r"record|mrn|patient|registration|register|warrant|ордер|заліков|зачетн|зачётн|student|certificate|attestation|icrc|personal|inmate|card|болезн|хвороб|"
                                   r"registry|journal|журнал|number|under|appeal|"
                                   r"лицев|рахун|лс |л/с|"
                                   r"application|жалоб|кусп|пенсі|пенси|справ|дел|реєстр|реестр|карт|посвідч|"
                                   r"удостовер|свідоцтв|свидетельств|довідк|справк|запит|заявк|звернен|обращени|"
                                   r"рег\.|реєстрац|регистрац|мкчх|мккк|єсоз|есоз|номер|prisoner|detainee|convict|"
                                   r"особов|личн|акт[аиуі]?[ ,:]|заявочн|протокол"), True),)


# A criminal proceeding's register number: Ukraine's ЄРДР (17 digits: 1 or 4, the year, …) and
# Russia's case numbers (1 + two-digit year …): in a testimony it names the person's own case.
_CASE_NUMBER_RE = re.compile(r"(?<![\w\-/.])([1-4]\d{16})(?![\w\-/]|[.,]\d)")     # (2: a misdemeanour's)
_CASE_YEARS = frozenset(f"{year % 100:02d}" for year in range(2020, _dt.date.today().year + 1))
# A court's case number («дело № 1-204/2024»: the first instance's criminal cases) and a Russian
# court's unique case identifier («61OS0000-01-2024-000388-17»): a court's website lists the
# defendant under either, so in a testimony they name the person as surely as a passport.
_COURT_CASE_RE = re.compile(r"(?<![\w\-/.])(?:(?:\d/)?(?:0?[1-5]|22|33)-\d{1,5}/(?:19|20)\d\d|"
    # a Ukrainian court's proceeding: «Провадження № 1-кп/490/211/24» (criminal), «2/766/1204/23» (civil)
    r"[1-4](?:-(?:кп|кс|кі|kp|ks|ki))?/\d{3}/\d{1,6}/[12]\d|"
r"\d{2}[A-ZА-Я]{2}\d{4}-\d{2}-20\d\d-\d{6}-\d{2})"
                            r"(?![\w/]|-\d)")


# A Ukrainian court's case number: the court's code, the case, the year («справа № 766/4512/22»),
# after a word for a case or a court
_UA_COURT_CASE_RE = re.compile(r"(?<![\w\-/.])\d{3}/\d{1,6}/[12]\d(?![\w/]|-\d)")
_CTX_CASE_RE = re.compile(r"(?:справ\w*|case|дел[оау]|суд\w*|court|провадж\w*)\W", re.IGNORECASE)


_DATE_SHAPE_RE = re.compile(r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.]\d{2,4}|\d{4}[-/](?P<m2>\d{1,2})[-/](?P<d2>\d{1,2})")


def _looks_like_a_date(code: str) -> bool:
    m = _DATE_SHAPE_RE.fullmatch(code)
    if not m:
        return False
    day, month = (m.group("d"), m.group("m")) if m.group("d") else (m.group("d2"), m.group("m2"))
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12 or 1 <= int(month) <= 31 and 1 <= int(day) <= 12


# A civil registry's act record and a notary's register entry: one person's birth, marriage or
# change of name, one person's deed («актовий запис № 412», "Act record of change of name No. 57",
# «зареєстровано в реєстрі за № 118», "register No. 2025/118"), however short the number
_ACT_RECORD_RE = re.compile(
    r"(?:act\s+record|актов\w*\s+запис\w*|запис\w*\s+акт\w*|реєстрі|реестре|register)"
    r"(?:\s+(?:of|про|о|об)\s+[^№\n.]{1,40}?)?\s*(?:за\s+)?(?:No\.?|№)\s*(?P<n>\d{1,6}(?:/\d{1,6})?)(?![\w/]|[.,]\d)",
    re.IGNORECASE)


# An archive's shelfmark for one person's file: fond, inventory, file («ф. Р-1479, оп. 2, спр. 833»,
# «ф. Р-1479, оп. 2, д. 833», "f. R-1479, op. 2, spr. 833", "fond 6, opys 1, sprava 12")
_SHELFMARK_RE = re.compile(
    r"(?<![\w])(?:ф|f|фонд|fond)\.?[ \t\u00a0]*(?:[РПRP][ \t\u00a0]*-?[ \t\u00a0]*)?\d{1,6},[ \t\u00a0]*"
    r"(?:оп|op|опис|опись|opys|opis)\.?[ \t\u00a0]*\d{1,4}[а-яa-z]?,[ \t\u00a0]*"
    r"(?:спр|д|spr|sprava|справа|дело|delo|file|од\.[ \t]*зб|od\.[ \t]*zb)\.?[ \t\u00a0]*\d{1,6}(?:[-/]\w{1,4})?(?![\w/])",
    re.IGNORECASE)

# A prisoner's own number, however it is said: «номер у меня там был 231», «я был номер 1142»,
# "my number there was 231... no, 213", «Мій був Ж-311», "His prisoner number in the colony is No. 1127"
_OWN_CODE = (r"(?:(?:No\.?|№)[ \t\u00a0]*)?(?P<n>[A-ZА-ЯІЇЄҐ]{1,3}-\d{2,6}|\d{3,6}(?:-\d{1,6})?|\d{1,2}-\d{3,6})"
             r"(?![\w\-/]|[.,]\d|[ \t\u00a0]\d)")      # (not "his number was 066 180 27 45": a phone)
_OWN_NUMBER_RE = re.compile(
    r"(?:\b(?:my|his|her)\s+(?:prisoner\s+)?number(?:\s+[^\W\d]+){0,6}?\s+(?:was|is)"
    r"|\b(?:I|he|she)\s+was\s+(?:prisoner\s+)?number"
    r"|(?<![\w'’])(?:я|он|она|він|вона)\s+(?:был|была|був|була)\s+номер(?:ом)?"
    r"|(?<![\w'’])(?:что|що)\s+я\s+номер"
    r"|(?<![\w'’])(?:был|была|був|була)\s+номер(?!\s*(?:телефон|квартир|рейс|дом|будин))"   # «вместо фамилии был номер 4-117»
    r"|(?<![\w'’])номер\s+(?:у\s+[^\W\d]+\s+)?(?:там\s+)?(?:был|був|була|была)"
    # "They gave me a number here, I must say it every morning: No. 1183", «Здесь у меня номер,
    # называю его каждое утро: № 1183», "I had a number instead of a name: No. 4-117": a number
    # the sentence says is one's own, then a colon (not a phone's, a flat's, a flight's)
    r"|\b(?:a|my|his|her)\s+(?:prisoner\s+)?number\b[^.!?\n:]{0,60}:"
    r"|(?<![\w'’])(?:у\s+(?:меня|мене|него|нього|неё|неї)\s+)?(?:был\s+|був\s+)?номер(?!\s+(?:телефон|квартир|рейс|дом|будин))"
    r"(?:,|\s+(?:вместо|замість))[^.!?\n:]{0,60}:"
    # "His prisoner number in penal colony IK-10 is 3386", «Номер ув'язненого у виправній колонії ІК-10 — 3386»
    r"|\bprisoner\s+number\s+in\s+(?:the\s+)?(?:penal\s+)?colony(?:\s+[\w\-]+)?\s+(?:is|was)"
    r"|(?<![\w'’])номер\s+(?:ув['’]?язнен\w*|заключ[её]нн\w*|осужд[её]нн\w*)\s+[ув]\s+(?:[^\W\d]+\s+)?колон[иі]\w*(?:\s+[\w\-]+)?\s*[—–-]"
    # «Его номер в колонии — Б-2390», «номер маминой карточки спецпоселенки был СП-4417» (not a
    # flat's, a phone's, a room's or a bus's number)
    r"|(?<![\w'’])(?:его|её|ее|його|її|мой|мій|твой|твій)\s+номер\s+[ву]\s+(?:колони\w*|лагер\w*|табор\w*|сизо|сізо|тюрьм\w*|в['’]?язниц\w*)\s*[—–:-]"
    r"|(?<![\w'’])номер\s+(?!(?:дома|будинку|квартир\w*|телефон\w*|палат\w*|камер\w*|автобус\w*|рейс\w*|кабинет\w*|кабінет\w*)\b)"
    r"(?:[а-яіїєґё'’]+\s+){1,3}(?:был|була|був|была)"
    r"|(?<![\w'’])(?:[Mm]ine|[Мм]ій|[Мм]ой)\s+(?:was|був|был))"
    rf"[ \t\u00a0:—–-]*{_OWN_CODE}"
    # "231... no, 213": the number corrected
    rf"(?:(?:\.\.\.|…)?[ \t]*(?:no|нет|ні)[ \t]*,[ \t]*(?P<n2>\d{{3,6}})(?![\w\-/]|[.,]\d))?",
    re.IGNORECASE)
_OWN_NUMBER_TRIGGERS = ((re.compile(r"number|номер|mine was|мій був|мой был"), True),)


def _shelfmarks_and_own_numbers(text: str) -> list[Span]:
    low = lowered(text) or text.lower()
    shelfmarks = ("оп" in low or "op" in low) and _SHELFMARK_RE.finditer(text)    # (an inventory's word first)
    spans = [Span(m.start(), m.end(), "national_id", "id.shelfmark") for m in shelfmarks or ()]
    for m in finditer(_OWN_NUMBER_RE, text, windows(text, _OWN_NUMBER_TRIGGERS)):
        if _YEAR_RE.fullmatch(m.group("n")):
            continue            # "my number was … in 2022"
        spans.append(Span(m.start("n"), m.end("n"), "national_id", "id.own_number"))
        if m.group("n2"):
            spans.append(Span(m.start("n2"), m.end("n2"), "national_id", "id.own_number"))
    return spans


# A payment's transaction id ("TXN 88310427716", "| Bank transaction ID | SEPA-20241105-7D3K9QX41 |",
# «ID транзакції»): it finds the payer's account in the bank's books
_TRANSACTION_ID_RE = re.compile(
    r"(?:\bTXN|\btransaction\s+(?:id|no\.?|number)|\bID\s+транзакц\w*|номер\w*\s+транзакц\w*)[ \t:#№|]*"
    r"(?P<code>[A-Z0-9](?:[A-Z0-9\-]*[0-9][A-Z0-9\-]*){5,})(?![\w\-])", re.IGNORECASE)


def _transaction_ids(text: str) -> list[Span]:
    low = lowered(text) or text.lower()
    if "txn" not in low and "транзакц" not in low and "transaction" not in low:
        return []
    return [Span(m.start("code"), m.end("code"), "financial", "account.transaction")
            for m in _TRANSACTION_ID_RE.finditer(text) if sum(c.isdigit() for c in m.group("code")) >= 6]


def _act_records(text: str) -> list[Span]:
    low = lowered(text) or text.lower()
    if not ("запис" in low or "record" in low or "реєстр" in low or "реестр" in low or "register" in low):
        return []
    return [Span(m.start("n"), m.end("n"), "national_id", "id.act_record") for m in _ACT_RECORD_RE.finditer(text)]


# A utility's or a bank's account number right after its word ("Personal account: 0415227301",
# "account 77-00318-4", «о/р 14-20877», «особовий рахунок 2207193405»): the subscriber's, money
# like a card (a phone's shape does not make it a phone)
_ACCOUNT_NUMBER_RE = re.compile(
    r"(?:(?i:(?<![\w'’])account)(?:[ \t\u00a0]+(?i:no\.?|number|№))?|(?i:особов\w*[ \t\u00a0]+рахун\w*|"
    r"лицев\w*[ \t\u00a0]+сч[её]т\w*|абонентськ\w*[ \t\u00a0]+номер\w*|абонентск\w*[ \t\u00a0]+номер\w*)|"
    r"(?<![\w/])(?:о/р|л/с|ЛС))[ \t\u00a0]*[:№#]?[ \t\u00a0]*(?P<n>(?<![\d-])\d[\d-]{3,24}\d(?![\d-]|[.,/]\d))")
_ACCOUNT_WORDS = ("account", "рахун", "сч", "о/р", "л/с", "лс", "абонент")


# A table's column of them: «| Особовий рахунок |», «| Лицевой счёт |», "| Account no. |" (not
# "| Number / account |": phones too)
_ACCOUNT_HEADER_RE = re.compile(
    r"(?<![/ ] )(?<!/)\baccount\b(?![ \t]*(?:holder|name|owner|/))|особов\w*[ \t]+рахун|лицев\w*[ \t]+сч[её]т|абонентськ\w*[ \t]+номер|"
    r"абонентск\w*[ \t]+номер|(?<![\w/])(?:рахунок|сч[её]т|о/р|л/с)(?!\w)", re.IGNORECASE)
_ACCOUNT_CELL_RE = re.compile(r"\d[\d \t-]{3,24}\d")


def _account_numbers(text: str) -> list[Span]:
    low = lowered(text) or text.lower()
    if not any(word in low for word in _ACCOUNT_WORDS):
        return []
    spans = [Span(m.start("n"), m.end("n"), "financial", "account.personal") for m in _ACCOUNT_NUMBER_RE.finditer(text)
             if sum(ch.isdigit() for ch in m.group("n")) >= 5]
    if tables.may_hold_table(text):
        spans += [Span(a, b, "financial", "account.column") for a, b in tables.column_cells(text, _ACCOUNT_HEADER_RE)
                  if _ACCOUNT_CELL_RE.fullmatch(text, a, b) and sum(ch.isdigit() for ch in text[a:b]) >= 5]
    return spans


# A table cell that is only a number after «№» ("| Mykola Verbytskyi | IK-10 | № 7715 | 58 |"):
# a row's person's number, unless its column holds places, laws, transport or rooms
_NUMBERED_CELL_RE = re.compile(r"(?:№|No\.?)[ \t\u00a0]?\d{4,8}(?:[-/][A-ZА-ЯІЇЄҐ]{1,2})?")
_NOT_PERSONAL_COLUMN_RE = re.compile(
    r"колон|colon(?:y|ies)|prison(?!er)|jail|camp|табір|табор|лагер|\b(?:ик|ік|сизо|сізо)\b|камер|cell|institution|facilit|установ|unit|частин|part\b|law|закон|стат|article|"
    r"наказ|приказ|order|рейс|flight|train|поїзд|поезд|bus|автобус|route|маршрут|room|кімнат|комнат|ward|палат|"
    r"school|школ|house|будин|дом|flat|кварт|invoice|рахунок|сч[её]т|receipt|квитан|чек|заказ|замовлен|ticket|квит|билет", re.IGNORECASE)


# a list of prisoners where each entry gives "Number 3418." as a sentence of its own («Номер 3418.»)
_NUMBER_SENTENCE_RE = re.compile(r"(?:(?<=[.;!?][ \t])|(?<=^))(?:Number|Номер)[ \t]+(?P<n>\d{3,6})(?=[.;,][ \t]|[.;,]?$)",
                                 re.MULTILINE)


def _numbered_cells(text: str) -> list[Span]:
    if "|" not in text or "№" not in text and "No" not in text:
        return []
    return [Span(a, b, "national_id", "id.numbered_cell") for (a, b), header in tables.body_cells(text)
            if _NUMBERED_CELL_RE.fullmatch(text, a, b)
            and (header is None or not _NOT_PERSONAL_COLUMN_RE.search(text, *header))]


_PERSONAL_FILE_RE = re.compile(r"личн\w*\s+дел|особов\w*\s+справ|personal\s+file", re.IGNORECASE)


_AREA_CODE_AROUND_RE = re.compile(r"\(0\d{2,4}\)[ \t\u00a0]?\d{1,3}-\d{2}-\d{2}(?!\d)")


def _references(text: str) -> list[Span]:
    # (after the 1 or 4: ЄРДР's four-digit year, so "20…"; a Russian number's two-digit year,
    # from 2020 to this year)
    spans = [Span(m.start(1), m.end(1), "national_id", "id.case")
             for m in _CASE_NUMBER_RE.finditer(text) if m.group(1)[1:3] in _CASE_YEARS]
    if "/" in text:
        spans += [Span(m.start(), m.end(), "national_id", "id.case") for m in _COURT_CASE_RE.finditer(text)]
        spans += [Span(m.start(), m.end(), "national_id", "id.case") for m in _UA_COURT_CASE_RE.finditer(text)
                  if _CTX_CASE_RE.search(text, max(0, m.start() - 60), m.start())]
    for m in finditer(_REFERENCE_RE, text, windows(text, _REFERENCE_TRIGGERS)):
        code = m.group()
        if sum(ch.isdigit() for ch in code) < 4 or _YEAR_RE.fullmatch(code):
            continue            # «ИК-10», "in 2022"
        if _MASK_NEAR_RE.search(text, max(0, m.start() - 8), min(len(text), m.end() + 8)):
            continue            # "card 5375 41•• •••• 8781": a masked card, its digits hidden on purpose
        window = text[max(0, m.start() - 60):m.start()]
        cue = _CTX_REFERENCE_RE.search(window)
        if not cue or _CTX_NOT_PERSONAL_RE.search(window):
            continue            # (an organisation's registration code: "Register, EDRPOU code 40621844")
        law = _CTX_LAW_RE.search(window)
        # (a personal file's number stays one after the colony's name: «номер по личному делу в ИК — Б-1158»)
        personal_file = law and law.group("institution") and _PERSONAL_FILE_RE.match(cue.group())
        if law and not personal_file and not (law.group("institution") and (_RECORD_NUMBER_RE.fullmatch(code)
                                                                            or "," in window[law.end("institution"):])):
            continue            # «ст. 15», «СИЗО № 2»; but «медкарта СИЗО № 2022/1483», «рахунок у СІЗО, № 4719» are the person's
        if _looks_like_a_date(code):
            continue            # a date (not «46/1-3318»: no day 46)
        if _AREA_CODE_AROUND_RE.match(text, m.start() - 1):
            continue            # «Мій номер (05741) 4-12-36»: a town's dialling code, then the line
        if cue.group("account") and not _CTX_TAX_RE.search(window):
            # a prisoner's account at the shop: money, like a bank account (not "her INN for the
            # transfer to his personal account: …")
            spans.append(Span(m.start(), m.end(), "financial", "account.personal"))
        elif money_before(text, m.start()) and not _CTX_TAX_RE.search(window):
            # a transfer's or a loan's reference: "from the additional card, reference TRN 0412-77810-5"
            spans.append(Span(m.start(), m.end(), "financial", "account.reference"))
        else:
            spans.append(Span(m.start(), m.end(), "national_id", "id.reference"))
    return spans


# A land plot's cadastral number names its owner in the public register: Ukraine's
# «3222484001:01:021:0057» (KOATUU code, zone, quarter, plot), Russia's «77:01:0001001:1234»
_CADASTRAL_RE = re.compile(r"(?<![\w:])(?:\d{10}:\d{2}:\d{3}:\d{4}|\d{2}:\d{2}:\d{6,7}:\d{1,6})(?![\w:])")


# --- numbers read out in words ---------------------------------------------------------

# «серія ЕР, номер чотириста вісімнадцять сімсот двадцять три», "I'll read it again: two seven
# one nine, eight zero four four one three": a document's number dictated, after its document word.
_SPELLED_NUMBER_RE = re.compile(rf"(?<![\w'’]){SPELLED_RUN}", re.IGNORECASE)
_MIXED_NUMBER_RE = re.compile(rf"(?<![\w'’]){MIXED_RUN}", re.IGNORECASE)     # («ноль ноль четыре один семь три 826»)
_SPELLED_ID_TRIGGERS = ((re.compile(r"паспорт|passport|номер|number|рнокпп|іпн|инн|tax|снилс|ідентифікац|"
                                    r"идентификац|посвідч|удостовер|квит|билет|картк|card|код|code"), True),)
_SPELLED_ID_LENGTHS = frozenset({6, 7, 9, 10, 11, 12})   # passport, military ID, ID card, tax numbers, SNILS
_SPELLED_CUES = (_CTX_TAX_RE, _CTX_PASSPORT_RE, _CTX_MILITARY_RE, _CTX_SNILS_RE)


# A card's number read out digit by digit, in groups ("five three seven five, four one one eight,
# …"): sixteen digits that pass Luhn name a card wherever they are said (the card's word may
# come after them, or in the question before).
_DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ноль|нуль|один|два|три|четыре|чотири|п['’]?ять|шесть|шість|семь|сім|восемь|вісім|дев['’]?ять)"
_SPELLED_CARD_TRIGGERS = ((re.compile(rf"{_DIGIT_WORD} {_DIGIT_WORD} {_DIGIT_WORD} {_DIGIT_WORD},? {_DIGIT_WORD}"), True),)


# A plate said aloud, as a caption or a voice message writes it: "b h one two three four a i",
# «вэ тэ ноль ноль четыре один вэ а», "B-T, oh-seven-one-five, A-O", «ВэТэ ноль семьсот
# пятнадцать А-О» (Ukraine's two letters, four digits, two letters), "e two zero four k h one six
# one" (Russia's letter, three digits, two letters, region), after a word about plates or cars.
_LETTER_SAID = (r"(?:[a-zа-яёіїє]|бэ|вэ|гэ|дэ|ка|эл|эм|эн|пэ|эр|эс|тэ|ха|бе|ве|ге|де|ел|ем|ен|пе|ер|ес|те"
                r"|эй|би|си|ди|ай|кей|пи|ар|ти|ви|sh|kh|ch|zh|ts)")      # (English letters said in Cyrillic; digraphs)
_TWO_LETTERS_SAID = (rf"(?:{_LETTER_SAID}[ \t,\-]+{_LETTER_SAID}"
                     r"|(?-i:[A-ZА-ЯЁІЇЄ][а-яё]?[A-ZА-ЯЁІЇЄ][а-яё]?))")      # («ВэТэ», «КаШа»)
_DIGITS_SAID = rf"(?:{NUMBER_WORD}|oh|\d{{1,4}})(?![\w'’])(?:[ \t,\-]+(?:{NUMBER_WORD}|oh|\d{{1,4}})(?![\w'’])){{0,7}}"
_SPOKEN_PLATE_RE = re.compile(
    rf"(?<![\w'’])(?:{_TWO_LETTERS_SAID}|(?P<one>{_LETTER_SAID}))[ \t,\-]+(?P<d>{_DIGITS_SAID})[ \t,\-]+"
    rf"(?P<b>{_TWO_LETTERS_SAID})(?![\w'’])(?:[ \t,\-]+(?P<r>{_DIGITS_SAID}))?",
    re.IGNORECASE)
_SPOKEN_PLATE_TRIGGERS = ((re.compile(r"plate|номер|number|машин|авто|car|lanos|ланос|skoda|шкод|фольксваг|"
                                      r"нив|lada|лад|бус|bus"), True),)


def _spoken_plates(text: str) -> list[Span]:
    spans = []
    for m in finditer(_SPOKEN_PLATE_RE, text, windows(text, _SPOKEN_PLATE_TRIGGERS)):
        said = m.group()[:m.start("d") - m.start()] + m.group("b")
        if not (re.search(r"[a-zа-яёіїє]", m.group("d") + (m.group("r") or ""), re.IGNORECASE)
                or re.search(r"[^\W\d_][ \t,\-]+[^\W\d_]", said)):
            continue        # "BT 0274 AN", «АА 0000 ВВ»: a plate as written is the written rules'
        if not _PLATE_CUE_RE.search(text, max(0, m.start() - 80), m.start()):
            continue
        readings = spelled_readings(m.group("d"))
        if not m.group("one") and any(len(r) == 4 for r in readings):
            end = m.end("b")                # Ukraine's: the region is in the letters
        elif m.group("one") and m.group("r") and any(len(r) == 3 for r in readings) \
                and any(len(r) in (2, 3) for r in spelled_readings(m.group("r"))):
            end = m.end("r")                # Russia's: the region's digits after the letters
        else:
            continue
        spans.append(Span(m.start(), end, "vehicle_plate", "plate.spoken"))
    return spans


# A document's or a case's code said aloud: its letters, then digits in words, perhaps in parts
# joined by a said slash or dash ("u a two three zero eight eight one five", "K-Sh twenty-three
# slash zero-nine-one-one-two", «КаШа двадцать три дробь ноль девять один один два», "MO
# two-four-seven-seven-one-oh"), after a word for a number, a case or a document.
_JOINER_SAID = r"(?:slash|dash|дробь|дріб|тире|слеш|слэш)"
_CODE_SAID_RE = re.compile(
    rf"(?<![\w'’])(?:{_TWO_LETTERS_SAID}|{_LETTER_SAID})[ \t,\-]+(?P<d>{_DIGITS_SAID}"
    rf"(?:[ \t,\-]+{_JOINER_SAID}[ \t,\-]+{_DIGITS_SAID})*)",
    re.IGNORECASE)
_CODE_CUE_RE = re.compile(r"(?i:number|номер|case|справ|дел[оау]|application|обращени|звернен|заяв|passport|паспорт|"
                          r"booklet|read\s+it)")


# A German tax identification number (Steuer-ID, its check digit valid) after a word for it, and a
# German residence permit's or ID card's nine letters and digits after the document's word:
# a family that fled to Germany gives them in its asylum file.
_DE_IDNR_RE = re.compile(r"(?<![\w\-+])\d{11}(?![\w\-])")
_DE_TAX_CUE_RE = re.compile(r"(?i:tax\s+ids?|steuer|idnr|identifikationsnummer|податков\w*\s+номер\w*|налогов\w*\s+номер\w*)")
_DE_CARD_NUMBER_RE = re.compile(r"(?<![\w\-])(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}(?![\w\-])")
_DE_CARD_CUE_RE = re.compile(r"(?i:residence\s+permit|aufenthalt\w*|eAT|personalausweis|посвідк\w*|вид\w*\s+на\s+жительство|card\s+numbers?)")


def _german_numbers(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "national_id", "id.de.idnr") for m in _DE_IDNR_RE.finditer(text)
             if _de_idnr.is_valid(m.group()) and _DE_TAX_CUE_RE.search(text, max(0, m.start() - 60), m.start())]
    spans += [Span(m.start(), m.end(), "national_id", "id.de.card") for m in _DE_CARD_NUMBER_RE.finditer(text)
              if _DE_CARD_CUE_RE.search(text, max(0, m.start() - 60), m.start())]
    return spans


# A court's case number said aloud, «один тире двести семнадцать дробь две тысячи двадцать три»,
# "one dash two-one-seven slash two thousand twenty-three" (1-217/2023), after its cue word
_THOUSAND_SAID = rf"(?:two|две|дві)[ \t]+(?:thousand|тысячи|тисячі)(?:[ \t,\-]+(?:{NUMBER_WORD})(?![\w'’]))*"
_CASE_SAID_RE = re.compile(
    rf"(?<![\w'’]){_DIGITS_SAID}[ \t,]+(?:dash|тире|дефис)[ \t,]+{_DIGITS_SAID}[ \t,]+(?:slash|дробь|дріб|слеш|слэш)[ \t,]+"
    rf"(?:{_THOUSAND_SAID}|{_DIGITS_SAID})",
    re.IGNORECASE)


_JOINER_SPLIT_RE = re.compile(rf"[ \t,\-]+{_JOINER_SAID}[ \t,\-]+", re.IGNORECASE)


def _spoken_codes(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    """(`regions`: the windows of _SPELLED_ID_TRIGGERS, which _spelled_documents reads too)"""
    spans = [Span(m.start(), m.end(), "national_id", "id.case") for m in finditer(_CASE_SAID_RE, text, regions)
             if re.search(r"[^\W\d_]{3}", m.group()) and _CODE_CUE_RE.search(text, max(0, m.start() - 60), m.start())]
    for m in finditer(_CODE_SAID_RE, text, regions):
        if not re.search(r"[^\W\d_]{2}", m.group("d")):
            continue        # digits written as digits are the written rules'
        digits = sum(min(map(len, spelled_readings(part))) for part in _JOINER_SPLIT_RE.split(m.group("d")))
        if digits >= 5 and _CODE_CUE_RE.search(text, max(0, m.start() - 60), m.start()):
            spans.append(Span(m.start(), m.end(), "national_id", "id.spelled"))
    return spans


def _spelled_cards(text: str) -> list[Span]:
    spans = []
    for m in finditer(_SPELLED_NUMBER_RE, text, windows(text, _SPELLED_CARD_TRIGGERS)):
        # (the speaker may repeat the start: "…, nine nine four three. Five three seven five…")
        if any(13 <= len(r) <= 19 and _luhn.is_valid(r) and len(set(r)) > 2
               or len(r) > 19 and _luhn.is_valid(r[:16]) and len(set(r[:16])) > 2 for r in spelled_readings(m.group())):
            spans.append(Span(m.start(), m.end(), "financial", "card.spelled"))
    return spans


def _spelled_documents(text: str) -> list[Span]:
    regions = windows(text, _SPELLED_ID_TRIGGERS)
    spans = _spelled_cards(text) + _spoken_plates(text) + _spoken_codes(text, regions)
    matches = list(finditer(_SPELLED_NUMBER_RE, text, regions))
    if regions and has_digit(text):
        matches += finditer(_MIXED_NUMBER_RE, text, regions)
    for m in matches:
        readings = spelled_readings(m.group())
        if not any(len(reading) in _SPELLED_ID_LENGTHS for reading in readings):
            continue
        before = text[max(0, m.start() - 80):m.start()]     # the number may have been given in digits first
        # («код два два три п'ять …»: a tax number's own check digit needs no cue)
        checksummed = any(len(r) == 10 and r[0] != "0" and _ua_rntrc.is_valid(r) and _rnokpp_birth_plausible(r)
                          for r in readings)
        if checksummed or any(cue.search(before) for cue in _SPELLED_CUES):
            spans.append(Span(m.start(), m.end(), "national_id", "id.spelled"))
    return without_overlaps(spans) if len(spans) > 1 else spans


# A car's vehicle identification number after its word («| VIN | JTMW43FV6JD187452 |», «VIN-код:»):
# it names the car as surely as its plate (17 characters, no I, O or Q)
# (the word may stand a little before it: "VIN:" padded to a column, "for the VIN again: …")
_VIN_RE = re.compile(r"(?<![\w])(?i:VIN)(?![\w])[^\n]{0,40}?(?<![\w])"
                     r"(?P<vin>[A-HJ-NPR-Z0-9]{17})(?![\w])")


def detect(text: str, ctx: ScanContext) -> list[Span]:
    if not has_digit(text):       # every identifier here has digits, unless read out in words or a link
        return _spelled_documents(text) + _payment_links(text)
    written = text      # (its tables' columns, for the plates; the same offsets)
    if ctx.testimony:
        # a file's name («rnokpp_3043293158.jpg») or a CSV row glues a number to its words
        text = tables.separators_as_spaces(text)
    regions = windows(text, _TRIGGERS)
    spans = _spelled_documents(text)
    if regions:
        spans += (_tax_numbers(text, regions) + _snils(text, regions) + _documents(text, regions)
                  + _financial(text, regions) + _plates(text, regions, written))
        spans += _variants(text, regions, spans)
    if ":" in text:
        spans += [Span(m.start(), m.end(), "national_id", "id.cadastral") for m in _CADASTRAL_RE.finditer(text)]
    if "VIN" in text or "vin" in text:
        spans += [Span(m.start("vin"), m.end("vin"), "vehicle_plate", "plate.vin") for m in _VIN_RE.finditer(text)
                  if sum(ch.isdigit() for ch in m.group("vin")) >= 5 and sum(ch.isalpha() for ch in m.group("vin")) >= 2]
    spans += (_foreign_plates(text) + _uk_insurance_numbers(text) + _masked_cards(text) + _pesels(text) + _german_numbers(text)
              + _payment_links(text) + _migration_cards(text))
    if ctx.testimony:
        references = (_references(text) + _act_records(text) + _transaction_ids(text) + _account_numbers(text)
                      + _numbered_cells(text))
        if "Number " in text or "Номер " in text:
            references += [Span(m.start("n"), m.end("n"), "national_id", "id.reference")
                           for m in _NUMBER_SENTENCE_RE.finditer(text)]
        spans += references + [s for s in _shelfmarks_and_own_numbers(text)
                               if not any(r.start < s.end and s.start < r.end for r in references)]
    return without_overlaps(spans, _preference)


def _variants(text: str, regions: list[tuple[int, int]], found: list[Span]) -> list[Span]:
    """«RNOKPP `2487495898` … earlier she gave `2487495896`»: a number of the same length that
    differs from a tax number found in the text by one or two digits is the same number, misread."""
    taxes = [(_digits(text[s.start:s.end]), s.rule) for s in found if s.rule in ("id.ua.rnokpp", "id.ru.inn")]
    if not taxes:
        return []
    spans = []
    for m in finditer(_TEN_OR_TWELVE_RE, text, regions):
        if any(s.start <= m.start(1) < s.end for s in found):
            continue
        for digits, rule in taxes:
            if len(digits) == len(m.group(1)) and sum(a != b for a, b in zip(digits, m.group(1))) <= 2:
                spans.append(Span(m.start(1), m.end(1), "national_id", rule))
                break
    return spans


# A checksummed number, a passport or a national plate keeps its own rule over the cue-only
# rules that may cover it too.
_LAST_RESORT = frozenset({"plate.other", "plate.spoken", "id.reference", "id.case", "account.personal", "id.numbered_cell"})


def _preference(span: Span) -> tuple:
    # (a number in an account column is that account, whatever checksum it happens to pass)
    return (span.rule in _LAST_RESORT, span.rule != "account.column", -(span.end - span.start), span.start)


register_triggers(globals())     # its triggers, looked for with every other detector's in one pass (_trigger_gate.py)
