"""Contact details: e-mail addresses, phone numbers, social-network handles.

Kinds: email (rules email.plain, email.mailto, email.obfuscated), phone (phone.ua, phone.ru,
phone.intl, phone.spelled: dictated in words, phone.extension: in a testimony, an office
extension under its column's header) and social_handle (social.<platform>, social.mention:
@handle, social.account: named after the messenger without @, social.username: in a testimony,
a Latin word joined by "_" or ending in ".82", or under a "User name" column's header;
social.profile: a member's page on another site or a code host; social.spoken: a user name said
aloud in a caption, "tania underscore lys").

Contacts listed in ctx.allowed (organisational addresses, hotlines, accounts) are not reported;
they are compared in a normalised form (see `allowed_keys`), so «info@people1st.org»,
«+380 44 000 00 00» and «https://t.me/people1st» match however the page spells them.

Speed: detailed patterns run only near a cheap trigger («@», a platform domain, a digit group;
see _windows.py), and phonenumbers only sees candidates that already hold eight digits or more.
"""
from __future__ import annotations

import re
from itertools import chain
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from pii_guard.detectors import _tables as tables
from pii_guard.detectors._numbers import MIXED_RUN, SPELLED_RUN, spelled_readings
from pii_guard.detectors._windows import finditer, has_digit, register_triggers, windows
from pii_guard.detectors._spans import without_overlaps
from pii_guard.detectors.names import RARE
from pii_guard.detectors.names_lexicon import word_frequency
from pii_guard.detectors.names_translit import first_name
from pii_guard.model import ScanContext, Span

# --- e-mail ------------------------------------------------------------------------------

_LOCAL = r"[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_])?"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL_RE = re.compile(
    # (after a "+" of its own: a comment's mention, "+k.sydorenko@…")
    rf"(?<![\w.%-])(?<![\w.%+-]\+)(?P<mailto>mailto:)?(?P<addr>{_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,24}})(?![\w-])",
    re.IGNORECASE,
)

# «logo@2x.png» is a retina image, not an address: file endings that are not TLDs (.md, Moldova,
# is one, so it stays out).
_FILE_EXTENSIONS = frozenset("png jpg jpeg gif svg webp avif ico bmp tif tiff pdf css js mjs map json "
                             "html htm txt xml yml yaml mp4 webm mp3 woff woff2 ttf".split())

# Obfuscated spellings: «name [at] domain [dot] com», «name(at)domain.org», «ivan собака ukr.net».
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
_AT_WORD = r"(?:at|ät|собака|собачка|равлик|эт)"     # («ät»: German)
_DOT_WORD = r"(?:dot|точка|крапка)"
_AT_BRACKETED = rf"\s*{_OPEN}\s*{_AT_WORD}\s*{_CLOSE}\s*|\s*{_OPEN}\s*@\s*{_CLOSE}\s*"
_DOT_BRACKETED = rf"\s*{_OPEN}\s*(?:{_DOT_WORD}|\.)\s*{_CLOSE}\s*"      # [dot], (dot), [.]
_OBF_BRACKETED_RE = re.compile(
    rf"(?<![\w.@-])(?P<local>{_LOCAL})(?:{_AT_BRACKETED})"
    rf"(?P<domain>{_LABEL}(?:(?:{_DOT_BRACKETED}|\.){_LABEL})*(?:{_DOT_BRACKETED}|\.)[A-Za-z]{{2,24}})"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Bare words («name at domain dot com», «ivan собака ukr точка net»): only a known top-level
# domain at the end, and see `_bare_is_address` for what else makes it clearly an address.
_TLDS = (
    "com|org|net|info|edu|gov|int|io|me|ua|ru|by|kz|md|ge|pl|de|fr|uk|eu|us|ca|ch|at|it|es|pt|nl|"
    "be|se|no|fi|dk|cz|sk|lt|lv|ee|online|site|biz|co|mail"
)
# (also «olia.bohdanova (крапка) 128 @ gmail.com»: an @ between spaces, a dot in brackets)
_OBF_BARE_RE = re.compile(
    rf"(?<![\w.@-])(?P<local>{_LOCAL}(?:(?:\s+{_DOT_WORD}\s+|\s?{_DOT_BRACKETED}){_LOCAL})*)\s+(?P<at>{_AT_WORD}|@)\s+"
    rf"(?P<domain>{_LABEL}(?:(?:\s+{_DOT_WORD}\s+|\s?{_DOT_BRACKETED}|\.){_LABEL})*?"
    rf"(?P<lastdot>\s+{_DOT_WORD}\s+|\s?{_DOT_BRACKETED}|\.)(?:{_TLDS}))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# The domain said in Cyrillic letters too: «glad.marina собачка мэйл точка ру», «… собачка укр
# нет» (after «собака», which no prose puts between a Latin word and a domain).
_CYR_LABEL = r"(?:[a-z0-9][a-z0-9-]*|[а-яёіїє]{2,12})"
_OBF_SPOKEN_RE = re.compile(
    rf"(?<![\w.@-])(?P<local>{_LOCAL}(?:\s+{_DOT_WORD}\s+{_LOCAL})*"
    # («галина точка воронько61 собака укр нет»: a caption writes the user name in Cyrillic too,
    # with a dot said or digits in it)
    rf"|[а-яёіїє]+(?:\s+{_DOT_WORD}\s+[а-яёіїє0-9]+)+|[а-яёіїє]+\d+)\s+(?P<at>собака|собачка|собачку|равлик)\s+"
    rf"(?P<domain>{_CYR_LABEL}(?:(?:\s+{_DOT_WORD}\s+|\.|\s+){_CYR_LABEL})?(?:\s+{_DOT_WORD}\s+|\.|\s+)"
    rf"(?:ру|ком|нет|юа|уа|орг|инфо|ми|мі|мэ|{_TLDS}))(?![\w-])",
    re.IGNORECASE)
# «пише на пошту lyuda.pavlenko75 на укрнеті», "olena.k75 on gmail": a user name (with a dot,
# a digit or "_") and the mail service named in words, after a word about mail
_PROVIDER_SAID = (r"(?:укрнет\w*|укр\.?\s?нет\w*|ukr\.?\s?net|гмейл\w*|джимейл\w*|gmail|яндекс\w*|yandex|"
                  r"мейл\.?\s?ру|mail\.?\s?ru|і\.?\s?юа|i\.ua|outlook|hotmail|proton\w*|протон\w*)")
_OBF_PROVIDER_RE = re.compile(
    rf"(?<![\w.@-])(?P<local>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]+\d{{2,}})\s+(?:на|в|у|at|on|@)\s+{_PROVIDER_SAID}(?![\w])",
    re.IGNORECASE)
_MAIL_PROVIDERS = frozenset(
    "gmail ukr i meta mail yandex ya rambler proton protonmail outlook hotmail yahoo icloud "
    "bigmir online tutanota gmx web posteo".split()
)
_EMAIL_CUE_RE = re.compile(
    r"(?:e-?mail|пошт|почт|email|write|contact|пишіть|пишите|напишіть|напишите|адрес|адреса|скриньк)",
    re.IGNORECASE,
)


def _bare_is_address(text: str, m: re.Match) -> bool:
    """«name at domain dot com» is an address only when it clearly is one.

    English «at» is a common word, so it needs the spelled «dot» plus either a local part that
    no prose word has (digits, dots, underscores), a known mail provider, or an e-mail cue just
    before it. Cyrillic «собака» between two Latin words is unambiguous.
    """
    if m.group("at").lower() != "at":
        return True
    local, domain = m.group("local"), m.group("domain")
    spelled_dot = not m.group("lastdot").startswith(".")
    first_label = re.split(r"\s+|\.", domain.strip())[0].lower()
    if first_label in _MAIL_PROVIDERS:
        return True
    if not spelled_dot:
        return False
    if re.search(r"[\d._]|\s", local):    # «olena dot kravets at …»: a spelled dot there too
        return True
    return bool(_EMAIL_CUE_RE.search(text, max(0, m.start() - 40), m.start()))


def _email_key(local: str, domain: str) -> str:
    return f"{local}@{domain}".lower()


def _unobfuscate_domain(domain: str) -> str:
    return re.sub(rf"(?:{_DOT_BRACKETED}|\s+{_DOT_WORD}\s+)", ".", domain, flags=re.IGNORECASE).strip()


def detect_emails(text: str, ctx: ScanContext, allowed: "_Allowed") -> list[Span]:
    spans: list[Span] = []
    for m in finditer(_EMAIL_RE, text, windows(text, _AT_TRIGGERS)):
        addr = m.group("addr").lower()
        if addr in allowed.emails or addr.rsplit(".", 1)[1] in _FILE_EXTENSIONS:
            continue
        rule = "email.mailto" if m.group("mailto") else "email.plain"
        spans.append(Span(m.start(), m.end(), "email", rule))
    regions = windows(text, _OBF_TRIGGERS)      # (the mail services' names are among its triggers)
    for m in finditer(_OBF_PROVIDER_RE, text, regions):
        if _EMAIL_CUE_RE.search(text, max(0, m.start() - 60), m.start()):
            spans.append(Span(m.start(), m.end(), "email", "email.obfuscated"))
    for rx, needs_check in ((_OBF_BRACKETED_RE, False), (_OBF_BARE_RE, True), (_OBF_SPOKEN_RE, False)):
        for m in finditer(rx, text, regions):
            if needs_check and not _bare_is_address(text, m):
                continue
            key = _email_key(m.group("local"), _unobfuscate_domain(m.group("domain")))
            if key in allowed.emails:
                continue
            if any(s.start < m.end() and m.start() < s.end for s in spans):
                continue
            spans.append(Span(m.start(), m.end(), "email", "email.obfuscated"))
    return spans


_AT_TRIGGERS = (("@", False),)
# Every obfuscated address holds a bracketed «at», a Cyrillic «собака», a spelled «dot», or an
# «at» before a known mail provider. Searched in the lowered text (see _windows.py).
_OBF_TRIGGERS = (
    (re.compile(_PROVIDER_SAID), True),
    (re.compile(r"[aä]t ?[)\]}>]"), True), (re.compile(r"@ ?[)\]}>]"), True), (re.compile(r"эт ?[)\]}>]"), True),
    ("собак", True), ("собач", True), ("равлик", True), (" dot ", True), (" точка ", True), (" крапка ", True),
    (re.compile(r" at [a-z]{1,12}\."), True), (" @ ", True),
)


# --- phone -------------------------------------------------------------------------------

# A candidate: optional + / 00 / (, then digits joined by at most three separators each.
# Newlines never join digits; the run is taken whole (possessive), so the tail of an IBAN or a
# card number is never retried as a phone of its own. Letters, «/», «=», «@», «.», «,» right
# before it mean another token (URL path, IBAN group, decimal number, list of figures).
_SEP = r"[ \t\u00a0\u2009\u202f.\-\u2010\u2011\u2012\u2013()]"
_PHONE_CAND_RE = re.compile(
    # (a «+» may follow a comma: a CSV's "phone,+380976305518")
    rf"(?:(?<![\w@/=#&.+\-\u2013])\+\s?|(?<![\w@/=#&.,+\-\u2013])(?:(?<!\d)00|\()?)\d(?:{_SEP}{{0,3}}\d)*+(?![.,]\d)"
)
# Every phone number has a «+», seven digits in a row, or two-digit groups joined by a separator;
# the candidate pattern (costly: it starts with a lookbehind) runs only near those.
# (One branch per pattern: `re` scans a single-branch pattern about ten times faster.)
_PHONE_TRIGGERS = (
    (re.compile(r"[0-9][0-9](?:[ \t\u00a0\u2009\u202f.\-\u2010\u2011\u2012\u2013()]{1,3}[0-9][0-9]|[0-9]{5})"), False),
    ("+", False),
    (re.compile(r"[0-9] [0-9] [0-9] "), False),      # a form's boxes: "0 6 7 - 3 3 0 - …"
)
_THOUSANDS_RE = re.compile(r"^[1-9]\d{0,2}(?:[ ,\u00a0\u202f\u2009]\d{3})+$")
_DATE_DIGITS = r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})"
_DATE_LIKE_RE = re.compile(rf"(?:^|\D){_DATE_DIGITS}(?:\D|$)")
_YEAR_RANGE_RE = re.compile(r"^(?:19|20)\d\d\s*[-\u2013]\s*(?:19|20)\d\d$")
# National spellings tried after UA and RU; each needs separators (a bare run of ten digits is
# more often an identifier than a foreign phone number).
_OTHER_REGIONS = ("US", "GB", "DE", "FR", "PL", "IT", "ES", "IL", "GE", "MD", "LT", "LV", "EE", "KZ")


def _digit_count(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def _phone_rule(number: phonenumbers.PhoneNumber) -> str:
    region = phonenumbers.region_code_for_number(number)
    return {"UA": "phone.ua", "RU": "phone.ru"}.get(region, "phone.intl")


_COMPACT_DATE_FIRST_RE = re.compile(r"(?:19|20)\d\d[01]\d[0-3]\d[ \-]\d{1,3}$")
_DOTTED_REFERENCE_RE = re.compile(r"\d(?:\.\d+)*\.\d{7,}(?:\.\d+)*|\d{7,}(?:\.\d+)+")
_EIGHT_THEN_ZERO = re.compile(r"8[ \-]?(?=\(?0)")
_DIGIT_GROUP_RE = re.compile(r"\d+")
_SHORT_DATE_RE = re.compile(r"(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d\d")


def match_phone(cand: str) -> list[tuple[int, int, phonenumbers.PhoneNumber]]:
    """Valid phone numbers inside one candidate, offsets relative to it."""
    stripped = cand.lstrip("(")
    international = stripped.startswith(("+", "00"))
    has_sep = not cand.isdigit()
    if international:
        regions: tuple[str, ...] = ("UA",)       # the region is ignored after + / 00
    else:
        first = stripped[0]
        regions = ()
        if first == "0":
            regions += ("UA",)
        if first in "78":
            regions += ("RU",)
        if has_sep:
            regions += _OTHER_REGIONS
    for region in regions:
        # a foreign national spelling in two groups must be grouped as that country writes it:
        # "25501-4417" (a mobile cell's code) is no Polish number, "0151 23840917" is German
        leniency = (Leniency.EXACT_GROUPING if region in _OTHER_REGIONS and len(_DIGIT_GROUP_RE.findall(cand)) < 3
                    else Leniency.VALID)
        found = [(m.start, m.end, m.number)
                 for m in PhoneNumberMatcher(cand, region, leniency=leniency)]
        if found:
            return found
    eight = None if international else _EIGHT_THEN_ZERO.match(stripped)
    if eight:
        # «8 067 304 12 55»: the long-distance 8 Ukraine dialled before 2010, then the number
        start = len(cand) - len(stripped)
        rest = start + eight.end()
        found = [(start, rest + m.end, m.number)
                 for m in PhoneNumberMatcher(cand[rest:], "UA", leniency=Leniency.VALID)]
        if found:
            return found[:1]
    if international and _digit_count(cand) >= 10:
        # "+44 7700 900418": a number the plan does not list as assigned (a reserved, new or
        # mistyped range) still reaches or names a person when written with its country code
        found = [(m.start, m.end, m.number)
                 for m in PhoneNumberMatcher(cand, "UA", leniency=Leniency.POSSIBLE)]
        if found:
            return found
    return []


# A number dictated in words: "zero six seven, two two one, nineteen, fifty-four", «Ноль
# пятьдесят, три-два-один, сорок четыре, ноль семь». Words become digits (tens with a unit as
# one pair), and the digits must be a valid number starting with its zero (Russia's 8), or
# with its country code after «плюс», "plus".
_SPELLED_PHONE_RE = re.compile(
    rf"(?<![\w'’])(?:(?P<plus>plus|плюс)\s+)?{SPELLED_RUN}", re.IGNORECASE)
# … or with digits in it: "zero nine five three one two 40 88" (each pattern on its own: where
# the longer run is no number, the words alone may be)
_MIXED_PHONE_RE = re.compile(
    rf"(?<![\w'’])(?:(?P<plus>plus|плюс)\s+)?{MIXED_RUN}", re.IGNORECASE)
_SPELLED_PHONE_TRIGGERS = (("zero", True), ("oh-", True), ("oh ", True), ("нуль", True), ("ноль", True),
                           ("плюс", True), ("plus ", True),
                           # a Russian number dialled with its 8: "eight nine five two, three one eight, …"
                           ("eight ", True), ("восемь ", True), ("вісім ", True))


def _spelled_phones(text: str, allowed: "_Allowed") -> list[Span]:
    spans = []
    regions = windows(text, _SPELLED_PHONE_TRIGGERS)
    matches = list(finditer(_SPELLED_PHONE_RE, text, regions))
    if regions and has_digit(text):
        matches += finditer(_MIXED_PHONE_RE, text, regions)
    for m in matches:
        # "Zero, nine, seven... zero nine seven, four four one, …": after a false start, the
        # number said again from its beginning
        restarts = [0] + [r.end() for r in _RESTART_RE.finditer(m.group())]
        for restart in restarts:
            number = _spelled_number(m.group()[restart:], bool(m.group("plus")) and restart == 0)
            if number is None:
                continue
            if phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) not in allowed.phones:
                spans.append(Span(m.start() + restart, m.end(), "phone", "phone.spelled"))
            break
    return without_overlaps(spans) if len(spans) > 1 else spans


_RESTART_RE = re.compile(r"(?:\.\.\.|…)[\s,]*")


def _spelled_number(run: str, plus: bool):
    """The valid Ukrainian or Russian phone number a dictated run reads as, if any."""
    for digits in spelled_readings(run):
        if plus:
            digits = "+" + digits           # the country code first
        elif not (digits.startswith("0") or (digits.startswith("8") and len(digits) == 11)):
            continue                        # a national number: its 0 (or Russia's 8) first
        if not 9 <= len(digits) <= 13:
            continue
        number = next((n for n in (phonenumbers.parse(digits, r) for r in ("UA", "RU"))
                       if phonenumbers.is_valid_number(n)), None)
        if number is not None:
            return number
    return None


def detect_phones(text: str, ctx: ScanContext, allowed: "_Allowed") -> list[Span]:
    spans: list[Span] = []
    if not has_digit(text):
        return _spelled_phones(text, allowed)
    for m in finditer(_PHONE_CAND_RE, text, windows(text, _PHONE_TRIGGERS, margin=64)):
        for offset, cand in _beside_dates(m.start(), m.group().rstrip(" .-)\u2013(")):
            found = _candidate_phones(text, offset, cand, allowed)
            if not found and _COLUMN_GAP_RE.search(cand):
                for part_offset, part in _parts(offset, cand, _COLUMN_GAP_RE):
                    found += _candidate_phones(text, part_offset, part, allowed)
            spans += found
    return spans + _spelled_phones(text, allowed) + _local_phones(text) + _keyed_phones(text, spans, allowed)


# A date a register's printout sets beside a number, in a column of its own («+380 63 880 41 17
# 07.04.2022»): the candidate is read on either side of it, each part on its own
_SPACED_DATE_RE = re.compile(rf"(?<=\s){_DATE_DIGITS}(?=\s|$)|{_DATE_DIGITS}(?=\s)")
# … and a printout's columns: «41   099 211 73 05», an age, then the phone
_COLUMN_GAP_RE = re.compile(r"[ \t]{2,}")


def _beside_dates(start: int, cand: str) -> list[tuple[int, str]]:
    if not _DATE_LIKE_RE.search(cand) or not _SPACED_DATE_RE.search(cand):
        return [(start, cand)]  # (a date glued to the digits: no phone read there)
    return _parts(start, cand, _SPACED_DATE_RE)


def _parts(start: int, cand: str, separator: re.Pattern) -> list[tuple[int, str]]:
    """The parts of a candidate between `separator`'s matches that may start a number, trimmed,
    with their offsets in the text."""
    out, at = [], 0
    for part_end, next_start in [m.span() for m in separator.finditer(cand)] + [(len(cand), len(cand))]:
        part = cand[at:part_end]
        lead = len(part) - len(part.lstrip())
        part = part.strip().rstrip(" .-)\u2013(")
        if part and part[0] in "+(0123456789":
            out.append((start + at + lead, part))
        at = next_start
    return out


def _candidate_phones(text: str, offset: int, cand: str, allowed: "_Allowed") -> list[Span]:
    digits = _digit_count(cand)
    international = cand.lstrip("(").startswith(("+", "00"))
    if digits < (8 if international else 9) or digits > 17:
        return []
    if not international and (_THOUSANDS_RE.match(cand) or _YEAR_RANGE_RE.match(cand)):
        return []
    if _DATE_LIKE_RE.search(cand):
        return []
    if "." in cand and _DOTTED_REFERENCE_RE.fullmatch(cand):
        return []           # «0.0.3512874409.1»: a bank receipt's reference, not a phone
    if not international and _COMPACT_DATE_FIRST_RE.match(cand):
        return []           # «lysenko_20240612_05.jpg»: a photo's day and its number in the series
    if not international and after_number_sign(text, offset):
        return []           # "the receipt was № 85-0291744": a document's number (the identifiers' to judge)
    boxed = len(_LONE_DIGIT_RE.findall(cand)) >= 5
    spans = []
    for start, end, number in _boxed_phone(cand) if boxed else match_phone(cand):
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if e164 in allowed.phones or _organisation_line(number):
            continue
        if _SHORT_DATE_RE.fullmatch(cand, start, end):
            continue        # «402 07.06.22»: a register's row and its date, no foreign number
        spans.append(Span(offset + start, offset + end, "phone", _phone_rule(number)))
    return spans


# A log's field of an international number written without its "+": "msisdn=79167301458",
# "phone=380663307812" (the key says it is a phone; the country code leads)
_KEYED_PHONE_RE = re.compile(r"(?<![\w])(?i:msisdn|phone|tel|mobile|телефон|тел)[ \t]*[=:][ \t]*[\"']?(?P<n>\d{11,13})(?![\w])")


def _keyed_phones(text: str, spans: list[Span], allowed: "_Allowed") -> list[Span]:
    found = []
    if "=" not in text and ":" not in text:
        return found
    for m in _KEYED_PHONE_RE.finditer(text):
        if any(s.start < m.end("n") and m.start("n") < s.end for s in spans):
            continue
        try:
            number = phonenumbers.parse("+" + m.group("n"))
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_valid_number(number) and e164 not in allowed.phones and not _organisation_line(number):
            found.append(Span(m.start("n"), m.end("n"), "phone", _phone_rule(number)))
    return found


# (not "No." alone: "No. 067 221 40 59, sorry"; but a document's "file no. 0802-014729", a
# "student code 0419-2017-0683")
_NUMBER_SIGN_BEFORE_RE = re.compile(r"(?:№|\bTXN|\b(?i:file|record|case|account|certificate|policy|order)\s+no\."
                                    r"|\b(?i:student|personal|record|file)\s+(?:code|ID|number))"
                                    r"[ \t\u00a0]*$")


def after_number_sign(text: str, start: int) -> bool:
    """Does a document's number sign stand right before `start`? (then no phone number follows)"""
    return _NUMBER_SIGN_BEFORE_RE.search(text, max(0, start - 24), start) is not None


# A landline's local number, too short for a numbering plan («на домашний 22-41-75», "home
# phone 5-21-43", «т. 4-17-92», "(03365) 2-14-58"): after a word for a phone or a home, or a
# town's code in brackets; or alone after an address book's dash or colon ("**Alla** — 4-17-92")
# when it can be no date (no month 17).
_LOCAL_NUMBER = r"(?P<n>(?<![\d\-./])(?P<a>\d{1,3})-(?P<b>\d{2})-\d{2}(?![\d\-]|[./]\d))"
_LOCAL_PHONE_RE = re.compile(
    r"(?:(?:домашн\w*|стаціонарн\w*|стационарн\w*|landline|(?:home|house)\s+(?:phone|number)|телефон\w*|"
    r"(?<![\w'’])(?:тел|т|дом|tel|ph)\.|(?<![\w'’])phone|дзвони\w*|звони\w*)[^\d\n]{0,24}?"
    rf"|\(0\d{{2,4}}\)[ \t\u00a0]?|(?P<dash>[—–:][ \t\u00a0]?)){_LOCAL_NUMBER}", re.IGNORECASE)


# … or with what line it is in brackets after it: «4-12-83 (дом.)», "5-21-43 (work)"
_LOCAL_PHONE_MARKED_RE = re.compile(
    rf"{_LOCAL_NUMBER}(?=[ \t\u00a0]*\((?:дом|дім|дом\w*|дома\w*|роб|раб|служ|home|work|office|landline)\w*\.?\))",
    re.IGNORECASE)
_LOCAL_PHONE_TRIGGERS = ((re.compile(r"\d-\d\d-\d\d"), False),)


def _local_phones(text: str) -> list[Span]:
    if "-" not in text:
        return []
    regions = windows(text, _LOCAL_PHONE_TRIGGERS)
    return [Span(m.start("n"), m.end("n"), "phone", "phone.local")
            for m in finditer(_LOCAL_PHONE_RE, text, regions)
            if not (m.group("dash") and int(m.group("a")) <= 31 and int(m.group("b")) <= 12)] + [
        Span(m.start("n"), m.end("n"), "phone", "phone.local")
        for m in (finditer(_LOCAL_PHONE_MARKED_RE, text, regions) if "(" in text else ())]


def _organisation_line(number: phonenumbers.PhoneNumber) -> bool:
    """A freephone number («0 800 213 103», «8 800 …»): only organisations have one (a hotline,
    a bank, a ministry), never a private person."""
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.TOLL_FREE


_LONE_DIGIT_RE = re.compile(r"(?<!\d)\d(?!\d)")


def _boxed_phone(cand: str) -> list[tuple[int, int, phonenumbers.PhoneNumber]]:
    """"0 6 7 - 3 3 0 - 4 1 - 9 8": a form's one digit per box, which the matcher does not read."""
    digits = ("+" if cand.lstrip("(").startswith("+") else "") + re.sub(r"\D", "", cand)
    if not digits.startswith(("+", "0", "8")):
        return []       # "steps 1 2 3 4 5 6 7": a national number starts with its trunk prefix
    for region in ("UA", "RU"):
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return [(0, len(cand), number)]
    return []


# --- social handles ------------------------------------------------------------------------

_PLATFORMS = {
    "t.me": "telegram", "telegram.me": "telegram", "telegram.dog": "telegram",
    "vk.com": "vk", "vkontakte.ru": "vk", "vk.ru": "vk",
    "ok.ru": "ok", "odnoklassniki.ru": "ok",
    "instagram.com": "instagram", "instagr.am": "instagram",
    "facebook.com": "facebook", "fb.com": "facebook",
    "x.com": "x", "twitter.com": "x",
    "tiktok.com": "tiktok", "youtube.com": "youtube", "threads.net": "threads",
    "linkedin.com": "linkedin",
    # job sites: a CV names its owner ("work.ua/resumes/5830417/")
    "work.ua": "workua", "robota.ua": "robotaua", "rabota.ua": "robotaua", "hh.ru": "hh", "rabota.ru": "rabotaru",
}
# Paths that belong to the platform, not to a person.
_NOT_HANDLES = frozenset(
    "share sharer sharer.php intent home search explore hashtag help legal privacy policies policy "
    "about login signup watch results feed settings terms i dialog plugins tr pages events groups "
    "s joinchat addstickers c embed channel playlist shorts reel reels p".split()
)
_SOCIAL_URL_RE = re.compile(
    r"(?<![\w.\-@])(?:https?://)?(?:(?:www|m|mobile|web)\.)?"
    r"(?P<domain>t\.me|telegram\.(?:me|dog)|vk\.com|vk\.ru|vkontakte\.ru|ok\.ru|odnoklassniki\.ru|"
    r"instagram\.com|instagr\.am|facebook\.com|fb\.com|x\.com|twitter\.com|tiktok\.com|youtube\.com|"
    r"threads\.net|linkedin\.com|work\.ua|robota\.ua|rabota\.ua|hh\.ru|rabota\.ru)"
    r"/(?P<path>(?:in/|profile/|resumes?/|cv/|@|\+)?[\w.\-]+(?:/[\w.\-]+)?)",
    re.IGNORECASE,
)
# «@handle» in prose. Not after a word character (an e-mail), and see `_is_code_at` for code.
# A Reddit user ("u/kalyna_in_calgary"; "r/AskUkrainians" is a forum, not a person)
_REDDIT_USER_RE = re.compile(r"(?<![\w/])u/(?P<handle>[A-Za-z0-9_\-]{3,30})(?![\w/])")
_MENTION_RE = re.compile(r"(?<![\w@./\\`])@(?P<handle>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?)(?![\w@])")
_CODE_AT = frozenset(
    "media import font-face keyframes supports page charset property namespace layer container "
    "staticmethod classmethod dataclass pytest override abstractmethod cached_property "
    "functools wraps event_priority param returns return type example see since deprecated".split()
)


_SOCIAL_TRIGGERS = tuple((domain + "/", True) for domain in _PLATFORMS)


def _social_key(domain: str, handle: str) -> tuple[str, str]:
    return _PLATFORMS[domain.lower()], handle.lower().lstrip("@+").rstrip("/.")


def _social_path_handle(path: str) -> str | None:
    """The account part of a platform path, or None for a platform page (share, search, ...)."""
    parts = path.strip("/").split("/")
    head = parts[0].lower()
    if head in ("in", "profile", "resumes", "resume", "cv") and len(parts) > 1:
        return parts[1]
    if head.lstrip("@+") in _NOT_HANDLES or not head.strip("@+._-"):
        return None
    return parts[0]


# A member's page on any other site, in a testimony: a running club's athlete, a genealogy site's
# profile, a gamer's or a chess player's ("https://www.runclub.example/athletes/48213377",
# "ancestry.com/profile/lesia_horobets_w", "steamcommunity.com/id/vrm_kostia",
# "lichess.org/@/maxgordi/all", "medium.com/@olia.k", a map's reviewer "maps.example.app/contrib/olena_kr_77").
# An "@" path is the account, whatever follows.
_PROFILE_URL_RE = re.compile(
    r"(?<![\w.\-@/])(?:https?://)?(?:[\w\-]+\.)+[a-z]{2,}/(?:[\w\-]+/)?"
    r"(?:(?:profiles?|users?|athletes?|members?|players?|people|persons?|contrib|contributors?|reviewers?|u|id)/(?P<handle>[\w.\-]*\w)(?!\w)(?!/\w)"
    r"|@/?(?P<at_handle>[^\W\d][\w.\-]*\w)(?![\w]))"
    # a code host's account, with or without a repository after it ("github.com/sofi-boiko-13")
    r"|(?<![\w.\-@/])(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)/"
    r"(?P<code_handle>[\w\-]*\w)(?![\w\-])(?!\.\w)", re.IGNORECASE)
_PROFILE_URL_TRIGGERS = ((re.compile(r"/(?:profiles?|users?|athletes?|members?|players?|people|persons?|contrib|contributors?|reviewers?|u|id)/\w|/@/?[^\W\d]"),
                          True), ("github.com/", True), ("gitlab.com/", True), ("codeberg.org/", True),
                         ("bitbucket.org/", True))
# A code host's own pages, not an account
_CODE_HOST_PAGES = frozenset("about features topics explore marketplace pricing settings login join orgs "
                             "sponsors trending collections enterprise security site-policy users".split())
# A personal blog is its author's address: "maks-horbenko.blogspot.com", "olia-k.livejournal.com"
_BLOG_HOSTS = ("blogspot.com", "wordpress.com", "livejournal.com", "substack.com", "tumblr.com")
_BLOG_RE = re.compile(r"(?<![\w.\-@/])(?:https?://)?(?P<handle>[a-z0-9][a-z0-9\-]{2,62})\."
                      r"(?:blogspot\.com|wordpress\.com|livejournal\.com|substack\.com|tumblr\.com)(?![\w\-])",
                      re.IGNORECASE)
_BLOG_TRIGGERS = tuple((host, True) for host in _BLOG_HOSTS)


# What follows a decorator's line: the code it decorates (or another decorator).
_CODE_LINE = re.compile(r"[ \t]*(?:@\w|(?:async[ \t]+)?def[ \t]|(?:export[ \t]+)?(?:default[ \t]+)?"
                        r"(?:class|function|interface)[ \t]|(?:public|private|protected|static)[ \t])")


def _is_code_at(text: str, m: re.Match) -> bool:
    """A decorator or a CSS at-rule, not an account. An account alone on its line (the header
    of a chat message, "@olga_k · 21:15", or the end of a sentence "@olga_k.") is an account."""
    if m.group("handle").lower().split(".")[0] in _CODE_AT:
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    if text[line_start:m.start()].strip():
        return False
    after = text[m.end():m.end() + 2]
    if after[:1] == "(" or after == " {":
        return True
    return after[:1] == "\n" and _CODE_LINE.match(text, m.end() + 1) is not None


# «пишіть у телеграм olena_kr», "Telegram: olena_kr", "Signal — olena.42": an account named
# without its @, right after the messenger's name (any case of it: «у вайбері», «в телеге»).
_MESSENGER = (r"(?:telegram|телеграм|телег|viber|вайбер|signal|сигнал|instagram|insta|інстаграм|инстаграм|"
              r"инста|инсте|инсту|інста|інсті|інсту|tiktok|тікток|тикток|whatsapp|вотсап|ватсап|вацап|skype|скайп)")
_MESSENGER_ACCOUNT_RE = re.compile(
    rf"(?<![\w@/.]){_MESSENGER}[а-яіїєґё]{{0,4}}(?!\w)"        # its case endings, no other word
    r"(?:[ \t]*[:—–,-]|[ \t]+(?:нік|ник|username|логін|логин|акаунт|аккаунт|account|id|як|как|as)\b)*"   # ("on Signal, gleb.lvov.71")
    rf"[ \t]+(?!{_MESSENGER}(?!\w))(?P<handle>[A-Za-z][A-Za-z0-9_.]{{2,30}}[A-Za-z0-9_])(?![\w@]|\.[A-Za-z0-9])",
    re.IGNORECASE)
_MESSENGER_TRIGGERS = ((re.compile(_MESSENGER), True),)
# A Viber link to a person's chat: "viber://chat?number=%2B380509312764"
_VIBER_LINK_RE = re.compile(r"viber://(?:chat|add|contact)\?number=[%+\w-]{6,40}", re.IGNORECASE)
# A Skype account's own id, "live:" then the user's name ("live:.cid.matvii_h09", "live:olena.k")
_SKYPE_LIVE_ID_RE = re.compile(r"(?<![\w:/.-])live:(?:\.cid\.)?[A-Za-z0-9][A-Za-z0-9_.-]{1,40}[A-Za-z0-9_]")


def _messenger_account(handle: str, language: str | None) -> bool:
    """A username, not the next word: it has a digit, "_" or "." or is no word of the page's
    language (English for Ukrainian and Russian pages)."""
    if any(ch.isdigit() or ch in "_." for ch in handle):
        return True
    return handle.islower() and word_frequency(handle, language) < RARE


# In a testimony, a Latin word joined by "_" or ending in ".digits" is a user name: the author
# of a forum post («**Katya_Sokolova87** · 12.04.2024»), a lawyer's Signal ("avinograd.82").
# Cyrillic ones too («Оксанка_Мелітополь»).
_USERNAME_RE = re.compile(
    r"(?<![^\s*(\[«\"“>:])(?P<handle>[^\W\d_][^\W_]*(?:_[^\W_]+)+(?:\.\d{2,4})?|[A-Za-z]{2,}\.\d{2,4})"
    r"(?![\w@/-]|\.[A-Za-z0-9])")
_USERNAME_TRIGGERS = (("_", False), (re.compile(r"\.\d\d"), False))
# A first name with digits or a capital glued to it ("Valera77", "MarichkaB", «Оля1985»): a user
# name (in a testimony; the name part is checked with the dictionaries).
_NAME_HANDLE_RE = re.compile(
    r"(?<![\w@/.\-])(?P<name>[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё']{2,})(?:\d{2,4}|[A-Z])(?![\w@/\-]|\.\w)")
_NAME_HANDLE_TRIGGERS = ((re.compile(r"[a-zа-яіїєґё][0-9][0-9]|[a-z][A-Z](?![A-Za-z])"), False),)


# A first name and another word joined by a dot ("kateryna.hlib · 12.03.2024", "Halyna.Tsvirkun
# wrote"): a forum's or a messenger's user name, in a testimony (not a file's or a site's name)
_DOTTED_NAME_RE = re.compile(r"(?<![\w.@/\-])(?P<first>[A-Za-z]{3,20})\.(?P<rest>[A-Za-z]{3,20})(?![\w@/\-]|\.\w)")
_DOTTED_NAME_TRIGGERS = ((re.compile(r"[a-z]\.[a-z]{3}"), True),)
_NOT_HANDLE_ENDS = frozenset("com org net info gov edu html htm php txt pdf doc docx jpg jpeg png csv json xml md".split())


_ENGLISH_WORD = 100       # seen 100 times in the English list: a word of English ("reviewer": 334)


def _english_words(handle: str) -> bool:
    """"reviewer_role", "content_warnings": words of English joined, not somebody's name."""
    parts = handle.lower().split("_")      # (a letter alone: "tickets_shift_B")
    return len(parts) > 1 and all(len(p) == 1 or word_frequency(p, "en") >= _ENGLISH_WORD for p in parts)


# a structured data line's key («rodynnyi_zviazok: син», «"personal_no": "Ж-561043"»): first on
# its line, a colon after it
_KEY_BEFORE_RE = re.compile(r'(?:^|\n)[ \t>\-{\[,]*"?$')
_KEY_AFTER_RE = re.compile(r'"?[ \t]*:(?![*_])')       # (not a forum's "**vlad_ekb:**")


_MESSAGE_WORDS = 5
_KEY_LINE_RE = re.compile(r'[ \t{\[,]*"?[a-zа-яіїєґё]{2,}(?:_[a-zа-яіїєґё0-9]+)*"?[ \t]*:(?!//)')


def _among_keys(text: str, at: int) -> bool:
    """Is the line holding `at` next to a `key: value` line with a short value (a record's
    fields, however long this one's value), rather than one sender's message among others?"""
    line_start = text.rfind("\n", 0, at) + 1
    before_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    line_end = text.find("\n", at)
    neighbours = []
    if line_start > 0:
        neighbours.append(text[before_start:line_start - 1])
    if line_end >= 0:
        neighbours.append(text[line_end + 1:].partition("\n")[0])
    # (a record's fields mostly hold a word or two; a chat's senders each write sentences)
    return any((key := _KEY_LINE_RE.match(line)) and len(line[key.end():].split()) < _MESSAGE_WORDS
               for line in neighbours)
_KEY_WORDS_RE = re.compile(r"[a-zа-яіїєґё]{2,}(?:_[a-zа-яіїєґё]{2,})+")     # (not "olena_k", "Katya_S:")


def _data_key(text: str, m: re.Match) -> bool:
    after = _KEY_AFTER_RE.match(text, m.end())
    if not (_KEY_WORDS_RE.fullmatch(m.group("handle")) and after
            and _KEY_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())):
        return False
    if any(first_name(part.capitalize()) for part in m.group("handle").split("_") if part.isascii() and len(part) > 2):
        return False            # "lesia_from_lviv: sending hugs": a person's name in it, a sender
    rest, _, below = text[after.end():].partition("\n")
    if rest.strip():
        # «rodynnyi_zviazok: син»: a value after it; but a sentence after it is a message, and
        # the name before it its sender's ("**marichka_lviv**: holding on with you, call me")
        return len(rest.split()) < _MESSAGE_WORDS or _among_keys(text, m.start())
    # nothing after the colon: a mapping's key has its entries indented below it; a forum's
    # speaker label («vlad_ekb:», its bold undone) has the message below, not indented
    line_start = text.rfind("\n", 0, m.start()) + 1
    following = below.partition("\n")[0]
    return _indent(following) > _indent(text[line_start:m.start()])


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


# VKontakte's mention markup, copied with a post: «[id51337201|Светлана Горбенко]» (the account
# number; the name after the bar is the names detector's)
_VK_MENTION_RE = re.compile(r"\[(?P<handle>(?:id|club|public)\d{3,})\|[^\]\n]{1,80}\]")


def detect_social(text: str, ctx: ScanContext, allowed: "_Allowed") -> list[Span]:
    spans: list[Span] = []
    if "[id" in text or "[club" in text or "[public" in text:
        for m in _VK_MENTION_RE.finditer(text):
            if ("vk", m.group("handle").lower()) not in allowed.social:
                spans.append(Span(m.start("handle"), m.end("handle"), "social_handle", "social.vk"))
    regions = windows(text, _SOCIAL_TRIGGERS) if "/" in text else []
    for m in finditer(_SOCIAL_URL_RE, text, regions):
        handle = _social_path_handle(m.group("path"))
        if handle is None:
            continue
        key = _social_key(m.group("domain"), handle)
        if key in allowed.social or key[1] in allowed.handles:
            continue
        spans.append(Span(m.start(), m.end(), "social_handle", f"social.{key[0]}"))
    if "viber://" in text:
        spans += [Span(m.start(), m.end(), "social_handle", "social.viber") for m in _VIBER_LINK_RE.finditer(text)]
    if "live:" in text:
        spans += [Span(m.start(), m.end(), "social_handle", "social.skype") for m in _SKYPE_LIVE_ID_RE.finditer(text)
                  if m.group().lower() not in allowed.handles]
    if "u/" in text:
        for m in _REDDIT_USER_RE.finditer(text):
            if m.group("handle").lower() not in allowed.handles:
                spans.append(Span(m.start(), m.end(), "social_handle", "social.reddit"))
    for m in finditer(_MENTION_RE, text, windows(text, _AT_TRIGGERS)):
        handle = m.group("handle").lower()
        if handle.isdigit() or handle in allowed.handles or _is_code_at(text, m):
            continue
        if any(s.start <= m.start() < s.end for s in spans):
            continue
        spans.append(Span(m.start(), m.end(), "social_handle", "social.mention"))
    for m in finditer(_MESSENGER_ACCOUNT_RE, text, windows(text, _MESSENGER_TRIGGERS)):
        handle = m.group("handle")
        if handle.lower() in allowed.handles or not _messenger_account(handle, ctx.language):
            continue
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        spans.append(Span(m.start("handle"), m.end("handle"), "social_handle", "social.account"))
    if ctx.testimony:
        for m in finditer(_PROFILE_URL_RE, text, windows(text, _PROFILE_URL_TRIGGERS)):
            handle = (m.group("handle") or m.group("at_handle") or m.group("code_handle")).lower()
            if handle in allowed.handles or handle in _CODE_HOST_PAGES:
                continue
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(Span(m.start(), m.end(), "social_handle", "social.profile"))
        for m in finditer(_BLOG_RE, text, windows(text, _BLOG_TRIGGERS)):
            if m.group("handle").lower() not in allowed.handles and m.group("handle").lower() != "www" \
                    and not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(Span(m.start(), m.end(), "social_handle", "social.blog"))
        for m in finditer(_USERNAME_RE, text, windows(text, _USERNAME_TRIGGERS)):
            handle = m.group("handle")
            if handle.lower() in allowed.handles or handle.isupper() or _english_words(handle) or _data_key(text, m):
                continue        # INLINE_SCRIPT_HASHES, reviewer_role, osobystyi_nomer: a constant, a field
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(Span(m.start(), m.end(), "social_handle", "social.username"))
        for m in finditer(_DOTTED_NAME_RE, text, windows(text, _DOTTED_NAME_TRIGGERS)):
            if m.group().lower() in allowed.handles or m.group("rest").lower() in _NOT_HANDLE_ENDS \
                    or not first_name(m.group("first").capitalize()):
                continue
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(Span(m.start(), m.end(), "social_handle", "social.username"))
        for m in finditer(_NAME_HANDLE_RE, text, windows(text, _NAME_HANDLE_TRIGGERS)):
            if m.group().lower() in allowed.handles or not first_name(m.group("name")):
                continue
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(Span(m.start(), m.end(), "social_handle", "social.username"))
        spans += [s for s in spoken_handles(text) if not any(o.start < s.end and s.start < o.end for o in spans)]
        if "=" in text or ":" in text or _NICK_WORD_RE.search(text):
            _add_user_names(spans, (m for m in _USER_FIELD_RE.finditer(text) if _HANDLE_MARK_RE.search(m.group("handle"))),
                            allowed)
        if any(verb in text for verb in _FORUM_VERBS):
            _add_user_names(spans, _FORUM_AUTHOR_RE.finditer(text), allowed)
        if any(verb in text for verb in _CODE_HOST_VERBS):
            _add_user_names(spans, _CODE_HOST_AUTHOR_RE.finditer(text), allowed)
        if "·" in text:
            _add_user_names(spans, _POST_HEADER_RE.finditer(text), allowed)
        elif len(text) < 48:
            # (a page's view splits a post's header at " · ": the author's name is a piece alone,
            # its bold marks dropped)
            _add_user_names(spans, [m for m in [_LONE_HANDLE_RE.fullmatch(text)] if m], allowed)
        if ":" in text:
            for m in chain(_SPEAKER_HANDLE_RE.finditer(text), _TIMED_SPEAKER_HANDLE_RE.finditer(text)):
                handle = m.group("handle")
                if handle in allowed.handles or _FILE_OR_DOMAIN_END.search(handle) and not (
                        handle.count(".") >= 2 and first_name(handle.split(".")[0].capitalize())):
                    # (a file's or a site's name, but "oleh.kardash.ua:" is a person's user name)
                    continue
                if not any(s.start < m.end("handle") and m.start("handle") < s.end for s in spans):
                    spans.append(Span(m.start("handle"), m.end("handle"), "social_handle", "social.username"))
    return spans


def _add_user_names(spans: list[Span], matches, allowed: "_Allowed") -> None:
    """Each match's `handle` as a user name, unless allowlisted or already part of a finding."""
    for m in matches:
        start, end = m.span("handle")
        if m.group("handle").lower() not in allowed.handles and not any(s.start < end and start < s.end for s in spans):
            spans.append(Span(start, end, "social_handle", "social.username"))


# A user name said aloud, as a caption writes it: "tania underscore lys underscore mel", «денис
# подчёркивание врнк», "denys underscore v r n k" (letters spelled one by one); or words after
# an «at»/«собака» with "через подчёркивания", «з підкресленнями» said after them
_SAID_UNDERSCORE = r"(?:underscore|нижн\w*\s+подч[её]ркивани[ея]|подч[её]ркивани[ея]|підкреслення|нижн\w*\s+підкреслення)"
_SPOKEN_WORD = r"[a-zа-яёіїє'’0-9]{1,20}(?:[ \t][a-zа-яёіїє](?![\w'’]))*"
_SPOKEN_HANDLE_RE = re.compile(
    rf"(?<![\w'’])(?:(?:at|собака|собачка)[ \t]+)?(?!(?:через|with|з|із|с|со)[ \t]){_SPOKEN_WORD}"
    rf"(?:[ \t]+{_SAID_UNDERSCORE}[ \t]+{_SPOKEN_WORD})+"
    rf"|(?<![\w'’])(?:at|собака|собачка)[ \t]+[a-zа-яёіїє'’0-9]{{1,20}}(?:[ \t]+[a-zа-яёіїє'’0-9]{{1,20}}){{1,3}}"
    r"(?=[ \t]+(?:через|с|з|із|with)[ \t]+(?:нижн\w*[ \t]+)?(?:подч[её]ркивани|підкреслен|underscores))",
    re.IGNORECASE)
_SPOKEN_HANDLE_TRIGGERS = ((re.compile(r"underscore|подчёркив|подчеркив|підкресл"), True),)


def spoken_handles(text: str) -> list[Span]:
    spans = []
    for m in finditer(_SPOKEN_HANDLE_RE, text, windows(text, _SPOKEN_HANDLE_TRIGGERS)):
        words = [w for w in re.split(rf"[ \t]+(?:{_SAID_UNDERSCORE}[ \t]+)?", m.group().lower()) if len(w) > 1]
        if words and words[0] == "at":
            words = words[1:]
        if all(w.isascii() and word_frequency(w, "en") >= _ENGLISH_WORD for w in words):
            continue        # "report underscore final": a file's name said aloud, words of English
        spans.append(Span(m.start(), m.end(), "social_handle", "social.spoken"))
    return spans


# A chat export's sender that is a user name ("[09:12] mykola.shev.22: …", "- tanya.kulyk.ph: I'm a
# photographer"): lowercase letters and digits joined by dots or underscores, at a line's start
# (after a time and a list or quote mark), then a colon
_SPEAKER_HANDLE_RE = re.compile(
    r"^[ \t]*(?:[-*>+][ \t]*)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t,]*)?"
    # (a dot or a digit in it: snake_case alone is a data key, «rodynnyi_zviazok:», "document_kind:")
    r"(?P<handle>(?=[a-z0-9_]*[.\d])[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)[ \t]*:(?!//|\d)", re.MULTILINE)
# … and after a chat's time, snake_case too: a stream's chat replay "[00:31:47] marta_owl: kasia …"
_TIMED_SPEAKER_HANDLE_RE = re.compile(
    r"^[ \t]*(?:[-*>+][ \t]*)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t,]*"
    r"(?P<handle>(?=[a-z0-9_]*_)[a-z][a-z0-9]*(?:_[a-z0-9]+)+)[ \t]*:(?!//|\d)", re.MULTILINE)
# A code host's thread: "**olakrm** opened this issue on 14 Oct 2022", "**bohdana-k** commented on
# 15 Oct" (a login in bold before what it did)
_CODE_HOST_VERBS = (" commented", " opened", " reviewed", " approved", " closed", " merged", " mentioned",
                    " reacted", " self-assigned")
# (its bold may be gone from the text read: then the thread's own words after the verb, "this
# issue", "on 15 Oct", "3 days ago", tell it from "Olena opened the door")
_CODE_HOST_AUTHOR_RE = re.compile(
    r"^[ \t>]*(?:\*\*)?(?P<handle>[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){1,38})(?:\*\*)?[ \t]+"
    r"(?:commented|opened|reopened|reviewed|approved|closed|merged|mentioned|reacted|self-assigned)"
    r"(?:[ \t]+(?:this[ \t]+(?:issue|pull[ \t]+request)|on[ \t]+\d|on[ \t]+[A-Z][a-z]{2}[a-z]*[ \t]+\d|\d+[ \t]+\w+[ \t]+ago)"
    r"|[ \t]*$)", re.MULTILINE)
# A forum post's author, (in bold) at the start of its line before "wrote", «пишет», «пише»
# ("**free_since_august** replied:", "**artur.kh** wrote:"): a user name even when made of
# English words (it has an underscore, a dot or a digit: a name alone is the names detector's)
_FORUM_AUTHOR_RE = re.compile(
    r"^[ \t>]*(?:\*\*)?(?P<handle>(?=[^\s*]*[._\d])[^\W\d_][\w.]{1,38}[^\W_])(?:\*\*)?[ \t]+"
    r"(?:wrote|writes|replied|replies|answered|posted|пишет|написал\w*|ответил\w*|пише|написав|написала|"
    r"відповіда[єв]\w*|відповів|відповіла|отвечает)\b", re.MULTILINE)
# … or before the middle dot and the time of a post ("**lisovyk77** · 20.09.2023, 07:30")
_POST_HEADER_RE = re.compile(
    r"^[ \t>]*(?:\*\*)?(?P<handle>(?=[^\s*]*[._\d])[^\W\d_][\w.]{1,38}[^\W_])(?:\*\*)?[ \t]*·[ \t]*\d", re.MULTILINE)
_LONE_HANDLE_RE = re.compile(r"\s*(?:\*\*)?(?P<handle>[a-z]{3,}[a-z._]*\d{2,4})(?:\*\*)?\s*")
# An export's "user=den_shevchuk_24", "login: oksana.k" (the field says what the value is; a dot,
# an underscore or a digit in it: "user: none" is a word)
# (a nickname needs no colon: «Адмін — Ленур Мустафаев, ник lenur.bal79», "nick den_k77")
_USER_FIELD_RE = re.compile(r"(?<![\w.])(?:(?i:user(?:name)?|login|nick(?:name)?|логін|логин)[ \t]*[=:][ \t]*"
                            r"|(?i:nick(?:name)?|нік|ник|нікнейм|никнейм)[ \t]+)"
                            r"(?P<handle>[A-Za-z][\w.]{2,39}[A-Za-z0-9])(?![\w@/])")
_HANDLE_MARK_RE = re.compile(r"[._\d]")
_NICK_WORD_RE = re.compile(r"(?i:nick|нік|ник)\w*[ \t]+[A-Za-z]")
_FORUM_VERBS = (" wrote", " writes", " repl", " answered", " posted", " пише", " написа", " відпов", " ответил",
                " отвечает")
# (not a file's or a site's name: "notes.txt:", "people1st.org:")
_FILE_OR_DOMAIN_END = re.compile(r"\.(?:txt|pdf|docx?|jpe?g|png|csv|json|md|com|org|net|ua|ru|info|io)$")


# --- allowlist -----------------------------------------------------------------------------

class _Allowed:
    """ctx.allowed split by what each entry is, in the normalised form the detectors compare."""

    def __init__(self, entries: frozenset[str]):
        emails, phones, social, handles = set(), set(), set(), set()
        for entry in entries:
            value = entry.strip()
            low = value.lower().removeprefix("mailto:")
            if _EMAIL_RE.fullmatch(low):
                emails.add(low)
                continue
            url = _SOCIAL_URL_RE.fullmatch(value.rstrip("/"))
            if url:
                handle = _social_path_handle(url.group("path"))
                if handle:
                    key = _social_key(url.group("domain"), handle)
                    social.add(key)
                    handles.add(key[1])
                continue
            if re.fullmatch(r"@[A-Za-z0-9_.]+", value):
                handles.add(low[1:])
                continue
            if _digit_count(value) >= 7 and re.fullmatch(r"[+\d\s().\-]+", value.removeprefix("tel:")):
                for region in ("UA", "RU", "US"):
                    try:
                        number = phonenumbers.parse(value.removeprefix("tel:"), region)
                    except phonenumbers.NumberParseException:
                        continue
                    if phonenumbers.is_valid_number(number):
                        phones.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
                        break
        self.emails = frozenset(emails)
        self.phones = frozenset(phones)
        self.social = frozenset(social)
        self.handles = frozenset(handles)


@lru_cache(maxsize=64)
def allowed_keys(entries: frozenset[str]) -> _Allowed:
    """Normalised allowlist (cached: a site scan passes the same frozenset for every page)."""
    return _Allowed(entries)


def _drop_overlaps(spans: list[Span]) -> list[Span]:
    """Earlier families win: a phone inside an e-mail or a handle inside a URL is one finding."""
    kept: list[Span] = []
    for span in spans:
        if not any(k.start < span.end and span.start < k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start, s.end))


# A talk page's or a forum's signature at the end of a comment: "— Oksamyt 18:22, 5 February
# 2024 (UTC)" (a wiki's, whatever the user name), "— Sirko-77 11:02" (a user name with a digit,
# a hyphen or an underscore in it: a bare first name could be anyone's signature)
_SIGNATURE_RE = re.compile(
    r"(?:^|\s)[—–-]{1,2}[ \t]?(?P<user>[^\W_][\w.\-]{1,30})[ \t]+[0-2]?\d:[0-5]\d"
    r"(?P<utc>,[ \t]+\d{1,2}[ \t]+[^\W\d]+[ \t]+\d{4}[ \t]+\(UTC\))?[ \t]*$", re.MULTILINE)


def _signatures(text: str) -> list[Span]:
    if ":" not in text or not any(dash in text for dash in "—–-"):
        return []
    return [Span(m.start("user"), m.end("user"), "social_handle", "social.signature")
            for m in _SIGNATURE_RE.finditer(text)
            if m.group("utc") or re.search(r"[\d_]|-\w", m.group("user"))]


# A table's column of user names ("| User name |", «| Логін |») or of office extensions
# ("| Ext. |", «| Внутр. |»), in a testimony: an account, a phone that rings at one person's desk
# (and a game's or a chat's nicknames: «| Нік |», "# nick  real name")
_USER_NAME_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:user[ \t]?names?|logins?|логін\w*|логин\w*|нікнейм\w*|никнейм\w*|"
                                  r"handles?|nick(?:name)?s?|gamertags?|нік(?:и|у)?|ник(?:и|а)?)(?![^\W\d_])", re.IGNORECASE)
_USER_NAME_CELL_RE = re.compile(r"@?[A-Za-z][\w.\-]{2,38}[A-Za-z0-9]")
# a capitalised cell is a user name only with a mark no name has: a dot, an underscore, a digit,
# a capital inside ("DanyaTokmak"; not "| Will |")
_CELL_HANDLE_MARK_RE = re.compile(r"[._\d]|[a-z][A-Z]")
_EXTENSION_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:ext|extension|внутр|внутрішн\w*|внутренн\w*)(?![^\W\d_])",
                                  re.IGNORECASE)
_EXTENSION_CELL_RE = re.compile(r"\d{2,5}")
# … and a landline's local number alone under "| Phone |" («| 42-18-77 |»)
_PHONE_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:phones?|телефон\w*|тел\.?)(?![^\W\d_])", re.IGNORECASE)
_LOCAL_CELL_RE = re.compile(r"\d{1,3}-\d{2}-\d{2}")
_COLUMN_WORDS = ("user", "login", "логін", "логин", "нік", "ник", "nick", "gamertag", "handle", "ext", "внутр", "phone",
                 "тел")


def _column_contacts(text: str, allowed: "_Allowed") -> list[Span]:
    if not tables.may_hold_table(text) or not any(word in text.lower() for word in _COLUMN_WORDS):
        return []
    spans = [Span(a, b, "social_handle", "social.username") for a, b in tables.column_cells(text, _USER_NAME_HEADER_RE)
             if _USER_NAME_CELL_RE.fullmatch(text, a, b) and text[a:b].lstrip("@").lower() not in allowed.handles
             and (not text[a].isupper() or _CELL_HANDLE_MARK_RE.search(text, a, b))]
    spans += [Span(a, b, "phone", "phone.extension") for a, b in tables.column_cells(text, _EXTENSION_HEADER_RE)
              if _EXTENSION_CELL_RE.fullmatch(text, a, b)]
    if "-" in text:
        spans += [Span(a, b, "phone", "phone.local") for a, b in tables.column_cells(text, _PHONE_HEADER_RE)
                  if _LOCAL_CELL_RE.fullmatch(text, a, b)]
    return spans


def detect(text: str, ctx: ScanContext) -> list[Span]:
    allowed = allowed_keys(ctx.allowed)
    spans = detect_emails(text, ctx, allowed)
    spans += detect_social(text, ctx, allowed)
    spans += _signatures(text)
    if ctx.testimony:
        spans += _column_contacts(text, allowed)
    # a file's name («zvonok_79493187702.m4a») or a CSV row glues a number to its words: phones
    # read those separators as spaces (same length, same offsets; user names keep theirs)
    spans += detect_phones(tables.separators_as_spaces(text) if ctx.testimony else text, ctx, allowed)
    return _drop_overlaps(spans)


register_triggers(globals())     # its triggers, looked for with every other detector's in one pass (_trigger_gate.py)
