"""Find numbers in published text that could be uncited figures.

Rule: every number a reader sees must either come from data/figures.yml (inside a
`.pf-figure` span, which the caller removes) or be one of the kinds of number that cannot count
people or organisations:

- a year: four digits from 1800 to 2100 written without a group separator (counts of a thousand
  or more are always written with one, because data/figures.yml formats them);
- part of a date: a number next to a month name of the page's language (from CLDR via Babel),
  or followed by a CJK calendar unit (年, 月, 日);
- part of a word or identifier: digits joined to letters, directly or by hyphens, as in
  ordinals, names and reference numbers ("42nd", "42-й", "People1st", "42वें", "T-2026-0001");
  CJK ideographs do not count as letters here, since those scripts write no spaces between words;
- a reference to a provision or an edition: a number right after a reference word ("Article
  118", "статья 118", "第118条", "المادة 118", "version 2.1"); after a plural reference word, the
  numbers of the list that follows ("Articles 109, 110 and 118"). After a singular one, a list
  does not continue ("Article 9 and 60 people" reports the 60);
- a duration: a number followed by a unit of time ("16 hours", "3 months").

Anything else is reported. The vocabulary below is linguistic (reference words and time units per
language), not a list of the numbers any page happens to use.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

# Digits of any script; group separators of the locales we build (comma, dot, spaces, apostrophe,
# Arabic thousands/decimal separators). A space only groups when exactly three digits follow.
NUMBER = re.compile(r"\d+(?:[,.\u066b\u066c'’]\d+|[ \u00a0\u202f\u2009]\d{3}(?!\d))*")
YEAR = re.compile(r"(1[89]\d\d|20\d\d|2100)")

REFERENCE_WORDS = {
    "en": "article articles art paragraph paragraphs para section sections chapter rule rules "
          "protocol resolution page pages no number principle version",
    "uk": "стаття статті статтю статтею статтям статтях статей ст пункт пункту пункті п частина частини "
          "частині розділ розділу глава глави правило правила протокол протоколу резолюція "
          "резолюції сторінка сторінці с № версія версії",
    "ru": "статья статьи статье статью статьей статьёй статей статьям статьях ст пункт пункта пункте п часть части раздел "
          "раздела глава главы правило правила протокол протокола резолюция резолюции "
          "страница странице с № версия версии",
    "fr": "article articles art paragraphe alinéa section chapitre règle protocole résolution "
          "page no n° nº version",
    "es": "artículo artículos art párrafo apartado sección capítulo norma regla protocolo "
          "resolución página n.º nº versión",
    "pt": "artigo artigos art parágrafo alínea secção seção capítulo regra protocolo resolução "
          "página n.º nº versão",
    "zh": "第",
    "hi": "अनुच्छेद धारा अध्याय नियम प्रोटोकॉल संकल्प पृष्ठ संस्करण",
    "ar": "المادة المادتين المادتان المواد مادة الفقرة فقرة البند الفصل القاعدة البروتوكول "
          "القرار الصفحة الإصدار",
}
# Plural reference words introduce lists ("Articles 109 and 110").
PLURAL_REFERENCE_WORDS = {
    "en": "articles paragraphs sections chapters rules pages",
    "uk": "статті статтями статтях пункти пунктами пунктах частини розділи правила",
    "ru": "статьи статьями статьях пункты пунктами пунктах части разделы правила",
    "fr": "articles paragraphes alinéas sections chapitres règles",
    "es": "artículos párrafos apartados secciones capítulos normas reglas",
    "pt": "artigos parágrafos alíneas secções seções capítulos regras",
    "zh": "",
    "hi": "अनुच्छेदों धाराओं",
    "ar": "المواد المادتين المادتان الفقرات",
}
# What may join the items of such a list: punctuation and at most one short word
# ("and", "і", "и", "et", "y", "e", "و", "और").
LIST_GAP = re.compile(r"[\s,;/–\-]*(?:[^\W\d_]{1,3}|और)?[\s,;/–\-]*")
TIME_UNITS = {
    "en": "hour hours day days week weeks month months year years minute minutes min",
    "uk": "година години годин годину день дні днів доба доби діб тиждень тижні тижнів місяць "
          "місяці місяців рік роки років хвилина хвилини хвилин хв",
    "ru": "час часа часов день дня дней сутки суток неделя недели недель месяц месяца месяцев "
          "год года лет минута минуты минут мин",
    "fr": "heure heures jour jours semaine semaines mois an ans année années minute minutes min",
    "es": "hora horas día días semana semanas mes meses año años minuto minutos min",
    "pt": "hora horas dia dias semana semanas mês meses ano anos minuto minutos min",
    "zh": "小时 个小时 天 日 周 星期 个月 月 年 分钟",
    "hi": "घंटे घंटा दिन सप्ताह हफ़्ते महीने महीना साल वर्ष मिनट",
    "ar": "ساعة ساعات يوم أيام يومًا أسبوع أسابيع شهر أشهر شهرًا سنة سنوات عام أعوام دقيقة دقائق بالدقائق",
}
CJK_CALENDAR_UNITS = "年月日"


@dataclass(frozen=True)
class StrayNumber:
    text: str        # the number as written
    context: str     # the words around it, for the error message


def stray_numbers(text: str, lang: str | tuple[str, ...]) -> list[StrayNumber]:
    """Numbers in `text` (visible text of one page) that could be uncited figures.

    `lang` is the page's language, or several when a page mixes them (a fallback page shows
    English text inside the interface of the language being built).
    """
    lang = (lang,) if isinstance(lang, str) else tuple(dict.fromkeys(lang))
    found = []
    list_open_until = None       # end of the last number of a list of references
    for match in NUMBER.finditer(text):
        start, end = match.span()
        token = match.group()
        kind = _kind(text, start, end, token, lang)
        if kind is None and list_open_until is not None \
                and LIST_GAP.fullmatch(text[list_open_until:start]):
            kind = "reference"
        if kind == "reference" and (list_open_until is not None
                                     or _previous_word(text[:start]) in _words(PLURAL_REFERENCE_WORDS, lang)):
            list_open_until = end
        else:
            list_open_until = None
        if kind is None:
            context = " ".join(text[max(0, start - 40):end + 40].split())
            found.append(StrayNumber(token, context))
    return found


def _kind(text: str, start: int, end: int, token: str, lang: tuple[str, ...]) -> str | None:
    before, after = text[:start], text[end:]
    if any(_is_word_char(c) for c in _joined_run(text, start, end)):
        return "word"
    digits = unicodedata.normalize("NFKC", token)
    if YEAR.fullmatch(digits) or re.fullmatch(r"(1[89]\d\d|20\d\d)[–-](\d\d|\d{4})", digits):
        return "year"
    if after[:1] and after[0] in CJK_CALENDAR_UNITS:
        return "date"
    if _next_to_month(before, after, lang):
        return "date"
    previous = _previous_word(before)
    if previous in _words(REFERENCE_WORDS, lang) or previous in _words(PLURAL_REFERENCE_WORDS, lang) \
            or before.endswith("第") \
            or before.rstrip().endswith(("§", "№")):
        return "reference"
    # A unit of time next to the number, after it ("16 hours") or before it ("minutes: 3").
    units = _words(TIME_UNITS, lang)
    if _next_word(after) in units or _previous_word(before.rstrip().rstrip(":")) in units \
            or ("zh" in lang and after.lstrip().startswith(tuple(units))):
        return "duration"
    return None


def _joined_run(text: str, start: int, end: int) -> str:
    """The number with whatever is joined to it without a space (letters, digits, hyphens)."""
    joined = lambda c: _is_letter(c) or c.isdigit() or c in "-‑"  # noqa: E731
    while start > 0 and joined(text[start - 1]):
        start -= 1
    while end < len(text) and joined(text[end]):
        end += 1
    return text[start:end]


def _is_word_char(char: str) -> bool:
    """A letter that forms words with adjacent digits; not CJK, which writes no spaces."""
    if not char or not _is_letter(char):
        return False
    return not unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA"))


def _previous_word(before: str) -> str:
    """The word just before a number ("Article 118" -> "article"; marks and "n.º" included)."""
    text = before.rstrip()
    end = len(text)
    while text[:end] and (_is_letter(text[end - 1]) or text[end - 1] in ".°º"):
        end -= 1
    return text[end:].rstrip(".").casefold()


def _next_word(after: str) -> str:
    text = after.lstrip()
    end = 0
    while end < len(text) and _is_letter(text[end]):
        end += 1
    return text[:end].casefold()


def _is_letter(char: str) -> bool:
    # Devanagari and Arabic words include combining marks, which str.isalpha() rejects.
    return char.isalpha() or unicodedata.category(char) in ("Mn", "Mc")


def _words(table: dict[str, str], langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_cached_words(lang, table.get(lang, table["en"])) for lang in langs))


@lru_cache(maxsize=None)
def _cached_words(_lang: str, words: str) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in words.split())


@lru_cache(maxsize=None)
def _month_names(lang: str) -> tuple[str, ...]:
    """Month names of the language in every width and grammatical context (CLDR)."""
    locale = Locale.parse(lang)
    names = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names.update(n.casefold().rstrip(".") for n in locale.months[context][width].values())
    return tuple(sorted((n for n in names if len(n) > 1), key=len, reverse=True))


# A date may put a short preposition between day and month ("25 de noviembre", "12 of May").
DATE_LINK = re.compile(r"\s+[^\W\d_]{1,3}\s+")


def _next_to_month(before: str, after: str, langs: tuple[str, ...]) -> bool:
    months = tuple(dict.fromkeys(m for lang in (*langs, "en") for m in _month_names(lang)))
    following = after.lstrip().casefold()
    following_raw = after.casefold()
    link = DATE_LINK.match(following_raw)
    if link:
        following = (following, following_raw[link.end():])
    else:
        following = (following,)
    preceding = before.rstrip().rstrip(",").casefold()
    return any(f.startswith(m) and not _is_word_char(f[len(m):len(m) + 1])
               for f in following for m in months) or any(
        preceding.endswith(m) and not _is_word_char(preceding[-len(m) - 1:-len(m)]) for m in months)
