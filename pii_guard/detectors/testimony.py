"""Quasi-identifiers of a testimony: exact dates and exact ages.

Kinds and rules:
  exact_date  date.day    a day-precise date in uk / ru / en (12 березня 2023, 12.03.2023,
                          2023-03-12, March 12, 2023, 12 March 2023, 12-го марта, the 12th of March;
                          in words: третього травня, двадцать первого мая, the third of May)
              date.birth  a date of birth at ANY precision («born in 1987», «1987 р.н.»,
                          «родилась в марте 1987»), because a year of birth is an exact age
  age         age.answer  the answer to "How old…?" in the next paragraph (answered_ages, run
                          over the whole page by sources.page_wide)
              age.exact   42 years old, 42-year-old, aged 42, мені 42 роки, йому було 42,
                          ему 42 года, 42-летний, у віці 42 років; in a list of people, a number
                          alone between an item's separators ("Ostapenko — 63, from Vasylivka");
                          in brackets after a name or with a unit ("son Bohdan (17)"); in a
                          table's age column
              age.repeated the same age said again just after it ("he was seventy-four,
                          imagine, seventy-four", «пятьдесят два. Пятьдесят два года»)

Not reported, on purpose: months and years («March 2023», «у березні 2023», «in 2022»), ranges
and bounds of age («in her forties», «40–49», «під 50», «за сорок», «older than 60»).

These spans are returned whatever ctx.testimony says; the registry applies them to testimonies
only (model.TESTIMONY_ONLY_KINDS), and does not run this detector elsewhere
(`detect.testimony_only`).
"""
from __future__ import annotations

import datetime as _dt
import re

from pii_guard.detectors import _tables as tables
from pii_guard.detectors._numbers import AGE_NUMBER, EN_NUMBER_WORD, NUMBER_WORDS
from pii_guard.detectors._windows import finditer, has_digit, lowered, register_triggers, windows
from pii_guard.model import ScanContext, Span
from pii_guard.detectors._spans import without_overlaps
from pii_guard.detectors.names_morph import analyse, dative_person
from pii_guard.detectors import names
from pii_guard.detectors.names_translit import analyse_any, first_name

# --- month names --------------------------------------------------------------------------

_UK_MONTHS_GEN = "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
_RU_MONTHS_GEN = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_EN_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b)"
)
_EN_MONTHS_LOWER = r"(?:january|february|march|april|june|july|august|september|october|november|december)\b"
# (and in a poster's capitals: "VOTING FEBRUARY 11"; not "MAY", a heading's verb)
_EN_MONTHS_UPPER = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b"
# Month without a day, any case, for dates of birth at month precision.
_UK_MONTH_ANY = r"(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)\w*"
_RU_MONTH_ANY = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ORD = r"(?:-?(?:го|е|те|ого|st|nd|rd|th))?"     # («5-те грудня»)

# --- day-precise dates --------------------------------------------------------------------

# Abbreviated months with their full stop: «5 вер. 2022», «17 апр. 2022», «12 сент.»; or without it
# before the year (a mail client's «сб, 16 ноя 2024, 23:41»)
_CYR_MONTHS_ABBR = (r"(?:січ|лют|бер|берез|квіт|трав|черв|лип|серп|вер|верес|жовт|лист|листоп|лис|груд|"
                    r"янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)(?:\.|(?=\s+(?:1[89]|20)\d\d(?!\d)))")
_CYR_DAY_MONTH_RE = re.compile(
    # «17 февраля», «5-6 березня», an official form's «17» февраля
    rf"(?<![\w.,\-])(?:{_DAY}\s?[-–]\s?)?(?:«{_DAY}»|{_DAY}{_ORD})\s+(?:{_UK_MONTHS_GEN}|{_RU_MONTHS_GEN}|{_CYR_MONTHS_ABBR})"
    rf"(?:,?\s+{_YEAR}(?:\s?(?:р\.|року|рік|г\.|года|год))?)?(?!\w)",
    re.IGNORECASE,
)
_EN_DAY_MONTH_RE = re.compile(
    # (typed in lowercase in a chat: "30 july 1990"; not "may", a verb first)
    rf"(?<![\w.,\-])(?:the\s+)?(?:{_DAY}\s?[-–]\s?)?{_DAY}(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?\s+(?:{_EN_MONTHS}|{_EN_MONTHS_LOWER}|{_EN_MONTHS_UPPER})"
    rf"(?:,?\s+{_YEAR})?(?!\w)"
    # a clinic's "14-MAR-1973", "19-Oct-2025"
    rf"|(?<![\w.,\-]){_DAY}-(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-{_YEAR}(?!\w)"
)
_EN_MONTH_DAY_RE = re.compile(
    rf"(?<![\w])(?:{_EN_MONTHS}|{_EN_MONTHS_UPPER})\s+{_DAY}(?:st|nd|rd|th)?(?:\s?[-–]\s?{_DAY})?(?!\w|[.,:]\d)(?:,?\s+{_YEAR})?(?!\w)"
)
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\w.,/\-])(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w]|[./\-]\d)"
)
# a camera's or a messenger's file name dates the photo: «IMG_20240405_Moroz.jpg», "PXL_20230911_…"
_FILE_DATE_RE = re.compile(r"(?<![^\W\d_])(?:IMG|VID|PXL|DSC|Screenshot|photo|scan|signal|WhatsApp Image|Знімок|Фото)"
                           r"[ _\-]?(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)", re.IGNORECASE)
# a calendar file's event or a contact card's birthday (iCalendar, vCard): "DTSTART;VALUE=DATE:20240314",
# "DTSTART:20240305T093000", "BDAY:19790614" (not the file's own stamps: DTSTAMP, CREATED)
_ICAL_DATE_RE = re.compile(r"^(?:DTSTART|DTEND|DUE|RDATE|EXDATE|RECURRENCE-ID|BDAY|ANNIVERSARY)(?:;[^:\n]*)?:"
                           r"(?P<y>(?:19|20)\d\d)-?(?P<m>[01]\d)-?(?P<d>[0-3]\d)(?=T\d|[ \t]*$)", re.MULTILINE)
# a day and a Roman month, as diaries and old registers write them: "22.IX", «14.XI.2022»
_ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
                 "XI": 11, "XII": 12}
_ROMAN_DATE_RE = re.compile(r"(?<![\w.,/\-])(?P<d>[0-3]?\d)\.(?P<m>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
                            r"(?:\.(?P<y>(?:19|20)\d\d))?(?![\w\-/]|\.\w)")
# A calendar's or a diary's line that opens with its day and a dash: "- 2.02 — SBU, Kyiv", "8/4 —
# sent the form", "- 15 X 2024 — went to Kyiv", "5 III — the lawyer" (a dotted day and month needs
# a two-digit month: "3.1 — Introduction" is a section)
_DIARY_LINE_DATE_RE = re.compile(
    r"^[ \t>*_#\-]*(?P<date>(?P<d>[1-9]|[0-2]\d|3[01])(?:\.(?P<m>0[1-9]|1[0-2])(?:\.(?P<y>\d\d(?:\d\d)?))?"
    r"|/(?P<m2>0?[1-9]|1[0-2])(?:/(?P<y2>\d\d(?:\d\d)?))?"
    r"|[ \t](?P<rm>XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?:[ \t](?P<ry>(?:19|20)\d\d))?))[ \t]*[—–][ \t]",
    re.MULTILINE)


def _diary_line_dates(text: str) -> list[Span]:
    spans = []
    for m in _DIARY_LINE_DATE_RE.finditer(text):
        month = m.group("m") or m.group("m2") or str(_ROMAN_MONTHS.get(m.group("rm") or "", 0))
        year = m.group("y") or m.group("y2") or m.group("ry") or "2024"
        if _real_date(year, month, m.group("d")):
            spans.append(Span(m.start("date"), m.end("date"), "exact_date", "date.day"))
    return spans


_SECTION_BEFORE_RE = re.compile(r"(?:chapter|section|article|part|art\.|розділ\w*|раздел\w*|глав\w*|стат\w*|"
                                r"пункт\w*|п\.|ч\.|§)\s*$", re.IGNORECASE)
# dd-mm-yyyy, also inside a file's name («zvonok_14-10-2025.txt»: the call's day)
_DASHED_DATE_RE = re.compile(r"(?<![^\W_]|[./\-])(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d\d)(?![^\W_]|[./\-]\d)")
# a photo's own date as exiftool prints it: "Date/Time Original : 2022:09:18 09:52:11"
_EXIF_DATE_RE = re.compile(r"(?<![\d:])(?P<y>(?:19|20)\d\d):(?P<m>\d\d):(?P<d>\d\d)(?=[ T][0-2]\d:[0-5]\d)")
# a day named without its month, when nothing else could be meant: "missing since the 17th and…",
# "On the 14th, he called", «з 17-го числа»
_DAY_ALONE_RE = re.compile(
    r"\b(?:on|since|from|until|till|by|before|after)\s+(?P<day>(?:the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))"
    # ("left on the 9th in a minibus", "not answering since 15th.")
    r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:and|but|when|so|I|he|she|we|they|my|his|her|our|mum|mom|dad|mama|papa|in|at|to|with)\b)"
    r"|(?<![\w'’])(?P<day2>(?:[1-9]|[12]\d|3[01])-?(?:го|е|ого)\s+(?:числа|число))(?![\w'’])"
    # «…3 апреля и ещё раз 4-го.», «дісталася табору 9-го й лише…»: the ordinal ends the phrase
    # (not «9-го класса», «2024-го», «2-го и 3-го пальцев»; no `$`: a window's end is no line's)
    r"|(?<![\w'’.,/-])(?P<day3>(?:[1-9]|[12]\d|3[01])-го)(?=[ \t]*[.,;:!?)—–\n\"»”]|\s+(?:и|й|і|та|а|но)\s+(?!\d))",
    re.IGNORECASE | re.MULTILINE)
# a day and a month after a signature or a commenter's name, as notes and comments end or begin:
# "— Ms Deirdre O'Sullivan, 24/11", «— Н. В. Костенко, 24.11», «Коментар Марти, 19.03:»
_SIGNED_DAY_RE = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w'’.]*, (?P<date>(?P<d>[0-3]\d)[./](?P<m>[01]\d))(?=[ \t]*(?::|$))", re.MULTILINE)
# (…T09:17:22Z; CSV: after a comma; a form export's "2023/12/04 09:14:52", not a URL's "/2023/12/04/")
# ("2022.08.26 08:41:19", a dashcam's stamp: dotted, year first)
_ISO_DATE_RE = re.compile(r"(?<![^\W_]|[./\-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{2})(?P=sep)(?P<d>\d{2})"
                          r"(?:(?=T\d\d:)|(?![^\W_]|[./\-]\d))")


# «плата … в месяц, до 5-го числа»: a contract's day of every month (a rent's), no one's date
# (not "every month on the 12th, the day he disappeared": a person's day, kept)
_MONTHLY_RE = re.compile(r"(?<![\w'’])(?:в|на|за)\s+(?:місяць|месяц)|щоміс|ежемес|(?:кожного|каждого|поточного|текущего)\s+"
                         r"(?:місяця|месяца)", re.IGNORECASE)


# an address book's birthday, a day and a month after «д/р» (день народження / рождения): «д/р 25.09»
_BIRTHDAY_RE = re.compile(r"(?<![\w/])(?:д/р|д\.\s?р\.|д/н)[ \t:]*(?P<date>(?P<d>\d{1,2})[./](?P<m>\d{1,2}))(?![\d]|[./]\d)")


def _monthly(text: str, match: re.Match) -> bool:
    """Is the day alone in a sentence about every month?"""
    start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    end = text.find("\n", match.end())
    return _MONTHLY_RE.search(text, start, end if end >= 0 else len(text)) is not None


def _real_date(y: str, m: str, d: str) -> bool:
    year = int(y) if len(y) == 4 else 2000 + int(y)
    try:
        _dt.date(year, int(m), int(d))
    except ValueError:
        return False
    return 1800 <= year <= 2100


# Dates that belong to a document, not to a person: the date of a legal instrument («Geneva
# Conventions of 12 August 1949», «Закон України від 15.04.2014», «Постанова Кабінету Міністрів
# … від»), of a citation («accessed 2026-11-25») or of the page itself (a `date:` / `updated:`
# metadata line). A decision, an order or a protocol is one person's («РЕШЕНИЕ № 2/1147 от 14 мая
# 2025 г.» of a medical commission, «протокол задержания от…») unless a public body issued it.
_PUBLIC_BODY = (r"(?:Кабінет\w*|Кабинет\w*|Міністр\w*|Министр\w*|Верховн\w*|Президент\w*|Уряд\w*|Правительств\w*|"
                r"Конституційн\w*|Конституционн\w*|НБУ|ЦВК|ООН|Cabinet|Ministry|Minister|Government|President|"
                r"Parliament|Security\s+Council|General\s+Assembly|UN|United\s+Nations|Council\s+of\s+Europe)")
_PUBLIC_DATE_BEFORE_RE = re.compile(
    # the instrument's name as its title is written, capitalised ("the protocol of 2 October
    # 2022" is a police record about a person; Russian and Ukrainian write «Женевская конвенция»
    # in lower case)
    r"(?:(?-i:\b(?:Conventions?|Resolution|Law|Act|Decree|Statute|Covenant|Declaration|Treaty|Agreement|Charter)\b)"
    r"|(?:Закон|Указ|Конвенці|Конвенци|Резолюці|Резолюци|Декрет|Угод|Соглашени|Статут)\w*"
    rf"|(?:(?-i:\b(?:Protocols?|Order|Rules)\b)|(?:Протокол|Постанов|Наказ|Приказ|Рішенн|Решени)\w*)"
    rf"[^.\n]{{0,40}}?(?-i:\b{_PUBLIC_BODY}\b))[^.\n]{{0,40}}?"
    r"\b(?:of|від|от|dated)\s+(?:the\s+)?$"
    r"|(?:\baccessed|\bretrieved|переглянуто|дата\s+звернення|дата\s+обращения)(?:\s+on)?[:\s]+$",
    re.IGNORECASE | re.MULTILINE,
)
# a page's own metadata: front matter keys are lower case and YAML's dates ISO (a letter's "Date: 12
# February 2024" is the writer's; a receipt's "date: 21.09.2022" the customer's)
_METADATA_KEY_BEFORE_RE = re.compile(
    r"^[ \t]*(?:date|updated|published|modified|created|reviewed|last_reviewed|review_date)[ \t]*:[ \t]*[\"']?$",
    re.MULTILINE)
_ISO_DATE_AT_RE = re.compile(r"\d{4}-\d\d-\d\d")


def _public_date(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_PUBLIC_DATE_BEFORE_RE.search(text, max(line_start, start - 80), start)
                or _METADATA_KEY_BEFORE_RE.search(text, max(line_start, start - 80), start)
                and _ISO_DATE_AT_RE.match(text, start))


# Every day-precise date holds a day number next to a month name or digits joined by a date
# separator: windows open only there (a month with a year, «у березні 2022», "in March 2022",
# is everywhere in testimonies and never a day). Searched in the lowered text (see _windows.py).
_MONTH_STEMS = (r"(?:січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лис|груд|янв|фев|мар|апр|мая|июн|июл|"
                r"авг|сен|окт|ноя|дек|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_DATE_TRIGGERS = (
    (re.compile(r"[0-9][./\-][0-9]|[0-9]{4}:[0-9]{2}:"), False),
    (re.compile(rf"[0-9](?:-?(?:го|е|те|ого|st|nd|rd|th)|»)?(?:\s+of)?\s+{_MONTH_STEMS}"), True),
    (re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?![0-9])"), True),
    (re.compile(r"[0-9](?:st|nd|rd|th)? day of"), True),
    (re.compile(r"[0-9](?:(?<=the [0-9])|-?(?:го|е|ого) числ)"), True),     # (a digit first: scanned faster)
    (re.compile(r"[0-9]-го(?:[^а-яіїєґё]|$)"), True),     # «прийом 14-го.»
    (re.compile(r"(?:on|since|from|until|till|by|before|after) [0-9][0-9]?(?:st|nd|rd|th)"), True),     # "since 15th"
    (re.compile(r"[0-9]-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-"), True),
)


# A day in words: «третього травня», «двадцять першого березня 2022», «третьего мая», "the
# third of May", "May the fifth".
_UK_RU_ORDINAL_DAY = (
    r"(?:(?:двадцять|двадцать|тридцять|тридцать)\s+)?"
    r"(?:перш|друг|трет|четверт|четвёрт|п['’]?ят|шост|сьом|восьм|дев['’]?ят|десят|одинадцят|дванадцят|"
    r"тринадцят|чотирнадцят|п['’]?ятнадцят|шістнадцят|сімнадцят|вісімнадцят|дев['’]?ятнадцят|двадцят|"
    r"тридцят|перв|втор|пят|шест|седьм|девят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|"
    r"шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)(?:ого|ього|ьего|е|є|ое|ье)")
_EN_ORDINAL_DAY = (
    r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth)")
_EN_CARDINAL_DAY = (r"(?:(?:twenty|thirty)[- ])?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|"
                    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty")
_EN_MONTHS_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_SPELLED_DAY_RE = re.compile(
    rf"(?<![\w'’])(?i:{_UK_RU_ORDINAL_DAY}\s+(?:{_UK_MONTHS_GEN}|{_RU_MONTHS_GEN}))"
    rf"(?:,?\s+{_YEAR}(?:\s?(?:р\.|року|рік|г\.|года|год))?)?(?!\w)"
    rf"|(?<![\w])(?:(?i:the)\s+)?(?i:{_EN_ORDINAL_DAY})\s+(?:day\s+)?of\s+(?i:{_EN_MONTHS_FULL})(?:,?\s+{_YEAR})?(?!\w)"   # («the fourth of march»: captions)
    rf"|(?<![\w])(?:{_EN_MONTHS_FULL})\s+(?:the\s+)?{_EN_ORDINAL_DAY}(?:,?\s+{_YEAR})?(?!\w)"
    # "born fourteen March sixty one": a caption writes the day as it was said
    rf"|(?:(?<=[Bb]orn\s)|(?<=[Bb]orn\son\s))(?i:{_EN_CARDINAL_DAY})\s+(?i:{_EN_MONTHS_FULL})(?:,?\s+{_YEAR})?(?!\w)")
# A diary's day named by its weekday and its ordinal: "Wednesday, the fourth", «Среда, четвёртое»,
# «Четвер, двадцять шосте», "Friday the 13th" (the month is the diary's page). Only the day is the date.
_WEEKDAY_DAY_RE = re.compile(
    r"(?<![\w'’])(?<![Aa] )(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+(?:(?i:the)\s+)?"
    rf"(?P<d>(?i:{_EN_ORDINAL_DAY})(?=[ \t]*(?:[.,;:!?)*_—–]|$))|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\w'’]))"
    r"|(?<![\w'’])(?i:понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя|понедельник|вторник|среда|четверг|"
    rf"пятница|суббота|воскресенье),?[ \t]+(?P<d2>(?i:{_UK_RU_ORDINAL_DAY})|(?:[1-9]|[12]\d|3[01])-(?:е|є|ое|те))"
    r"(?=[ \t]*(?:[.,;:!?)*_—–]|$))",       # (the phrase ends there: «Среда, четвёртое.», not «…четвёртое заседание»)
    re.MULTILINE)
# (an ordinal's last letter before a month; "of" before one; a month before an ordinal)
_SPELLED_DAY_TRIGGERS = (
    (re.compile(r"[оеєь] (?:січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд|янв|фев|мар|апр|мая|июн|"
                r"июл|авг|сен|окт|ноя|дек)|of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"), True),
    (re.compile(r"day of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|born (?:on )?[a-z]+[- ]?[a-z]* "
                r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"), True),
    (re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
                r" (?:the )?(?:fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)"), True),
    (re.compile(r"(?:day|вівторок|середа|четвер|ятниця|субота|неділя|понеділок|понедельник|вторник|среда|четверг|"
                r"пятница|суббота|воскресенье),? (?:the )?[a-zа-яіїєё0-9]"), True))


def _spelled_dates(text: str) -> list[Span]:
    regions = windows(text, _SPELLED_DAY_TRIGGERS)
    return [Span(m.start(), m.end(), "exact_date", "date.day")
            for m in finditer(_SPELLED_DAY_RE, text, regions) if not _public_date(text, m.start())] + [
        Span(*m.span("d" if m.group("d") else "d2"), "exact_date", "date.day") for m in finditer(_WEEKDAY_DAY_RE, text, regions)]


# A day and month in digits without the year: «**12.05.** Опять туда» (a diary's entry),
# «свидание на 15.02», «Наступна зустріч — 26.11». Only where a date is expected: a line's
# start, after a dash or a preposition of time; never «о 10.05» (a time) or «12.05 грн».
_DAY_MONTH_RE = re.compile(
    r"(?:^[ \t>*_#\-]*|(?:(?<![\w])(?:на|до|з|із|від|по|к|ко|от|с|со|после|після|until|by|on|from|since|"
    # «повернувся 14.08», «задержали 22.08», "released 19.10": the events a testimony dates
    r"повернул\w*|повернув\w*|вернул\w*|затрима\w*|задержа\w*|забрал\w*|забрав\w*|вивезл\w*|вывезл\w*|"
    r"звільнил\w*|звільнен\w*|освобо\w*|обмінял\w*|обменял\w*|returned|released|detained|arrested|taken|"
    r"випустил\w*|выпустил\w*|відпустил\w*|отпустил\w*|"
    # the day a family heard: «Часть сообщила 13.03», «Частина повідомила 18.05»
    r"сообщил\w*|повідомил\w*|сообщен\w*|повідомлен\w*|notified|informed|"
    # a hotline's status: "called back 14.09", «перезвонили 14.09»
    r"called(?:\s+back)?|rang|перезвонил\w*|передзвонил\w*|позвонил\w*|подзвонил\w*|зателефонувал\w*|"
    # a birthday: «ДР Діми, 15.11», «день народження 3.05»
    r"др(?:\s+[^\W\d]+)?,?|д\.\s?р\.|(?:день|дня)\s+(?:народження|рождения)(?:\s+[^\W\d]+)?,?|birthday,?)"
    r"|[—–]|~~|(?<![\w.,])(?:19|20)\d\d\s(?:~~)?)[ \t]*)(?P<date>(?P<d>[0-3]\d|(?<=^)[1-9](?=\.\d\d\s*[—–])|[1-9](?=\.[01]\d[ \t]*(?:[—–,;]|\.(?!\d)|$)))\.(?P<m>[01]\d))(?![\w]|[.,]\d|:\d)"
    r"(?!\s*(?:грн|руб|р\.|₴|€|\$|%|км|кг|год|час|ч\.|hrs?|h\b))",
    re.IGNORECASE | re.MULTILINE)


_DATE_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:дата|date|коли|когда|when|день|day|число|"
                             # the day something happened to the person: a ward's "| Admitted |",
                             # «| Поступил |», a waiting list's "| Last parcel |", «| Остання передача |»
                             r"admitted|arrived|arrival|поступи\w*|надійш\w*|прибу\w*|прибы\w*|"
                             r"last\s+(?:parcel|visit|call|letter|contact)|останн\w*\s+(?:передач|посилк|візит|дзвін|лист)\w*|"
                             r"последн\w*\s+(?:передач|посылк|визит|звон|письм)\w*)(?![^\W\d_])", re.IGNORECASE)
_DAY_MONTH_CELL_RE = re.compile(r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.?")


_DAY_MONTH_TIME_RE = re.compile(r"(?<![\d.,/:])(?P<date>(?P<d>[0-3]\d)\.(?P<m>[01]\d))\.?\s+[0-2]?\d:[0-5]\d(?![\d.])")


# … and anywhere else in a testimony, written as a date is written: two digits, a dot, a month of
# two digits («затрим. 12.09», "ctrl 21.06", «✓ 05.09», «з лікарні 06.05»). Not a time («о 10.05»),
# a price or a measure («12.05 грн», "11.04 kg"), a section («ст. 20.03»), a longer number.
_BARE_DAY_MONTH_RE = re.compile(
    r"(?<![\w.,/:№#+\-])(?P<date>(?P<d>0[1-9]|[12]\d|3[01])\.(?P<m>0[1-9]|1[0-2]))(?![\w]|[.,/:\-]?\d|\.[^\W\d_])"
    r"(?![ \t]*(?:грн|гривен|руб|р\.|₴|€|\$|£|%|км|кг|год|час|ч\.|хв|мин|hrs?\b|h\b|uah|usd|eur|kg|km|л\b|м\b|мм|см|"
    r"dollars?|euros?|pounds?|hryvni\w*|rubles?|roubles?|долар\w*|доллар\w*|євро|евро|"
    r"г\b|°|mg|мг|мл|ml|kwh|квт|кв\.?\s?м|m3|м3|м³|куб|тис|тыс|pts|очк|бал))", re.IGNORECASE)
_TIME_BEFORE_RE = re.compile(r"(?<![\w'’])(?:о|об|в|во|at|around|about|близько|около|приблизно|примерно|с|з|із|from|"
                             r"до|to|till|until|по|-|–|—)[ \t]*$|\d[ \t]*[-–—][ \t]*$", re.IGNORECASE)


# a weekday, then a day of one digit and a month: «### Пн 8.08», "### Thu 8.09"
_WEEKDAY_SHORT_DATE_RE = re.compile(r"(?<![\w'’])(?:mon|tue|wed|thu|fri|sat|sun|пн|вт|ср|чт|пт|сб|нд|вс)\.?,?[ \t]+"
                                    r"(?P<date>(?P<d>[1-9])\.(?P<m>0[1-9]|1[0-2]))(?![\d]|\.\d)", re.IGNORECASE)


# «ст. 20.03», "p. 12.05", "No. 11.04": an article's, a page's or a document's number (not "Zap. 11.04")
_PAGE_OR_ARTICLE_BEFORE_RE = re.compile(r"(?:(?<![^\W\d_])(?:ст|art|стр|с|p|pp|no)\.?|№)[ \t]*$", re.IGNORECASE)
# (a number just before: "1.25, 12.05 and 3.40" are amounts)
_LIST_OF_NUMBERS_RE = re.compile(r"\d[.,]\d+[ \t]*[,;/][ \t]*$")


_RANGE_DASH_RE = re.compile(r"[ \t]*(?:[-–—]|,|(?:і|и|та|and|&)(?![\w'’]))[ \t]*")


def _bare_day_months(text: str) -> list[Span]:
    spans = [Span(*m.span("date"), "exact_date", "date.day") for m in _WEEKDAY_SHORT_DATE_RE.finditer(text)]
    for m in _BARE_DAY_MONTH_RE.finditer(text):
        before = text[max(0, m.start() - 24):m.start()]
        # «о 10.05», «з 10.05 до 12.00»: a time; but «до 18.05» with no time near is a day (the
        # cue rule above takes it); a section's number; a decimal in a list of numbers
        if _TIME_BEFORE_RE.search(before) or _SECTION_BEFORE_RE.search(before) or _LIST_OF_NUMBERS_RE.search(before) \
                or _PAGE_OR_ARTICLE_BEFORE_RE.search(before):
            # («06.10 - 27.10»: a camp's shift, from a day read as a date to this one; «30.04, 03.05»)
            if not (spans and _RANGE_DASH_RE.fullmatch(text, spans[-1].end, m.start())):
                continue
        if _real_date("2024", m.group("m"), m.group("d")):
            spans.append(Span(m.start("date"), m.end("date"), "exact_date", "date.day"))
    return spans


def _day_month_dates(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    spans = [Span(m.start("date"), m.end("date"), "exact_date", "date.day")
             for m in finditer(_DAY_MONTH_RE, text, regions) if _real_date("2024", m.group("m"), m.group("d"))]
    if "." in text:
        spans += _bare_day_months(text)
    if ":" in text:
        # «| 15.05 09:12 | Оператор 7 | …»: a log's day and month, then the time
        spans += [Span(m.start("date"), m.end("date"), "exact_date", "date.day")
                  for m in _DAY_MONTH_TIME_RE.finditer(text) if _real_date("2024", m.group("m"), m.group("d"))]
    if tables.may_hold_table(text):
        # «| Когда | … | 06.09 |»: a table's date column
        for a, b in tables.column_cells(text, _DATE_HEADER_RE):
            m = _DAY_MONTH_CELL_RE.fullmatch(text, a, b)
            if m and _real_date("2024", m.group("m"), m.group("d")):
                spans.append(Span(a, b, "exact_date", "date.day"))
        if "|" in text:
            spans += _date_headers(text)
    return spans


def _date_headers(text: str) -> list[Span]:
    """«| Ім'я | 02.10 | 09.10 | 16.10 |»: an attendance sheet's meetings, one column a day (two
    such header cells or more: not a lone "| 1.5 |")."""
    spans = []
    for line, start in tables.header_lines(text):
        days = []
        for a, b in tables.cells(line, start):
            m = _DAY_MONTH_CELL_RE.fullmatch(text, a, b)
            if m and _real_date("2024", m.group("m"), m.group("d")):
                days.append(Span(a, b, "exact_date", "date.day"))
        if len(days) >= 2:
            spans += days
    return spans


_TABLE_CELL = re.compile(r".*\|\s*\x00\s*\|.*")


def _line_around(text: str, start: int, end: int) -> str:
    """The line of text[start:end], the match itself replaced by a NUL (for shape tests)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start:start] + "\x00" + text[end:line_end if line_end != -1 else len(text)]


# «весной 22-го», «влітку 22-го», «в березні 23-го»: a season's or a month's year, no day
_SEASON_BEFORE_RE = re.compile(r"(?:весн\w*|влітку|літ\w*|лет\w*|осен\w*|осін\w*|восени|зим\w*|взимку|"
                               rf"{_MONTH_STEMS}\w*)[ \t]+$", re.IGNORECASE)


# a chat export's "5/14/22, 7:03 PM - Halia: …": a short date is a date when a time follows it
_TIME_AFTER_DATE = re.compile(r",?[ \t][0-2]?\d:[0-5]\d(?!\d)")


def _day_dates(text: str) -> list[Span]:
    spans = []
    regions = windows(text, _DATE_TRIGGERS)
    for rx in (_CYR_DAY_MONTH_RE, _EN_DAY_MONTH_RE, _EN_MONTH_DAY_RE):
        spans += [Span(m.start(), m.end(), "exact_date", "date.day") for m in finditer(rx, text, regions)]
    for m in finditer(_NUMERIC_DATE_RE, text, regions):
        # «12.03.23», "11/04/22" need two-digit day and month; «1.2.23» is more likely a version
        # number, unless it fills a table cell ("| 5.3.25 |": a petition's signing date)
        short_year = len(m.group("y")) == 2
        if short_year and (len(m.group("d")) != 2 or len(m.group("m")) != 2) \
                and not _TABLE_CELL.fullmatch(_line_around(text, m.start(), m.end())) \
                and not _TIME_AFTER_DATE.match(text, m.end()):
            continue
        if _real_date(m.group("y"), m.group("m"), m.group("d")) or (
                m.group("sep") == "/" and _real_date(m.group("y"), m.group("d"), m.group("m"))):   # 3/14/2022
            spans.append(Span(m.start(), m.end(), "exact_date", "date.day"))
    for rx in (_ISO_DATE_RE, _DASHED_DATE_RE, _EXIF_DATE_RE):
        for m in finditer(rx, text, regions):
            if _real_date(m.group("y"), m.group("m"), m.group("d")):
                spans.append(Span(m.start(), m.end(), "exact_date", "date.day"))
    if "20" in text:
        spans += [Span(m.start("y"), m.end("d"), "exact_date", "date.day") for m in _FILE_DATE_RE.finditer(text)
                  if _real_date(m.group("y"), m.group("m"), m.group("d"))]
    if "." in text and ("I" in text or "V" in text or "X" in text):
        spans += [Span(m.start(), m.end(), "exact_date", "date.day") for m in _ROMAN_DATE_RE.finditer(text)
                  if _real_date(m.group("y") or "2000", str(_ROMAN_MONTHS[m.group("m")]), m.group("d"))
                  and not _SECTION_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())]
    spans += [Span(*m.span(next(g for g in ("day", "day2", "day3") if m.group(g))), "exact_date", "date.day")
              for m in finditer(_DAY_ALONE_RE, text, regions) if not (m.group("day2") and _monthly(text, m))
              and not (m.group("day3") and _SEASON_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()))]
    if "DTSTART" in text or "BDAY" in text or "DUE" in text or "DTEND" in text:
        spans += [Span(m.start("y"), m.end("d"), "exact_date", "date.day") for m in _ICAL_DATE_RE.finditer(text)
                  if _real_date(m.group("y"), m.group("m"), m.group("d"))]
    if "д/" in text or "д." in text:
        spans += [Span(m.start("date"), m.end("date"), "exact_date", "date.birth") for m in _BIRTHDAY_RE.finditer(text)
                  if _real_date("2000", m.group("m"), m.group("d"))]
    if "—" in text or "–" in text:
        spans += _diary_line_dates(text)
    spans += [Span(m.start("date"), m.end("date"), "exact_date", "date.day") for m in finditer(_SIGNED_DAY_RE, text, regions)
              if _real_date("2000", m.group("m"), m.group("d"))]
    spans += [s for s in _day_month_dates(text, regions) if not any(t.start <= s.start < t.end for t in spans)]
    return [s for s in spans if not _public_date(text, s.start) and not _street_named_for_a_day(text, s)]


def _street_named_for_a_day(text: str, span: Span) -> bool:
    """«ул. 1 Мая, 88»: a day and month, no year, right after a street's word (not «задержали на
    улице 26 июля 2022 года», a date)."""
    return (_STREET_WORD_BEFORE_RE.search(text, max(0, span.start - 14), span.start) is not None
            and not _YEAR_RE.search(text, span.start, span.end + 6))


# A street named after a day: «ул. 1 Мая, 88», «вул. 8 Березня», "vul. 9 Travnia" (the address's)
_STREET_WORD_BEFORE_RE = re.compile(r"(?<![\w'’])(?:ул\.|улиц[аеуы]|вул\.|вулиц[яіюі]|просп\.|проспект\w*|пл\.|"
                                    r"площ\w+|пров\.|пер\.|бульв\w*|vul\.|ul\.|prosp\.)[ \t]*\Z", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


# --- dates of birth -----------------------------------------------------------------------

_BORN = (
    r"народи(?:вся|лася|лись|лося)|народжен\w*|дата\s+народження|д\.\s?н\.|"
    r"роди(?:лся|лась|лись|лось)|рожден\w*|дата\s+рождения|"
    r"\bborn\b|date\s+of\s+birth|\bDOB\b|\bd\.o\.b\.|birth\s*date|birthday|день\s+народження|день\s+рождения"
)
_BIRTH_CUE_RE = re.compile(rf"(?:{_BORN})[\s:,]*(?:(?:in|on|у|в|во)\s+)?$", re.IGNORECASE)
# Year or month+year after a birth word: «born in 1987», «народився у березні 1987 року».
_BIRTH_AFTER_RE = re.compile(
    rf"(?:{_BORN})[\s:,]*(?:(?:in|on|у|в|во)\s+)?(?:(?:{_EN_MONTHS}|{_UK_MONTH_ANY}|{_RU_MONTH_ANY})\s+)?"
    rf"(?P<year>{_YEAR})(?:\s?(?:р\.|року|році|рік|г\.|года|году|год))?(?!\w|[./\-]\d)",
    re.IGNORECASE,
)
# Year before the birth word: «1987 року народження», «1987 г.р.», «1987 р.н.», «1987 г. рождения».
_BIRTH_BEFORE_RE = re.compile(
    rf"(?<![\w.,\-])(?P<year>{_YEAR})\s?(?:(?:р\.|року|г\.|года)\s?(?:народження|рождения)|р\.\s?н\.|г\.\s?р\.|"
    r"-?(?:го|ого)\s+(?:року|года)\s+(?:народження|рождения)|births?\b)",
    re.IGNORECASE,
)


_BIRTH_TRIGGERS = (
    (re.compile(r"народи[вл]|народжен|роди[вл]|рожден|born|birth|dob|d\.o\.b|р\.\s?н\.|г\.\s?р\."), True),
)


def _birth_dates(text: str, day_spans: list[Span]) -> list[Span]:
    spans = []
    regions = windows(text, _BIRTH_TRIGGERS)
    for span in day_spans:
        before = text[max(0, span.start - 40):span.start]
        if _BIRTH_CUE_RE.search(before):
            spans.append(Span(span.start, span.end, "exact_date", "date.birth"))
    for rx in (_BIRTH_AFTER_RE, _BIRTH_BEFORE_RE):
        for m in finditer(rx, text, regions):
            start = m.start() if rx is _BIRTH_BEFORE_RE else m.start("year")
            # «born in March 1987»: the month belongs to the finding too.
            if rx is _BIRTH_AFTER_RE:
                month = re.search(rf"(?:{_EN_MONTHS}|{_UK_MONTH_ANY}|{_RU_MONTH_ANY})\s+$",
                                  text[m.start():m.start("year")], re.IGNORECASE)
                if month:
                    start = m.start() + month.start()
            spans.append(Span(start, m.end(), "exact_date", "date.birth"))
    return spans


# --- exact ages ---------------------------------------------------------------------------

_EN_NUMBER_WORD = rf"(?:{EN_NUMBER_WORD}|a\s+hundred)"
_AGE_N = rf"(?:1[01]\d|[1-9]?\d|{_EN_NUMBER_WORD})"
# Words that turn a number into a bound («over 60 years old», «под 50», «понад 40 років»).
_APPROX = (
    r"(?:over|under|almost|nearly|about|around|approximately|roughly|some|more\s+than|less\s+than|"
    r"at\s+least|up\s+to|older\s+than|younger\s+than|than|above|below|понад|більше|менше|майже|"
    r"близько|приблизно|під|за|до|від|понад|около|более|больше|менее|меньше|почти|примерно|старше|"
    r"младше|старші|молодші|старше\s+за|від|з|с|по)"
)
_EN_AGE_RE = re.compile(
    rf"(?<![\w\-–.,])(?P<n>{_AGE_N})(?:[- ](?:years?|yrs?)\.?[- ]old\b|-year-old\b|\s?y\.?o\.?(?!\w)|\s?y/o\b|-yo\b"
    r"|\s+years?\s+of\s+age\b)"
    # ("two children aged 9 and 14": two ages; "aged 9 to 14" is a range)
    rf"|\baged\s+(?P<n2>{_AGE_N})(?:\s+and\s+(?:{_AGE_N})(?![\w\-]|[.,]\d))?(?!\w|[.,]\d|\s*[-–]\s*\d|\s+(?:to|and|or)\s+\d)"
    rf"|\bage(?:\s+of|:|\s+[a-z \-]{{1,40}}:)?\s+(?P<n3>\d{{1,3}})(?!\w|[.,]\d|\s*[-–]\s*\d)",     # ("Age at sign-up: 37")
    re.IGNORECASE,
)
_UNIT_UK_RU = r"(?:рік|роки|років|року|год|года|лет|рочки|рочків|рочок|годик|годика|годиков|годков|годочка|годочков)"
# number words that form one-word ages with -річн / -летн (tens may take a unit: «двадцятип'ятирічна»)
_NUMBER_STEM_UK_RU = (r"(?:(?:двадцяти|тридцяти|сорока|п['’]?ятдесяти|шістдесяти|сімдесяти|вісімдесяти|"
                      r"дев['’]?яноста|двадцати|тридцати|пятидесяти|шестидесяти|семидесяти|"
                      r"восьмидесяти|девяноста)?(?:одно|дво|двох|три|трьох|трех|трёх|чотири|чотирьох|четырех|четырёх|п['’]?яти|пяти|шести|семи|восьми|дев['’]?яти|девяти|десяти|одинадцяти|одиннадцати|дванадцяти|двенадцати|тринадцяти|тринадцати|чотирнадцяти|четырнадцати|п['’]?ятнадцяти|пятнадцати|шістнадцяти|шестнадцати|сімнадцяти|семнадцати|вісімнадцяти|восемнадцати|дев['’]?ятнадцяти|девятнадцати|двадцяти|двадцати|тридцяти|тридцати|сорока|п['’]?ятдесяти|пятидесяти|шістдесяти|шестидесяти|сімдесяти|семидесяти|вісімдесяти|восьмидесяти|дев['’]?яноста|девяноста))")
# What may follow an age that ends its phrase, besides punctuation: a hedge («27 вроде»), a
# birthday's or a heart's emoji («Йому 30 💔», «Никитосу 25 🎂»).
_AGE_TAIL = (r"\s+(?:вроде|кажется|наверное|мабуть|здається|напевно|[зс]\s+половин\w*)(?![\w'’])"
             r"|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\u2764]")
# personal and relative pronouns: «мені 42 роки», «бабуся, якій 68 років», «которой 68 лет»
_PRONOUN = (r"(?:мені|йому|їй|тобі|вам|нам|їм|мне|ему|ей|тебе|им|якій|якому|котрій|котрому|"
            r"которой|которому)")
_UK_RU_AGE_RE = re.compile(
    # «мені 42 роки», «йому було 42», «ей исполнилось 42 года»
    rf"(?<![\w])(?P<pre>{_PRONOUN}(?:\s+(?:було|буде|виповнилося|виповнилось|исполнилось|было|будет|"
    r"исполнился|исполнилась|исполнялось|виповнився|виповнилась|виповнювалося|вчера|вчора|"
    r"тоді|тогда|вже|уже|ще|еще|ещё|лише|тільки|только|всього|всего|ж|же|ведь|адже|ныне|нині|нынче|зараз|сейчас|"
    r"тут|там|здесь))*)\s+(?P<n>\d{1,3}(?:\s+(?:и|і|та)\s+\d{1,3})?)"
    rf"(?:\s?{_UNIT_UK_RU}(?!\w)|(?=\s*(?:[.,;:!?)»\"—–(]|$)|\s+(?:і|и|та|а|але|но|стукнуло|исполнилось|виповнилось)\s|{_AGE_TAIL}))"
    # «42-річний», «42-летняя», «42 річна»
    r"|(?<![\w\-–.,])(?P<n2>\d{1,3})\s?-?\s?(?:річн|літн|летн)\w*"
    # the number spelled in the same word: «дванадцятирічну», «двенадцатилетнюю» (not a term of
    # years: «п'ятирічний термін», «пятилетний срок»)
    # («десятимісячним», «десятимесячным»: a baby's months)
    rf"|(?<![\w'’])(?P<n4>{_NUMBER_STEM_UK_RU})(?:річн|літн|летн|місячн|месячн)(?!иц)\w*+"
    r"(?!\s+(?:термін|строк|срок|період|период|план|контракт|ув|заключ|позбавл|лишен|перерв|"
    r"річниц|годовщин|ювіле|юбиле|курс|відпуст|отпуск|декрет|зарплат|запас))"
    # «у віці 42 років», «в возрасте 42 лет», «віком 42 роки», «вік: 42»
    # («Вік на момент зникнення: 28 років»: a form's label, a colon)
    rf"|(?<![\w'’])(?:у\s+віці|в\s+віці|віком|в\s+возрасте|возраст(?:ом)?|вік)(?:[\s:]+|\s*[—–]\s*|(?:\s+[^\W\d]+(?:['’][^\W\d]+)?){{1,4}}\s*:\s*)(?P<n3>\d{{1,3}})(?!\w|[.,]\d|\s*[-–]\s*\d)"
    # («двоє дітей віком 10 і 15 років»: two children's ages)
    rf"(?:\s+(?:і|и|та)\s+\d{{1,3}}(?![\w.,]))?(?:\s?{_UNIT_UK_RU}(?!\w))?",
    re.IGNORECASE | re.MULTILINE,
)
# Numbers in words, Ukrainian and Russian, 1 to 99: «п'ятнадцять», «девятнадцать», «сорок два».
_UK_RU_TENS = (r"(?:двадцять|двадцать|тридцять|тридцать|сорок|п['’]?ятдесят|пятьдесят|шістдесят|"
               r"шестьдесят|сімдесят|семьдесят|вісімдесят|восемьдесят|дев['’]?яносто|девяносто)")
_UK_RU_UNITS = (r"(?:один|одна|одну|два|дві|две|три|чотири|четыре|п['’]?ять|пять|шість|шесть|сім|семь|"
                r"вісім|восемь|дев['’]?ять|девять)")
_UK_RU_TEENS = (r"(?:десять|одинадцять|одиннадцать|дванадцять|двенадцать|тринадцять|тринадцать|"
                r"чотирнадцять|четырнадцать|п['’]?ятнадцять|пятнадцать|шістнадцять|шестнадцать|"
                r"сімнадцять|семнадцать|вісімнадцять|восемнадцать|дев['’]?ятнадцять|девятнадцать)")
_UK_RU_NUMBER = rf"(?:\d{{1,3}}|{_UK_RU_TENS}(?:\s+{_UK_RU_UNITS})?|{_UK_RU_TEENS}|{_UK_RU_UNITS})"
# «Оксані тоді було 42 роки», «Соні було п'ятнадцять років», «ей было девятнадцать лет»,
# «в свои 82 года»: the verb (or «свої/свои») and the unit make the number an age.
_OTHER_TIME_UNITS = (r"(?:місяц|месяц|тижн|тижд|недел|днів|день|дні|дня|дней|годин|часов|час|хвилин|минут|"
                     r"секунд|раз|разів|раза|відсот|процент|%)")
_UK_RU_AGE_WORDS_RE = re.compile(
    # «було 42 роки», «ему тогда был 51 год» (the unit makes it an age: «нас было одиннадцать» is
    # a count), «ей исполнилось семьдесят два,» (that verb needs no unit before a punctuation mark)
    rf"(?<![\w'’])(?:(?:було|было|був|була|был|была|буде|будет|виповнилося|виповнилось|виповниться|"
    rf"исполнилось|исполнится|стукнуло)(?:\s+(?:тоді|тогда|вже|уже|ще|еще|ещё|лише|только|всього|"
    rf"всего|лишь))*\s+(?P<n>{_UK_RU_NUMBER})\s?{_UNIT_UK_RU}(?!\w)"
    rf"|(?:виповнилося|виповнилось|виповнитися|виповниться|виповнюється|исполнилось|исполниться|исполнится|исполняется|стукнуло)"
    rf"\s+(?P<n6>{_UK_RU_NUMBER})(?=\s*(?:[,.;:!?)»—–…|]|$)|\s+(?!{_OTHER_TIME_UNITS}|{_UK_MONTH_ANY}|{_RU_MONTH_ANY})[^\W\d])"   # «…19 у колонії», «…51 |»
    # «Мне было двадцать шесть.», «Мне шестьдесят один,», «Йому ж лише двадцять дев'ять...», «Им
    # шестнадцать лет» (twins), «Вам было тринадцать,»
    rf"|(?:мені|йому|їй|мне|ему|ей|якому|якій|котрому|котрій|которому|которой|їм|им|вам|нам|тобі|тебе)(?:\s+(?:ж|же|було|было|"
    rf"тоді|тогда|вже|уже|ще|еще|ещё|лише|лиш|тільки|только|всього|всего|лишь|зараз|сейчас|тепер|теперь|сегодня|сьогодні|"
    rf"ныне|нині|нынче|было\s+бы|було\s+б|исполнилось\s+бы|виповнилося\s+б))*(?:,[^,.!?\n]{{1,30}},)?"       # «Йому тоді, як забрали, було…», «ему исполнилось бы 57»
    rf"(?:\s+(?:було|было|буде|будет|тоді|тогда|вже|уже))*\s+(?:по\s+)?(?P<n8>{_UK_RU_NUMBER})"     # («тебе будет двадцать шесть,», twins: «им было по шесть»)
    rf"(?:\s?{_UNIT_UK_RU}(?!\w)|(?=\s*[,.;:!?)»…(])|(?=\s+(?:було|было|буде|будет|виповнилося|исполнилось|уже|вже)(?!\w))"
    rf"|(?=\s+(?:и|і|й|та)\s+(?:она|он|вона|він)(?!\w)))"      # («ей семь и она уже читает»)
    # «тридцять один мені виповнилося»: the number first
    rf"|(?P<n7>{_UK_RU_NUMBER})(?:\s?{_UNIT_UK_RU})?\s+(?:мені|йому|їй|мне|ему|ей)\s+"
    rf"(?:виповнилося|виповнилось|виповниться|исполнилось|исполнится|стукнуло)(?!\w)"
    # «полных 66 лет», «повних 40 років»: full years are an age
    rf"|(?:полных|повних)\s+(?P<n10>{_UK_RU_NUMBER})\s?{_UNIT_UK_RU}(?!\w)"
    # «у свої 62 ще працював», «в свои 82 года»: any number after it is an age, unless a unit of
    # something else follows
    rf"|(?:в|у)\s+(?:свої|свои)\s+(?P<n5>{_UK_RU_NUMBER})(?:\s?{_UNIT_UK_RU}(?!\w)|(?!\s*{_OTHER_TIME_UNITS})))"
    r"(?!\s+(?:тому|назад|поспіль|подряд))",          # «це було 5 років тому»: a time, not an age
    re.IGNORECASE,
)
# Rarer ways, each led by its own words (a pattern of its own: every alternative added to the one
# above costs at every position of every window it runs in):
_MORE_AGE_WORDS_RE = re.compile(
    # «має вісімнадцять років» (not «має 10 років досвіду»: experience, service)
    rf"(?<![\w'’])(?:має|мав|мала)\s+(?P<n>{_UK_RU_NUMBER})\s?(?:років|роки|рік)(?!\w)(?!\s+(?:досвіду|стажу|ув|позбав))"
    # «він вже чотирнадцять років»
    rf"|(?<![\w'’])(?:він|вона|он|она)\s+(?:вже|уже)\s+(?P<n3>{_UK_RU_NUMBER})\s?{_UNIT_UK_RU}(?!\w)"
    # «ми святкували його шістдесят п'ять», «отмечали её семьдесят»
    rf"|(?:святкува\w*|відзначал\w*|отмечал\w*|праздновал\w*)\s+(?:його|її|его|её|ее|свої|свои)\s+(?P<n4>{_UK_RU_NUMBER})(?!\w)",
    re.IGNORECASE)
# «восемьдесят лет исполнилось в марте», «сорок років виповнилося», «Восемьдесят два года живу»,
# «Двадцать четыре года мальчику»: found from the unit and the word after it (a pattern that
# starts with the number would try every position), then the number just before the unit.
_UNIT_THEN_AGE_WORD_RE = re.compile(   # («Тридцать лет Владу исполнилось в колонии»: a name between)
    rf"(?<![\w'’])(?P<unit>{_UNIT_UK_RU})\s+(?-i:[А-ЯІЇЄҐЁ][а-яіїєґё'’]+(?:у|ю|ові|еві|є|е|і)\s+(?=(?i:виповнилося|виповнилось|исполнилось|стукнуло)))?(?:виповнилося|виповнилось|исполнилось|стукнуло|живу|прожила|прожил|прожив|"
    rf"мальчику|хлопчику|хлопцю|девочке|дівчинці|сыну|сину|дочке|доньці|парню|девушке|дитині|ребёнку|ребенку)(?!\w)",
    re.IGNORECASE)
_NUMBER_BEFORE_UNIT_RE = re.compile(rf"(?<![\w'’])(?:{_UK_RU_NUMBER})\s?$", re.IGNORECASE)


def _unit_then_age_word(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    spans = []
    for m in finditer(_UNIT_THEN_AGE_WORD_RE, text, regions):
        number = _NUMBER_BEFORE_UNIT_RE.search(text, max(0, m.start() - 40), m.start())
        if number and not _APPROX_BEFORE_RE.search(text[max(0, number.start() - 20):number.start()]):
            spans.append(Span(number.start(), m.end("unit"), "age", "age.exact"))    # (not the name after it)
    return spans


# (searched near a unit of years, the dative windows below, or a verb of celebrating)
_CELEBRATE_TRIGGERS = (("святкува", True), ("відзнача", True), ("отмеча", True), ("праздно", True))
# «A: I was seventy-one.», «she had just turned 17 when»: an answer or a clause that ends there
_EN_KIN = (r"(?:wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|"
           r"grandmother|grandfather|grandma|grandpa|boy|girl|child|baby|kid|cousin|nephew|niece|uncle|aunt)"
           r"(?:-in-law)?")
_EN_AGE_BARE_RE = re.compile(
    # ("i am 16 now", "tato is 41 today": a teenager's lowercase, a kin word in Ukrainian)
    r"(?:\b(?:I|i|[Hh]e|[Ss]he|[Yy]ou|[Ww]e|[Tt]hey|(?:[Tt]ato|[Mm]ama|[Bb]aba|[Dd]ido|[Dd]idus|[Bb]abusia)|(?!(?:It|This|That|There|Here|What|Which|Who|Each|Every|"
    r"One|Number|Article|Chapter|Section|Part|Page|Room|Cell|Block|Unit)\b)[A-Z][a-z]+(?:\s[A-Z]\.){0,2}"   # ("Shevchuk M. I. is 52")
    # "Mum (Halyna Petrivna) was 71", "The son, Maksym, is 12", "Lev who is 9", "Natalia Kuzmenko,
    # the only woman in the list, was 34"
    # ("Sofiika, Denys's daughter, is six")
    r"(?:\s*\([^()\n]{1,40}\)|,|\s+who|,\s+(?:the|a|an|his|her|my|our|their|[A-Z][a-z]+['’]s)\s[^,.;:!?()\n]{1,50},)?"
    # "his mother", "Volodya's mother", "a daughter who"
    rf"|\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he|[A-Z][a-z]+['’]s)\s+(?:own\s+)?{_EN_KIN}(?:\s+who)?"
    rf"|\b[Aa]n?\s+{_EN_KIN}\s+who"
    # "The narrator is now 86", "our client was 58": the person a statement is about
    r"|\b(?:[Tt]he|[Oo]ur|[Mm]y)\s+(?:narrator|interviewee|respondent|witness|applicant|complainant|victim|detainee|bride|groom|"
    r"prisoner|client|patient|survivor|author|neighbou?r)"
    r"|(?<=[,;(—–]\s)who(?=\s+(?:is|are|was|['’]ll\s+be|turned)\s)"     # "Sonia, who is 17", "the twins, who are 11"
    # "Marta was 19 when … and is 21 now", "who is diabetic and was 68 that year"
    # ("lives with her grandmother and is 12.": the sentence ends on the number)
    r"|\band(?=\s+(?:is|was)\s+\d{1,3}(?:\s+(?:now|that\s+(?:summer|spring|autumn|fall|winter|year))\b|\s*[.;!](?!\d))))"
    r"\s+(?P<v>was|were|am|is|are|WAS|AM|IS|(?:had\s+)?(?:just\s+)?turned|(?:will|would)\s+(?:now\s+)?be|['’]ll\s+be)"   # ("He IS 40 now", "would now be 57")
    r"|\b(?:I|[Hh]e|[Ss]he|[Yy]ou|[Ww]e|[Tt]hey)(?P<v4>['’]ll\s+be|\s+will\s+be(?=\s+\S+\s+by\s+then\b))"
    r"|\b(?:I|[Hh]e|[Ss]he|(?<=[,;(—–]\s)who)(?P<v2>['’][ms])(?:,?\s+(?:um|uh|er|erm|like),)?"     # ("Dido, who's 67")
    r"|(?<![\w'’])(?P<v3>[Bb]eing)(?:\s+but)?)\s+"
    rf"(?:(?:only|just|now|then|still|already|barely)\s+)?(?P<n>(?i:{_AGE_N}))(?![.,]\d)"
    r"(?:\s+years(?=\s*[.,;!?]))?"           # ("he is 29 years, thank him": a letter's English)
    rf"(?=\s*(?:[.,;:!?)…—(]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])|\s+(?:when|then|now|and|but|"
    rf"at\s+the\s+time|back\s+then|by\s+then|last|this|in|on|at|since|yesterday|today|already|too|soon|next|there"
    rf"|that\s+(?:summer|spring|autumn|fall|winter|year|day|month|week|morning|evening|night|time))\b"
    r"|\s+(?i:and\s+a\s+half)\b)",     # ("she will be 28 there", "I AM 12 AND A HALF NOW")
    re.MULTILINE,
)
# "Sych turned 24 in custody", "he turned thirty-eight there": after "turned" a number is an age
# unless it counts something else
_EN_TURNED_RE = re.compile(
    rf"\bturn(?:ed|s|ing)?\s+(?P<n>(?i:{_AGE_N}))(?![\w\-]|[.,]\d|\s*(?:°|%|degrees?\b|percent\b|pages?\b|times?\b))"
)
# «Чоловікові, Олегові Грицаю, тоді було п'ятдесят два.», «синові зараз двадцять чотири роки»:
# a Ukrainian noun in the dative (-ові/-еві/-єві) earlier in the clause, then «тоді/зараз/було»
# and a number that ends the clause or takes a unit. Only the number (and unit) is the age.
# Not after a preposition: «у Харкові тоді було двадцять» is a place (locative), not a person.
_KIN_DATIVE = (r"(?:брату|братові|сину|синові|сыну|батьку|батькові|отцу|татові|тату|папе|чоловіку|чоловікові|мужу|"
               # «Старшому 17, малій 9»: the eldest, the little one
               r"старшому|старшій|молодшому|молодшій|малому|малій|меншому|меншій|старшему|старшей|младшему|младшей|"
               r"малой|меньшому|меньшой|"
               r"дочці|доньці|донці|донечці|дочери|дочке|дочурке|сестрі|сестре|мамі|маме|матері|бабусі|бабушке|дідові|діду|деду|дедушке|"
               # («бабі Лук'яненко 88»)
               r"бабі|бабці|бабуле|дідусеві|дідусю|дедуле|"
               # («Матери 68 лет»; «у матери» is a genitive after a preposition: skipped by the caller)
               r"матери|мамочке|мамочці|тёте|тете|тітці|дяде|дядьку|дядькові|племяннику|племіннику|племяннице|племінниці|"
               r"внучці|онучці|отчиму|вітчиму|"
               # («Мальчику было 9», «Дівчинці тоді було сім»)
               r"мальчику|девочке|хлопчику|дівчинці|дитині|ребёнку|ребенку|малышу|малюку|"
               r"хлопцю|хлопцеві|парню|юнаку|юнакові|"
               r"онуку|онукові|внуку|онуці|внучке|жене|дружине|дружині|жінці|супруге|"
               # «Детям 10 и 15 лет», «Онукам 4 і 7»: children, in the plural
               r"детям|дітям|внукам|онукам|близнецам|близнюкам|близняшкам|двойняшкам|сыновьям|синам|дочкам|донькам|"
               r"дочерям)")
_AGE_CUE = (r"(?:тоді|тогда|зараз|сейчас|тепер|теперь|сьогодні|сегодня|вже|уже|ще|еще|ещё|лише|лишь|було|было|"
            r"буде|будет|б|би|бы|виповнилося|виповнилось|исполнилось|исполнится|тут|там|здесь|"
            # «Виктору вчера исполнился 31 год», «Ему исполнялось 25»
            r"исполнился|исполнилась|исполнялось|виповнився|виповнилась|виповнювалося|вчера|вчора|"
            # «Матвею в тот момент было 12»
            r"(?:в|на)\s+(?:тот|той)\s+момент)(?![\w'’])")
_UK_DATIVE_AGE_RE = re.compile(
    r"(?<![\w'’])(?P<prep>(?:у|в|на|при|по|о|к|ко)\s+)?"
    # «Брату 31 рік», «сыну сейчас 19 лет»: a relative in the dative, then the number
    # («Мамі Наталії Іванівні сімдесят.»: her name may stand between, capitalised)
    # («Внуку его четыре года», «младшему из которых 2 года»)
    rf"(?:{_KIN_DATIVE}(?:\s+(?:его|її|його|её|ее|мой|моему|моєму|нашему|нашому|из\s+которых|з\s+яких|із\s+яких))?"
    rf"(?-i:,?\s+[А-ЯІЇЄҐЁ][а-яіїєґё'’]+){{0,3}},?(?:\s+{_AGE_CUE})*(?:\s+[—–])?"     # («Младшему, Саше, было 9», «Дедушке Тимура — 78»)
    # «Чоловікові, Олегові Грицаю, тоді було п'ятдесят два.»: any -ові noun, then a cue word
    rf"|[^\W\d_]+(?:ові|еві|єві)(?![\w'’])[^.!?;\n]{{0,40}}?(?:\s{_AGE_CUE})+)"
    # («Детям 14, 9 и 3 года»: several numbers, one unit)
    rf"\s+(?P<n9>{_UK_RU_NUMBER}(?:(?:\s*,\s*{_UK_RU_NUMBER})*\s+(?:и|і|та|й)\s+{_UK_RU_NUMBER})?)"
    rf"(?:\s?{_UNIT_UK_RU}(?!\w)|(?=\s*[,.;:!?)»…—])"
    rf"|(?=\s+(?:буде|будет|виповниться|исполнится)(?![\w'’]))|(?={_AGE_TAIL}))"
    r"(?!\s+(?:тому|назад|поспіль|подряд))",
    re.IGNORECASE,
)
_TURNED_TRIGGERS = (("turn", True),)
# «Димочке 39 лет», «Артёму 36, у него астма»: a first name in the dative, then the number
_NAME_DATIVE_AGE_RE = re.compile(
    rf"(?<![\w'’])(?P<name>[А-ЯІЇЄҐЁ][а-яіїєґё'’]+(?:у|ю|е|і|ї))\s+"
    # («Людмилі Степанівні Кучер 64»: the patronymic, and the surname after it)
    rf"(?P<patr>[А-ЯІЇЄҐЁ][а-яіїєґё'’]+(?:івні|ївні|овні|евні|ичу|ичеві)\s+(?:[А-ЯІЇЄҐЁ][а-яіїєґё'’]+\s+)?)?"
    # («Галине Москаленко теперь семьдесят три»: a surname may follow, then a word of time)
    # («Наталії Кузьменко, єдиній жінці у списку, було 34»: what she was, between commas)
    # («Алле Прийме 63 года»: a surname straight before the number)
    rf"(?:[А-ЯІЇЄҐЁ][а-яіїєґё'’]+(?:,\s[^,.;:!?\n]{{1,40}},)?\s+(?=(?i:{_AGE_CUE})|\d|(?i:{_UK_RU_TENS}|{_UK_RU_TEENS}|{_UK_RU_UNITS})(?![\w'’])))?"
    # («Андрею Ткаченко тридцать восемь, родился…»: the number in words)
    # «Тимуру в марте будет 35», «Кирюше 2 апреля будет 24»
    rf"(?:(?:[ув]|\d{{1,2}})\s+(?i:{_UK_MONTH_ANY}|{_RU_MONTH_ANY})\s+(?=(?i:буде|будет|исполнится|виповниться)))?"
    # («Оксані тієї весни було 24»: a time of two words before the cue)
    rf"(?:[а-яіїєґё'’]+\s+[а-яіїєґё'’]+\s+(?=(?i:{_AGE_CUE})))?"
    rf"(?:(?i:{_AGE_CUE})\s+)*(?:[—–]\s+)?"       # («Ігореві було 24 роки. Юрію — 39, у нього…»)
    # the number ends the clause, takes its unit, or a birthday's emoji follows («Мішані 39 🎂»)
    rf"(?P<n>(?i:{_UK_RU_NUMBER}))(?:\s?(?P<unit>(?i:{_UNIT_UK_RU}))(?!\w)|(?=\s*[,.;:!?)»…—])"
    r"|(?=\s+(?:уже|вже|исполнилось|виповнилося|виповнилось)[\s,.;!?])"     # («Артёму 23 исполнилось 30 сентября»)
    r"|(?=\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]|$)))"
    r"(?!\s+(?:тому|назад|поспіль|подряд))")
_FUTURE_AGE = re.compile(r"(?i:буде|будет|исполнится|виповниться)")
_NEXT_CAPITAL = re.compile(r"[А-ЯІЇЄҐЁ]")


def _names_in_the_dative(text: str):
    """_NAME_DATIVE_AGE_RE's matches, each also tried from its second capitalised word («Пану
    Юрію було 59»: a title first; the caller judges the name, so both are offered)."""
    for m in finditer(_NAME_DATIVE_AGE_RE, text, windows(text, _NAME_DATIVE_TRIGGERS)):
        yield m
        second = _NEXT_CAPITAL.search(text, m.end("name"), m.start("n"))
        inner = _NAME_DATIVE_AGE_RE.match(text, second.start()) if second else None
        if inner:
            yield inner
_BIRTHDAY_BEFORE = re.compile(r"(?i:день\s+(?:рождения|народження)|днюх|birthday)")   # «День рождения дома. Никитосу 25»
# «моей подзащитной 43 года», «клієнтці 52 роки»: a person named by a noun in the dative
# «жінка 62 років із діабетом», «мужчина 40 лет»: a person described by the years of age
_PERSON_YEARS_RE = re.compile(
    r"(?<![\w'’])(?:жінка|жінку|чоловік|хлопець|дівчина|дід|дідусь|баба|бабуся|жінці|женщина|женщину|"
    r"мужчина|мужчину|парень|девушка|девушку|старик|старушка|дедушка|бабушка|мальчик|девочка|хлопчик|дівчинка)"
    # («Мужчина, по бумаге 66 лет», «Чоловік, за папером 63 роки»: a short aside between)
    rf"(?:,\s+(?:по|за|згідно\s+з|згідно\s+із|согласно|судя\s+по)(?:\s+[а-яіїєґё'’]+){{1,2}})?"
    rf"\s+(?P<n>{_UK_RU_NUMBER})\s?(?:років|роки|рік|лет|года|год)(?!\w)"
    r"(?!\s+(?:тому|назад|поспіль|подряд|у\s+полоні|в\s+полоні|в\s+плену|сидів|сидел|відсидів|отсидел))",
    re.IGNORECASE)
_PERSON_YEARS_TRIGGER = r"(?:років|роки|рік|лет|года|год)(?![а-яіїєё])"
_PERSON_DATIVE_AGE_RE = re.compile(
    rf"(?<![\w'’])(?P<noun>[а-яіїєґё'’]{{3,}})\s+(?P<n>{_UK_RU_NUMBER})\s?{_UNIT_UK_RU}(?!\w)"
    r"(?!\s+(?:тому|назад|поспіль|подряд))", re.IGNORECASE)
_NAME_DATIVE_TRIGGERS = ((re.compile(r"[А-ЯІЇЄҐЁ][а-яіїєґё'’]+[уюеії] (?:[А-ЯІЇЄҐЁа-яіїєё][а-яіїєё'’]*,? ){0,6}[1-9дтчпшсвобdtfs]"), False),)
# «Ему двадцать пять было, сейчас двадцать шесть уже»: the age now, after the age then
_AGE_NOW_RE = re.compile(
    # (in the same sentence, or the next one when it opens with the word: «Мені було 27. Зараз 29, а…»)
    rf"(?:[.!?…][ \t]+(?=(?:сейчас|щас|зараз|тепер|теперь|now)(?![\w'’]))|[^.!?\n]{{0,40}}?)(?<![\w'’])(?:(?:сейчас|щас|счас|зараз|тепер|теперь|now)(?:,[^.!?\n]{{0,30}}?,|,)?\s+(?:(?:уже|вже|already|is)\s+)?"
    rf"(?P<n>{_UK_RU_NUMBER}|{_EN_NUMBER_WORD})(?:\s?{_UNIT_UK_RU}(?!\w))?(?=\s*(?:[,.;:!?…]|уже|вже|$)|[ \t]*\n)"
    # «а в ноябрі вже 24 буде»
    rf"|(?:вже|уже|already)\s+(?P<n2>{_UK_RU_NUMBER}|{_EN_NUMBER_WORD})(?:\s?{_UNIT_UK_RU}(?!\w))?"
    rf"(?=\s+(?:буде|будет|виповниться|исполнится|will\s+be))"
    # «в декабре семьдесят восемь будет», "in March it will be seventy-five"; «нет, вже сімдесят чотири»
    rf"|(?:(?:в|у|in)\s+(?:{_UK_MONTH_ANY}|{_RU_MONTH_ANY}|{_EN_MONTHS})\s+(?:it\s+will\s+be\s+)?)(?P<n4>{_UK_RU_NUMBER}|{_EN_NUMBER_WORD})"
    rf"(?:\s?{_UNIT_UK_RU}(?!\w))?(?:\s+(?:будет|буде|виповниться|исполнится))?(?=\s*[,.;!?…—])"
    rf"|(?:вже|уже|already)\s+(?P<n5>{_UK_RU_NUMBER}|{_EN_NUMBER_WORD})(?:\s?{_UNIT_UK_RU}(?!\w))?(?=\s*[,.;!?…—])"
    # "He turned 33 in captivity, and then 34.", «потім 34»; "19 or 20", "about 40, maybe 41"
    rf"|(?:and\s+then|then|потім|потом|затем|or|або|или|чи|maybe|може|может|можливо|возможно)\s+"
    rf"(?P<n3>{_UK_RU_NUMBER}|{_EN_NUMBER_WORD})(?:\s?{_UNIT_UK_RU}(?!\w))?(?=\s*[,.;!?…])"
    # "He was 52 years old when he joined and 58 when the town was occupied", «…і 13, коли повернувся»
    rf"|[^.!?\n]{{0,60}}?\s(?:and|і|й|та|и|а)\s+(?P<n6>{_UK_RU_NUMBER}|{_EN_NUMBER_WORD})(?:\s?{_UNIT_UK_RU}(?!\w))?"
    rf",?(?=\s+(?:when|коли|когда)(?![\w'’])))",
    re.IGNORECASE)
# "At 17, Danylo was taken…" (a time would be "At 5,": only 13 and over), «У 17 років його
# забрали», «В 17 лет»: the age at which something happened
_AT_AGE_EN_RE = re.compile(
    r"(?<![\w'’])At\s+(?P<n>1[3-9]|[2-9]\d|(?i:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|"
    r"six|seven|eight|nine))?))(?=,)"
    # "a photo of him at 25, before the war": a person at a number no hour reaches
    r"|(?<![\w'’])(?:him|her|me)\s+at\s+(?P<n2>1[3-9]|[2-9]\d)(?![\w:.]|\s*(?:am|pm|o['’]clock)\b)"
    # "Maksym at 18 with his grandfather" (a caption; a first name, checked where this is read)
    r"|(?<![\w'’])(?P<name>[A-Z][a-z]+)\s+at\s+(?P<n3>1[3-9]|[2-9]\d)(?=\s+(?:with|in|on|and|before|after)\b|\s*[,;)*])")
_AT_AGE_EN_TRIGGERS = ((re.compile(r"At [1-9tfsen]|(?i:him|her|me) at [1-9]|[a-z] at [1-9][0-9]"), False),)
_AT_AGE_UK_RU_RE = re.compile(
    rf"(?<![\w'’])[ув]\s+(?P<n>{_UK_RU_NUMBER})\s?(?:років|роки|рік|лет|года|год)(?!\w)"
    r"(?!\s+(?:тому|назад|позбавлення|ув|колон|лишения|заключения|строгого|загального|общего))",
    re.IGNORECASE)
# "a man who comes back at forty-one with the body of an old man", «вертається в тридцять сім з
# тілом старого»: a spelled number from thirty up (never an hour) after "at"/«в», then a pause
# or "with"/«з» (not a noun: «в сорок раз», "at forty degrees")
_TENS_FROM_30 = (r"(?:thirty|forty|fifty|sixty|seventy|eighty|ninety|тридцять|тридцать|сорок|п['’]?ятдесят|"
                 r"пятьдесят|шістдесят|шестьдесят|сімдесят|семьдесят|вісімдесят|восемьдесят|дев['’]?яносто|девяносто)")
_AT_SPELLED_AGE_RE = re.compile(
    rf"(?<![\w'’])(?:at|в|у)\s+(?P<n>{_TENS_FROM_30}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)"
    rf"|\s+{_UK_RU_UNITS})?)(?![\w'’])(?=\s*[,.;!?]|\s+(?:with|and|but|з|із|зі|с|со|и|і|та)\s)",
    re.IGNORECASE)
_AT_SPELLED_AGE_TRIGGER = (r"(?:at|в|у) (?:thirt|fort|fift|sixt|sevent|eight|ninet|тридц|сорок|"
                           r"п['’]?ятдес|пятьдес|шістдес|шестьдес|сімдес|семьдес|вісімдес|восемьдес|дев['’]?ян|девян)")
# «в серпні буде десять», "in May he'll be 40": the age to come in a month; «скільки зараз,
# дев'ять?»: the age a question guesses
_AGE_TO_COME_RE = re.compile(
    rf"(?<![\w'’])(?:в|у|\d{{1,2}})\s+(?:{_UK_MONTH_ANY}|{_RU_MONTH_ANY})\s+(?:(?:йому|ему|їй|ей|мені|мне)\s+)?"
    rf"(?:буде|будет|виповниться|исполнится)\s+(?P<n>{_UK_RU_NUMBER})(?:\s?{_UNIT_UK_RU}(?!\w))?(?=\s*(?:[,.;:!?)»…—]|$))"
    # «через две недели будет 66», «через місяць їй виповниться 40»: in so many weeks or months
    rf"|(?<![\w'’])через\s+(?:[^\W\d_]+\s+|\d{{1,2}}\s+)?(?:недел\w*|тижн\w*|тиждень|месяц\w*|місяц\w*|дн\w+|день)\s+"
    rf"(?:(?:йому|ему|їй|ей|мені|мне)\s+)?(?:буде|будет|виповниться|исполнится)\s+(?P<n3>{_UK_RU_NUMBER})"
    rf"(?:\s?{_UNIT_UK_RU}(?!\w))?(?=\s*(?:[,.;:!?)»…—]|$))"
    rf"|(?<![\w'’])(?:скільки|сколько)(?:\s+[^\W\d]+){{0,2}}?\s+(?:зараз|тепер|сейчас|теперь|тоді|тогда|йому|ему|їй|ей|"
    rf"років|лет)(?:\s+[^\W\d]+)?\s*,\s*(?P<n2>{_UK_RU_NUMBER})(?=\s*\?)",
    re.IGNORECASE)
# «двое детей — 10 и 15 лет», «дети: трое, 14, 9 и 3 г.», «двоє синів, 7 і 12»: how many
# children, then the age of each
_CHILDREN_AGES_RE = re.compile(
    r"(?<![\w'’])(?:двое|трое|четверо|пятеро|двоє|троє|п['’]?ятеро)(?:\s+(?:детей|дітей|деток|діток|сыновей|синів|"
    r"дочерей|дочок|доньок|внуков|онуків|внучат|онучат))?\s*(?:[,:]|\s[—–-])\s*"
    rf"(?P<n>{_UK_RU_NUMBER}(?:\s*,\s*{_UK_RU_NUMBER})*\s+(?:и|і|та|й)\s+{_UK_RU_NUMBER})"
    rf"(?:\s?(?:{_UNIT_UK_RU}|г\.|р\.)(?!\w))?(?=\s*(?:[,.;:!?)»…—]|$))",
    re.IGNORECASE | re.MULTILINE)
# "with two children (7 and 12)", «з двома дітьми (7 і 12 років)», "her son (9)": the ages in
# brackets after the children (a plural word with one number is how many: "children (2)")
_BRACKET_AGE = r"(?:1[01]\d|[1-9]?\d)"
_CHILDREN_BRACKET_RE = re.compile(
    r"(?<![\w'’])(?:(?P<many>children|kids|sons|daughters|grandchildren|grandsons|granddaughters|twins|"
    r"діт\w*|дет(?:и|ей|ьми|ям)|дітк\w*|детк\w*|синами|синів|сини|сыновья\w*|сыновей|доньками|доньок|дочками|"
    r"дочерьми|дочерей|онуками|онуків|внуками|внуков)|child|kid|son|daughter|grandson|granddaughter|"
    r"дитин\w*|син\w{0,3}|сын\w{0,3}|доньк\w*|дочк\w*|дочь|дочер\w*|онук\w{0,3}|онучк\w*|внук\w{0,3}|внучк\w*)"
    rf"[ \t]*\((?P<n>{_BRACKET_AGE}(?P<list>(?:[ \t]*,[ \t]*{_BRACKET_AGE})*[ \t]+(?:and|і|и|та|й|&)[ \t]+{_BRACKET_AGE})?"
    rf"(?:[ \t]?(?:{_UNIT_UK_RU}|years?(?:[ \t]+old)?|y\.?o\.?|г\.|р\.)(?!\w))?)\)", re.IGNORECASE)


# (one child's one number only after a possessive: "her son (9)"; "Deported child (1)" is a
# listing's count of testimonies)
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])(?:her|his|my|our|their|її|його|мій|моя|моє|мого|мою|наш|наша|нашу|"
                                r"ее|её|его|мой|мою|моего)[ \t]+(?:own[ \t]+|younger[ \t]+|older[ \t]+|eldest[ \t]+|"
                                r"youngest[ \t]+|молодш\w*[ \t]+|старш\w*[ \t]+|младш\w*[ \t]+)?$", re.IGNORECASE)


def _children_in_brackets(text: str) -> list[Span]:
    if "(" not in text:
        return []
    return [Span(m.start("n"), m.end("n"), "age", "age.exact") for m in _CHILDREN_BRACKET_RE.finditer(text)
            if m.group("list") or not m.group("many")
            and _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 24), m.start())]


_CHILDREN_AGES_TRIGGER = r"(?:двое|трое|четверо|пятеро|двоє|троє|п['’]?ятеро)(?![а-яіїєё])"
_AGE_TO_COME_TRIGGER = r"буде|будет|виповниться|исполнится|скільки|сколько|birthday|день народження|день рождения|виповнилося|исполнилось"
# "Dad's birthday is 8 August, 52 this year", «день рождения 8 августа, будет 52»: the birthday,
# then the age it brings; «(13 виповнилося там…)»: the number, then the verb
_BIRTHDAY_AGE_RE = re.compile(
    r"(?:birthday|день\s+народження|день\s+рождения)[^.!?\n]{0,30}?,\s*(?:(?:буде|будет|will\s+be|(?:he|she)['’]ll\s+be)\s+)?"
    rf"(?P<n>{_UK_RU_NUMBER}|{_EN_NUMBER_WORD})(?:\s?{_UNIT_UK_RU}(?![\w'’]))?"
    r"(?=\s+(?:this\s+year|цього\s+року|в\s+этом\s+году)\b|\s*[.;!?)]|\s*$)"
    rf"|(?<=\()(?P<n2>\d{{1,3}})(?=\s+(?:виповнилося|виповнилось|исполнилось)(?![\w'’]))",
    re.IGNORECASE | re.MULTILINE)
# «47 было когда забрали», «18 було, коли затримали»: the number first, then the event it dates
_AGE_WHEN_TAKEN_RE = re.compile(
    rf"(?<![\w'’.,:])(?P<n>{_UK_RU_NUMBER})(?:\s?{_UNIT_UK_RU}(?!\w))?(?=\s+(?:було|было|був|была|була|был)[,\s]+(?:коли|когда|як|как)\s+"
    r"(?:[^\W\d]+\s+){0,2}?(?:забра|взял|взяли|затрима|задержа|арештува|арестова|полон|плен|вивез|вывез))"
    # «Забрали, когда было 26», «а забрали, коли було 19»: the event first, then the age
    rf"|(?:забра|взял|взяли|затрима|задержа)\w*[,\s]+(?:коли|когда)\s+(?:(?:йому|ему|їй|ей)\s+)?(?:було|было)\s+"
    rf"(?P<n2>{_UK_RU_NUMBER})(?:\s?{_UNIT_UK_RU}(?!\w))?(?=\s*(?:[,.;:!?)»…—]|$))",
    re.IGNORECASE)
_AGE_WHEN_TAKEN_TRIGGER = r"(?:було|было|був|была|була|был)[,\s]+(?:коли|когда|як|как) |(?:коли|когда) (?:\w+ )?(?:було|было) "
# «на момент исчезновения 38 лет», «Пані Горбенко на момент затримання було 32», "(38 at the time
# of disappearance)": the age when it happened
_AGE_AT_THE_TIME_RE = re.compile(
    rf"(?<![\w'’])(?:на\s+момент|at\s+the\s+time\s+of)(?:\s+[^\W\d]+){{1,2}}\s+(?:(?:йому|ему|їй|ей|було|было|был|була|была|he\s+was|she\s+was)\s+)*"
    rf"(?P<n>{_UK_RU_NUMBER})(?:\s?{_UNIT_UK_RU}(?![\w'’])|\s+years?(?:\s+old)?\b)?(?=\s*(?:[,.;:!?)\]»…—]|$))"
    r"|(?:(?<=[(,]\s)|(?<=\())(?P<n2>1[01]\d|[1-9]?\d)(?:\s+years?(?:\s+old)?)?(?=\s+at\s+the\s+time\b)",
    re.IGNORECASE | re.MULTILINE)
_AGE_AT_THE_TIME_TRIGGER = r"на момент|at the time"
# «сын четырёх лет», «бабуся сімдесяти одного року», "a boy of seven": a person of so many years
_GENITIVE_UNIT_WORDS = ("одного однієї одной двох двух трьох трёх трех чотирьох четырёх четырех п'яти пяти шести "
                        "семи восьми дев'яти девяти").split()
_GENITIVE_TEN_WORDS = ("двадцяти двадцати тридцяти тридцати сорока п'ятдесяти пятидесяти шістдесяти шестидесяти "
                       "сімдесяти семидесяти вісімдесяти восьмидесяти дев'яноста девяноста").split()
_GENITIVE_UNITS = "(?:" + "|".join(w.replace("'", "['’]?") for w in _GENITIVE_UNIT_WORDS) + ")"
_GENITIVE_TENS = "(?:" + "|".join(w.replace("'", "['’]?") for w in _GENITIVE_TEN_WORDS) + ")"
_GENITIVE_NUMBER = (rf"(?:{_GENITIVE_TENS}(?:\s+{_GENITIVE_UNITS})?|{_GENITIVE_UNITS}|десяти|\w+надцяти|\w+надцати)")
# (words only: not «чоловік 20 років сидів», a term)
_PERSON_OF_YEARS_RE = re.compile(
    r"(?<![\w'’])(?:син\w*|сын\w*|доньк\w*|доньц\w*|дочк\w*|дочер\w*|дочь|онук\w*|внук\w*|внучк\w*|бабус\w*|бабушк\w*|"
    r"дід\w*|дедушк\w*|чоловік\w*|мужчин\w*|жінк\w*|женщин\w*|хлоп\w*|мальчик\w*|дівчин\w*|девочк\w*|девушк\w*|"
    r"дитин\w*|ребён\w*|ребен\w*|сестр\w*|брат\w*)\s+"
    rf"(?P<n>{_GENITIVE_NUMBER})\s+(?:років|року|лет|года)(?![\w'’])"
    rf"|\b(?:boy|girl|child|kid|son|daughter)\s+of\s+(?P<n2>{_EN_NUMBER_WORD}|\d{{1,2}})\b(?!\s*(?:years?\b(?!\s+old)|[a-z]+s\b))"
    rf"|\b(?:grandmother|grandfather|grandma|grandpa|woman|man|widow|widower|pensioner)\s+of\s+"
    r"(?P<n3>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[2-9]\d|1[01]\d)"
    r"\b(?!\s*(?:years?\b(?!\s+old)|[a-z]+s\b))",
    re.IGNORECASE)
_PERSON_OF_YEARS_TRIGGER = r"(?:років|року|лет|года)\b| of (?:[a-z]|\d)"
# «Владимир из Мелитополя, семидесяти лет,»: an age in the genitive set off by commas after a
# name; «Давление у него с сорока лет»: since an age
_GENITIVE_AGE_RE = re.compile(
    rf"(?<![\w'’])(?P<name>[А-ЯІЇЄҐЁ][а-яіїєґё'’]+)(?:\s+[^,.!?\n]{{1,30}})?,\s+(?P<n>{_GENITIVE_NUMBER})\s+(?:лет|років|года|року)"
    rf"(?=\s*[,.;)—–])"
    rf"|(?<![\w'’])(?:с|со|з|із)\s+(?P<n2>{_GENITIVE_NUMBER})\s+(?:лет|років)(?![\w'’])", re.IGNORECASE)
_CAPITALISED_CYR = re.compile(r"[А-ЯІЇЄҐЁ][а-яіїєґё'’]+")
_APPROX_BEFORE_RE = re.compile(rf"(?<![\w])(?:{_APPROX})\s+$", re.IGNORECASE)
# «Им было по шесть» (twins): «по» gives each of them the age, it rounds nothing
_EACH_OF_THEM_RE = re.compile(r"(?:им|їм|нам|вам)\s+(?:было|було)\s+по\s+$", re.IGNORECASE)
# «42 роки в полоні» is a duration; «йому було 42» needs the pronoun, handled above.


_RARER_AGE_TRIGGERS = ((re.compile("|".join((_AT_SPELLED_AGE_TRIGGER, _PERSON_YEARS_TRIGGER,
                                                _AGE_WHEN_TAKEN_TRIGGER, _AGE_TO_COME_TRIGGER,
                                                _AGE_AT_THE_TIME_TRIGGER, _PERSON_OF_YEARS_TRIGGER,
                                                _CHILDREN_AGES_TRIGGER))), True),)


# A verb of age (or «свої/свои», "was", "turned") and, within three words, a number in digits or
# words: the Ukrainian/Russian verbs are very common words, so the number must be there too.
_NUMBER_START = (r"(?:\d|один|одна|одну|два|дві|две|три|чотир|четыр|п['’]?ят|шіст|шест|сім|сем|вісім|"
                 r"восем|дев|десят|двадц|тридц|сорок|one|two|three|four|five|six|seven|eight|nine|ten|"
                 r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                 r"thirty|forty|fifty|sixty|seventy|eighty|ninety)")
# The dative pattern runs near a -ові noun, near an age verb with a number (`verbs` windows) and
# near a unit of years («Брату 31 рік»): each a literal-led search, cheap on Cyrillic text.
# (no look-behind before the relatives: it would cost `re` its fast scan for their first letters)
_DATIVE_TRIGGERS = ((re.compile(r"(?:ові|еві|єві)[ ,]|(?:рік|роки|років|року|года|лет)(?![а-яіїєё])"), True),
                    (re.compile(rf"{_KIN_DATIVE} "), True))
# A trigger, so it may fire too often (only a window more), never too rarely: no look-behind
# before the verb, which would cost `re` its fast scan for the verbs' first letters.
_AGE_VERB_NEAR_NUMBER = re.compile(
    r"(?:було|было|був|була|был|буде|будет|виповни\w*|исполни\w*|стукнуло|свої|свои|was|were|"
    r"am|is|are|turned|being|will be|would be|would now be|['’]ll be|мені|йому|їй|мне|ему|ей|якому|якій|которому|которой|"
    r"їм|им|вам|нам|тобі|тебе|['’][sm])"
    rf",?\s+(?:[^\W\d]+,?\s+){{0,2}}?(?<![^\W\d_]){_NUMBER_START}")
# Each age pattern runs only near the words its every match contains: "year" (the commonest of
# them, in English text) then never sends the Ukrainian and Russian patterns over a paragraph.
# (the word boundary of "aged" is checked after "age": one leading it would cost the fast scan)
_EN_AGE_TRIGGER = (re.compile(r"year|yrs?\b|age(?<![^\W\d_]age)d?\b|y\.?o\b|y/o\b|-yo\b"), True)
_CYR_AGE_TRIGGER = (re.compile(r"річн|літн|летн|місячн|месячн|віці|віком|возраст|вік\b"), True)
_AGE_PRONOUN_TRIGGER = (re.compile(r"(?:мені|йому|їй|тобі|вам|нам|їм|мне|ему|ей|тебе|им|якій|якому|котрій|котрому|которой|"
                                   r"которому)[ \t\n]+[^\n]{0,30}?\d"), True)
# «тридцять один мені виповнилося», «полных 66 лет»: the number before the verb, full years
_AGE_NUMBER_FIRST_TRIGGERS = ((re.compile(r"виповни|виповнює|исполни|исполня|стукну"), True), ("полных ", True),
                              ("повних ", True))
_AGE_VERB_TRIGGERS = ((_AGE_VERB_NEAR_NUMBER, True), _AGE_PRONOUN_TRIGGER, *_AGE_NUMBER_FIRST_TRIGGERS)
_EN_AGE_TRIGGERS = (_EN_AGE_TRIGGER,)
_CYR_ONE_WORD_AGE_TRIGGERS = (_CYR_AGE_TRIGGER,)
# Whole number words: the verb triggers run only on text that has one (or a digit), since the
# verbs themselves are among the commonest words of the three languages.
# (and the genitive forms of «сина чотирьох років», «бабусі сімдесяти одного року»)
_NUMBER_WORDS = NUMBER_WORDS | frozenset((*_GENITIVE_UNIT_WORDS, *_GENITIVE_TEN_WORDS, "десяти"))
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _has_number_word(text: str) -> bool:
    # "forty-two" is two words here: _WORD_RE stops at the hyphen
    return not _NUMBER_WORDS.isdisjoint(_WORD_RE.findall(text.lower().replace("’", "'")))


# «Andrii Fedorchuk, 31, was…», «Кирилл Пономаренко, 14 лет, вывезен», «**Назар**, дев'ятнадцять,
# строковик», «морпіх, 23 роки, з Миколаєва»: a number between commas. Without a unit a name (two
# words, or a first name) or a person noun must come just before it.
_UK_RU_NUMBER_WORDS = rf"(?:{_UK_RU_TENS}(?:\s+{_UK_RU_UNITS})?|{_UK_RU_TEENS}|{_UK_RU_UNITS})"
# an age standing alone: 1 to 119 in digits, or in words in any of the three languages
_LONE_AGE = rf"1[01]\d|[1-9]?\d|(?P<words>{_UK_RU_NUMBER_WORDS}|{_EN_NUMBER_WORD})"
_APPOSITION_RE = re.compile(
    # ("Halyna Moskalenko, now 73,", 'Stepan Hryhorovych, "fifty-eight, a driver"': now, or quoted)
    r"(?<=[,—–]\s)[\"“«]?(?:(?:just|only|aged|now|лише|лиш|тільки|всього|тепер|зараз|лишь|только|всего|теперь|сейчас)\s+)?"
    # «60 і 57 років», «14, 9 и 3 г.»
    rf"(?P<n>{_LONE_AGE})(?![.,]\d|\s?[-–—]\s?\d)(?:(?:,\s?(?:1[01]\d|[1-9]?\d)){{0,4}}\s+(?:и|і|та|and)\s+(?:1[01]\d|[1-9]?\d))?"
    rf"(?P<unit>\s?(?:{_UNIT_UK_RU}|years?\s+old|[гр]\.(?!\s?[нр]\.))|\s?(?P<years>years?))?"
    r"(?:\s+(?:ровно|рівно|exactly|с\s+половиной|з\s+половиною|із\s+половиною|and\s+a\s+half|(?P<then>тоді|тогда|at\s+the\s+time|"
    r"на\s+т(?:ой|от)\s+момент)|then|now|зараз|тепер|сейчас|теперь))?(?=\s*(?:[,);.—–|(]|:(?!\d)|$)|(?<=\.)\s+[A-ZА-ЯЁІЇЄҐ]"
    r"|(?<=[^\d\s])\s+(?:а|але|но|but)\s)",      # («…, 46 років а виглядає на 60»: after a unit)
    re.IGNORECASE)
# "Zhenia Bilyk from Irpin, 44,", "Polina S., 10 at the time,": a name (an initial may end it),
# perhaps with where the person is from
_NAME_BEFORE = re.compile(
    r"(?P<first>[A-ZА-ЯЁІЇЄҐ][^\W\d_]+)(?:-[^\W\d_]+)?(?P<second>\s+[A-ZА-ЯЁІЇЄҐ](?:[^\W\d_]+|\.))?[»\"”*_]*"
    r"(?:\s+(?:from|з|із|зі|из|с|со)\s+[A-ZА-ЯЁІЇЄҐ][^\W\d_]+)?"
    r"(?:\s*\([^()\n]{1,60}\))?"        # «дід Панас (Опанас Гнатович Кваша), 81 р.»
    # «Гульнара-ханым, 72,»: an honorific joined to the name; "Oleksandr Kuzmenko, young, 23,",
    # "Oleh Savchyn, a young guy, 23,"
    # "Tetiana Zubko, a teacher of English, fifty-two,", "Roman Babenko, the son of the pharmacist, 17"
    r"(?:,\s+(?:(?:a\s+)?(?:young|old|elderly)(?:\s+(?:guy|man|woman|girl|lad))?|молод\w*|стар\w*|літн\w*|пожил\w*"
    r"|(?:a|an|the)\s+[a-z][^\W\d_]*(?:\s+[^\W\d_]+){0,5}))?,\s$")
_NAME_BEFORE_DASH = re.compile(r"(?<![\w'’])(?P<first>[A-ZА-ЯЁІЇЄҐ][^\W\d_]+)(?P<second>\s+[A-ZА-ЯЁІЇЄҐ][^\W\d_]+)?[*_»\"”]*$")
# «The boy, just 9, was…», «Хлопчик, лише 9 років,»: a person named by a noun
_PERSON_NOUN_BEFORE = re.compile(
    r"(?<![\w'’])(?:boy|girl|son|daughter|child|kid|teenager|grandson|granddaughter|brother|sister|"
    r"father|mother|husband|wife|man|woman|grandmother|grandfather|grandma|grandpa|granny|neighbou?r|"
    r"nephew|niece|cousin|uncle|aunt|хлопчик|хлопець|дівчинка|дівчина|син|донька|дочка|онук|"
    r"онука|брат|сестра|батько|мати|чоловік|дружина|дитина|підліток|бабуся|баба|дідусь|дід|сусід|сусідка|"
    r"племінник|племінниця|тітка|дядько|мальчик|парень|девочка|девушка|"
    r"сын|дочь|внук|внучка|отец|мать|муж|жена|ребёнок|ребенок|подросток|бабушка|дедушка|дед|сосед|соседка|"
    r"племянник|племянница|тётя|тетя|дядя)[*_]*,\s$", re.IGNORECASE)
# «дали, 10 років, як усім», "sentenced to 9, 12 years", «ст. 280.3 УК РФ, 6 лет»: a term, not an
# age (a sentence's words anywhere in the sentence; time spent right before the comma)
_TERM_BEFORE = re.compile(
    r"(?:(?:дали|дадут|засуд|присуд|вирок|приговор|строк|срок|позбав|лишен|ув['’]язн|заключ|sentenc|"
    r"(?<![\w])(?:ст\.|(?:стат\w*|ук|кк|article)(?![\w])))[^.!?]*"
    r"|(?:сидів|сидел|відсидів|отсидел|провів|провела|провёл|провел|пробыл|пробув|served|spent|"
    r"(?:в|у)\s+(?:плену|полоні|полону|неволі|неволе)|in\s+(?:captivity|custody|prison)),\s)$",
    re.IGNORECASE)
_TERM_AFTER = re.compile(r"[,\s]*(?:тому|назад|ago|у\s+полоні|в\s+полоні|в\s+плену|поспіль|подряд|"
                         r"(?:по|за)\s+ст\.|(?:по|за)\s+стат|under\s+article)", re.IGNORECASE)
_FLAT_AFTER = re.compile(r"\s*,\s*(?:кв\.|квартира|flat|apt)", re.IGNORECASE)
_COMPOUND_NUMBER_WORDS = re.compile(rf"(?:{_UK_RU_TENS}\s+{_UK_RU_UNITS}|{_UK_RU_TEENS})", re.IGNORECASE)


def _apposition_is_age(text: str, comma: int, m: re.Match) -> bool:
    window = max(0, comma - 60), comma + 2
    if _TERM_BEFORE.search(text, *window) or _TERM_AFTER.match(text, m.end()) or _FLAT_AFTER.match(text, m.end()):
        return False
    if m.group("then"):
        return True             # "a driver, 22 at the time,": the age he was
    name = _NAME_BEFORE.search(text, *window)
    if name and (m.group("unit") or name.group("second") or first_name(name.group("first"))):
        return True
    if _PERSON_NOUN_BEFORE.search(text, *window):
        return True
    if m.group("unit") and not m.group("years"):
        return True             # «морпіх, 23 роки, з Миколаєва»
    # «зовсім молоденьку, двадцять два, її взяли»: a number in words people do not list
    return bool(m.group("words")) and _COMPOUND_NUMBER_WORDS.fullmatch(m.group("words")) is not None


def _appositions(text: str) -> list[Span]:
    spans = []
    at = text.find(", ")
    while at >= 0:
        m = _APPOSITION_RE.match(text, at + 2)
        if m and _apposition_is_age(text, at, m):
            spans.append(Span(m.start(), m.end(), "age", "age.exact"))
        at = text.find(", ", at + 2)
    # «Маша — 34 года, астма», «Іван Іванович — 70 років»: a name, a dash, the age with its unit
    for dash in (" — ", " – "):
        at = text.find(dash)
        while at >= 0:
            m = _APPOSITION_RE.match(text, at + 3)
            name = _NAME_BEFORE_DASH.search(text, max(0, at - 40), at) if m and m.group("unit") and not m.group("years") else None
            if name and (name.group("second") or first_name(name.group("first"))) \
                    and not _TERM_AFTER.match(text, m.end()) and not _TERM_BEFORE.search(text, max(0, at - 60), at):
                spans.append(Span(m.start(), m.end(), "age", "age.exact"))
            at = text.find(dash, at + 3)
    return spans


def _union(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two sorted lists of regions as one, overlapping regions joined."""
    if not a or not b:
        return a or b
    out: list[list[int]] = []
    for start, end in sorted(a + b):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(start, end) for start, end in out]


# A table with an age column («Born / age», «Вік», «Возраст»), or a column of births where an age
# was written instead («Дата рождения: 45 лет»): a bare number in it is an age.
# (a CSV's transliterated header: "vozrast", "vik")
_AGE_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:ages?|aged|вік|віку|возраст|возр|vozrast|vik|років|лет|full\s+years|born|birth|"
                            r"народження|рождения|народж|рожд|д\.\s?р|р\.\s?н)(?![^\W\d_])", re.IGNORECASE)
# (a birthday list's «Turning», «Исполняется», «Виповнюється»: the age to be)
_AGE_WORD_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:ages?|aged|вік|віку|возраст|возр|vozrast|vik|років|лет|turning|turns|"
                                 r"исполняется|исполнится|виповнюється|виповниться)(?![^\W\d_])", re.IGNORECASE)
_AGE_CELL_RE = re.compile(rf"(?:1[01]\d|[1-9]?\d|{_EN_NUMBER_WORD})(?:\s?{_UNIT_UK_RU}|\s?(?:years?(?:\s+old)?|yrs?\.?|y\.?o\.?|y\.?|р\.|г\.|л\."
                          r"|months?|місяц\w*|месяц\w*|міс\.|мес\.))?",     # («11 months»: a baby on a lap)
                          re.IGNORECASE)


_CELL_PART_RE = re.compile(r"[^/,;()\s](?:[^/,;()]*[^/,;()\s])?")      # «41 (forty-one)»: two parts
_ROW_NUMBER_RE = re.compile(r"\d{1,3}\.?")


def _table_ages(text: str) -> list[Span]:
    """Ages in a table's age column, or in the row of a form whose label is an age
    («| Date of birth / age | 04.09.1964 / 58 |»)."""
    chosen = tables.column_cells(text, _AGE_WORD_HEADER_RE, _AGE_HEADER_RE)
    for line, start in tables.lines(text):
        if "|" in line and not tables.is_rule(line):
            cells = tables.cells(line, start)
            if cells and _ROW_NUMBER_RE.fullmatch(text, *cells[0]):
                cells = cells[1:]           # «| 6 | Age at the time of disappearance | 31 |»
            if cells and _AGE_HEADER_RE.search(text, *cells[0]) and not has_digit(text[slice(*cells[0])]):
                chosen += cells[1:]     # (a label has no number: «Історичний роман 1920-х років» is a title)
    spans = []
    for a, b in chosen:
        # the whole cell, or one part of it: «04.09.1964 / 58», «11.03.1957, 66 лет»
        for part in _CELL_PART_RE.finditer(text, a, b):
            if _AGE_CELL_RE.fullmatch(text, part.start(), part.end()):
                spans.append(Span(part.start(), part.end(), "age", "age.exact"))
            else:
                spans += _ages_in_cell(text, part.start(), part.end())
    return spans


# «58 and 55», "19 at the time", «тоді було 19», «58 і 55 років»: numbers and nothing else but
# these words
_NUMBER_IN_CELL_RE = re.compile(rf"(?<![\w.:/-])(?:1[01]\d|[1-9]?\d)(?:\s?{_UNIT_UK_RU}|\s?years?(?:\s+old)?)?(?![\w.:/-])",
                                re.IGNORECASE)
_CELL_CONNECTORS = frozenset("and і и та й at the time then тоді тогда було было на момент years old "
                             "лет років роки рік года".split())


def _ages_in_cell(text: str, start: int, end: int) -> list[Span]:
    numbers = list(_NUMBER_IN_CELL_RE.finditer(text, start, end))
    if not numbers:
        return []
    rest, at = [], start
    for m in numbers:
        rest.append(text[at:m.start()])
        at = m.end()
    rest.append(text[at:end])
    if not set(" ".join(rest).lower().split()) <= _CELL_CONNECTORS:
        return []
    return [Span(m.start(), m.end(), "age", "age.exact") for m in numbers]


# «Ей в этом году 78», «Їй цього року 78»: a person's age this year
_AGE_THIS_YEAR_RE = re.compile(
    rf"(?<![\w'’])(?:{_PRONOUN})\s+(?:в\s+этом\s+году|цього\s+року|в\s+цьому\s+році|у\s+цьому\s+році)\s+"
    rf"(?:уже\s+|вже\s+|будет\s+|буде\s+|исполнится\s+|виповниться\s+)?(?P<n>1[01]\d|[1-9]?\d|{_UK_RU_NUMBER_WORDS})"
    rf"(?:\s?{_UNIT_UK_RU}(?![\w'’]))?(?=\s*[,.;!?…—])", re.IGNORECASE)


# A hotline's shorthand: «отец Анатолий Сидоренко, 67 л.», «донька Настя 19 р.»: a number with
# «л.» (лет) or «р.» (років) right after a name, with or without a comma (not «2022 р.», a year;
# not «Палить 25 р.», «Тетрадь 48 л.»: the word before must read as a name)
_ABBREVIATED_AGE_RE = re.compile(
    r"(?<![\w'’])(?P<name>[А-ЯІЇЄҐЁ][а-яіїєґё'’]{1,20}),?\s(?P<n>1[01]\d|[1-9]?\d)\s(?:л|р)\.(?![\w.])"
    r"(?!\s*(?:тому|назад))")     # («у Києві 5 р. тому»: a time ago)


# "son Bohdan (17)", «внучкой Соней (7)», «1991 г.р. (34 года)», «1969 р.н. (56 р.)»: a number in
# brackets after a first name, or with its unit (unless a term: «засуджений (5 років)»)
_BRACKET_AGE_RE = re.compile(
    rf"(?P<prev>[^\W\d_]+\s+)?(?P<name>[A-ZА-ЯІЇЄҐЁ][^\W\d_]+\**\s)?\((?P<n>1[01]\d|[1-9]?\d|{_UK_RU_NUMBER_WORDS}|{_EN_NUMBER_WORD})"
    rf"(?P<unit>\s?(?:{_UNIT_UK_RU}(?!\w)|[рлг]\.|y/o|y\.o\.|years?(?:\s+old)?|full\s+years|повних\s+років|полных\s+лет)"
    r"(?:\s+(?:на\s+тот\s+момент|на\s+той\s+момент|тоді|тогда|then|at\s+the\s+time))?)?"
    # («Марченко (12 лет, Алешковский район)», "11.09.1987 (34 at last donation)")
    r"(?:[!?]*\)|,\s[^()\n\d]{1,60}\)|\s(?:at|on|when|in|на|при|во?|у)\s[^()\n\d]{1,60}\))", re.IGNORECASE)
_BRACKET_TRIGGERS = ((re.compile(r"\([1-9дтчпшсвоаtfsen]"), True),)      # ("Mr Shapoval (seventy-five)")
# «двадцати одного года от роду», «сорока років від роду»; "a woman of seventy-four years";
# «Вік сина .......... 40»: a form's dotted leader
_AGE_SENTENCE_CUES = (r"youngest|oldest|birthday|наймолодш\w*|найстарш\w*|самы[йм]\s+(?:молод|стар)\w*|"
                      r"день\s+народження|дня\s+народження|день\s+рождения|дня\s+рождения|ювіле\w*|юбиле\w*")
_OTHER_AGE_RE = re.compile(
    rf"(?<![\w'’])(?P<n>\d{{1,3}}|[а-яіїєё'’]+(?:\s+[а-яіїєё'’]+)?)\s+(?:года|лет|год|років|роки|рік)\s+(?:от|від)\s+роду"
    rf"|\b(?:woman|man|lady|person|widow|widower|pensioner|mother|father)\s+of\s+(?P<n2>{_AGE_N})\s+years\b"
    rf"|(?<![\w])(?:вік|возраст|age)(?:\s+[^\W\d_]+){{0,3}}\s*[.…]{{3,}}\s*(?P<n3>1[01]\d|[1-9]?\d)(?![\d.,])"
    # "Ryzhyi was the youngest. Nineteen, with…", "His birthday. Twenty-seven.": a sentence that
    # is a number, right after one about someone's age
    # "Vasyl was the oldest, 61, a retired crane driver", «був найстарший — 61 рік»
    rf"|\b(?:oldest|youngest|наймолодш\w*|найстарш\w*|самы[мй]\s+(?:старш|младш|молод)\w*)\s*[,—–]\s*"
    rf"(?P<n6>1[01]\d|[1-9]?\d|{_EN_NUMBER_WORD})(?:\s?{_UNIT_UK_RU}(?![\w'’])|\s+years?(?:\s+old)?)?(?=\s*[,.;—–)])"
    rf"|(?:{_AGE_SENTENCE_CUES})[^.!?\n]{{0,30}}[.!]\s+(?P<n4>(?=(?-i:[A-ZА-ЯІЇЄЁ]))(?:{_UK_RU_NUMBER_WORDS}|{_EN_NUMBER_WORD})"
    rf"(?:\s?{_UNIT_UK_RU}|\s+years)?)(?![\w'’-])(?=\s*[,.;!?—–])"
    # "his 30th birthday", «своє 30-річчя», «её 60-летие»: a person's own anniversary
    r"|(?<![\w'’])(?:своє|своё|свое|його|її|его|её|ее|моє|моё|мое|твоє|твоё|твое|his|her|my|your|their)\s+"
    r"(?P<n5>1[01]\d|[1-9]?\d)(?:-?(?:th|st|nd|rd)\s+birthday|\s?-?\s?(?:річчя|ліття|летие|летия|летию|летием|річчям|річчі)(?!\w))",
    re.IGNORECASE)
_OTHER_AGE_TRIGGERS = (("роду", True), ("years", True), ("...", False), ("…", False),
                       (re.compile(r"youngest|oldest|birthday|наймолодш|найстарш|самы[йм] (?:молод|стар)|"
                                   r"народження|рождения|ювіле|юбиле|\d-?річч|\d-?літт|\d-?лети"), True))
# "At 58 he was sent to the front", «У 58 його відправили», «В 58 её забрали»: at a number no hour
# reaches, then the person it happened to
_AT_AGE_THEN_PERSON_RE = re.compile(
    r"(?<![\w'’])(?:[Aa]t|[УуВв])\s+(?P<n>2[5-9]|[3-9]\d|1[01]\d)\s+(?=(?:he|she|I|we|they|my|his|her|він|вона|я|ми|"
    r"його|її|мене|нас|їх|он|она|мы|его|её|ее|меня|их)(?![\w'’]))")
# «Я вже 41, а почуваюсь на всі шістдесят», «Он уже 19.»: a person "already" a number, the clause ends
_ALREADY_AGE_RE = re.compile(
    rf"(?<![\w'’])(?:я|він|вона|он|она|I'm|he's|she's)\s+(?:вже|уже|already|тепер|теперь|зараз|сейчас)\s+"
    rf"(?P<n>1[01]\d|[1-9]\d|{_UK_RU_NUMBER_WORDS})(?=\s*[,.;!?…—(])"
    # «повних років: 51», «полных лет — 64»: a form's label
    rf"|(?:повних\s+років|полных\s+лет)\s*[:—–-]\s*(?P<n2>1[01]\d|[1-9]?\d)(?!\d)", re.IGNORECASE)
_ALREADY_AGE_TRIGGERS = ((re.compile(r"(?:вже|уже|already|тепер|теперь|зараз|сейчас) [1-9дтчпшсвоtfse]|повних|полных"), True),)
_AT_AGE_THEN_PERSON_TRIGGERS = ((re.compile(r"(?:at|у|в) (?:2[5-9]|[3-9]\d|1[01]\d) "), True),)


# A birth date and, on the same line, the age it gives («| 14.02.1952 | … | 73 г., инсулин |»,
# "born 14 March 1957, so 65 at the time"): a number of years that the birth year explains (this
# year minus the birth year, or up to four less: when the page was written)
_BIRTH_YEAR_IN_DATE_RE = re.compile(r"(?<![\d.])[0-3]?\d[./][01]?\d[./](?P<y>(?:19|20)\d\d)(?!\d)"
                                    rf"|(?<![\w'’])(?:born|birth|народ\w*|родил\w*|рожд\w*)[^\n]{{0,30}}?(?P<y2>(?:19|20)\d\d)(?!\d)",
                                    re.IGNORECASE)
_YEARS_ON_LINE_RE = re.compile(
    rf"(?<![\w.,/:\-~≈])(?P<n>1[01]\d|[1-9]?\d)(?![.,]\d)(?P<unit>\s?(?:{_UNIT_UK_RU}(?![\w])|[гр]\.|years?(?:\s+old)?|y\.?o\.?))?"
    r"(?=\s*(?:[,.;|)]|$)|\s+(?:at\s+the\s+time|at\s+(?:registration|arrest|detention|capture)|then|тоді|тогда)\b)",
    re.IGNORECASE | re.MULTILINE)   # ("DOB 02.09.1987, so 37.", "19 April 1979 (44 at registration)")


_BIRTH_YEAR_TRIGGERS = ((re.compile(r"[./](?:19|20)\d\d|born|birth|народ|родил|рожд"), True),)


def _ages_from_birth_year(text: str) -> list[Span]:
    spans = []
    if not windows(text, _BIRTH_YEAR_TRIGGERS):
        return spans
    this_year = _dt.date.today().year
    for m in _BIRTH_YEAR_IN_DATE_RE.finditer(text):
        born = int(m.group("y") or m.group("y2"))
        if born > this_year - 3:
            continue            # a recent date (a visit, a parcel) gives no age: «02.04.2024 | 1 год»
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        for n in _YEARS_ON_LINE_RE.finditer(text, m.end(), line_end):
            # (at a sentence's end only an adult's age: "so 37." — not "Annex 3.", «отряд № 3.»)
            # (with its unit, the age at any time since 2014: «Д.р.: 04.11.1966 · 55 лет» on a form
            # filled in 2021; a bare number only the age now or a few years before)
            gap = this_year - born - int(n.group("n"))
            if (0 <= gap <= 4 or n.group("unit") and born + int(n.group("n")) >= 2014 and gap >= 0) \
                    and int(n.group("n")) >= 2 \
                    and (int(n.group("n")) >= 10 or not text.startswith(".", n.end())):
                spans.append(Span(n.start(), n.end(), "age", "age.exact"))
    return spans


# "Date of birth: 12 May 1988 (37)", «1974 г. р. (51)»: the age after a birth date, as many
# years as have passed since (or fewer: the age on a record made since 2014)
# (a year, or an ISO date: "b. 1979-04-12 (45)")
_YEAR_BEFORE_BRACKET = re.compile(r"((?:19|20)\d\d)(?:-[01]\d-[0-3]\d)?(?:\s?(?:р\.|г\.|року|года|г\.\s?р\.|р\.\s?н\.))?\s*$")
_BIRTH_WORD_RE = re.compile(r"birth|born|народ|рожд|р\.\s?н\.|г\.\s?р\.|д\.\s?р\.|\bdob\b|d\.o\.b|\bb\.(?=\s)", re.IGNORECASE)


def _bracket_follows_a_birth_date(text: str, m: re.Match) -> bool:
    bracket = m.start("n") - 1
    year = _YEAR_BEFORE_BRACKET.search(text, max(0, bracket - 16), bracket)
    if not year or not m.group("n").isdigit():
        return False
    line_start = text.rfind("\n", 0, year.start()) + 1
    this_year = _dt.date.today().year
    # the age now, or at any time since the war began in 2014 (a page written years ago, a
    # donor's card: "11.09.1987 (34 at last donation)")
    return 2014 <= int(year.group(1)) + int(m.group("n")) <= this_year and _BIRTH_WORD_RE.search(text, line_start, year.start()) is not None


def _bracket_follows_a_person(m: re.Match) -> bool:
    """Does a bare "(7)" follow a person? A first name («внучкой Соней (7)»: not «Соня», a
    sleepyhead, alone), a person noun ("their daughter (6)"; not a listing's «Депортированный
    ребёнок (109)»), a first name and surname ("Olena Koval (34)"), or a name that took the
    place of the word before it at a sentence's start («Олег (34)»)."""
    name, prev = (m.group("name") or "").strip(), (m.group("prev") or "").strip()
    if not name:
        return bool(prev) and (first_name(prev) or names.person_word(prev))
    return (first_name(name)
            or names.person_word(name.strip("*")) and not prev[:1].isupper()
            or names.person_word(prev)
            # («Sofiia Koval (11, pocket money!)»: a first name that is also a city's)
            or prev[:1].isupper() and name[:1].isupper()
            and (first_name(prev) or analyse_any(prev).name and not analyse_any(name.strip("*")).place))


# "daughters 4 and 12", «дочери 4 и 12 лет», "twins, 2 years", "Our daughters are 15 and 11":
# children named by a plural, then their ages; "78 years 🎂" (a birthday's emoji after it)
_KIN_PLURAL_AGES_RE = re.compile(
    r"(?<![\w'’])(?:daughters|sons|children|kids|twins|grandchildren|boys|girls|parents|grandparents|батьки|родители|доньки|дочки|дочери|сини|сыновья|діти|дети|"
    r"близнюки|близнецы|двійнята|двойняшки|онуки|внуки|хлопці|хлопчики|мальчики|дівчата|дівчатка|девочки)(?P<comma>[,:])?(?P<verb>\s+(?:are|were))?\s+(?P<n>\d{1,2})"
    r"(?P<second>,?\s+(?:and|і|и|та)\s+\d{1,2})?"
    # (the clause may go on: "parents are 71 and 74 and cannot come")
    rf"(?P<unit>\s?(?:years?(?:\s+old)?|{_UNIT_UK_RU})(?!\w))?(?=\s*(?:[|,;:!?)»]|\.(?!\d)|$)|\s+(?:and|but|і|и|та|але|но)\s+[^\W\d])",
    re.IGNORECASE | re.MULTILINE)
_BIRTHDAY_EMOJI_AGE_RE = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})\s+years?(?=\s*[\U0001F382\U0001F389\U0001F388\U0001F381])")
_KIN_PLURAL_TRIGGERS = ((re.compile(r"daughters|sons|children|kids|twins|grandchildren|boys|girls|parents|батьки|родители|хлопці|хлопчики|"
                                    r"мальчики|дівчат|девочки|доньк|дочк|дочер|сини|сыновь|"
                                    r"діти|дети|близн|двійн|двойн|онуки|внуки|years? .?[\U0001F382\U0001F389]"), True),)


# «свой 37-й день рождения», "his 40th birthday": the birthday's number is the age
_ORDINAL_BIRTHDAY_RE = re.compile(r"(?<![\w.,])(?P<n>1[01]\d|[1-9]?\d)-?(?:й|ий|ый|ой|th|st|nd|rd)\s+"
                                  r"(?:день\s+(?:рождения|народження)|birthday|днюх\w*|ювіле\w*|юбиле\w*)", re.IGNORECASE)
# a log's shorthand after a relative or "alone": «бабуся 89 р.», «син 17 р.», «одна, 87 л.», "lives
# alone, 86 y." (the unit abbreviated; «мама 1956 р.» is a year: no more than three digits)
# (relatives in Ukrainian and Russian, in the nominative, as a log or a card names them)
_KIN_UK_RU = (r"(?:бабуся|бабця|баба|бабушка|дід|дідусь|дед|дедушка|син|сын|донька|дочка|дочь|мати|мать|мама|"
              r"батько|отец|тато|папа|онук|онука|онучка|внук|внучка|брат|сестра|чоловік|муж|дружина|жена)")
_KIN_ABBREVIATED_AGE_RE = re.compile(
    rf"(?<![\w'’])(?:alone|одна|один|одинок\w*|сама|сам|{_KIN_UK_RU}|"
    r"wife|husband|son|daughter|mother|father|grandma|grandpa|granny),?[ \t]+"
    r"(?P<n>1[01]\d|[1-9]?\d)[ \t]?(?:y\.o\.|y\.|yo(?![\w])|yrs?\.|р\.|л\.|г\.|року(?=[ \t]*[,;.]))(?![\w.])", re.IGNORECASE)
# "son 29, taken 10 October", "nephew is 23, was a student": a relative, then the age
_KIN_IS_AGE_RE = re.compile(
    # (not a numbered list's next item: "4) the boy 5) the mother")
    rf"(?<![\w'’]){_EN_KIN}(?:[ \t]+(?:is|was))?[ \t]+(?P<n>1[01]\d|[1-9]?\d)"
    r"(?=[ \t]*[,;]|[ \t]*\)(?![ \t]+(?:the|a|an)[ \t])|[ \t]*\.(?!\d))",
    re.IGNORECASE)
# "BIRTHDAY 27, cake from outside ok": the age a birthday turns (not "birthday 27 May")
_BIRTHDAY_NUMBER_RE = re.compile(r"(?<![\w'’])(?:birthday|день\s+народження|день\s+рождения|днюха|др)[ \t:—–-]+"
                                 r"(?P<n>1[01]\d|[1-9]?\d)(?![\d.:/])(?![ \t]+[^\W\d_]{3})", re.IGNORECASE)
# «Ніна Андріївна пережила окупацію, нині 91.», "still in her flat, eighty-seven now.": an age
# now, in a sentence that names someone by a first name
_AGE_NOW_AFTER_COMMA_RE = re.compile(
    r",[ \t]+(?:(?:нині|ныне|now|зараз|сейчас|тепер|теперь)[ \t]+(?P<n>1[01]\d|[2-9]\d)"
    # ("born 14 June 1988, so 36 now, diabetic too")
    rf"|(?:(?:so|тож|тобто|отже|значит|то\s+есть)[ \t]+)?(?P<n2>1[01]\d|[2-9]\d|{_EN_NUMBER_WORD})[ \t]+(?:now|then))"
    r"(?=[ \t]*[.;!,])", re.IGNORECASE)
_CAPITAL_IN_SENTENCE_RE = re.compile(r"[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]+")


# «27.11.1995 (на момент затримання — 26)», "(at the time of arrest: 26)": an age at a moment
_AGE_AT_MOMENT_BRACKET_RE = re.compile(r"\((?:на\s+момент|на\s+час|на\s+время|at\s+the\s+time)[^()\n\d]{0,40}?[—–:-]?[ \t]*"
                                       r"(?P<n>1[01]\d|[1-9]?\d)\)"
                                       # "(52 yrs at registration)", «(47 лет на момент задержания)»
                                       rf"|\((?P<n2>1[01]\d|[1-9]?\d)[ \t]?(?:yrs?\.?|years(?:[ \t]+old)?|{_UNIT_UK_RU})[ \t]+"
                                       r"(?:at|when|on|на[ \t]+момент|на[ \t]+час|на[ \t]+время|при)[ \t][^()\n]{1,40}\)",
                                       re.IGNORECASE)
# «**Заїка Роман Миколайович.** 41 рік, водій «швидкої»», «Тридцять шість років, жодного разу не
# прострочив»: a record that opens on a person's years, then what they are or did (not a time:
# «20 років, як…», «5 лет назад»; not a term, under sixteen)
_YEARS_OPENING_RE = re.compile(
    rf"(?:^|(?<=[.!?*])[ \t]+|(?<=\*\*)[ \t]*|(?<=\|)[ \t]*)(?P<n>(?:1[6-9]|[2-9]\d|1[01]\d)|(?i:{_UK_RU_TENS}(?:\s+{_UK_RU_UNITS})?|"
    r"шістнадцять|шестнадцать|сімнадцять|семнадцать|вісімнадцять|восемнадцать|дев['’]?ятнадцять|девятнадцать))"
    r"[ \t](?:рік|роки|років|год|года|лет|р\.|л\.|г\.),[ \t]+(?!(?:як|как|відколи|с\s+тех|поки|пока|тому|назад|ago|минуло|прошло)(?![\w'’]))"
    r"[а-яіїєґё]", re.MULTILINE)

# An emergency card's or a register's "54 y, male", «71 р., жін.», «63 г., муж.», "female, 71": the
# years, then the sex (or the sex, then the years)
_SEX_WORDS = (r"(?:male|female|man|woman|boy|girl|M|F|чол\.?|чоловік|жін\.?|жінка|муж\.?|мужчина|жен\.?|женщина|"
              r"хлопчик|дівчинка|мальчик|девочка|м|ж)")
# the years' word of a record: "54 y", "72 yrs", «71 р.», «63 года»
_YEARS_WORD = rf"(?:y\.?o\.?|y\.?|yrs?\.?|years?(?:[ \t]+old)?|р\.|г\.|л\.|{_UNIT_UK_RU})"
_AGE_AND_SEX_RE = re.compile(
    rf"(?<![\w.,/:])(?P<n>1[01]\d|[1-9]?\d)[ \t]?{_YEARS_WORD},?"
    rf"[ \t]+{_SEX_WORDS}(?![\w'’])"
    # (a bare number only where a record's item starts: not "Ward 3, male section")
    rf"|(?:^|[(|;,—–][ \t]*|(?<!\d):[ \t]*|[ \t]{{2,}})(?P<n3>1[01]\d|[1-9]\d?),[ \t]+{_SEX_WORDS}(?![\w'’])"
    rf"|(?<![\w'’\-]){_SEX_WORDS},[ \t]+(?P<n2>1[01]\d|[1-9]\d?)(?![.,]\d)(?:[ \t]?{_YEARS_WORD})?"
    r"(?=[ \t]*(?:[,.;)|]|$))", re.MULTILINE)


# «з донькою Мілою, якій на ньому 4 роки», «сын, которому тогда было 19 лет»: the relative
# pronoun in the dative, a few words of time or place, the years with their unit
_WHOM_AGE_RE = re.compile(
    r"(?<![\w'’])(?:якій|якому|котрій|котрому|которой|которому)(?:[ \t]+(?:на|в|у|о|тоді|тогда|зараз|сейчас|тепер|"
    r"теперь|було|было|буде|будет|вже|уже|ще|еще|ещё|лише|только|всього|всего|ньому|нём|ній|ней|фото|знімку|снимке))*"
    rf"[ \t]+(?P<n>1[01]\d|[1-9]?\d)[ \t]?{_UNIT_UK_RU}(?![\w'’])", re.IGNORECASE)


# … and a profile's list after a colon: «из открытых источников: 23 года, Краснодар, страница …»
# (not a sentence: «Приговор: 15 лет, колония строгого режима», _TERM_BEFORE)
_YEARS_AFTER_COLON_RE = re.compile(
    # (or a dash: «…деінде в Росії — 68 років, невисока, сиве волосся», a description)
    r"(?<=[:—–])[ \t]+(?P<n>1[6-9]|[2-9]\d|1[01]\d)[ \t](?:рік|роки|років|год|года|лет|y\.?o\.|years?(?:[ \t]+old)?),[ \t]+"
    r"(?!(?:як|как|відколи|с\s+тех|поки|пока|тому|назад|ago|минуло|прошло)(?![\w'’]))[^\W\d_]")


# "Happy birthday, Tanya! 33 is a good number.", «с днём рождения! 27 — это красиво», «з ювілеєм! 65 —
# це ще молодість»: the number a birthday greeting is about
_GREETING_AGE_RE = re.compile(
    r"(?:birthday|рождения|народження|ювіле\w*|юбиле\w*)[^\n.!?…]{0,40}[.!?…]+[ \t]+(?P<n>1[01]\d|[1-9]?\d)"
    r"(?=[ \t]+(?:is|was|—|–|-|це|это)[ \t])", re.IGNORECASE)


# A questionnaire's age line: «3. Сколько тебе лет: 10 с половиной», «Років: 14», "Age: 34 (but 20
# at heart)": the question or the word for years as the field's label, the number its value
_FORM_AGE_RE = re.compile(
    r"^[ \t>*_\-]*(?:\d{1,2}[.)][ \t]*)?[*_]*(?:сколько[ \t]+(?:тебе|вам|ему|ей)[ \t]+(?:лет|годиков)"
    r"|скільки[ \t]+(?:тобі|вам|йому|їй)[ \t]+(?:років|рочків)|how[ \t]+old[ \t]+are[ \t]+you|лет|років|рочків|"
    r"полных[ \t]+лет|повних[ \t]+років)[*_]*[ \t]*[:—–][*_]*[ \t]*(?P<n>1[01]\d|[1-9]?\d)(?![\d.,:/])",
    re.IGNORECASE | re.MULTILINE)
# … and its answer told after the question: «На вопрос «Сколько тебе лет» я написала «48»»
_QUOTED_AGE_ANSWER_RE = re.compile(
    r"(?:сколько[ \t]+(?:тебе|вам|ему|ей)[ \t]+лет|скільки[ \t]+(?:тобі|вам|йому|їй)[ \t]+років|how[ \t]+old[ \t]+are[ \t]+you)"
    r"\??[»\"”]?[^.!?\n\d]{0,40}?[«\"“](?P<n>1[01]\d|[1-9]?\d)[»\"”]", re.IGNORECASE)
# A relative, a dash and the years: «мама — 81 год!!», «син – 5 років» (the phrase ends there)
_KIN_DASH_AGE_RE = re.compile(
    rf"(?<![\w'’]){_KIN_UK_RU}[ \t]*[—–-][ \t]*"
    rf"(?P<n>1[01]\d|[1-9]?\d)[ \t]?{_UNIT_UK_RU}(?![\w'’])(?=[ \t]*(?:[.,;:!?)»]|$))", re.IGNORECASE | re.MULTILINE)
# A birthday and the years it turns, a name or initial between: «ДР Т. - 22 года», «День
# народження Д. - 26 років», "birthday of M. — 30 years"
_BIRTHDAY_YEARS_RE = re.compile(
    r"(?<![\w'’])(?:birthday|день[ \t]+народження|день[ \t]+рождения|днюха|др)(?![\w'’])[^\d\n.!?]{0,30}?"
    r"(?:[ \t][A-ZА-ЯІЇЄҐ]\.[^\d\n]{0,5})?[—–:-][ \t]*"
    rf"(?P<n>1[01]\d|[1-9]?\d)[ \t]?(?:{_UNIT_UK_RU}|years?)(?![\w'’])", re.IGNORECASE)

# The age turned, with no one named before it: «у березні виповнився 41 — вже в облозі», «в
# мае исполнилось 60,»; and "was 38 when they came" (the phrase ends or a clause of time follows)
_TURNED_AGE_RE = re.compile(
    r"(?<![\w'’])(?:виповнився|виповнилось|виповнилося|исполнился|исполнилось)[ \t]+(?P<n>1[01]\d|[1-9]?\d)"
    rf"(?:[ \t]?{_UNIT_UK_RU})?(?![\w'’])(?=[ \t]*(?:[.,;:!?)»—–]|$))"
    r"|(?<![\w'’])(?<!it )(?<!that )(?<!this )(?<!there )was[ \t]+(?P<n2>1[01]\d|[1-9]?\d)[ \t]+when[ \t]",
    re.IGNORECASE | re.MULTILINE)
# «05.03.1984, 38 років на момент затримання», "34 at the time of his arrest": the years at the
# moment something was done to the person (not «15 років позбавлення волі», a term: no moment)
_AGE_AT_MOMENT_RE = re.compile(
    rf"(?<![\w'’.,])(?P<n>1[01]\d|[1-9]?\d)(?:[ \t]?(?:{_UNIT_UK_RU}|years?(?:[ \t]+old)?))?[ \t]+"
    r"(?:на[ \t]+(?:момент|час|время)|at[ \t]+the[ \t]+time[ \t]+of(?:[ \t]+(?:his|her|their|the))?)[ \t]+"
    r"(?:затрим|арешт|ареш|задерж|похищ|викрад|полон|плен|депорт|вивез|вывез|вывоз|зникн|исчезн|загибел|гибел|смерт|"
    r"мобіліз|мобилиз|arrest|detention|abduction|capture|deportation|disappearance|death)",
    re.IGNORECASE)
# A relative named in brackets, then the years: «Анечка (внучка) 9 лет», "Ihor (son) 14 y.o."
_KIN_BRACKET_YEARS_RE = re.compile(
    rf"\((?:{_KIN_UK_RU}|son|daughter|grandson|granddaughter|sister|brother|mother|father)\)[ \t]+"
    rf"(?P<n>1[01]\d|[1-9]?\d)[ \t]?(?:{_UNIT_UK_RU}|р\.|г\.|л\.|y\.?o\.|years?(?:[ \t]+old)?)(?![\w'’])",
    re.IGNORECASE)

# «обоим по 10 лет», «обом по 12 років»: two children's one age; "very young, 19", «совсем
# молодой, 18»: a speaker's notes on someone they name
_BOTH_OR_YOUNG_AGE_RE = re.compile(
    rf"(?<![\w'’])(?:(?:обоим|обеим|обом|обидвом|близнецам|близнюкам|двійнятам|двойняшкам|дітям|детям|синам|сыновьям|"
    rf"донькам|дочкам|дочерям)[ \t]+по[ \t]+(?P<n>1[01]\d|[1-9]?\d)(?:[ \t]?{_UNIT_UK_RU})?(?![\w'’])"
    r"|(?:very[ \t]+|совсем[ \t]+|зовсім[ \t]+|дуже[ \t]+|ещё[ \t]+|еще[ \t]+|ще[ \t]+)?(?:young|молод(?:ой|ая|ий|а))"
    r",[ \t]+(?P<n2>1[01]\d|[1-9]?\d)(?![\d.,:/]|[ \t]*(?:%|years?[ \t]+ago|лет[ \t]+назад|років[ \t]+тому)))",
    re.IGNORECASE)

_SEX_STEMS = ("male", "man", "boy", "girl", "чол", "жін", "муж", "жен", "хлопч", "дівч", "мальч", "девоч")
_BIRTHDAY_STEMS = ("birthday", "рожден", "народжен", "днюх", "юві", "юби")


def _shorthand_ages(text: str) -> list[Span]:
    """The ages a log's, a card's or a greeting's shorthand gives (the patterns above)."""
    low = lowered(text) or text.lower()
    digits = has_digit(text)
    rules = []
    if digits and "(" in text:
        rules.append(_AGE_AT_MOMENT_BRACKET_RE)
    if "," in text:
        rules.append(_YEARS_OPENING_RE)         # (the years in words too: «Тридцять шість років,»)
    if digits:
        birthday = any(stem in low for stem in _BIRTHDAY_STEMS)
        rules += [_ORDINAL_BIRTHDAY_RE, _GREETING_AGE_RE] if birthday else []
        rules += [_KIN_ABBREVIATED_AGE_RE] if "." in text or "року" in low else []
        rules += [_KIN_IS_AGE_RE] + ([_BIRTHDAY_NUMBER_RE, _BIRTHDAY_YEARS_RE] if birthday or "др" in low else [])
        rules += [_FORM_AGE_RE] if ":" in text or "—" in text or "–" in text else []
        rules += [_KIN_DASH_AGE_RE] if "—" in text or "–" in text or "-" in text else []
        rules += [_QUOTED_AGE_ANSWER_RE] if "сколько" in low or "скільки" in low or "how old" in low else []
        rules += [_TURNED_AGE_RE] if "виповни" in low or "исполни" in low or " when " in low else []
        rules += [_KIN_BRACKET_YEARS_RE] if ")" in text else []
        rules += [_BOTH_OR_YOUNG_AGE_RE] if " по " in low or "young" in low or "молод" in low else []
        rules += [_AGE_AND_SEX_RE] if any(word in low for word in _SEX_STEMS) else []
        rules += [_WHOM_AGE_RE] if "якій" in low or "якому" in low or "котр" in low or "котор" in low else []
        rules += [_AGE_AT_MOMENT_RE] if "на момент" in low or "на час" in low or "на время" in low or "at the time of" in low else []
    spans = [Span(*m.span(next(g for g in ("n", "n2", "n3") if g in rx.groupindex and m.group(g) is not None)),
                  "age", "age.exact")
             for rx in rules for m in rx.finditer(text)]
    if digits and (":" in text or "—" in text or "–" in text):
        spans += [Span(*m.span("n"), "age", "age.exact") for m in _YEARS_AFTER_COLON_RE.finditer(text)
                  if not _TERM_BEFORE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())]
    if "now" in low or "then" in low or "нині" in low or "ныне" in low or "зараз" in low or "сейчас" in low or "тепер" in low:
        for m in _AGE_NOW_AFTER_COMMA_RE.finditer(text):
            sentence = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if any(first_name(w.group()) for w in _CAPITAL_IN_SENTENCE_RE.finditer(text, sentence, m.start())):
                spans.append(Span(*m.span("n" if m.group("n") else "n2"), "age", "age.exact"))
    return spans


def _other_ages(text: str) -> list[Span]:
    spans = _ages_from_birth_year(text) if has_digit(text) else []
    spans += _shorthand_ages(text)
    regions = windows(text, _KIN_PLURAL_TRIGGERS) if has_digit(text) else []
    for rx in (_KIN_PLURAL_AGES_RE, _BIRTHDAY_EMOJI_AGE_RE):
        # (after a comma only with its unit: "twins, 2 years", not "the children, 30" (a count))
        # ("Our daughters are 15 and 11": after "are" two ages, or one with its unit; not "the
        # children are 30", a count)
        spans += [Span(m.start("n"), m.end(), "age", "age.exact") for m in finditer(rx, text, regions)
                  if "comma" not in rx.groupindex or ((not m.group("comma") or m.group("unit"))
                                                      and (not m.group("verb") or m.group("second") or m.group("unit")))]
    for m in finditer(_BRACKET_AGE_RE, text, windows(text, _BRACKET_TRIGGERS) if "(" in text else []):
        if m.group("unit"):
            if _TERM_BEFORE.search(text, max(0, m.start() - 60), m.start("n") - 1):
                continue
            if m.group("unit").strip() == "л." and not _bracket_follows_a_birth_date(text, m):
                continue    # «(6 л.)»: an enclosure's sheets, unless a birth date stands before it
        elif not (_bracket_follows_a_person(m) or _bracket_follows_a_birth_date(text, m)):
            continue
        spans.append(Span(m.start("n"), m.end("n") + len(m.group("unit") or ""), "age", "age.exact"))
    for m in finditer(_OTHER_AGE_RE, text, windows(text, _OTHER_AGE_TRIGGERS)):
        group = next(g for g in ("n", "n2", "n3", "n4", "n5", "n6") if m.group(g) is not None)
        spans.append(Span(m.start(group), m.end(), "age", "age.exact"))
    if "лет" in text or "років" in text or "года" in text or "року" in text:
        for m in _GENITIVE_AGE_RE.finditer(text):
            # («Отрока Льва, шестнадцати лет,»: the name may be the second word)
            if m.group("n2") or any(analyse(word).name for word in _CAPITALISED_CYR.findall(text, m.start(), m.start("n"))):
                group = "n" if m.group("n") else "n2"
                spans.append(Span(m.start(group), m.end(), "age", "age.exact"))
    if "году" in text or "року" in text or "році" in text:
        spans += [Span(m.start("n"), m.end(), "age", "age.exact") for m in _AGE_THIS_YEAR_RE.finditer(text)]
    if " л." in text or " р." in text:
        for m in _ABBREVIATED_AGE_RE.finditer(text):
            info = analyse(m.group("name"))
            if info.name or info.surn:          # («Тетрадь 48 л.»: sheets)
                spans.append(Span(m.start("n"), m.end(), "age", "age.exact"))
    for m in finditer(_AT_AGE_THEN_PERSON_RE, text, windows(text, _AT_AGE_THEN_PERSON_TRIGGERS)):
        spans.append(Span(m.start("n"), m.end("n"), "age", "age.exact"))
    for m in finditer(_ALREADY_AGE_RE, text, windows(text, _ALREADY_AGE_TRIGGERS)):
        group = "n" if m.group("n") else "n2"
        spans.append(Span(m.start(group), m.end(group), "age", "age.exact"))
    for m in finditer(_TAKEN_AT_AGE_RE, text, windows(text, _TAKEN_AT_AGE_TRIGGERS)):
        group = "n" if m.group("n") else "n2"
        spans.append(Span(m.start(group), m.end(group), "age", "age.exact"))
    return spans


# The age at which a person was taken: «забрали в двадцать», «забрали у вісімнадцять» (the clause
# ends there: «в 5 утра» is a time), "civilian, was 19 when taken"
_TAKEN_AT_AGE_RE = re.compile(
    r"(?<![\w'’])(?:забрали|забрал[аи]?|взяли|вивезли|вывезли|затримали|задержали|заарештували|арестовали|"
    r"депортували|депортировали|мобілізували|мобилизовали)\s+[ув]\s+"
    rf"(?P<n>[1-9]\d|{_UK_RU_NUMBER_WORDS})(?![\w'’]|[.,:]\d)(?=\s*(?:[,.;!?|)»—–]|$))"
    r"|(?<=,\s)was\s+(?P<n2>1[01]\d|[1-9]?\d)\s+when\s+(?:taken|detained|arrested|captured|abducted|deported|mobili[sz]ed)\b",
    re.IGNORECASE | re.MULTILINE)
_TAKEN_AT_AGE_TRIGGERS = ((re.compile(r"(?:забра|взяли|вивез|вывез|затрима|задержа|арешт|арест|депорт|мобіліз|мобилиз)"
                                      r"\w*\s+[ув]\s|was\s+\d+\s+when"), True),)


# A list of people, one per item («**Лозовой Степан Ильич** — Бердянск, 59 л. Рыбак.», "4. Mykhailo
# Ostapenko — 63, from Vasylivka."): a number standing alone between the item's separators is
# the person's age, when the item names a person (the name detector says so).
_LIST_ITEM_RE = re.compile(r"^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?P<body>.+)$", re.MULTILINE)
_ITEM_NUMBER = rf"(?:1[01]\d|[1-9]?\d|{_UK_RU_NUMBER_WORDS}|{_EN_NUMBER_WORD})(?![\w'’]|[.,]\d)"
_ITEM_AGE_RE = re.compile(      # (not a time's minutes: "03:20 — …")
    rf"(?<!\d[:.,])(?:(?<=[,.;:(—–])|(?<=[,.;:(—–]\s))(?:(?:maybe|perhaps|може|может|можливо|возможно|зараз|сейчас|тепер|"
    rf"теперь|now)\s+)?"
    rf"(?P<n>{_ITEM_NUMBER}(?:\s+(?:or|або|или|чи|і|и|та|and)\s+{_ITEM_NUMBER})?)"      # "19 or 20", «13 і 15»
    rf"(?:(?P<unit>\s?(?:{_UNIT_UK_RU}(?!\w)|[рлг]\.|years?(?:\s+old)?(?!\w)|y\.?o\.?))"
    r"(?!\s+(?:строг|общ|загальн|суворого|колон|позбав|лишен|режим|ув['’]язн|заключ|prison|тому|назад|ago))"
    r"|(?=\s*(?:[,.;)!?(—–]|:(?!\d)|$)))", re.IGNORECASE)     # (nor a time after it: "2022, 19:35")
# «40–45 років», «двадцять п'ять — двадцять сім»: a range (and «Лет 55»: about)
_RANGE_AROUND = re.compile(rf"(?:\d|(?<![\w'’])(?:{_UK_RU_NUMBER_WORDS}|{_EN_NUMBER_WORD}))\s?[-–—]\s?$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s?[-–—]\s?\d")
_LAW_OR_TIME_BEFORE = re.compile(      # (whole words: «электрик.» is no «ИК»)
    r"(?<![^\W\d_])(?:art|ст|ч|п|стаття|статья|статті|статьи|no|№|part|пункт|кк|ук|cc|колония|колонія|ик|ік|сизо|сізо|"
    r"камера|cell|room|жил|прожил|жив|прожив|lived|работал|працював|сидел|сидів|дали|получил|отримав|"
    r"лет|років|рокив|years|стр|стор|сторінка|страница|page|p|pp|лист|sheet|рядок|строка|row|line|"
    r"кв|квартира|flat|apt|буд|д|дом|будинок|house|кімн|комн|room)\.?[\s:]*$",
    re.IGNORECASE)


_ENCLOSURE_RE = re.compile(r"(?i:копи[яиюі]|доверенн|довірен|справк|довідк|заяв|свидетельств|свідоцтв|"
                           r"приложени|додат|ответ|відповід)")


def _list_item_ages(text: str, language: str | None) -> list[Span]:
    spans = []
    for item in _LIST_ITEM_RE.finditer(text):
        body_start = item.start("body")
        candidates = [m for m in _ITEM_AGE_RE.finditer(text, body_start, item.end("body"))
                      if not _LAW_OR_TIME_BEFORE.search(text, max(body_start, m.start() - 16), m.start())
                      and not _APPROX_BEFORE_RE.search(text[max(body_start, m.start() - 20):m.start()])
                      and not _TERM_BEFORE.search(text, max(body_start, m.start() - 60), m.start())
                      and not _RANGE_AROUND.search(text, max(body_start, m.start() - 40), m.start())
                      and not _RANGE_AFTER.match(text, m.end("n"))
                      and not _TERM_AFTER.match(text, m.end())]
        if _ENCLOSURE_RE.search(text, body_start, item.end("body")):
            # «Копия паспорта … — 2 л.»: a letter's enclosures counted in sheets
            candidates = [m for m in candidates if not (m.group("unit") or "").strip().lower() == "л."]
        if not candidates:
            continue
        head = text[body_start:min(item.end("body"), body_start + 80)]
        if not names.detect(head, ScanContext(language=language, testimony=True)):
            continue            # a list of things, not of people
        spans += [Span(m.start(), m.end(), "age", "age.exact") for m in candidates]
    return spans


def _ages(text: str, numbers: bool = True, digits: bool = True) -> list[Span]:
    """`numbers`: the text has a digit or a number word (otherwise only one-word ages can be
    there); `digits`: it has a digit."""
    spans = _appositions(text) if numbers and ", " in text else []
    spans += _other_ages(text)
    if digits and tables.may_hold_table(text):
        spans += _table_ages(text)
    verbs = windows(text, _AGE_VERB_TRIGGERS) if numbers else []
    # the verb windows serve the Ukrainian/Russian pattern too: their triggers are the costliest
    cyrillic = _union(windows(text, _CYR_ONE_WORD_AGE_TRIGGERS), verbs)
    english = windows(text, _EN_AGE_TRIGGERS)      # «a hundred years old» has no number word
    datives = _union(windows(text, _DATIVE_TRIGGERS), verbs) if numbers else []
    turned = windows(text, _TURNED_TRIGGERS) if numbers else []
    at_age = windows(text, _AT_AGE_EN_TRIGGERS) if numbers else []
    # the four rarer patterns share one pass for their triggers (a pass per pattern cost more)
    rarer = windows(text, _RARER_AGE_TRIGGERS) if numbers else []
    more = _union(datives, windows(text, _CELEBRATE_TRIGGERS)) if numbers else []
    for rx, regions in ((_EN_AGE_RE, english), (_UK_RU_AGE_RE, cyrillic), (_UK_RU_AGE_WORDS_RE, verbs),
                        (_MORE_AGE_WORDS_RE, more),
                        (_EN_AGE_BARE_RE, verbs), (_UK_DATIVE_AGE_RE, datives), (_EN_TURNED_RE, turned),
                        (_AT_AGE_UK_RU_RE, datives), (_AT_AGE_EN_RE, at_age),
                        (_AT_SPELLED_AGE_RE, rarer), (_PERSON_YEARS_RE, rarer),
                        (_AGE_WHEN_TAKEN_RE, rarer), (_AGE_TO_COME_RE, rarer),
                        (_AGE_AT_THE_TIME_RE, rarer), (_PERSON_OF_YEARS_RE, rarer), (_BIRTHDAY_AGE_RE, rarer),
                        (_CHILDREN_AGES_RE, rarer)):
        for m in finditer(rx, text, regions):
            number_start = next(m.start(g) for g in ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10")
                                if g in rx.groupindex and m.group(g) is not None)
            if rx is _AT_AGE_EN_RE and m.group("name") and not first_name(m.group("name")):
                continue        # ("Kyiv at 25 degrees", "Room at 14,")
            if _APPROX_BEFORE_RE.search(text[max(0, number_start - 20):number_start]) \
                    and not (rx is _UK_RU_AGE_WORDS_RE and _EACH_OF_THEM_RE.match(text, m.start(), number_start)):
                continue
            if rx in (_EN_TURNED_RE, _AT_SPELLED_AGE_RE, _PERSON_YEARS_RE, _AGE_WHEN_TAKEN_RE, _AGE_TO_COME_RE,
                      _AGE_AT_THE_TIME_RE, _PERSON_OF_YEARS_RE, _AT_AGE_EN_RE, _BIRTHDAY_AGE_RE, _CHILDREN_AGES_RE):
                start = number_start
            elif rx is _UK_DATIVE_AGE_RE:
                if m.group("prep"):
                    continue
                start = number_start          # the person's name before it stays a name
            else:
                # "Maksym is fifteen": the age starts at the verb, the name stays a name
                start = m.start("v") if "v" in rx.groupindex and m.group("v") else m.start()
            spans.append(Span(start, m.end(), "age", "age.exact"))
    if numbers:
        for m in _names_in_the_dative(text):
            if ("—" in m.group() or "–" in m.group()) \
                    and _TERM_BEFORE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                continue        # («Алёше дали 7 лет общего режима, Эле — 5 лет»: a term, not an age)
            info = analyse(m.group("name"))
            if ((info.name or info.patr or info.surn and not (info.place or info.common)) and not info.common_dominant  # «Лідії Андріївні 68 років»
                    or m.group("patr")                                    # «Эскендеру Ремзиевичу 45»
                    or names.diminutive_of_name(m.group("name").lower())          # «Мішані 39 🎂»
                    # «Вере было 39»: a name that is also a word, and its years
                    or (info.name and names.WAS_AGE_AFTER.match(text, m.end("name")))
                    # «Эдему 27 лет», «Сірьожі 48 год», «Денчику в сентябре будет 27»: a name no
                    # dictionary knows, with its unit or the age to come
                    or (not info.known and (m.group("unit") or _FUTURE_AGE.search(m.group())
                                            or _BIRTHDAY_BEFORE.search(text, max(0, m.start() - 60), m.start()))
                        and (not m.group("n").isdigit() or int(m.group("n")) <= 110))):
                spans.append(Span(m.start("n"), m.end(), "age", "age.exact"))
        for m in finditer(_PERSON_DATIVE_AGE_RE, text, datives):
            if dative_person(m.group("noun").lower()):
                spans.append(Span(m.start("n"), m.end(), "age", "age.exact"))
    if numbers:
        spans += _unit_then_age_word(text, datives) + _ages_set_apart(text) + _children_in_brackets(text)
    return spans + _ages_now(text, spans)


# A memorial book's entry: the birth, then the age in a sentence of its own ("Born 14.09.1975. 46
# years.", «Родился 14.09.1975. 46 лет.», "Born 1951. Seventy-one.")
_AGE_AFTER_BIRTH_RE = re.compile(
    r"(?:\b[Bb]orn|[Рр]одил(?:ся|ась)|[Нн]ародил(?:ся|ася))[^.!?\n]{0,40}?(?:\d{4}|\d{2}\.\d{2}\.\d{4})"
    r"(?:\s?(?:р\.|г\.|року|года))?\.[ \t]+"
    rf"(?P<n>(?i:{_UK_RU_NUMBER}|{_EN_NUMBER_WORD}))(?:\s?(?:(?i:years?(?:\s+old)?)|{_UNIT_UK_RU}))?(?=\s*[.;])")
# "pensioner, 68 years", «пенсіонер, 67 років»: what the person is, then the age
_OCCUPATION_AGE_RE = re.compile(
    r"(?<![\w'’])(?:pensioner|retiree|student|schoolboy|schoolgirl|пенсіонер\w*|пенсионер\w*|студент\w*|"
    r"школяр\w*|школьни\w*)\s*,\s*(?P<n>\d{1,3})\s?(?:years(?:\s+old)?|роки|років|рік|лет|года|год)(?![\w'’])"
    # a forensic or medical note's "Male, 58 according to the paper", "Female, 34."
    r"|(?<![\w'’])(?:male|female),\s+(?P<n2>1[01]\d|[1-9]?\d)(?![\d:/–-]|[.,]\d|\s*(?:%|kg|cm|to\b|-))",
    re.IGNORECASE)
_OCCUPATION_STEMS = ("pension", "retiree", "student", "school", "male", "пенсі", "пенси", "студент", "школ")
# "her daughter Sofiia, then 9, was in the kitchen", «донька, тоді 9, була»: the age then, set off
_THEN_AGE_RE = re.compile(r",[ \t]+(?:then|тоді|тогда)[ \t]+(?P<n>[1-9]?\d|(?i:" + _EN_NUMBER_WORD + r"))[ \t]*,")
# "will be 25 in summer", «летом будет 25»: the age to come in a season
_SEASON_AGE_RE = re.compile(
    r"(?:летом|літом|влітку|осенью|восени|зимой|взимку|весной|навесні)\s+(?:(?:йому|ему|їй|ей)\s+)?"
    rf"(?:буде|будет|виповниться|исполнится)\s+(?P<n>{_UK_RU_NUMBER})(?=\s*[,.;!?)»]|$)"
    rf"|\bwill\s+be\s+(?P<n2>\d{{1,3}}|{_EN_NUMBER_WORD})\s+(?:in|this|next)\s+(?:summer|autumn|fall|winter|spring|year|month|{_EN_MONTHS})\b",
    re.IGNORECASE)


# "Paraska lived to be 84", «Прабабуся Ярина прожила 84 роки»: the age a person reached
_LIVED_TO_RE = re.compile(
    rf"\blived\s+to\s+(?:be\s+|the\s+age\s+of\s+)?(?P<n>\d{{1,3}}|{_EN_NUMBER_WORD})(?![\w])"
    rf"|(?<![\w'’])прожил[аи]?\s+(?:до\s+)?(?P<n2>{_UK_RU_NUMBER})\s?{_UNIT_UK_RU}(?![\w])"
    rf"|(?<![\w'’])прожи(?:в|ла|ли)\s+(?P<n3>{_UK_RU_NUMBER})\s?{_UNIT_UK_RU}(?![\w])"
    # "Motria died in the nursing home in December 2023, at 89.": the age at death (13 and over, a
    # pause after it: "died at 16:40" is a time)
    r"|\b(?:died|passed\s+away)\b[^.!?\n]{0,60}?\bat\s+(?P<n4>1[3-9]|[2-9]\d|1[01]\d)(?=\s*[.,;!?)])", re.IGNORECASE)
# A comment's or a message's signature: the person, the town, the age ("**Olha Vereshchak**,
# Kherson, 52 — …", "From Valentyna, Nikopol, 64.", «**Степан Ільків**, Львів, 24 —»)
_SIGNATURE_AGE_CUE = re.compile(rf",[ \t]+(?:[1-9]\d?|1[01]\d|(?i:{_EN_NUMBER_WORD}))(?![\w])")   # (the pattern below is costlier)
_NAME_PLACE_AGE_RE = re.compile(
    r"(?<![\w'’])(?P<name>[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]+(?:[ \t]+[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]+)?)(?:\*\*)?,[ \t]+"
    r"(?P<place>[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’\-]+)(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]+"
    rf"(?P<n>[1-9]\d?|1[01]\d|(?i:{_EN_NUMBER_WORD}))(?=[ \t]*(?:[—–:.;]|-[ \t]|$))", re.MULTILINE)


def _ages_set_apart(text: str) -> list[Span]:
    low = lowered(text) or text.lower()
    spans = []
    if "born" in low or "родил" in low or "народил" in low:
        spans += [Span(m.start("n"), m.end(), "age", "age.exact") for m in _AGE_AFTER_BIRTH_RE.finditer(text)]
    if ", " in text and any(word in low for word in _OCCUPATION_STEMS):
        spans += [Span(m.start("n"), m.end(), "age", "age.exact") if m.group("n")
                  else Span(m.start("n2"), m.end("n2"), "age", "age.exact") for m in _OCCUPATION_AGE_RE.finditer(text)]
    if ", " in text:
        spans += [Span(m.start("n"), m.end("n"), "age", "age.exact") for m in _THEN_AGE_RE.finditer(text)]
    if "lived to" in low or "прожи" in low or "died" in low or "passed away" in low:
        for m in _LIVED_TO_RE.finditer(text):
            group = next(g for g in ("n", "n2", "n3", "n4") if m.group(g))
            spans.append(Span(m.start(group), m.end(), "age", "age.exact"))
    if ", " in text and _SIGNATURE_AGE_CUE.search(text):
        for m in _NAME_PLACE_AGE_RE.finditer(text):
            where = analyse_any(m.group("place"))     # (a town, or a word the dictionaries know as no common noun)
            if (where.place or not where.common) and any(analyse_any(w).name for w in m.group("name").split()):
                spans.append(Span(m.start("n"), m.end("n"), "age", "age.exact"))
    if "буд" in low or "will be" in low:
        for m in _SEASON_AGE_RE.finditer(text):
            group = "n" if m.group("n") else "n2"
            spans.append(Span(m.start(group), m.end(group), "age", "age.exact"))
    return spans


# --- the answer to "How old…?" -------------------------------------------------------------
# An interview asks «Скільки вам тоді було?» and the next paragraph answers «Тридцять.»: the
# detectors read one paragraph at a time, so `answered_ages` reads the whole page for this.
_AGE_QUESTION_RE = re.compile(
    r"(?:how\s+old|what\s+age|скільки\s+(?:[^\W\d_]+\s+){0,2}?(?:було|років|рочків|виповнилося)|"
    r"скільки\s+(?:вам|тобі|йому|їй|їм)|якого\s+віку|сколько\s+(?:[^\W\d_]+\s+){0,2}?(?:было|лет|годков|исполнилось)|"
    r"сколько\s+(?:вам|тебе|ему|ей|им)|какого\s+возраста)[^?\n]*\?",
    re.IGNORECASE)
# the answer's speaker label: "A:", «**Респондентка:**», «— »
_ANSWER_LABEL_RE = re.compile(r"\s*(?:[>*_\-—–\s]*[^\W\d_][\w'’ .]{0,30}:[*_]*\s*|[-—–]\s*)?")
_ANSWER_NUMBER_RE = re.compile(
    rf"(?<![\w'’])(?P<n>{_LONE_AGE})"
    rf"(?:\s?{_UNIT_UK_RU}(?!\w)|\s(?:years?(?:\s+old)?)(?!\w))?(?=\s*[.,;!?…—–]|\s*$|\s+(?:було|было)\b)",
    re.IGNORECASE)
_ANSWER_LENGTH = 200


def _age_questions(text: str):
    """The questions about age in `text`, found from their question marks (few in a page)."""
    at = text.find("?")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        question = _AGE_QUESTION_RE.search(text, max(line_start, at - 120), at + 1)
        if question and question.end() == at + 1:
            yield question
        at = text.find("?", at + 1)


# In a quotation or page without capitals (a voice message's automatic transcript) nothing
# closes a clause: «ей шестьдесят семь родилась…», "she's sixty seven born on…"
_CASELESS_AGE_RE = re.compile(
    rf"(?<![\w'’])(?:мені|йому|їй|мне|ему|ей|{_KIN_DATIVE}|she['’]?s|he['’]?s|i['’]?m|she\s+is|he\s+is|i\s+am)\s+(?:(?:he|she)['’]?s\s+)?"
    r"(?:(?:вже|уже|зараз|сейчас|тепер|теперь|already|now|було|было)\s+)*"
    rf"(?P<n>(?=[1-9]|[^\W\d])(?:{AGE_NUMBER}))(?:\s?(?:{_UNIT_UK_RU}|years?(?:\s+old)?)(?![\w'’]))?"
    rf"(?!\s*(?:{_OTHER_TIME_UNITS}|hours?|minutes?|days?|weeks?|months?|times?|percent|%))",
    re.IGNORECASE)


def caseless_ages(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    """Ages in the caseless parts of a page (see names_lowercase.caseless_regions)."""
    return [Span(m.start("n"), m.end(), "age", "age.caseless")
            for start, end in regions for m in _CASELESS_AGE_RE.finditer(text, start, end)]


def answered_ages(text: str) -> list[Span]:
    """Numbers standing alone at the start of the answer to a question about age."""
    spans = []
    for question in _age_questions(text):
        label = _ANSWER_LABEL_RE.match(text, question.end())
        start = label.end()
        end = min(len(text), start + _ANSWER_LENGTH)
        for m in _ANSWER_NUMBER_RE.finditer(text, start, end):
            if not _APPROX_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()]):
                spans.append(Span(m.start(), m.end(), "age", "age.answer"))
    return spans


_NUMBER_AT_END = re.compile(rf"(?:\d{{1,3}}|{_UK_RU_NUMBER_WORDS}|{_EN_NUMBER_WORD})(?:\s?{_UNIT_UK_RU})?$", re.IGNORECASE)


_NEXT_SENTENCE = re.compile(r"[^.!?\n]{0,20}?[.!?…]\s+")
_AGAIN_END = re.compile(r"\s*[,.;!?…]")


def _ages_now(text: str, ages: list[Span]) -> list[Span]:
    """The age now after the age then, and an age said twice («…сорок один. Сорок один, да.»)."""
    out = []
    for age in ages:
        m = _AGE_NOW_RE.match(text, age.end)
        if m:
            number = next(g for g in ("n", "n2", "n3", "n4", "n5", "n6") if m.group(g) is not None)
            out.append(Span(m.start(number), m.end(), "age", "age.exact"))
    for age in ages + out:
        said = _NUMBER_AT_END.search(text, age.start, age.end)
        nxt = _NEXT_SENTENCE.match(text, age.end) if said else None
        if nxt:
            end = nxt.end() + len(said.group())
            if text[nxt.end():end].lower() == said.group().lower() and _AGAIN_END.match(text, end):
                out.append(Span(nxt.end(), end, "age", "age.exact"))
    return out


_RULE_RANK = {"date.birth": 0, "date.day": 1, "date.gedcom": 1, "age.exact": 1, "age.repeated": 1}


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Birth rules win over a plain day (more specific), then the longest span."""
    return without_overlaps(spans, lambda s: (_RULE_RANK[s.rule], -(s.end - s.start), s.start))


# A date in a file's name: "xray-hnatiuk-2025-10-06.png", «rg-gnatyuk-06-10-2025.png»,
# «rtg-hnatiuk-20251006.png» (a photo's or a scan's day, as a phone or a clinic names it)
_FILE_NAME_RE = re.compile(rf"[\w\-.]+\.(?i:{names.FILE_EXTENSIONS})\b")
_DATE_IN_NAME_RE = re.compile(
    r"(?<![0-9])(?:(?P<y>(?:19|20)\d\d)(?P<s>[-_.]?)(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)"
    r"|(?P<d2>[0-3]\d)(?P<s2>[-_.])(?P<m2>[01]\d)(?P=s2)(?P<y2>(?:19|20)\d\d))(?![0-9])")


# A genealogy export's (GEDCOM) dates: "2 DATE 14 OCT 1931", "1 DATE 3 MAR 2025"
_GEDCOM_DATE_RE = re.compile(r"^[ \t]*\d[ \t]+DATE[ \t]+(?:(?:ABT|BEF|AFT|EST|CAL)[ \t]+)?"
                             r"(?P<d>\d{1,2}[ \t]+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[ \t]+\d{3,4})\b",
                             re.MULTILINE)


def _dates_in_file_names(text: str) -> list[Span]:
    spans = []
    for name in _FILE_NAME_RE.finditer(text):
        for m in _DATE_IN_NAME_RE.finditer(text, name.start(), name.end()):
            y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"), m.group("d2"))
            if _real_date(y, mo, d):
                spans.append(Span(m.start(), m.end(), "exact_date", "date.day"))
    return spans


# "he was seventy-four, imagine, seventy-four, with his heart", «Мне было пятьдесят два. Пятьдесят
# два года, а они…»: the same age said again just after it, alone or with its unit
_REPEAT_WINDOW = 60
_AGE_CORE_RE = re.compile(rf"(?<![\w'’-])(?:1[01]\d|[1-9]?\d|{_UK_RU_NUMBER_WORDS}|{_EN_NUMBER_WORD})(?![\w'’-])",
                          re.IGNORECASE)


def _repeated_ages(text: str, ages: list[Span]) -> list[Span]:
    spans = []
    for age in ages:
        cores = list(_AGE_CORE_RE.finditer(text, age.start, age.end))
        if age.kind != "age" or not cores:
            continue
        again = re.compile(rf"(?<![\w'’-]){re.escape(cores[-1].group())}(?![\w'’-])"
                           rf"(?:\s?{_UNIT_UK_RU}(?![\w'’])|\s+years?(?:\s+old)?\b)?(?=\s*(?:[,.!?;…—–)]|$))",
                           re.IGNORECASE)
        for m in again.finditer(text, age.end, min(len(text), age.end + _REPEAT_WINDOW)):
            if not any(ch.isdigit() for ch in text[age.end:m.start()]):     # nothing else counted between
                spans.append(Span(m.start(), m.end(), "age", "age.repeated"))
    return spans


def detect(text: str, ctx: ScanContext) -> list[Span]:
    # a file's name glues a date to its words («otvet_UFSIN_19.03.2024.jpg»; a CSV row's commas
    # stay: the table rules read its cells)
    original = text
    text = tables.separators_as_spaces(text, csv=False)
    items = _list_item_ages(text, ctx.language) if "\n" in text or text.lstrip()[:1] in "-*+•0123456789" else []
    if not has_digit(text):
        # Without a digit only a spelled age can be present («forty years old», «дванадцятирічна»,
        # «їй було п'ятнадцять»).
        numbers = _has_number_word(text)
        lower = text.lower()
        one_word = _CYR_AGE_TRIGGER[0].search(lower) or _EN_AGE_TRIGGER[0].search(lower)
        spelled_age = one_word or "роду" in lower     # «двадцати одного года от роду»
        ages = _ages(text, numbers, digits=False) if numbers or spelled_age else []
        return _without_overlaps(ages + _repeated_ages(text, ages) + items + _spelled_dates(text))
    # (dates read with a CSV row's commas as white space: «…",12.04.1975,"IK-10…»; the table
    # rules read the cells by their commas)
    days = _day_dates(tables.csv_commas_as_tabs(text)) + _spelled_dates(text)
    if "DATE" in text:
        days += [Span(m.start("d"), m.end("d"), "exact_date", "date.gedcom") for m in _GEDCOM_DATE_RE.finditer(text)]
    if "." in text and names.FILE_EXTENSION_RE.search(text):     # (a literal first: the name pattern is slower)
        days += _dates_in_file_names(original)      # (with its underscores: «lysenko_20240612_05.jpg»)
    ages = _ages(text)
    spans = days + _birth_dates(text, days) + ages + _repeated_ages(text, ages) + items
    return _without_overlaps(spans)


# every kind it reports is testimony-only: the registry skips it on other pages
detect.testimony_only = True


register_triggers(globals())     # its triggers, looked for with every other detector's in one pass (_trigger_gate.py)
