"""Latin spellings of Ukrainian and Russian names mapped back to Cyrillic, and spelling-neutral
keys for comparing a name across scripts and transliteration systems.

Back-transliteration is ambiguous (y: и/ы/й, h: г/х, ia: ія/я/ья ...), so every reading of every
letter group is tried, guided by the dictionaries themselves: a partial spelling is kept only
while some dictionary word starts with it. Words with diacritics (ISO 9 and scholarly systems:
š, č, ž) go through cyrtranslit's 'ua' and 'ru' tables.
"""
from __future__ import annotations

import functools
import unicodedata

import cyrtranslit

from .names_morph import LANGS, WordInfo, analyse, has_prefix, is_known, merge

# Letter groups, longest first; each with its Cyrillic readings (KMU 2010, BGN/PCGN, ICAO,
# passport and informal spellings).
_GROUPS: dict[str, tuple[str, ...]] = {
    "shch": ("щ",), "sch": ("щ", "ш"),
    "zh": ("ж",), "kh": ("х",), "ts": ("ц", "тс"), "tz": ("ц",), "ch": ("ч",), "sh": ("ш",),
    "th": ("т",), "ph": ("ф",), "ck": ("к",),
    "yu": ("ю",), "iu": ("ю", "ію"), "ju": ("ю",),
    "ya": ("я", "ья", "ія", "ия"), "ia": ("ія", "ия", "я", "ья"), "ja": ("я",),
    "ye": ("є", "е", "ье"), "ie": ("іє", "є", "е", "ие", "ье"), "je": ("є", "е"),
    "yo": ("ё", "йо", "ьо"), "jo": ("йо", "ё"), "io": ("ьо", "йо", "іо"),
    "yi": ("ї", "ий", "ый", "ій"),
    "iy": ("ій", "ий"), "ii": ("ій", "ії", "ии", "ий", "ія"), "yy": ("ий", "ый"), "ij": ("ій", "ий"),
    "a": ("а",), "b": ("б",), "c": ("ц", "к"), "d": ("д", "дь"), "e": ("е", "є", "э", "ё"), "f": ("ф",),
    "g": ("г", "ґ"), "h": ("г", "х"), "i": ("і", "и", "й"), "j": ("й", "дж"), "k": ("к",),
    "l": ("л", "ль"), "m": ("м",), "n": ("н", "нь"), "o": ("о",), "p": ("п",), "q": ("к",),
    "r": ("р",), "s": ("с", "сь"), "t": ("т", "ть"), "u": ("у", "ю"), "v": ("в",), "w": ("в",),
    "x": ("кс",), "y": ("и", "ы", "й"), "z": ("з", "зь"), "'": ("ь", "'", ""),
}
_MAX_GROUP = max(map(len, _GROUPS))
_BEAM = 48   # partial spellings kept per position and dictionary


def _spellings(latin: str, lang: str) -> list[str]:
    """Cyrillic spellings of `latin` (lowercase ASCII) that are words of the `lang` dictionary."""
    beams: dict[int, set[str]] = {0: {""}}
    done: set[str] = set()
    for pos in range(len(latin) + 1):
        prefixes = beams.pop(pos, set())
        if pos == len(latin):
            done.update(p for p in prefixes if p and is_known(lang, p))
            break
        for prefix in sorted(prefixes)[:_BEAM]:
            for size in range(min(_MAX_GROUP, len(latin) - pos), 0, -1):
                group = latin[pos:pos + size]
                for reading in _GROUPS.get(group, ()):
                    candidate = prefix + reading
                    if not candidate or has_prefix(lang, candidate):
                        beams.setdefault(pos + size, set()).add(candidate)
    return sorted(done)


@functools.lru_cache(maxsize=131072)
def cyrillic_spellings(word: str) -> tuple[str, ...]:
    """Dictionary words (uk or ru) that `word`, written in Latin letters, may stand for."""
    lowered = word.lower().replace("’", "'")
    if not lowered.isascii():
        return tuple(sorted({cyrtranslit.to_cyrillic(lowered, table) for table in ("ua", "ru")}))
    if not lowered.replace("'", "").isalpha():
        return ()
    found: set[str] = set()
    for lang in LANGS:
        found.update(_spellings(lowered, lang))
    return tuple(sorted(found))


@functools.lru_cache(maxsize=131072)
def analyse_latin(word: str) -> WordInfo:
    """Readings of a Latin-script word through its Cyrillic spellings."""
    return merge(analyse(spelling) for spelling in cyrillic_spellings(word))


def analyse_any(word: str) -> WordInfo:
    """The dictionaries' readings of `word` in either script (Latin through its Cyrillic spellings)."""
    return analyse_latin(word) if word.isascii() else analyse(word)


def first_name(word: str) -> bool:
    """Is `word` (either script) a first name in the dictionaries: «Юлія», "Yuliia", "Valera"?
    A name that is also a rarer word («Максим»: a maxim) still is; a place is not."""
    info = analyse_any(word)
    return info.name and not info.place and not info.common_dominant


# --- spelling-neutral keys -----------------------------------------------------------------
_CYR_TO_LAT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ё": "io",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
})
_FOLDS = (("shch", "s"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"),
          ("ts", "c"), ("tz", "c"), ("th", "t"), ("ph", "f"), ("ck", "k"), ("x", "ks"),
          ("w", "v"), ("q", "k"), ("h", "g"), ("j", "i"), ("y", "i"), ("ie", "e"))


def skeleton(word: str) -> str:
    """A key on which spellings of one name agree: Матвійчук, Матвийчук, Matviichuk,
    Matviychuk -> 'matvicuk'; Путін, Putin -> 'putin'."""
    text = unicodedata.normalize("NFKD", word.lower().translate(_CYR_TO_LAT))
    text = "".join(ch for ch in text if ch.isascii() and ch.isalpha())
    for old, new in _FOLDS:
        text = text.replace(old, new)
    squeezed = []
    for ch in text:
        if not squeezed or squeezed[-1] != ch:
            squeezed.append(ch)
    return "".join(squeezed)


def consonants(key: str) -> str:
    """The consonants of a skeleton: Trump and Трамп agree on 'trmp'."""
    return "".join(ch for ch in key if ch not in "aeiou")
