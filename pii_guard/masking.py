"""How a finding is shown: enough to find it again in the file, never the identifier itself.

CI logs are public (DESIGN §5), so `mask(kind, value)` keeps only what cannot identify anyone:
the shape of the value (digits as `*`, words as `***`, its punctuation) and at most two of its
characters: a phone's country code and last two digits (`+380 ** *** **67`, the contract's
example), the first two initials of a name, the first letter of an email or handle (with the
public top-level domain or site). Dates and ages show no digit at all, not even the year.
`_guarantee` is the last line of defence: whatever a kind-specific rule produced, the result
may not contain the identifier.
"""
from __future__ import annotations

import re
import unicodedata

_DIGIT = re.compile(r"\d")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*", re.UNICODE)


def _star_digits(text: str, keep_last: int = 2) -> str:
    """Every digit becomes '*' except the last `keep_last` (only if enough remain hidden)."""
    digits = len(_DIGIT.findall(text))
    if digits - keep_last < 5:          # too short to show any of it
        keep_last = 0
    seen = 0
    out = []
    for ch in text:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > digits - keep_last else "*")
        else:
            out.append(ch)
    return "".join(out)


def _phone(value: str) -> str:
    text = " ".join(value.split())
    match = re.match(r"\s*(\+|00)(\d{1,3})", text)
    if match:
        # keep the country code: "+380 ** *** **67" says which country without saying who
        head = "+" + match.group(2)
        return head + " " + _star_digits(text[match.end():]).strip()
    return _star_digits(text)


def _initials(value: str) -> str:
    """`O. P.`; a third word shows as `*.` (two characters at most)."""
    words = _WORD.findall(value)
    if not words:
        return "*."
    return " ".join((w[0].upper() if i < 2 else "*") + "." for i, w in enumerate(words))


def _email(value: str) -> str:
    text = value.strip()
    # obfuscated spellings: "name [at] domain [dot] com"
    parts = re.split(r"\s*(?:@|[\[(]\s*(?:at|собака|сobaka)\s*[\])]|\bat\b)\s*", text, maxsplit=1, flags=re.I)
    local = parts[0]
    domain = parts[1] if len(parts) > 1 else ""
    tld = re.split(r"\s*(?:\.|[\[(]\s*(?:dot|точка)\s*[\])]|\bdot\b)\s*", domain, flags=re.I)[-1] if domain else ""
    tld = tld if 1 < len(tld) <= 6 and tld.isalpha() else "***"
    return f"{local[:1] or '*'}***@***.{tld}"


def _handle(value: str) -> str:
    text = value.strip()
    at = text.find("@")
    if at >= 0:
        return text[:at + 1] + (text[at + 1:at + 2] or "*") + "***"
    # a profile URL: keep the site, hide the account
    match = re.match(r"(?:https?://)?(?:www\.)?([^/\s]+)/", text)
    if match:
        return match.group(1) + "/***"
    return text[:1] + "***"


def _code(value: str) -> str:
    """IDs, cards, IBANs, plates: a leading country code may show, the rest is starred."""
    text = " ".join(value.split())
    head = ""
    match = re.match(r"[A-Z]{2}(?=\d)", text)       # IBAN country code
    if match:
        head, text = match.group(0), text[2:]
    masked = _LETTER_OR_DIGIT.sub("*", text)
    if head:
        return head + masked
    return masked


def _shape(value: str) -> str:
    """Only the shape: every digit a `*`, every word `***`, punctuation and spacing kept
    (`12.03.1985` -> `**.**.****`, `вул. Шевченка, 12` -> `***. ***, **`)."""
    text = " ".join(value.split())
    return _DIGIT.sub("*", _WORD.sub("***", text))


def _coordinates(value: str) -> str:
    """Only the notation (`**.****, **.****`, `**°**′ ***`): even whole degrees narrow a region."""
    return _shape(value)


def _metadata(value: str) -> str:
    """Metadata values: `Field=X***` (the field says where to look, X*** says it is set)."""
    field, sep, rest = value.partition("=")
    if not sep:
        field, rest = "", value
    rest = rest.strip()
    shown = (rest[:1] + "***") if rest else "***"
    return f"{field}={shown}" if field else shown


_BY_KIND = {
    "phone": _phone,
    "person_name": _initials,
    "email": _email,
    "social_handle": _handle,
    "national_id": _code,
    "financial": _code,
    "vehicle_plate": _code,
    "geo_coordinates": _coordinates,
    "street_address": _shape,
    "exact_date": _shape,       # the year too: a birth year or a dated event identifies
    "age": _shape,
    "image_metadata": _metadata,
    "document_metadata": _metadata,
}


def _squash(text: str) -> str:
    """Letters and digits only, case-folded: what 'contains the identifier' is judged on."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _guarantee(masked: str, value: str, kind: str) -> str:
    core = _squash(value.partition("=")[2] if kind.endswith("_metadata") and "=" in value else value)
    if core and len(core) > 1 and core in _squash(masked):
        return "*" * min(len(value), 8)
    if kind in ("person_name",) and _squash(masked) == core:
        return "*."
    return masked


def mask(kind: str, value: str) -> str:
    """A display form of `value` (a `kind` identifier) that never contains the identifier."""
    rule = _BY_KIND.get(kind, lambda v: v[:1] + "***")
    return _guarantee(rule(value), value, kind)
