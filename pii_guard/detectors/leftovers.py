"""Long numbers and coded references that no other detector explained (testimonies only).

Kinds and rules:
  national_id    id.unexplained (nine digits or more, bare or in groups, that are neither a phone
                 number, a date, an amount nor a series of years), id.unexplained_code (segments
                 of capitals and of digits joined by dashes or slashes, four digits in a row and
                 four besides a year: "ICRC-UA-22-CIV-058116", «21-Ф-0318», "IIM-RU/24/W-0092";
                 capitals and five digits or more: «Б-04173», "FA 318405"; capitals and six
                 digits or more in one word: "T1178432", "8103838E"; three segments or more
                 that mix capitals and digits, eight digits or more: "E25-0931-8842-17")
  age, street_address, national_id
                 age.field, address.field, id.field (the value of a structured data line whose
                 key names it: «"age": 36», «adresa: вул. Лесі Українки, 4», «"spravka": "№ 047712"»)
  national_id    id.numbered (a number after №, No. or ref., five digits or more in all: "pension
                 file No. 9872077", «залікова книжка № 21-0147»; not a law's, an order's, an
                 institution's, a room's or a route's)
  age            age.after_name (a number right after a name the names detector found, alone in
                 brackets, after a comma before what closes the phrase, or with its unit: "Zlata
                 (4)", "[Viktor Ostapenko, 52]", «МАТВІЙ 7 РОКІВ»)
  financial      payment.reference (a code in the reference column of a table that also has a
                 column of amounts, four digits or more: "MNB-240906-558712", "WISE-1147750932")
  phone          phone.unexplained (such a number that starts as a phone number does, with +, 0,
                 or 8 and ten digits: "01204 496 0718", a range no numbering plan lists)

Every other detector needs a shape it knows or a word before the number. A survivor's account
has no use for a long number of its own, though: a tax number copied wrongly (3636357017), a
health-insurance ID, a register's reference, a passport in another country's format all point at
one person, and nothing before them says what they are. So the registry runs this pass last, over
what the others left, and only on testimonies: campaign pages may cite report or law numbers.
"""
from __future__ import annotations

import re

from pii_guard.detectors import _tables as tables
from pii_guard.detectors._spans import as_money
from pii_guard.detectors._windows import lowered
from pii_guard.detectors.contact import after_number_sign, match_phone
from pii_guard.model import ScanContext, Span

# digits in groups of two or more joined by one space, dash or no-break space; not inside a URL,
# a decimal number, a time or a longer code
_NUMBER_RE = re.compile(r"(?<![\w\-/.,=?&#:+%@])\+?\d{2,}(?:[ \-\u00a0\u202f]\d{2,})*(?![\w/@]|[.,:\-]\d)")
# a phone number's shape: its country code or trunk prefix first ("01204 496 0718", "+44 7700 900418")
_PHONE_SHAPED_RE = re.compile(r"\+\d{9,14}|0\d{9,11}|8\d{10}")
# a code in segments of capitals or digits joined by dashes or slashes ("ICRC-UA-22-CIV-058116",
# «21-Ф-0318», "IIM-RU/24/W-0092", a colony's code first: «ИК3-04172»), or capitals and digits
# after one space ("FA 318405")
_LETTERS = r"(?:[A-ZА-ЯІЇЄҐ]|[CKSTZ]h){1,6}"      # ("KSh-2024/19745": «КШ» transliterated)
_CODE_RE = re.compile(
    rf"(?<![\w\-/.])((?:{_LETTERS}\d{{0,2}}|\d{{1,8}})(?:[-/](?:{_LETTERS}|\d{{1,8}}))+|{_LETTERS} (?:№\s?)?\d{{5,}})"
    r"(?![\w\-/]|[.,]\d)")
# organisations' and standards' codes, currencies: public or not a person's
_NOT_PERSONAL_PREFIXES = frozenset({
    "ГОСТ", "ДСТУ", "ISO", "ISBN", "ISSN", "DOI", "IEC", "EN", "ЄДРПОУ", "ЕДРПОУ", "ОГРН", "ОГРНИП",
    "КПП", "МФО", "БИК", "BIC", "SWIFT", "USD", "EUR", "UAH", "RUB", "ГРН", "РУБ", "GBP", "PLN",
    "COVID", "SARS", "HIMARS", "UTC", "GMT", "ЄСПЛ", "ЕСПЧ", "ECHR", "UN", "ООН", "ОБСЕ", "OSCE",
})
_YEAR_PART_RE = re.compile(r"(?:19|20)\d\d")
# (an amount up to hundreds of billions: fifteen digits in threes are a pet's microchip)
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,3}")
_YEARS_RE = re.compile(r"(?:19|20)\d\d(?:[ \-](?:19|20)\d\d)*")
_DATE_RE = re.compile(r"\d{1,2}[ \-]\d{1,2}[ \-](?:19|20)?\d\d(?:[ \-]\d{1,2}[ \-]\d{2})?|(?:19|20)\d\d-\d\d-\d\d")
# a unit or currency after the number: an amount, a distance, a count
_UNIT_AFTER_RE = re.compile(
    r"\s?(?:грн|гривень|гривні|гривен|гривны|руб|₽|₴|\$|€|usd|uah|eur|rub|доларів|долларов|евро|євро|"
    r"dollars|euros|hryvni?as?|roubles|rubles|pounds|км|km|кг|kg|м\b|m\b|шт|тис|тыс|млн|млрд|million|billion|"
    r"осіб|человек|людей|people|persons)", re.IGNORECASE)
_CURRENCY_BEFORE_RE = re.compile(r"(?:[$€₴₽£]|usd|eur|uah|rub|грн\.?|руб\.?)\s?$", re.IGNORECASE)
_NOT_PERSONAL_BEFORE_RE = re.compile(r"(?:isbn|issn|doi|arxiv|єдрпоу|едрпоу|edrpou|огрн|ogrn|мфо|бик|bic|"
                                     r"кпп|окпо|октмо|оквэд|квэд|"
                                     # a military unit («в/ч А-4521», "military unit A4521"): not a person's
                                     r"в/ч|в/с|військов\w*\s+частин\w*|воинск\w*\s+част\w*|military\s+unit|unit)\W*$",
                                     re.IGNORECASE)


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
        numbered = after_number_sign(text, m.start())      # a document's, though shaped like a phone's
        if (_THOUSANDS_RE.fullmatch(number) or _YEARS_RE.fullmatch(number) or _DATE_RE.fullmatch(number)
                or len(set(number) - {" ", "-"}) <= 2 or _explained_by_context(text, m.start(), m.end())
                or _is_phone(number) and not numbered):
            continue
        digits = re.sub(r"[ \-\u00a0\u202f]", "", number)
        if (_PHONE_SHAPED_RE.fullmatch(digits) or (len(digits) == 12 and digits.startswith("380")
                                                   and _is_phone("+" + digits))) and not numbered:
            # a number no numbering plan lists, written as phone numbers are: still one (and a
            # Ukrainian number written without its +: «380983410726»; not after "file no.")
            spans.append(Span(m.start(), m.end(), "phone", "phone.unexplained"))
        else:
            spans.append(Span(m.start(), m.end(), "national_id", "id.unexplained"))
    return spans


# The site's own testimony references ("T-2026-0001", peoplefirst/testimonies/schema.py's ID_PATTERN):
# public by design, the same in every language and version.
SITE_REFERENCE_RE = re.compile(r"T-\d{4}-\d{4,6}")


def _code_is_personal(code: str) -> bool:
    """Letters and digits both, four digits or more (not counting years) with four in a row, and
    not a standard, a currency or a piece of equipment: «ИК-10», "COVID-19", «С-300» have too few
    digits. A letter code and one number need five digits."""
    if SITE_REFERENCE_RE.fullmatch(code):
        return False
    parts = re.split(r"[-/ №\s]+", code)
    letters = [p for p in parts if p and not p.isdigit()]
    digits = [p for p in parts if p.isdigit()]
    if not letters and len(digits) == 3 and _YEAR_PART_RE.fullmatch(digits[1]) and len(digits[0]) <= 3 \
            and len(digits[2]) >= 4 and not _YEAR_PART_RE.fullmatch(digits[2]):
        return True             # «08/2025/004175»: a register's card, numbered within its year
    if not letters and len(digits) >= 3 and min(map(len, digits)) >= 3 \
            and sum(len(p) for p in digits if not _YEAR_PART_RE.fullmatch(p)) >= 12:
        return True             # "00274900/1124/0387": a money order's number, in long groups
    if not letters or not digits or any(p in _NOT_PERSONAL_PREFIXES for p in letters):
        return False
    if len(parts) == 2:         # «Б-04173», "FA 318405"; not "CH-1202", «ВАЗ-2107» (a postcode, a car)
        return len(digits[0]) >= 5
    non_year = "".join(p for p in digits if not _YEAR_PART_RE.fullmatch(p))
    return len(non_year) >= 4 and max(map(len, digits)) >= 4      # (not "Outgoing No. 114/07-K")


# capitals and six digits or more in one word ("T1178432", "IE0492217", "8103838E"): a register's
# or another country's document number
_LEADING_LETTERS_RE = re.compile(r"\D*")
_GLUED_CODE_RE = re.compile(rf"(?<![\w\-/.])({_LETTERS}\d{{6,10}}[A-Z]{{0,2}}|\d{{6,10}}[A-Z]{{1,2}})(?![\w\-/]|[.,]\d)")


# "pension file No. 9872077", «залікова книжка № 21-0147», "ref. 257/5/2/41883", «исх. № 2100-0305-8/44807»:
# a number after its sign, five digits or more in all; in a testimony it is a register's entry
# about the person, unless a law, an order, an institution, a room or a route is numbered
_NUMBERED_RE = re.compile(r"(?:№|\bNo\.?|\bref\.|\breg\.\s*no\.?|\bжетон\w*|\bbadge(?:\s+no\.?)?)[ \t\u00a0]*"
                          r"((?:[A-ZА-ЯІЇЄҐ]{1,3}-?)?\d[\d\-/]*\d[а-яіїєґa-z]?)(?![\w\-/]|[.,]\d)", re.IGNORECASE)
_NUMBERED_NOT_PERSONAL_RE = re.compile(
    r"(?:ст\.|стат\w*|article|art\.|закон\w*|law|постанов\w*|резолюц\w*|resolution|наказ\w*|приказ\w*|order|"
    r"указ\w*|decree|колон\w*|сизо|сізо|ик|ік|школ\w*|school|лице\w*|гимнази\w*|гімназі\w*|будин\w*|дом|house|"
    r"кварт\w*|flat|apt|кімнат\w*|комнат\w*|камер\w*|cell|room|рейс\w*|flight|train|поїзд\w*|поезд\w*|"
    r"автобус\w*|bus|маршрут\w*|route|лікарн\w*|больниц\w*|hospital|палат\w*|ward|бригад\w*|brigade|"
    r"батальйон\w*|батальон\w*|battalion|полк\w*|regiment|"
    # an institution's own letter numbering: «вих. № 01-17/48», "Ref. No. 07-11/298"
    r"вих\.|исх\.|вх\.|outgoing|incoming|ref\.(?=\W{0,3}no\b))\W{0,6}(?:№|no\.?|ref\.)?\W{0,3}$", re.IGNORECASE)


# A Russian court case's unique identifier (УИД), as court websites print it: one person's case
_COURT_UID_RE = re.compile(r"(?<![\w\-])\d{2}RS\d{4}-\d{2}-\d{4}-\d{6}-\d{2}(?![\w\-])")
# a column of badge, service or personnel numbers: an officer's, a prisoner's, an employee's
# ("| Personnel No. |", "| Staff No. |", «| Таб. № |» … «| 0047 |»)
_BADGE_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:badge|жетон\w*|табельн\w*|таб\.\s*№|service\s+(?:no|number)|"
                              r"(?:personnel|staff|employee|worker)\s+(?:no|number|id)|pers\.\s*no|"
                              r"personal\s+(?:no|number)|особов\w*\s+номер|личн\w*\s+номер)(?![^\W\d_])", re.IGNORECASE)
# («0047», a workshop's "03-0121", «П-4410»)
_BADGE_CELL_RE = re.compile(r"№?\s?(?:[A-ZА-ЯІЇЄҐ]{1,3}-)?(?=(?:\D*\d){4})\d[\d\-]{2,14}\d")
# a column of personal files' numbers ("| File No. |" … "| Г-0937 |", «| № личного дела |»,
# "| Register no. |" … "| B-27/2011 |")
# (and a column that names a national number: "| PESEL (Poland) |", "| German tax ID |", whatever
# the check digit of the cell under it)
_FILE_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:(?:personal\s+)?file\s*(?:no\.?|number|#)|case\s+file|"
                             # a register's entry about one person: a parish book's, a registry office's
                             r"(?:regist(?:er|ry)|entry|record)\s*(?:no\.?|number|#)|№\s*(?:запису|записи)|"
                             # a clinic's card or case history of each patient ("| Card no. |", «| № истории болезни |»)
                             r"(?:patient|card|chart)\s*(?:no\.?|number|#)|№\s*(?:картк|карточк|карт[иы]\b)\w*|"
                             r"(?:№\s*)?(?:истори\w*\s+болезн\w*|історі\w*\s+хвороб\w*)|medical\s+record|"
                             r"(?:номер|№)\s+(?:в\s+)?(?:реєстр|реестр)\w*|(?:реєстров|реестров)\w*\s*(?:№|номер)|"
                             r"pesel|rnokpp|рнокпп|іпн|инн|snils|снилс|tax\s+id|steuer-?id|idnr|"
                             # a document's or an account's number of each person: "| FIDE ID |",
                             # "| Member ID |", "| Seaman's book |", "| Passport |"
                             r"id|ід|ид|passports?|паспорт\w*|seaman['’]?s\s+book|мореходн\w*\s+книж\w*|"
                             # an insurance policy's number ("| Policy | ЕР-218734519 | ЕР-220591036 |")
                             r"polic(?:y|ies)|полис\w*|поліс\w*|"
                             r"(?:№\s*|номер\s+)?(?:личн\w*\s+дел\w*|особов\w*\s+справ\w*))(?![^\W\d_])", re.IGNORECASE)
# a list of prisoners' numbers: a header cell that says "| Number |", «| Номер |» and nothing else
# (not «№», a row's; not "| Transfer number |"); a code of eight digits at most under it («4-117»), not a phone
_NUMBER_HEADER_RE = re.compile(r"(?<=\|[ \t])(?:number|номер)$", re.IGNORECASE)
# a consultations log's "| Code | Client |": in a table of clients, the code column names each one
_CLIENT_HEADER_RE = re.compile(r"\|\s*(?:client|клієнт|клиент|заявни\w*|applicant)\w*\s*(?:\||\(|/)", re.IGNORECASE)
_CODE_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:code|код|шифр)(?![^\W\d_])", re.IGNORECASE)
_FILE_CELL_RE = re.compile(r"(?=(?:\D*\d){3})[A-ZА-ЯІЇЄҐ0-9][A-ZА-ЯІЇЄҐ0-9\-/.]{2,24}")


def _id_cells(cells: list[tuple[int, int]], cell_re: re.Pattern, text: str, free, most_digits: int = 99) -> list[Span]:
    return [Span(a, b, "national_id", "id.column") for a, b in cells
            if cell_re.fullmatch(text, a, b) and _digit_count(text[a:b]) <= most_digits and free(a, b)]


def _court_uids_and_badges(text: str, free) -> list[Span]:
    spans = [Span(m.start(), m.end(), "national_id", "id.court_uid")
             for m in _COURT_UID_RE.finditer(text) if free(m.start(), m.end())] if "RS" in text else []
    if tables.may_hold_table(text):
        spans += _id_cells(tables.column_cells(text, _BADGE_HEADER_RE), _BADGE_CELL_RE, text, free)
        # (a column under the header, or a form's row after its label: «| Реєстровий № | 1417 |»)
        spans += _id_cells(tables.column_cells(text, _FILE_HEADER_RE) + tables.row_values(text, _FILE_HEADER_RE),
                           _FILE_CELL_RE, text, free)
        if "|" in text:      # (a prisoner's number has fewer digits than a phone)
            spans += _id_cells(tables.column_cells(text, _NUMBER_HEADER_RE), _FILE_CELL_RE, text, free, most_digits=8)
        if _CLIENT_HEADER_RE.search(text):
            spans += _id_cells(tables.column_cells(text, _CODE_HEADER_RE), _FILE_CELL_RE, text, free)
    return spans


# A bank statement's or a transfer list's reference column: one transfer of one person's money
# ("| Reference |" … "| MNB-240906-558712 |", "SEPA-7F3K-22Q9", "WISE-1147750932")
_PAYMENT_REF_HEADER_RE = re.compile(
    r"(?<![^\W\d_])(?:reference|ref\.?|transaction(?:\s+id)?|receipt|референс\w*|квитанці\w*|квитанци\w*|чек|"
    r"(?:номер|код|id)\s+(?:операції|операции|транзакції|транзакции|платежу|платежа))(?![^\W\d_])", re.IGNORECASE)
_PAYMENT_REF_CELL_RE = re.compile(r"(?=(?:\D*\d){4})[A-ZА-ЯІЇЄҐ0-9][A-ZА-ЯІЇЄҐ0-9\-/]{4,40}")


# (a statement: the same table has a column of amounts; a case's or a tracing request's
# "Reference" column is not a payment's)
_AMOUNT_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:amount|sum|сума|сумма|uah|eur|usd|грн|руб)(?![^\W\d_])|[₴€$₽]",
                               re.IGNORECASE)


# … or one receipt's number in prose: "receipt 0.0.3512874409.1", «квитанція 0.0.3540011934.1»
_RECEIPT_RE = re.compile(r"(?<![^\W\d_])(?i:receipts?|квитанці\w*|квитанци\w*|чеки?)(?:\s+(?i:No\.?|№|nos?\.?|номер))?[\s:]*"
                         r"(?P<code>\d+(?:\.\d+){2,}|[A-ZА-Я0-9][A-ZА-Я0-9\-]{7,40})"
                         r"(?:(?:,\s*|\s+(?:and|та|і|и)\s+)(?P<code2>\d+(?:\.\d+){2,}))?(?![\w\-]|\.\d)")


def _receipts(text: str, free) -> list[Span]:
    spans = []
    for m in _RECEIPT_RE.finditer(text):
        for group in ("code", "code2"):
            if m.group(group) and sum(ch.isdigit() for ch in m.group(group)) >= 6 and free(*m.span(group)):
                spans.append(Span(*m.span(group), "financial", "payment.reference"))
    return spans


def _payment_references(text: str, free) -> list[Span]:
    cells = tables.column_cells(text, _PAYMENT_REF_HEADER_RE)
    if not cells or not tables.column_cells(text, _AMOUNT_HEADER_RE):
        return []
    return [Span(a, b, "financial", "payment.reference") for a, b in cells
            if _PAYMENT_REF_CELL_RE.fullmatch(text, a, b) and free(a, b)]


def _numbered(text: str, free) -> list[Span]:
    spans = []
    for m in _NUMBERED_RE.finditer(text):
        code = m.group(1)
        digits = _YEAR_PART_RE.sub("", code) if "/" in code or "-" in code else code
        if _digit_count(code) < 5 or _digit_count(digits) < 4 or not free(m.start(1), m.end(1)):
            continue
        if _NUMBERED_NOT_PERSONAL_RE.search(text, max(0, m.start() - 40), m.start() + len(m.group()) - len(code)):
            continue
        if _explained_by_context(text, m.start(1), m.end(1)) or _DATE_RE.fullmatch(code):
            continue
        spans.append(Span(m.start(1), m.end(1), "national_id", "id.numbered"))
    return spans


# a reader's, a member's or a student's card number after its label («Читацький квиток: 03-1187»,
# «Читательский билет № 1420», "Library card: 03-0952", "membership card 0047-2"): the card names its holder
_CARD_LABEL_RE = re.compile(
    r"(?<![^\W\d_])(?:читацьк\w*\s+квит\w*|читательск\w*\s+билет\w*|library\s+card|reader['’]?s?\s+(?:card|ticket)|"
    r"member(?:ship)?\s+card|студентськ\w*\s+квит\w*|студенческ\w*\s+билет\w*|student\s+card)"
    r"(?:\s+(?:no\.?|number|номер))?[ \t]*[:№#]?[ \t]*(?P<code>[A-ZА-ЯІЇЄҐ]{0,3}-?\d[\d\-/]{2,14}\d)(?![\w\-/]|[.,]\d)",
    re.IGNORECASE)


def _card_numbers(text: str, free) -> list[Span]:
    return [Span(*m.span("code"), "national_id", "id.card") for m in _CARD_LABEL_RE.finditer(text)
            if free(*m.span("code"))]


# segments that mix capitals and digits: an electronic health record's episode or referral
# ("E25-0931-8842-17", "4102-7K3X-95PM-2018"): three segments or more, eight digits or more
_MIXED_CODE_RE = re.compile(r"(?<![\w\-/.])([A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){2,})(?![\w\-/]|[.,]\d)")


def _mixed_codes(text: str, free) -> list[Span]:
    spans = []
    for m in _MIXED_CODE_RE.finditer(text):
        code = m.group(1)
        parts = code.split("-")
        mixed = any(any(ch.isdigit() for ch in part) and any(ch.isalpha() for ch in part) for part in parts)
        if mixed and _digit_count(code) >= 8 and free(m.start(1), m.end(1)) \
                and not _explained_by_context(text, m.start(1), m.end(1)):
            spans.append(Span(m.start(1), m.end(1), "national_id", "id.unexplained_code"))
    return spans


def _unexplained_codes(text: str, free) -> list[Span]:
    spans = []
    glued = [m for m in _GLUED_CODE_RE.finditer(text)       # (not "USD1000000", "ISBN9780306406")
             if _LEADING_LETTERS_RE.match(m.group(1)).group() not in _NOT_PERSONAL_PREFIXES]
    for m in [*_CODE_RE.finditer(text), *glued]:
        code = m.group(1)
        if not (m.re is _GLUED_CODE_RE or _code_is_personal(code)) or not free(m.start(1), m.end(1)):
            continue
        if _explained_by_context(text, m.start(1), m.end(1)):
            continue
        if code[0].isdigit() and code[-1].isdigit() and not any(ch.isalpha() for ch in code) \
                and _NUMBERED_NOT_PERSONAL_RE.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue            # "Law No. 2/2022/1234": numbers alone, a law's or an order's
        spans.append(Span(m.start(1), m.end(1), "national_id", "id.unexplained_code"))
    return spans


# Structured data exported from a hotline's or a search group's database («"age": 36»,
# «adresa: вул. Лесі Українки, 4», «"spravka_ob_osvobozhdenii": "№ 047712"»): the key says what
# the value is, in English, Ukrainian, Russian, or their Latin transliteration.
_AGE_KEY_RE = re.compile(r"\b(?:age|aged|vik|vozrast|вік|возраст|years old|povnykh rokiv|polnykh let)\b")
_ADDRESS_KEY_RE = re.compile(r"\b(?:address|addr|adresa|adres|адреса|адрес|residence|prozhyvannia|prozhivaniya|"
                             r"проживання|проживания|street|vulytsia|ulitsa|вулиця|улица)\b")
_ID_KEY_RE = re.compile(
    r"\b(?:passport|pasport|паспорт|id|ipn|inn|іпн|инн|rnokpp|рнокпп|snils|снилс|unzr|унзр|nomer|номер|number|no|"
    r"personal|osobystyi|lichnyi|особистий|личный|kvytok|bilet|квиток|билет|certificate|svidotstvo|svidetelstvo|"
    r"свідоцтво|свидетельство|spravka|dovidka|справка|довідка|document|dokument|документ|ref|reference|"
    r"case|sprava|delo|справа|дело|record|card|kartka|karta)\b")
_NOT_ID_KEY_RE = re.compile(r"\b(?:phone|tel|telefon|телефон|mobile|email|mail|amount|sum|suma|сума|сумма|price|"
                            r"count|qty|kilkist|кількість|index|zip|postcode|year|rik|god|рік|год|ticket|call|"
                            r"page|row|line|version)\b")
_AGE_VALUE_RE = re.compile(r"(?:1[01]\d|[1-9]?\d)(?:\s?(?:years?|y\.?o\.?|р\.|г\.|років|роки|рік|лет|года|год))?")


_ACCOUNT_ID_RE = re.compile(r"(?:user|channel|chat)\d{5,15}")


def _unexplained_fields(text: str, free) -> list[Span]:
    spans = []
    for key, a, b in tables.fields(text):
        value = text[a:b]
        if _AGE_KEY_RE.search(key):
            if _AGE_VALUE_RE.fullmatch(value) and free(a, b):
                spans.append(Span(a, b, "age", "age.field"))
        elif _ADDRESS_KEY_RE.search(key):
            if any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value) and free(a, b):
                spans.append(Span(a, b, "street_address", "address.field"))
        elif _ID_KEY_RE.search(key) and not _NOT_ID_KEY_RE.search(key) and _id_value(value) and free(a, b):
            # a messenger export's account id («"from_id": "user6120448731"») is the sender's account
            kind, rule = ("social_handle", "social.account_id") if _ACCOUNT_ID_RE.fullmatch(value) else ("national_id", "id.field")
            spans.append(Span(a, b, kind, rule))
    return spans


def _id_value(value: str) -> bool:
    """A document's number: short, five digits or more besides a year, no date, no phone, not the
    page's own reference («id: T-2026-0001»), not a ticket's «"id": 3391»."""
    if len(value) > 40 or value.count(" ") > 3 or SITE_REFERENCE_RE.fullmatch(value):
        return False
    digits = re.sub(r"(?:19|20)\d\d", "", value) if _DATE_RE.search(value) is None else ""
    return _digit_count(digits) >= 5 and not _is_phone(value)


# a number no hour or year reaches, alone in brackets
_YEARS_UNIT = r"(?:years?(?:\s+old)?|y\.?o\.?|років|роки|рік|р\.|лет|года|год|г\.)"
# "Zlata (4)", "[Viktor Ostapenko, 52]", "Alina Rudenko, 27, a nurse", «МАТВІЙ 7 РОКІВ»: a number
# alone in brackets, or after a comma (or a space) with its unit or before what closes the phrase
_AGE_AFTER_NAME_RE = re.compile(
    r"[ \t\u00a0]*\((?P<n>1[01]\d|[1-9]?\d)\)"
    rf"|,[ \t\u00a0]*(?P<n2>(?:1[01]\d|[1-9]?\d)(?:[ \t\u00a0]?{_YEARS_UNIT})?)(?=[ \t]*(?:[,;)\]]|$))"
    rf"|[ \t\u00a0]+(?P<n3>(?:1[01]\d|[1-9]?\d)[ \t\u00a0]?{_YEARS_UNIT})(?=[ \t]*(?:[,.;)\]]|$))",
    re.IGNORECASE | re.MULTILINE)


def _ages_after_names(text: str, claimed: list[Span]) -> list[Span]:
    """"Sofiika (8) and Zlata (4)", "[Viktor Ostapenko, 52]": the age rules know a number after a
    first name they recognise; here it follows any name the names detector found."""
    spans = []
    for span in claimed:
        if span.kind == "person_name":
            m = _AGE_AFTER_NAME_RE.match(text, span.end)
            if m:
                group = next(g for g in ("n", "n2", "n3") if m.group(g) is not None)
                spans.append(Span(*m.span(group), "age", "age.after_name"))
    return spans


def detect(text: str, ctx: ScanContext, claimed: list[Span]) -> list[Span]:
    """Spans of numbers and codes in `text` that overlap none of `claimed` (what the other
    detectors found in the same text)."""
    if not ctx.testimony:
        return []
    text = tables.csv_commas_as_tabs(text)      # a CSV row's commas («…,+7 916 …,12500996068190,…»)
    ages = _ages_after_names(text, claimed)
    if _TWO_DIGITS_RE.search(text) is None:
        return ages

    spans: list[Span] = []

    def free(start: int, end: int) -> bool:
        return not any(s.start < end and start < s.end for s in (*claimed, *spans))

    # (each pass reads what the passes before it left: a database key's value whole, «№ 047712»,
    # before the number after its sign)
    if tables.may_hold_table(text):
        spans += _payment_references(text, free)
    low = lowered(text) or text.lower()         # (cached: every detector asks for the same text)
    if "receipt" in low or "квитанц" in low or "чек" in low:
        spans += _receipts(text, free)
    spans += _court_uids_and_badges(text, free)     # (a column's header says what its numbers are)
    if "квит" in low or "билет" in low or "card" in low:
        spans += _card_numbers(text, free)
    spans += _unexplained_numbers(text, free)
    spans += _unexplained_codes(text, free)
    if tables.may_hold_fields(text):
        spans += _unexplained_fields(text, free)
    if "-" in text:
        spans += _mixed_codes(text, free)      # (after a court's UID, which mixes them too)
    if "№" in text or "No" in text or "no." in text or "ef." in text or "жетон" in text or "adge" in text:
        spans += _numbered(text, free)
    return as_money(spans, text, _MONEY_RULES) + ages


_MONEY_RULES = frozenset({"id.unexplained", "id.unexplained_code", "id.numbered"})
