"""Person names in English, Ukrainian and Russian text: `detect(text, ctx) -> list[Span]`.

Evidence, strongest first (the span's `rule`):
  name.initials     initials next to a surname: "О. П. Петренко", "Petrenko O.M."
  name.patronymic   a dictionary patronymic: "Сергеевич", "Іванівна", "Serhiyovych"
  name.title        a word after "Mr", "пані", "гражданин", "my brother", "звали"...
  name.translit     a Latin word whose Cyrillic spelling is a dictionary name: "Olena Kovalenko"
  name.morph.uk/ru  a Cyrillic dictionary name in any case: "Іваном Петренком", "Марией Ивановой";
                    and forms the dictionaries lack: diminutives («Светке», «Витёк»), possessives
                    («Миколина»), families («у Мельничуків»), a name no dictionary knows where it
                    acts, is spoken to or is someone's relative («з яким Вадім сидів»)
  (Latin first names of other countries come from gender-guesser's list: "Bev", "Dietrich";
  a nickname that is an ordinary word counts after a verb of calling: "called him Professor")

Words that are names only by coincidence (віра, роман, слава; Hope, Will, Mark) count only
next to another name, after a trigger word, or (Cyrillic) capitalised inside a sentence.
Allowlisted public figures and declared pseudonyms pass in any case and spelling.
Only capitalised words and initials are looked at; dictionary lookups are cached.
"""
from __future__ import annotations

import functools
import re
from itertools import chain
from dataclasses import dataclass, replace

import cyrtranslit

from pii_guard.model import ScanContext, Span

from ._numbers import AGE_NUMBER, EN_NUMBER_WORD
from ._windows import lowered, occurs, register_triggers
from .names_allow import allowed_runs, entries, matching_entry, word_keys
from .names_lexicon import census_surnames, foreign_first_names, lexicon, word_frequency
from .names_forms import (bracketed_after, call_sign_cells, chat_senders, form_field_names, log_senders, name_column_cells,
                          person_word, quoted_after, salutation_names, vcard_names)
from .names_lowercase import lowercase_names
from .names_morph import (WordInfo, adjective_lemmas, analyse, finite_verb, finite_verb_lemmas, imperative,
                          nominative_name, person_noun, preposition, vocative_name)
from .names_translit import analyse_any, analyse_latin

KIND = "person_name"

# Capital letters of the Latin and Cyrillic alphabets (Python's re has no \p{Lu}).
_UPPER = "".join(chr(c) for c in (*range(0x41, 0x250), *range(0x400, 0x530)) if chr(c).isupper())
# A capitalised word: letters, inner apostrophes (Мар'яна, O'Neil), hyphens (Гнатюк-Ярошенко).
_CAPITALISED = re.compile(
    rf"(?<![\w'’ʼ-])(?>[{_UPPER}][^\W\d_]*(?:['’ʼ][^\W\d_]+)*(?:-[^\W\d_]+(?:['’ʼ][^\W\d_]+)*)*)"
    r"(?![\d_]|(?<=[A-ZА-ЯІЇЄҐЁ])-\d)")     # "Katya_Sokolova87" is an account (contact.py), "NIB-KHE-2023" a code
    # ("Zina-1", a class list's second Zina, is still a name)
# The two words before a position, matched on the reversed text (a word reads the same pattern
# both ways; anchoring at the end of a forward search would cost a scan per word).
_WORDS_BEFORE_REVERSED = re.compile(
    r"[^\w]*([^\W\d_]+(?:['’ʼ-][^\W\d_]+)*)(?:[^\w\n]+([^\W\d_]+(?:['’ʼ-][^\W\d_]+)*))?")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_RUSSIAN_LETTERS = re.compile("[ыэъё]", re.IGNORECASE)
_UKRAINIAN_LETTERS = re.compile("[іїєґ]", re.IGNORECASE)
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_NEXT_IS_CAPITALISED = re.compile(rf"[ \t\u00a0*_]*(?:\n[ \t\u00a0*_>]*)?[{_UPPER}]")
_LONG_CAPITALISED = re.compile(rf"(?<![\w'’ʼ-])[{_UPPER}][^\W\d_]{{3,}}")
# Markup that is not prose: link targets, URLs, e-mail addresses, template tags, entities.
_NOT_PROSE = re.compile(
    r"\]\([^)\s]*|(?:https?://|www\.)[^\s<>]*[^\s<>.,;:!?)\]»\"']"   # a URL, not the full stop after it
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\{\{.*?\}\}|\{%.*?%\}|&#?\w+;")     # (an address, not the full stop after it)
_HTML_TAG = re.compile(r"<(?!!--)/?[A-Za-z][^>\n]*>")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
# What may stand between the words of one name: spaces, emphasis, one line break.
_NAME_GAP = re.compile(r"[ \t\u00a0*_]*(?:\n[ \t\u00a0*_>]*)?")
_INITIAL_GAP = re.compile(r"\.[ \t\u00a0]*(?:\n[ \t\u00a0>]*)?")
_TRIGGER_GAP = re.compile(r"[.,:]?[ \t\u00a0*_]*(?:[—–][ \t\u00a0]*)?(?:\n[ \t\u00a0>]*)?[«\"“„]?")  # «фамилию — Мельник», «звали «Миро»»
_LINE_MARKERS = re.compile(r"[\s>#*+\-|\d.)(«»\"“”„‘'\[_]*")
_DIALOGUE_DASH = re.compile(r"[ \t>]*[—–][ \t]*")     # «— Люди.»: a dialogue's line opens there
_OPENERS = "«\"“„‘'([{"
_SENTENCE_END = ".!?…:;|"
_ABBREVIATIONS = frozenset({  # a full stop after these does not end a sentence
    "mr", "mrs", "ms", "mx", "dr", "st", "prof", "gen", "col", "lt", "sgt", "capt", "jr", "sr", "rev", "fr",
    "м", "с", "смт", "вул", "пров", "просп", "пл", "р", "обл", "г", "ул", "пер", "д", "ім",
    "им", "св", "проф", "акад", "ген", "гр", "тов", "п", "пан", "пані"})
_STREET_WORDS = frozenset({  # a name after these names a street or an institution, not a person
    "вулиця", "вул", "проспект", "просп", "провулок", "пров", "площа", "пл", "бульвар", "бул",
    "улица", "ул", "переулок", "пер", "площадь", "імені", "ім", "имени", "им", "street", "avenue",
    "square", "boulevard", "lane", "road"})
# Endings of Slavic surnames in Latin spelling: a lone surname needs one of them.
_SLAVIC_SURNAME = re.compile(
    r"(enko|chuk|czuk|shchuk|iuk|yuk|uk|ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skyi|skiy|ska|"
    r"skaya|skaia|tsky|tska|vych|vich|ovna|evna|ivna|yak|iak|ko|"
    # a trade's name as a surname (Melnyk, Kravets, Bondar, Honchar, Rybak: in Latin letters the
    # Cyrillic word for the trade is out of the question)
    r"nyk|nik|chyk|ets|ar|ak|iv)$")
# Unknown Cyrillic words with these endings are Ukrainian surnames (Ярошенко, Гнатюк, Ткачук).
# In any case, and in the plural that names a family («у Мельничуків», «Оліфіренки»).
_UK_SURNAME = re.compile(r"(?:енк(?:о|а|у|ові|ом|и|ів|ам|ами|ах)|(?:чук|щук|юк)(?:а|у|ові|ом|и|ів|ам|ами|ах)?)$")
# (and the colloquial «Михалич», «Палыч», «Саныч»: a man called by his father's name)
_PATRONYMIC_SHAPE = re.compile(r"[а-яіїєґё'’]{3,}(?:ович|евич|йович|ївна|івна|овна|евна|ич|ыч)(?:а|у|ем|ом|і|ої|ою|ой|е|ы)?$")
# «до Кузьменчихи», «Ковальчиха»: the wife of Кузьменко, Коваль (a village's way of naming her)
_WIFE_OF = re.compile(r"[а-яіїєґё'’]{3,}(?:чих|щих|их)(?:а|и|і|у|ою|ой|е)$")
# ... and these (-ов, -ев, -ин in any case: «Исмаилова», «Сеїтхаліловим», «Умеровой»).
_RU_SURNAME = re.compile(r"(?:ов|ев|ёв|єв|ин|ін|ын)(?:а|у|ым|им|ой|ою|ої|ому|ім|е|і|ых|их)?$"
                         r"|[^аеёиоуыэюяіїє](?:ых|их)$")     # Лесных, Черных, Долгих (one form for all cases)

# No ordinary Ukrainian or Russian noun ends in -енко: the dictionary's other readings of such a
# word («кузьменка», a vocative; «мельниченко» untagged) are slips, so the surname stands alone.
# Not the genitive in -енка: «на Шевченка» is a street as often as a man.
_ENKO = re.compile(r"енк(?:о|ові|ом|и|ів|ам|ами|ах)$")     # («Бондаренки», «подружжя Бондаренків»: the family)

# Towns named after a family keep its ending (Кирсанов, Ізмаїл no): only these may be surnames.
_SURNAME_OF_PLACE = re.compile(r"(?:ов|ев|ёв|єв|ин|ін|ын|енко|чук|юк)$")

STRONG, WEAK_NAME, WEAK_SURN, JOIN, INITIAL, NONE = "strong", "weak_name", "weak_surn", "join", "initial", "none"
# English frequencies (pyspellchecker, film subtitles): from ORDINARY up a Latin word is an
# English word first ("mark" 50,334, "free" 299,311); below RARE it may stand alone as a name
# ("anna" 2,091, "ivan" 657, "taras" 0). In between only next to another name ("hill", "mike").
ORDINARY = 20000
RARE = 2500
RARE_AT_START = 1000    # a sentence may start with "Cite" (1,592) or "Anna" (2,091): need more


@dataclass
class _Token:
    """A capitalised word (or an initial) and what surrounds it."""
    start: int
    end: int
    text: str
    word: str               # without an English possessive ('s)
    latin: bool
    line: int               # offset where its line starts
    prev: str               # the word before it ("" at the start)
    prev_prev: str          # and the one before that ("name is Hope")
    prev_end: int           # where the word before it ends
    initial: bool = False   # one capital letter followed by a full stop
    nickname: bool = False  # called so: "whom everyone called Professor", «Батя — так его звали»
    sentence_start: bool = False
    after_quote: bool = False
    kind: str = NONE
    rule: str | None = None
    first_name: bool = False
    patronymic: bool = False
    english: int = 0        # frequency of the word in English (Latin words)


_NON_NEWLINE = re.compile(r"[^\n]")
_COMMENT_MARK = re.compile(r"<!--|-->")


def _spaces(match: re.Match) -> str:
    return _NON_NEWLINE.sub(" ", match.group())


# A subtitle file's voice tag names its speaker: WebVTT's "<v Liudmyla Serhiivna>", "<v.loud Oleh>"
_VOICE_TAG = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<speaker>[^<>\n]+)>")


def _blank_tag(match: re.Match) -> str:
    """An HTML tag as spaces, except its quoted attribute values (alt="..." is prose); a voice
    tag as its speaker's name, read like a speaker label ("Liudmyla Serhiivna:")."""
    tag = match.group()
    voice = _VOICE_TAG.fullmatch(tag)
    if voice:
        start, end = voice.span("speaker")
        return " " * start + tag[start:end] + ":" + " " * (len(tag) - end - 1)
    kept = [" "] * len(tag)
    for value in _QUOTED.finditer(tag):
        kept[value.start() + 1:value.end() - 1] = tag[value.start() + 1:value.end() - 1]
    return "".join(kept)


# «По гороскопу Сокол — Лев»: in a sentence about star signs, a sign that is also a first name
# (Лев, Leo) is the sign.
_HOROSCOPE_WORD = re.compile(r"[Гг]ороскоп|[Зз]одіак|[Зз]одиак|[Hh]oroscope|[Zz]odiac|star sign")
_HOROSCOPE_STEMS = ("ороскоп", "одіак", "одиак", "oroscope", "odiac", "star sign")
_SENTENCE = re.compile(r"[^.!?\n]+")
_SIGN = re.compile(r"(?<![\w'’])(?:Лев|Діва|Дева|Овен|Терези|Рак|Риби|Рыбы|Весы|Leo|Virgo|Libra)(?![\w'’])")


def _star_signs(sentence: re.Match) -> str:
    text = sentence.group()
    return _SIGN.sub(_spaces, text) if _HOROSCOPE_WORD.search(text) else text


def _blank(text: str) -> str:
    """Replace markup that is not prose by spaces, keeping every offset (and line breaks)."""
    # (each pass only where its markup can be: most paragraphs have none, and _NOT_PROSE tries
    # an e-mail's first part at every word)
    if "](" in text or "://" in text or "www." in text or "@" in text or "{" in text or "&" in text:
        text = _NOT_PROSE.sub(_spaces, text)
    if "<" in text:
        text = _HTML_TAG.sub(_blank_tag, text)
    if any(stem in text for stem in _HOROSCOPE_STEMS) and _HOROSCOPE_WORD.search(text):
        text = _SENTENCE.sub(_star_signs, text)
    return _COMMENT_MARK.sub(_spaces, text) if "<!--" in text or "-->" in text else text


def _sentence_context(text: str, start: int, line_start: int, prev_word: str | None) -> tuple[bool, bool]:
    """(starts a sentence or line, follows an opening quote or bracket)."""
    k = start - 1
    after_quote = False
    while k >= line_start and text[k] in " \t\u00a0*_" + _OPENERS:
        after_quote = after_quote or text[k] in _OPENERS
        k -= 1
    if _LINE_MARKERS.fullmatch(text, line_start, start) or _DIALOGUE_DASH.fullmatch(text, line_start, start):
        return True, after_quote
    if k >= 0 and text[k] in _SENTENCE_END:
        if text[k] == "." and prev_word and prev_word.lower() in _ABBREVIATIONS:
            return False, after_quote
        return True, after_quote
    return False, after_quote


def _foreign_name_in_cyrillic(word: str) -> bool:
    """A first name of another country written in Cyrillic («Маттиас»: Mattias, «Ганс»: Hans),
    by its Russian and Ukrainian romanisations in gender-guesser's list."""
    lowered = word.lower()
    return any(cyrtranslit.to_latin(lowered, table) in foreign_first_names() for table in ("ru", "ua"))


def _latin_diminutive(lowered: str) -> bool:
    """A diminutive of a Slavic first name written in Latin letters, which no dictionary lists
    ("Artemko") or lists as an ordinary word (Вовчик: a wolf cub)."""
    return any(diminutive_of_name(cyrtranslit.to_cyrillic(lowered, table)) for table in ("ru", "ua"))


@functools.lru_cache(maxsize=262144)
def _word_class(word: str, latin: bool, language: str | None, sentence_start: bool):
    """(kind, rule, first_name, patronymic, english frequency) of one capitalised word."""
    lex = lexicon()
    english = 0
    if latin:
        lowered = word.lower()
        if lowered in lex.never_name_en:
            return NONE, None, False, False, 0
        english = word_frequency(lowered, language)
        # An ordinary English word needs a neighbour or a trigger whatever its Cyrillic
        # readings; looking them up would only cost time.
        info = analyse_latin(word) if english < ORDINARY else WordInfo()
        if english < ORDINARY and not (info.name or info.place) and (
                lowered in foreign_first_names()
                or ("-" in lowered and all(part in foreign_first_names() or analyse_latin(part.capitalize()).name
                                           for part in lowered.split("-")))):
            # "Bev", "Dietrich", "Jean-Baptiste": names of other countries; "Anna-Mariia": two first names
            info = replace(info, name=True, known=True)
        if english == 0 and not info.name and _latin_diminutive(lowered):
            info = replace(info, name=True, known=True)     # "Vovchyk", "Artemko": Вовчик, Артемко
        rule = "name.translit"
        # a first name that is also a town («Юра», «Артём», «Софія») is far likelier the person:
        # the town does not make it coincidental (a surname that is a town stays weak: Bakhmut)
        coincidental = (lowered in lex.coincidence_en or english >= ORDINARY
                        or (info.place and not (info.name and english < RARE)))
        surname_ok = bool(_SLAVIC_SURNAME.search(lowered))
    else:
        info = analyse(word, language if language in ("uk", "ru") else None)
        # (a first name that is also an adverb, «Юрко» (nimbly), is the name inside a sentence)
        if (info.function and not (info.name and not sentence_start and nominative_name(word.lower()))) \
                or not info.lemmas.isdisjoint(lex.never_name_cyr):
            return NONE, None, False, False, 0
        if _ENKO.search(word.lower()) and not (info.place or info.function or info.name or info.common_dominant):
            info = replace(info, surn=True)
        if not info.known and _foreign_name_in_cyrillic(word):
            info = replace(info, name=True, known=True)     # «Маттиас», «Ингрид»: written in Cyrillic
        rule = f"name.morph.{info.lang or 'uk'}"
        # at a sentence start a word that is also an adjective or a verb may well be that
        # («Дані для пошуку»: the data); a noun that is also a name («Богдана») stays a name
        coincidental = (not info.lemmas.isdisjoint(lex.coincidence_cyr)
                        or (info.place and (info.common or not info.name)) or info.common_dominant
                        or (sentence_start and info.common_not_noun))
        surname_ok = not info.common or (info.surn and not info.common_dominant
                                          and _ENKO.search(word.lower()) is not None)
    patronymic = info.patr and not coincidental
    if patronymic:
        kind, rule = STRONG, "name.patronymic"
    elif info.name:
        kind = WEAK_NAME if coincidental else STRONG
    elif info.surn and not latin and not sentence_start and info.common and not (info.function or info.place) \
            and diminutive_of_name(word.lower()):
        kind = WEAK_NAME     # «Вчора Мишко приїхав»: Михайло's, though «мишко» is a teddy bear (and a surname)
    elif info.surn:
        kind = STRONG if surname_ok and not coincidental else WEAK_SURN
    elif not latin and info.place and not (info.common or info.function) and _SURNAME_OF_PLACE.search(word.lower()):
        # a town named like a surname (Кирсанов, Іванків): a name only after a title or next to a
        # name («адвокат Кирсанов»)
        kind = WEAK_SURN
    elif not latin and info.common and not (info.function or info.place) and not sentence_start \
            and diminutive_of_name(word.lower()):
        kind = WEAK_NAME     # «передай Мишке»: Миша's, though «мишка» is a teddy bear
    elif not latin and info.common and not (info.function or info.place) and _POSSESSIVE_FORM.search(word.lower()) \
            and _possessive_of_name(word):
        kind = STRONG   # «Миколина дружина», «Оксаниної доньки»: made from a person's name
    elif not latin and (info.common or info.function or info.place):
        return NONE, None, False, False, 0   # an ordinary Ukrainian or Russian word, or a place
    elif not latin and ((not info.known and (diminutive_of_name(word.lower()) or _surzhyk_name(word.lower())))
                        or (not (info.name or info.surn or info.patr) and _unknown_possessive_of_name(word.lower()))
                        or _short_vocative(word.lower())):
        # «звоните Светке», «Вадім», «Андрюш»: forms of Света, Вадим, Андрюша the dictionaries lack
        # (or know only as a plural's genitive: the word is no ordinary one, checked above)
        kind = STRONG
    elif not latin and (_UK_SURNAME.search(word.lower()) or _WIFE_OF.fullmatch(word.lower())) \
            and not sentence_start:
        kind, rule = STRONG, "name.morph.uk"
    elif not latin and not info.known and _PATRONYMIC_SHAPE.search(word.lower()):
        kind, rule = STRONG, "name.patronymic"     # «Решатович», «Энверовна»: a father's name no dictionary has
    elif not latin and _RU_SURNAME.search(word.lower()) and not sentence_start:
        # a surname the dictionaries do not know (or know only as "Ismail's"): «Исмаилов»,
        # «Сеїтхалілову»; inside a sentence a capitalised word is a proper noun
        kind, rule = STRONG, f"name.morph.{language if language in ('uk', 'ru') else 'uk'}"
    else:
        kind = JOIN
    if len(word) > 1 and word.isupper():
        kind = JOIN  # acronyms and shouted headings: only next to a name (ПЕТРЕНКО Іван)
    return kind, rule, info.name, patronymic, english


# Where an ordinary Cyrillic word is still part of a name: next to an initial («Л. І. Бойко»,
# «Бойко Л. І.»), in quotes (a nickname: «Називали «Ткач»», judged with the word before the
# quotes), after "my" or "our" («моя Галочко»).
_INITIAL_BEFORE = re.compile(rf"(?:^|[^\w])[{_UPPER}]\.[ \t\u00a0]*$")
_INITIAL_AFTER = re.compile(rf"[ \t\u00a0]+[{_UPPER}]\.")
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w'’])(?:мій|моя|моє|мої|мою|моєї|мого|моїй|мой|моё|моего|моей|твій|твоя|твою|твой|твоё|"
    r"наш|наша|нашу|ваш|ваша|вашу)[ \t\u00a0]+$", re.IGNORECASE)


_POSSESSIVES = frozenset({"мій", "твій", "наш", "мой", "твой", "ваш"})
# Titles of address and possessives also come before offices: «пане Президенте», «наш Уряд».
_NOT_RELATIVES = frozenset({"пан", "пані", "панна", "добродій", "добродійка", "господин", "госпожа",
                            "гражданин", "гражданка", "товарищ"}) | _POSSESSIVES
_TITLES_OF_ADDRESS = _NOT_RELATIVES - _POSSESSIVES


def _word_before(text: str, start: int) -> str:
    """The word just before `start` (across spaces only), or ""."""
    end = start
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    if end == start or end == 0 or not text[end - 1].isalpha():
        return ""
    begin = end - 1
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:end]          # (walked back by hand: a regex search here cost more than the rest)


def _relative_before(text: str, start: int, word: str) -> bool:
    """«братів Мазурів», «сестра Зоряна»: a relative or a person noun just before the word (inside
    a sentence, where only proper nouns are capitalised); «господину Рыбаку», «пані Коваль»: a
    title of address before a word that is no office («пане Президенте»)."""
    before = _word_before(text, start)
    if not before or not person_word(before):
        return False
    lemmas = analyse(before.lower()).lemmas
    if lemmas.isdisjoint(_NOT_RELATIVES):
        return before.islower()     # (not a heading's «Брат Мороз»)
    # (a title of address may open the sentence: «Господину Рыбаку 65 лет»)
    if lemmas.isdisjoint(_TITLES_OF_ADDRESS) or not before[1:].islower() or person_word(word):
        return False
    # a noun that is no office: not «гражданин Российской Федерации», «Пан Біг», «госпожа Уполномоченная»
    info = analyse(word)
    return not info.common_not_noun and info.lemmas.isdisjoint(lexicon().not_names_cyr)


_PATRONYMIC_BEFORE = re.compile(r"(?<![\w'’])[А-ЯІЇЄҐЁ][а-яіїєґё'’]+[ \t][А-ЯІЇЄҐЁ][а-яіїєґё'’]+"
                                r"(?:ович|евич|євич|йович|ьович|івна|ївна|овна|евна|ївна|ична|інічна)[ \t]\Z")


_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’])([А-ЯІЇЄҐЁ][а-яіїєґё'’]{2,})[ \t]\Z")


def _surname_after_a_name(text: str, start: int, word: str, language: str | None) -> bool:
    """«Василь Степанович Бойко», «Роман Бойко, украинец»: a word that is a surname and also an
    ordinary word (бойко: briskly), right after a first name and patronymic or a first name."""
    # (the word first: most capitalised words reaching here are no surname, and its reading is cached)
    info = analyse(word, language if language in ("uk", "ru") else None)
    if not info.surn or info.name or info.place:
        return False
    if _PATRONYMIC_BEFORE.search(text, max(0, start - 40), start):
        return True
    first = _CAPITALISED_BEFORE.search(text, max(0, start - 20), start)
    return first is not None and (before := analyse(first.group(1))).name and not before.place


def _kept_by_context(text: str, start: int, end: int, word: str, language: str | None) -> bool:
    before = text[max(0, start - 8):start]
    opening_quote = start > 0 and text[start - 1] in "«\"“„"
    possessive = _POSSESSIVE_BEFORE.search(before) is not None
    initials = _INITIAL_BEFORE.search(before) is not None or _INITIAL_AFTER.match(text, end) is not None
    relative = _relative_before(text, start, word)
    if not (opening_quote or initials or possessive or relative) or word.isupper():
        return False        # nothing around it; «мій СНІЛС»: an acronym
    info = analyse(word, language if language in ("uk", "ru") else None)
    if info.place or (opening_quote and info.function):
        return False        # «С. Петербург», «called: «Для вас…»
    if relative and not info.lemmas.isdisjoint(lexicon().not_names_cyr):
        return False        # «сыну Наймодателя»: a party to the contract
    if opening_quote and not info.name and imperative(word.lower()):
        return False        # «Скажи Оксане, что я жив»: a request quoted, its verb first
    if opening_quote or possessive or relative:
        return True
    # next to initials only a word that is also a surname (Бойко, Коваль): not «Свідок С. В. Бондар»
    return info.surn or not info.known


# "whom everyone called Professor", «його звали Кумом», «Батя — так его звали все»: a word that is
# ordinary («професор», «кум», «батя») used as a nickname, right after a verb of calling (and its
# pronoun) or right before «(так) його звали».
_CALLING = (r"(?:called|calls|call|named|звали|звала|звал|звуть|кличуть|кличе|кликали|кликала|кличут|"
            r"зовут|зовёт|зовет|зовём|зовем|звать|звемо|звём|кличемо|называли|называла|называем|называют|"
            r"називали|називала|називаємо|називають|прозвали|прозвала|прозвал|"
            r"дразнили|величали|він\s+же|вона\s+ж|он\s+же|она\s+же|aka|a\.k\.a\.|"     # «Дід Микола, він же «Лис»»
            # "introduced himself as "Kedr"", «представився «Кедр»»
            r"introduced\s+(?:himself|herself)\s+as|представи(?:вся|лася|лся|лась)|назва(?:вся|лася|лся|лась)|"
            # a call sign or a nickname without quotes: "his call sign is Zubr", «позывной — Малой»
            # ("Nickname among drivers: Shuma", «Ник в чатах: Гайка»)
            r"(?:call[\s-]?sign|nickname)(?:\s+(?:is|was))?(?:\s*[:—–-])?|(?:nickname|ник|нік)\s+(?:among|в|у)\s+\w+:|"
            r"(?:позивн(?:ий|им)|позывн(?:ой|ым)|прізвисько|прізвиськом|прозвище|прозвищем)(?:\s*[:—–-])?)")
_CALLED_BEFORE = re.compile(
    rf"(?<![\w'’]){_CALLING}(?:\s+(?:him|her|me|us|himself|herself|його|її|его|её|ее|мене|меня|нас|себе|себя|всі|все|"
    rf"everyone|all)){{0,2}}"
    r"(?:\s+(?:чомусь|почему-то|просто|also|just))?\s+"
    r"(?:[«\"“]?[\w'’-]+[»\"”]?,?\s+(?:або|или|чи|or|и|і|й|та|and|а|a)\s+)?"  # «звали Макс або «Гончар»»
    r"(?:[«\"“'‘](?:the\s+)?)?$", re.IGNORECASE)        # ('we call her "the Owl"', not "called the Headquarters")
# «Фамилию точно не помню: Мельниченко или Мельник», "her surname — Sahaidak or Sahaidachna": the
# capitalised words of the clause that speaks of a surname are surnames
_SURNAME_CUE_BEFORE = re.compile(     # («дівоче — Приходько»: her maiden name)
    r"(?:фамили|прізвищ|surname|last name|family name|maiden name|дівоче|девичь)[^.!?\n|]{0,48}$", re.IGNORECASE)
# "the Melnyk brothers", "the Hnatiuk family": a family named by its surname
_THE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he\s+$")
_FAMILY_AFTER = re.compile(r"\s+(?:brothers|sisters|twins|family|couple)\b")
# the words that make the rules above worth trying on a text, looked for in its lowered form
# (plain `in` tests: a regex alternation over the whole text cost more)
_CALLING_ANY = re.compile(_CALLING)
_CALLING_TRIGGERS = ((_CALLING_ANY, True),)
_SURNAME_STEMS = ("фамили", "прізвищ", "surname", "last name", "family name", "maiden name", "дівоче", "девичь")
_FAMILY_WORDS = (" brothers", " sisters", " twins", " family", " couple")
_NAMED_AFTER = re.compile(
    rf"[»\"”]?\s*(?:[—–,-]\s*)?(?:так\s+)?(?:(?:його|её|її|его|ее|him|her)\s+(?:ще\s+|еще\s+|ещё\s+|also\s+)?"
    rf"(?:(?-i:[а-яіїєёa-z]+)\s+)?|(?<=так\s))"     # «так його охрана прозвала», «— так звали мою маму»
    rf"{_CALLING}(?![\w'’])",
    re.IGNORECASE)


# «Мама його Вітюшею кличе», «Його ще «Басом» кликали»: the pronoun before, the verb after
_PRONOUN_BEFORE = re.compile(r"(?<![\w'’])(?:його|её|її|его|ее)(?:\s+(?:ще|еще|ещё|всі|все))?\s+[«\"“]?$", re.IGNORECASE)
_VERB_AFTER = re.compile(rf"[»\"”]?\s+{_CALLING}(?![\w'’])", re.IGNORECASE)


def _nickname_context(text: str, start: int, end: int, word: str, latin: bool, cues: tuple[bool, bool, bool]) -> bool:
    """Is this ordinary capitalised word a nickname or a surname by what surrounds it (not a
    place)? `cues`: does the page have a verb of calling, a word for surname, a family word."""
    if word.isupper():
        return False
    calling, surname, family = cues
    if not ((calling and (_CALLED_BEFORE.search(text, max(0, start - 60), start) or _NAMED_AFTER.match(text, end)
                          or (_VERB_AFTER.match(text, end)
                              and _PRONOUN_BEFORE.search(text, max(0, start - 16), start))))
            or (surname and _SURNAME_CUE_BEFORE.search(text, max(0, start - 64), start))
            or (family and latin and _FAMILY_AFTER.match(text, end) and _THE_BEFORE.search(text, max(0, start - 5), start))):
        return False
    # (after "call sign" or «позывным» a place's name is the call sign: "Tunguska", «Байкал»)
    call_sign = _CALL_SIGN_WORD_BEFORE.search(text, max(0, start - 24), start) is not None
    if latin:
        info = analyse_latin(word)
        lex = lexicon()     # "they called Lieutenant Colonel Sorokin": a rank, then the name
        return not ((info.place and not call_sign) or word.lower() in lex.function_words_en
                    or word.lower() in lex.not_names_en)
    info = analyse(word)
    return not ((info.place and not call_sign) or info.function or not info.lemmas.isdisjoint(lexicon().not_names_cyr))


_CALL_SIGN_WORD_BEFORE = re.compile(r"(?i:call[\s-]?sign|позивн\w*|позывн\w*)[\s:—–-]*[«\"“]?$")


# A first name's diminutive endings, one pattern per family (a word may fit more than one:
# «Ігорчику» is -к-у and -чик-у; each is tried).
_DIMINUTIVES = (
    re.compile(r"(?P<stem>[а-яіїєґё'’]{2,}?)(?P<suffix>еньк|оньк|ечк|очк|юшк|ушк|ишк|к)(?:а|и|е|у|ой|ою|ці|о|ом)$"),
    # Ромчик, Витёк, Светик, Никитос
    re.compile(r"(?P<stem>[а-яіїєґё'’]{2,}?)(?P<suffix>чик|ик|ёк|ьок|ок|ек|ос)(?:а|у|ом|е|ові)?$"),
    # Мишаня, Вікусю, Танюш, Ванюша: -аня, -уся, -юша (and the vocative's clipped form)
    re.compile(r"(?P<stem>[а-яіїєґё'’]{2,}?)(?P<suffix>ан|ус|юш|уш|ун|юн|ул)(?:я|і|и|ю|е|ей|ею|ьо|о|а|у|ой|ом)?$"),
    # Илюха, Андрюха, Катюха, Петруха
    re.compile(r"(?P<stem>[а-яіїєґё'’]{2,}?)(?P<suffix>юх|ух)(?:а|и|е|у|ой|ою|о)$"),
)


def _diminutive_bases(stem: str, suffix: str) -> tuple[str, ...]:
    """The first names a diminutive's stem may come from."""
    if stem.endswith("ь"):
        return stem[:-1] + "я", stem[:-1] + "ий"          # Толька, Витальке: Толя, Виталий
    if stem.endswith("й"):
        return stem[:-1] + "я", stem + "а"                # Софийка, Марійку: София, Марія
    bases = (stem + "а", stem + "я")
    if suffix == "ишк":
        bases += (stem + "ина", stem + "иша")             # Иришка, Гришка: Ирина, Гриша
    elif suffix in ("юх", "ух"):
        bases += (stem + "ья", stem + "ей", stem)         # Илюха, Андрюха, Петруха: Илья, Андрей, Петр
    if suffix in _ON_WHOLE_NAME and stem[-1] not in "аеєиіїоуюяь":
        bases += (stem,)            # «Ігорчику», «Романчик», «Матвейка»: Ігор, Роман, Матвей
    return bases


_ON_WHOLE_NAME = frozenset({"к", "чик", "ик", "ёк", "ьок", "ок", "ек", "ос"})


def diminutive_of_name(word: str) -> bool:
    """Светке, Наталці, Вовкой, Наташенька, Ромчик, Ігорчику, Витёк, Мишаня, Вікусю, Иришка,
    Илюха: a first name's -ка, -енька, -ишка, -чик, -ёк, -аня, -уся, -юха form (Света, Наталя,
    Вова, Наташа, Рома, Ігор, Витя, Миша, Віка, Ирина, Илья) in any case."""
    for pattern in _DIMINUTIVES:
        match = pattern.match(word)
        if match and any(analyse(c).name for c in _diminutive_bases(match.group("stem"), match.group("suffix"))):
            return True
    return False


# a possessive adjective's forms: Миколин, Миколина, Оксаниної, Іванового, Сашиному…
_POSSESSIVE_FORM = re.compile(r"(?:ин|ін|їн|ів|їв|ов|ев|єв)(?:а|е|у|ої|ого|ому|им|ім|их|і|ій|ою|ими|ий|ые|ых|ым|ой|ая|ое|ую)?$")
_POSSESSIVE_ENDING = re.compile(r"(?P<stem>[а-яіїєґё'’]{2,})(?:ин|ін|їн|ів|їв)$")


def _possessive_of_name(word: str) -> bool:
    """Миколин, Оксанин, Яринин, Сашин, Іванів: a possessive adjective made from a first name
    (Микола, Оксана, Ярина, Саша, Іван); the dictionaries list it as an ordinary adjective.
    Not a word that is also a noun («Людина»: a person, not Люда's)."""
    for lemma in adjective_lemmas(word):
        match = _POSSESSIVE_ENDING.fullmatch(lemma)
        if match:
            stem = match.group("stem")
            if lemma.endswith("їв"):
                candidates = (stem + "й", stem)               # Віталіїв, Сергіїв: Віталій's; Миколаїв: Микола's
            elif lemma.endswith("ів"):
                candidates = (stem, stem + "о", stem + "а")   # Іванів, Петрів, Миколаїв (a town)
            else:
                candidates = (stem + "а", stem + "я")
            if any(analyse(c).name and not analyse(c).place for c in candidates):
                return True
    return False


def _short_vocative(word: str) -> bool:
    """«Андрюш», «Танюш», «Галюнь», «Серёж»: the spoken vocative that drops a name's last -а/-я."""
    if len(word) < 3:
        return False
    stem = word[:-1] if word.endswith("ь") else word
    return any(analyse(c).name and not analyse(c).place for c in (stem + "а", stem + "я", word[:-1] + "я"))


_UNKNOWN_POSSESSIVE = re.compile(r"(?P<stem>[а-яіїєґё'’]{2,})(?P<suffix>ин|ін|їн|ів|їв|ов)"
                                 r"(?:а|е|у|ої|ого|ому|им|ім|их|і|ій|ою|ой|ая|ую)?")


def _unknown_possessive_of_name(word: str) -> bool:
    """«Льошина мама», «Сірьожин брат», «голос, схожий на Максимків»: a possessive made from a
    name's form the dictionaries lack (Льоша, Сірьожа, Максимко)."""
    m = _UNKNOWN_POSSESSIVE.fullmatch(word)
    if not m:
        return False
    stem = m.group("stem")
    # («Федькового дерева»: Федько's, the -ів possessive in an oblique case)
    ends = ("о", "а", "") if m.group("suffix") in ("ів", "їв", "ов") else ("а", "я")
    return any(analyse(stem + end).name or diminutive_of_name(stem + end) for end in ends if len(stem + end) > 2)


_RUSSIAN_SPELLING = str.maketrans({"і": "и", "ї": "и", "є": "е"})


def _surzhyk_name(word: str) -> bool:
    """«Вадім», «Дєніс», «Сєрьожа», «Ілюша»: a Russian first name written with Ukrainian letters."""
    if not _UKRAINIAN_LETTERS.search(word):
        return False
    spelled = word.replace("ьо", "ё").translate(_RUSSIAN_SPELLING)
    info = analyse(spelled, "ru")
    return info.name and not (info.place or info.common)


def _line_is_title_case(line: str) -> bool:
    """English headings in Title Case: capitals there are no evidence of a name."""
    long_words = len(_LONG_WORD.findall(line))
    capitalised = len(_LONG_CAPITALISED.findall(line))
    return capitalised >= 2 and capitalised >= 0.6 * long_words


def _tokens(text: str, language: str | None) -> list[_Token]:
    """Capitalised words and initials, classified, with the words just before them."""
    tokens: list[_Token] = []
    title_case: dict[int, bool] = {}
    low = lowered(text)                                  # (an IGNORECASE search costs 20 times more)
    low = low if low is not None else text.lower()
    cues = (occurs(text, _CALLING_TRIGGERS),           # nicknames need a verb of calling
            any(stem in low for stem in _SURNAME_STEMS), any(word in low for word in _FAMILY_WORDS))
    for match in _CAPITALISED.finditer(text):
        start, end = match.span()
        raw = match.group()
        latin = _CYRILLIC.search(raw) is None
        word = raw[:-2] if latin and raw[-2:].lower() in ("'s", "’s") else raw  # Putin's
        initial = (len(raw) == 1 or latin and raw in _DIGRAPH_INITIALS) and end < len(text) and text[end] == "."
        if "-" in raw and any(part[:1].islower() for part in raw.split("-")[1:]):
            head = raw.split("-")[0]
            if latin or not _CYRILLIC.search(head):
                continue  # "Twelve-year-old", "ID-картку": every part of a double name is capitalised
            # «Лёша-волонтёр»: the name and what he is («Ростов-на-Дону»: a place, dropped below)
            raw = word = head
        if not initial:
            if len(raw) == 1:
                continue
            kind, rule, first_name, patronymic, english = _word_class(word, latin, language, False)
            kept = nickname = False
            # ("I call him Dido": grandad, a kin word; but 'they called him "Didus"': a nickname)
            if any(cues) and (not person_word(word) or (start > 0 and text[start - 1] in _OPENERS)):
                nickname = _nickname_context(text, start, start + len(word), word, latin, cues)
            if kind == NONE and not latin and _surname_after_a_name(text, start, word, language):
                kind, rule = WEAK_SURN, f"name.morph.{language if language in ('uk', 'ru') else 'uk'}"
            elif kind == NONE:
                if not nickname and (latin or not _kept_by_context(text, start, start + len(word), word, language)):
                    continue  # most capitalised words: nothing more to learn about them
                kept = True
                kind, rule = JOIN, f"name.morph.{language if language in ('uk', 'ru') else 'uk'}"
        line_start = text.rfind("\n", 0, start) + 1
        before = _WORDS_BEFORE_REVERSED.match(text[max(start - 60, 0):start][::-1])
        prev, prev_prev, prev_end = "", "", -1
        if before:
            prev, prev_end = before.group(1)[::-1], start - before.start(1)
            prev_prev = (before.group(2) or "")[::-1]
        tok = _Token(start, start + len(word), raw, word, latin, line_start, prev, prev_prev, prev_end,
                     nickname=not initial and nickname)
        tok.sentence_start, tok.after_quote = _sentence_context(text, start, line_start, prev)
        if not tok.sentence_start and latin:
            # English headings capitalise every word; Ukrainian and Russian ones do not
            # («Твой Костя» signing a letter is a name, not a heading)
            if line_start not in title_case:
                line_end = text.find("\n", start)
                title_case[line_start] = _line_is_title_case(
                    text[line_start:line_end if line_end != -1 else len(text)])
            tok.sentence_start = title_case[line_start]
        if initial:
            tok.initial, tok.kind, tok.end = True, INITIAL, end + 1
        else:
            if tok.sentence_start and not kept:  # the only rule that depends on it: unknown -енко words
                kind, rule, first_name, patronymic, english = _word_class(word, latin, language, True)
            tok.kind, tok.rule, tok.first_name, tok.patronymic, tok.english = (
                kind, rule, first_name, patronymic, english)
        tokens.append(tok)
    return tokens


def _adjacent(a: _Token, b: _Token, text: str, raw: str) -> bool:
    gap_start = a.end - 1 if a.initial else a.end   # an initial's span includes its full stop
    pattern = _INITIAL_GAP if a.initial else _NAME_GAP
    # (three spaces or more in the page itself, not markup blanked, part a printout's columns:
    # "Savchuk Petro           Soborna St. 118")
    return pattern.fullmatch(text, gap_start, b.start) is not None and "   " not in raw[gap_start:b.start]


# Forms of «мати» (to have) that are never «мати» (mother), which the dictionary gives as lemma
_FORMS_OF_TO_HAVE = frozenset("має маю маєш маємо маєте мають мав мали матиме матимуть".split())


# A Cyrillic initial transliterated in two letters or more: "D. Sh. Ragimov" (Ш), "Yu. Koval" (Ю)
_DIGRAPH_INITIALS = frozenset("Sh Zh Kh Ch Ts Yu Ya Ye Shch".split())


def _trigger(tok: _Token, text: str) -> str | None:
    """'title' or 'naming' when the word before `tok` introduces a person."""
    if not tok.prev or not _TRIGGER_GAP.fullmatch(text, tok.prev_end, tok.start):
        return None
    if "." in text[tok.prev_end:tok.start] and tok.prev.lower() not in _ABBREVIATIONS:
        return None     # «…ищет внука. Мальчика видели…»: a full stop ends the sentence
    lex = lexicon()
    word = tok.prev.lower()
    if tok.after_quote and text[tok.start - 1] in "«\"“„":
        # a nickname in quotes after "called" («звали «Миро»»); after a verb of speech the
        # quotes open what was said («сказав «Слава Україні»»)
        if word in _OBJECT_PRONOUNS and tok.prev_prev:
            word = tok.prev_prev.lower()    # «називали його «Кірюха»», "they called him "Kiriukha""
        lemmas = {word} if word.isascii() else analyse(word).lemmas
        return "naming" if not lemmas.isdisjoint(_CALLED) else None
    if tok.prev.isascii():
        if word in lex.titles_en:
            return None if ":" in text[tok.prev_end:tok.start] else "title"    # "Mum: Call me"
        if word in lex.naming_en or (word in ("is", "was") and tok.prev_prev.lower() == "name"):
            return "naming"
        return None
    lemmas = analyse(word).lemmas
    if word in _FORMS_OF_TO_HAVE:
        lemmas = lemmas - {"мати"}      # «Чи має Червоний Хрест…»: "has", not «мати» (mother)
    if lemmas & lex.titles_cyr:
        # «Сестра: Машину твою…» is a chat's speaker label, not "sister Mashyna"
        return None if ":" in text[tok.prev_end:tok.start] else "title"
    if lemmas & lex.naming_cyr:
        return "naming"
    return None


# Street words in any grammatical case («на улице Ленина», «по вулиці Шевченка»).
_STREET_STEMS = ("вулиц", "улиц", "проспект", "провулк", "переулк", "площ", "бульвар", "набережн")


# «м. Біла Церква», «с. Велика Олександрівка», «г. Шахты»: a town or a village (lowercase only:
# «М. Біла» would be an initial).
_SETTLEMENT_ABBREVIATIONS = frozenset({"м", "с", "смт", "г", "пос", "п"})   # with their full stop
_TWO_INITIALS_AFTER = re.compile(r"[ \t]+[А-ЯІЇЄҐЁ]\.[ \t]?[А-ЯІЇЄҐЁ]\.")
_SETTLEMENT_WORDS = frozenset({"село", "місто", "селище", "город", "посёлок", "поселок", "деревня",
                               "хутір", "хутор"})
_SETTLEMENT_STEMS = ("сел", "міст", "город", "посел", "посёл", "дерев", "хут")


def _after_street_word(tok: _Token, text: str) -> bool:
    if "," in text[tok.prev_end:tok.start] and not tok.prev_prev[:1].isupper():
        # "a woman from our street, Halyna Shevchuk": not the street's name (but "5 Shkilna Lane,
        # Mala Bilozerka": an address, then its town)
        return False
    prev = tok.prev.lower()
    if prev in ("имени", "імені") and tok.prev_prev.lower() == "по":
        return False        # «мальчик по имени Лев»: naming a person, not «улица имени Ленина»
    if tok.prev in _SETTLEMENT_ABBREVIATIONS:
        # «с. Велика», not «с Марией»; nor «п. Кравченко О. М.» (пані, and a person's initials)
        return text.startswith(".", tok.prev_end) and not _TWO_INITIALS_AFTER.match(text, tok.end)
    return (prev in _STREET_WORDS or prev.startswith(_STREET_STEMS)
            or (prev.startswith(_SETTLEMENT_STEMS) and not analyse(prev).lemmas.isdisjoint(_SETTLEMENT_WORDS)))  # «у селі»


def _lone_latin_ok(tok: _Token, text: str) -> bool:
    """A single Latin word is a name only outside a Title Case phrase ("Murad Code",
    "Lesya Ukrainka Street", "Free Russia Foundation")."""
    if _NEXT_IS_CAPITALISED.match(text, tok.end):
        return False
    if tok.prev[:1].isupper() and _NAME_GAP.fullmatch(text, tok.prev_end, tok.start):
        lowered = tok.prev.lower()
        lex = lexicon()
        # "Dear Taras", "Tell Maksym that…"
        return lowered in lex.function_words_en or lowered in lex.not_names_en or lowered in _EN_SPOKEN_TO
    return True


def _runs(tokens: list[_Token], text: str, raw: str) -> list[tuple[int, int]]:
    """Index ranges [i, j) of consecutive tokens that may form one name (`text`: the prose, its
    markup blanked; `raw`: the text as written)."""
    runs = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind == NONE:
            i += 1
            continue
        if tokens[i].kind == JOIN and tokens[i].latin and tokens[i].word.lower() in _EN_SPOKEN_TO:
            runs.append((i, i + 1))     # "Tell Roman to…": the verb opens the sentence, the name follows
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].kind != NONE and _adjacent(tokens[j - 1], tokens[j], text, raw):
            last = tokens[j - 1]
            nxt = tokens[j]
            if _coincidental_first_name(last) and _foreign_surname(nxt) or _english_surname(last, nxt):
                pass        # "Mark Oduya", "Andrew Young": a first name after all
            elif nxt.kind == JOIN and (not (last.first_name or last.patronymic or last.initial)
                                       or (nxt.latin and nxt.english >= RARE)):
                break  # an unknown word continues a name only after a first name ("Murad Code": no)
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _distinct(tok: _Token) -> bool:
    """A word that is a name by itself: a Cyrillic dictionary name, or a Latin one English rarely uses."""
    if tok.kind != STRONG:
        return False
    return not tok.latin or tok.english < (RARE_AT_START if tok.sentence_start else RARE)


def _surname_like(tok: _Token) -> bool:
    """Can this word be the surname after a first name? ("Tor Browser": no)."""
    if tok.kind != JOIN or not tok.latin:
        return tok.kind != NONE
    parts = tok.word.split("-")
    if len(parts) > 1 and all(part[:1].isupper() for part in parts):
        return True         # a double surname ("Lebid-Harmash")
    return bool(_SLAVIC_SURNAME.search(tok.word.lower())) or _foreign_surname(tok)


_SURNAME_FREQUENCY = 100     # "Whitfield" (50) is in the subtitles of a film or two; "Browser" is not a surname


def _foreign_surname(tok: _Token) -> bool:
    """A Latin word English never uses and no place: a surname of any origin ("Oduya")."""
    return (tok.latin and tok.kind == JOIN and len(tok.word) >= 3 and tok.english <= _SURNAME_FREQUENCY
            and not analyse_latin(tok.word).place)


# Surnames of English-speaking countries that are also the places named after people: after a
# first name they are the place ("Jackson Square", "Victoria Station").
_PLACE_WORDS = frozenset({
    "street", "road", "avenue", "lane", "square", "station", "line", "bridge", "church", "house", "park",
    "court", "cross", "garden", "gardens", "centre", "center", "college", "school", "university",
    "hospital", "island", "river", "valley", "place", "gate", "way", "close", "drive", "terrace",
    "market", "tower", "castle", "airport", "port", "bay", "memorial", "foundation", "institute",
})


def _english_surname(first: _Token, second: _Token) -> bool:
    """"Andrew Johnson", "Peter Hall", "Will Thornton": a first name, then a surname of the US
    Census list. Surnames that are common English words ("Young", "Hall") count after a first
    name only English rarely uses otherwise, and only if they are among the 1,000 commonest;
    after "Will", "Grace" or "Rose" only a surname English never uses as a word."""
    if not (first.latin and second.latin) or second.word.lower() in _PLACE_WORDS:
        return False
    rank = census_surnames().get(second.word.lower())
    if rank is None:
        return False
    if _coincidental_first_name(first):
        return second.english < RARE
    if first.first_name and first.kind == STRONG:
        return second.english < ORDINARY or rank <= 1000
    return False


def _coincidental_first_name(tok: _Token) -> bool:
    """"Mark", "Hope", "Will": an English word that is also a first name."""
    return tok.latin and tok.word.lower() in lexicon().coincidence_en


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_DIGITS_NEXT = re.compile(r"[ \t]?№?[ \t]?\d")


def _speaker(tok: _Token, text: str) -> bool:
    """Is the word after `tok` a verb of speech («Гена говорит», «Віра каже»)?"""
    match = _NEXT_WORD.match(text, tok.end)
    if not match:
        return False
    return not analyse(match.group(1).lower()).lemmas.isdisjoint(lexicon().naming_cyr)


# "Tell Roman to take the car", "kiss Grace for me": a verb whose object is a person
_EN_SPOKEN_TO = frozenset({"tell", "ask", "kiss", "hug", "thank", "told", "asked", "thanked", "kissed", "hugged"})
_EN_SPEAKS_AFTER = re.compile(r"[ \t]+(?:says|said|told|asked|wrote|writes|sent|replied|answered|explained|promised|"
                              r"texted|phoned|called|messaged)(?![\w'’])")
_AGE_CUES_AFTER = r"(?:зараз|сейчас|тоді|тогда|вже|уже|було|было|буде|будет|исполнилось|виповнилося|виповнилось)"
_AGE_AFTER = re.compile(rf",?[ \t]+(?:{_AGE_CUES_AFTER}[ \t]+)*\d{{1,3}}[ \t]?(?:рік|роки|років|год|года|лет)(?![\w'’])"
                        # («Богданові вже сім, ходить у другий клас»: after a word of time, in words too)
                        rf"|,?[ \t]+(?:{_AGE_CUES_AFTER}[ \t]+)+(?:{AGE_NUMBER})(?=[ \t]*[,.;!?)—–])")
_OBJECT_PRONOUNS = frozenset({"його", "її", "їх", "его", "её", "ее", "их", "мене", "меня", "тебе", "нас",
                              "him", "her", "me", "them"})
_CALLED = frozenset({"called", "named", "звати", "звать", "називати", "называть", "прозвати", "прозвать",
                     # a call sign or a nickname in quotes: «позывной «Бэтмен»»
                     "callsign", "nickname", "позивний", "позывной", "прізвисько", "прозвище", "кличка"})
_AFTER_COMMA = re.compile(r",[ \t]+([^\W\d_]+)")


# what follows a name that is spoken to: «Лилия, вы регистрировались?», «Надежда, спасибо»
_ADDRESS_WORDS = frozenset({"вы", "ты", "ви", "ти", "спасибо", "дякую", "привет", "привіт"})


def _addressed(tok: _Token, text: str) -> bool:
    """Is the name followed by a comma and a verb in the imperative («Катя, держитесь»), a
    pronoun of the person spoken to or a thank-you («Лилия, вы…», «Надежда, спасибо»)?"""
    match = _AFTER_COMMA.match(text, tok.end)
    if not match or tok.latin:
        return False
    word = match.group(1).lower()
    return word in _ADDRESS_WORDS or imperative(word)




_ADVERBS_BEFORE_VERB = re.compile(
    r"[ \t]+(?:(?:вчера|вчора|сегодня|сьогодні|уже|вже|тоже|теж|также|також|ещё|еще|ще|опять|знову|снова|"
    r"потом|потім|тогда|тоді|не|же|ж|сама|сам|так|только|тільки|всё|все|всегда|завжди|часто|сразу|одразу)[ \t]+){0,2}"
    r"([^\W\d_]+)", re.IGNORECASE)


_VOCATIVE_AFTER = re.compile(r"[ \t]*[,!](?![ \t]*(?:наша|наш|моя|мій)(?![\w'’]))")


def _called_by_name(tok: _Token, text: str) -> bool:
    """«Ліліє, якщо ти слухаєш»: a name in its own vocative, then a comma: a person addressed."""
    return not tok.latin and _VOCATIVE_AFTER.match(text, tok.end) is not None and vocative_name(tok.word.lower())


def _acts_at_sentence_start(tok: _Token, text: str) -> bool:
    """«Женя вчера написала», «Паша пришёл»: a name that is also a verb's form (женя: marrying)
    opens a sentence whose verb follows: the person acts. Not a word the lexicon calls
    coincidental («Вера помогает»: faith does)."""
    if tok.latin or not tok.sentence_start or not nominative_name(tok.word.lower()):
        return False        # «Люди помогают», «Дані передала»: not a name's nominative
    if not analyse(tok.word).lemmas.isdisjoint(lexicon().coincidence_cyr):
        return False
    match = _ADVERBS_BEFORE_VERB.match(text, tok.end)
    return bool(match) and finite_verb(match.group(1).lower())


# Months and seasons come and go as people do («Весна прийшла», "May came"): not judged by
# what follows them; hope, faith and grace come and go too, and speak only in a figure of speech
# less often («Надежда пришла позже», "Hope never left me"; but «Вера не пришла»)
_TIME_WORDS = frozenset({"may", "june", "april", "august", "summer", "autumn", "dawn",
                         "весна", "май", "август", "серпень", "лютий", "зоря"})
_VIRTUES = frozenset({"hope", "faith", "grace", "joy", "mercy", "charity", "glory", "peace", "slava", "mir",
                      "віра", "надія", "любов", "вера", "надежда", "любовь", "слава", "мир", "воля", "доля"})
_MOTION = frozenset({"went", "came", "left", "returned", "arrived", "прийти", "піти", "приходити", "повернутися",
                     "приїхати", "поїхати", "пойти", "приходить", "вернуться", "приехать", "поехать", "уехать",
                     "виїхати", "ходити", "ходить"})
_EN_ADVERB_THEN_WORD = re.compile(
    # (past bold marks, a list's dash or a bracketed aside: "**Will** — went home", "Grace (the
    # support worker) brought me books")
    r"(?:\*{1,2}|_{1,2})?(?:[ \t]+[—–]|[ \t]+\([^()\n]{1,40}\))?"
    r"[ \t]+(?:(?:also|then|still|never|already|just|only|finally|later|often|first|once)[ \t]+)?([a-z]+)(?![\w'’])")
# "Lev was taken", "Roman is 39", "Lev, who is 9", "Lev, 50,", "Roman had a hospital appointment"
_EN_PERSON_AFTER = re.compile(
    rf"(?:,?[ \t]+(?:who[ \t]+)?(?:is|was)|,)[ \t]+(?:\d{{1,3}}|{EN_NUMBER_WORD})(?:[ \t]+years?(?:[ \t]+old)?)?"
    r"(?=[ \t]*(?:[,.;:)*!?]|$))"
    r"|[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been|got)"
    r"(?:[ \t]+(?:still|now|also|then|later|finally|again|reportedly|never))?[ \t]+(?:taken|detained|arrested|captured|released|born|"
    r"wounded|killed|deported|sentenced|exchanged|questioned|beaten|held|transferred|abducted|kidnapped|"
    r"mobili[sz]ed|drafted|in[ \t]+captivity|in[ \t]+prison)(?![\w'’])"
    r"(?![ \t]+(?:back|up|as|to[ \t]+mean)(?!\w))"     # not "Hope is still held back", "Will is taken to mean"
    r"|[ \t]+(?:has|had)[ \t]+(?:a|an|his|her|two|three)[ \t]", re.MULTILINE)
# "Hope is a Nigerian medical student": the noun after "is a" and up to three words
_EN_IS_A = re.compile(r"[ \t]+(?:is|was)[ \t]+an?((?:[ \t]+[A-Za-z'’-]+){1,4})")   # ("a woman's voice": no person)

# "Lev's father", "Faith's new number": what the possessive owns, after at most one word
_EN_POSSESSIVE_THEN = re.compile(r"['’]s[ \t]+(?:(?:new|old|own|late|younger|elder|older|little|eldest|youngest|"
                                 r"mobile|home|current|last|first|second)[ \t]+)?([a-z-]+)(?![\w'’])")
_NEGATED = re.compile(r"(?<![\w'’])не(?![\w'’])", re.IGNORECASE)
_RU_UK_NOTHING = re.compile(r"[ \t]+(?:ничего|нічого)(?=[ \t])")


def _described_as_a_person(text: str, end: int) -> bool:
    """Does "is a"/"was a" and, within four words, a noun naming a person follow `end`? (Not
    past a function word: "Hope is a thing every student needs".)"""
    match = _EN_IS_A.match(text, end)
    if not match:
        return False
    lex = lexicon()
    for word in match.group(1).lower().split():
        if word in lex.person_nouns_en:
            return True
        if word in lex.function_words_en:
            return False
    return False


# a chat export's header: the sender, maybe their town, then the time ("**Roman (Dnipro), 3 March,
# 09:14**", «**Роман — 09:22**»): only a person sends a message
_CHAT_HEADER_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?(?:,[ \t]*[^\W\d_][^\n*,—–]{0,25})?[ \t]*[,—–-][ \t]*"
                                r"(?:\d{1,2}[ \t]+[^\W\d_]+,?[ \t]+)?[0-2]?\d:[0-5]\d(?:[ \t]*[AaPp][Mm])?(?:\*{1,2}|_{1,2})?:?[ \t]*$",
                                re.MULTILINE)
_LINE_OPENING = re.compile(r"[ \t>]*(?:\*{1,2}|_{1,2})?")


# «Злата (6) потребує логопеда», "Lily (4)": an age in brackets after it
_BRACKETED_AGE_AFTER = re.compile(r"[ \t]*\((?:1[01]\d|[1-9]?\d)(?:[ \t]?(?:р\.|л\.|г\.|рок\w*|рік|лет|год\w*|y\.?o\.?|years?))?\)")


def _sender_or_aged(tok: _Token, text: str) -> bool:
    """A chat's sender line, or an age in brackets after the word: only a person has either."""
    return _BRACKETED_AGE_AFTER.match(text, tok.end) is not None or (
        _LINE_OPENING.fullmatch(text, tok.line, tok.start) is not None
        and _CHAT_HEADER_AFTER.match(text, tok.end) is not None)


def _acts_as_a_person(tok: _Token, text: str) -> bool:
    """«Надежда принесла распечатку», «Віра не прийшла», "Grace explained", "Lev was taken",
    "Roman is 39": a word the lexicon calls a name only by coincidence, followed by what only a
    person does or is (the lexicon's `acting` verbs, an age, being detained)."""
    lex = lexicon()
    if tok.latin:
        lowered = tok.word.lower()
        # two of three: a word the lexicon calls coincidental, weak as a name, a first name
        coincidental, weak = lowered in lex.coincidence_en, tok.kind == WEAK_NAME
        if not (coincidental and weak or (coincidental or weak) and _first_name_and_word(tok.word)) \
                or lowered in _TIME_WORDS:
            return False
        if _sender_or_aged(tok, text):
            return True
        after = _EN_PERSON_AFTER.match(text, tok.end)
        if after and lowered in _VIRTUES and after.group().lstrip().startswith(("has", "had")):
            # "Grace has a daughter", not "Hope has a schedule": only what a person has counts
            owned = _NEXT_WORD.match(text, after.end() - 1)
            after = owned if owned and owned.group(1).lower() in lex.possessions_en else None
        if after:
            return True
        if _described_as_a_person(text, tok.end):
            return True     # "Hope is a Nigerian medical student"
        owned = _EN_POSSESSIVE_THEN.match(text, tok.end)
        if owned and owned.group(1).lower() in lex.possessions_en:
            return True     # "Lev's father", "Faith's new number"
        match = _EN_ADVERB_THEN_WORD.match(text, tok.end)
        return bool(match) and match.group(1) in lex.acting_en \
            and not (lowered in _VIRTUES and match.group(1) in _MOTION)
    lemmas = analyse(tok.word).lemmas
    if lemmas.isdisjoint(lex.coincidence_cyr) or not lemmas.isdisjoint(_TIME_WORDS):
        return False
    if _sender_or_aged(tok, text):
        return True
    after = _OURS_AFTER.match(text, tok.end)
    if after and person_noun(after.group(1).lower()):
        return True         # «Роман, наш охранник, не пытался» (not «Лев, наш кіт»)
    if WAS_AGE_AFTER.match(text, tok.end):
        return True         # «Вере было 39»: only a person is 39
    nothing = _RU_UK_NOTHING.match(text, tok.end)
    match = _ADVERBS_BEFORE_VERB.match(text, nothing.end() if nothing else tok.end)
    if not match:
        return False
    acts = finite_verb_lemmas(match.group(1).lower()) & lex.acting_cyr
    if not lemmas.isdisjoint(_VIRTUES) and not _NEGATED.search(match.group()):
        acts -= _MOTION     # («Вера не пришла» to the meeting: a person who did not come)
    return bool(acts)


def _unknown_word(word: str) -> bool:
    return not word.isupper() and not analyse(word).known


def _subject(tok: _Token, text: str) -> bool:
    """Is the unknown word followed by a verb («з яким Вадім сидів», «Дилноза приезжает»)?
    Not after a preposition: «в Оленовке были», «про Оленовку знає» (a place, an object)."""
    if tok.prev and preposition(tok.prev.lower()):
        return False
    match = _NEXT_WORD.match(text, tok.end)
    return bool(match) and finite_verb(match.group(1).lower())


_APPOSITION_AFTER = re.compile(
    r",[ \t]+(?:(?:моя|мій|моєї|мого|наша|наш|нашої|нашого|його|її|мой|моей|моего|нашей|"
    r"нашего|его|её|ее)[ \t]+)?([^\W\d_]+)", re.IGNORECASE)
# («Вере было 39», «Вірі виповнилося 40»: a number of years after a dative)
WAS_AGE_AFTER = re.compile(rf"[ \t]+(?:было|було|исполнилось|виповнилося|виповнилось)[ \t]+(?:(?:1[01]\d|[1-9]?\d)(?!\d|[.,]\d)"
                           rf"|(?:{AGE_NUMBER})(?=[ \t]+(?:рік|роки|років|год|года|лет)(?![\w'’])))")
# («Роман, наш охранник», «Лева, нашого кока»: a possessive, then a noun naming a person, not a pet)
_OURS_AFTER = re.compile(r",[ \t]+(?:моя|мій|наша|наш|мой|моего|мого|нашого|нашего|моєму|моему|нашому|нашему|"
                         r"мою|нашу|моєї|моей|нашої|нашей|його|її|его|её|ее)[ \t]+([^\W\d_]+)", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"([^\W\d_]+)(?:[ \t]+[^\W\d_]+)?[ \t]*,[ \t]*$")


def _in_apposition(tok: _Token, text: str) -> bool:
    """«Сестра Тимура, Дилноза, приезжает», «до Кузьменчихи, сусідки нашої»: a relative or
    a person noun right before the comma, or right after it."""
    after = _APPOSITION_AFTER.match(text, tok.end)
    if after and person_word(after.group(1)):
        return True
    before = _CLAUSE_BEFORE.search(text, max(0, tok.start - 40), tok.start)
    return bool(before) and person_word(before.group(1))


_LABEL_COLON = re.compile(r"[*_]*\s?:")


def _speaker_label(tok: _Token, text: str) -> bool:
    """«**[00:17] ВІКТОРІЯ:**», "HALYNA:": a transcript's speaker, in capitals, who is a name in
    the dictionaries (not "HOST:", «ВЕДУЧИЙ:»)."""
    if len(tok.word) < 3 or not _LABEL_COLON.match(text, tok.end):
        return False        # "EL:", "P7:": initials or a code, not a name
    word = tok.word.capitalize()
    info = analyse_latin(word) if tok.latin else analyse(word)
    return (info.name or info.surn or info.patr) and not info.place


# «Слава Богу», «Слава Україні»: glory, not Slava; «кота Лева», "our dog Rex": a pet
_GLORY_TO = re.compile(r"[ \t]+(?:Богу|богу|Господу|Україні|Украине|ЗСУ|Героям|героям|Нації|нації|Ісусу|Иисусу|"
                       r"Ukraini|Ukrayini|Ukraine|Bohu|Heroiam|Heroyam)(?![\w'’])")
_PETS = frozenset({"кот", "кота", "коту", "котом", "кіт", "котик", "котика", "кішка", "кішку", "кошка", "кошку",
                   "пес", "пса", "псу", "собака", "собаку", "собаки", "песик", "песика", "cat", "dog", "puppy", "kitten"})


_ABBREVIATION_BEFORE_WORD = re.compile(r"\.[ \t]+[a-zа-яіїєґё]")
# «Реф. № 17», "Ref. No. 4": an abbreviated label before a number
_LABEL_OF_NUMBER = re.compile(r"\.[ \t]*(?:№|No\.?[ \t]*\d|N[ \t]?\d)")


_I_CONTRACTED = frozenset({"I'm", "I'll", "I've", "I'd"})


def _not_a_person(tok: _Token, text: str) -> bool:
    """A lone word that is no name where it stands (the greeting «Слава Україні» is judged for
    every run in _judge)."""
    if _LABEL_OF_NUMBER.match(text, tok.end):
        return True
    if tok.word.replace("’", "'") in _I_CONTRACTED:
        return True         # "Mama I'm driving": not a name after a title
    if len(tok.word) <= 4 and not tok.first_name and _ABBREVIATION_BEFORE_WORD.match(text, tok.end):
        return True         # «Лич. дело», «спр. выдана»: an abbreviation before the word it shortens
    return tok.prev.lower() in _PETS


# A saint's name, as churches are named: «храм святого Николая», «церкви святого Миколая», "the
# chapel of St. Nicholas"
_SAINT_WORDS = frozenset("святого святої святой святителя святителю преподобного преподобної великомученика "
                         "великомучениці великомученицы св st saint "
                         # a city named after a saint: São Paulo, San Francisco, Santa Cruz
                         "são sao san santa santo".split())


_SAINT_BEFORE = re.compile(rf"(?<![\w'’])(?i:{'|'.join(_SAINT_WORDS)})\.?[ \t]+$")


def _after_saint_word(text: str, start: int) -> bool:
    """Does a saint's word end the line just before `start` (not a plate's «СВ.» or "ST" in capitals)?"""
    m = _SAINT_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and not m.group().strip(". \t").isupper()


def _judge(tokens: list[_Token], i: int, j: int, text: str) -> str | None:
    """The rule that makes tokens[i:j] a person's name, or None."""
    run = tokens[i:j]
    words = [t for t in run if not t.initial]
    initials = [t for t in run if t.initial]
    if not words or _after_street_word(tokens[i], text) or _after_saint_word(text, tokens[i].start):
        return None
    if words[0].word.lower() in ("слава", "slava") and _GLORY_TO.match(text, words[0].end):
        return None         # "Slava Ukraini", «Слава Україні»: the greeting, however many words
    trigger = _trigger(tokens[i], text)
    evidence = [t for t in words if t.kind in (STRONG, WEAK_NAME, WEAK_SURN)]
    if initials:
        if "".join(t.word for t in initials) in _FULL_NAME_LABELS:
            return None
        spaced = (len(initials) > 1 and not initials[0].latin
                  and all(text[t.start:t.end].endswith(".") for t in initials)
                  and all(text[a.end:b.start] in (" ", "\t", "\u00a0") for a, b in zip(initials, initials[1:])))
        # («Лях Е. С.»: initials written apart with their dots are no «ЄС»)
        if "".join(t.word for t in initials) in _NOT_INITIALS and not spaced and not any(t.kind == STRONG for t in words):
            # "Washington D.C.", «Москва РФ.»: an abbreviation, not initials (but «Т. В. Гордієнко»,
            # «Нуриева Р.Ф.»: a surname's initials that happen to spell one)
            return None
        cyrillic_word = any(not t.latin for t in words)
        # "R. Adeyemi", "Grace T.": a surname English never uses, a first name English also uses
        foreign = any(_foreign_surname(t) or _coincidental_first_name(t) for t in words)
        return "name.initials" if evidence or cyrillic_word or len(initials) > 1 or trigger or foreign else None
    if any(t.patronymic for t in words):
        return "name.patronymic"
    if len(words) == 2 and (_coincidental_first_name(words[0]) or words[0].first_name) and _foreign_surname(words[1]):
        return words[1].rule        # "Mark Oduya", "Emma Lindqvist": a first name English uses, a surname it never does
    if len(words) == 2 and _english_surname(words[0], words[1]):
        return words[0].rule or "name.translit"
    if len(words) > 1 and all(t.latin for t in words) and not all(_surname_like(t) for t in words[1:]):
        words = words[:1]   # a first name in a Title Case phrase: judge it alone
    if len(words) == 1:
        tok = words[0]
        if _not_a_person(tok, text):
            return None
        if tok.nickname:
            return "name.title"
        if tok.word.isupper() and _speaker_label(tok, text):
            return tok.rule or "name.title"
        named = trigger == "naming" and (tok.kind != JOIN or tok.after_quote
                                         or tok.word.lower() in lexicon().coincidence_en)
        if trigger == "title" or named:
            if "," in text[tok.prev_end:tok.start] and not tok.latin \
                    and (tok.kind == WEAK_SURN and analyse(tok.word).place
                         or tok.kind == JOIN and _PLACE_ENDING_RE.search(tok.word)):
                return None     # «учитель, Чернобаевка»: a list's occupation, then a village no dictionary knows
            if tok.word.isupper() and analyse(tok.prev.lower()).lemmas & _POSSESSIVES:
                return None     # «мой СНИЛС»
            if tok.word.isupper() and _DIGITS_NEXT.match(text, tok.end):
                return None     # «права водителя ЗПА 902217»: a document's series and number
            return tok.rule if tok.kind == STRONG else "name.title"
        if tok.latin:
            if tok.kind == WEAK_NAME and (
                    _EN_SPEAKS_AFTER.match(text, tok.end) and tok.prev.lower() not in ("the", "a", "an")
                    and _lone_latin_ok(tok, text)
                    or tok.prev.lower() in _EN_SPOKEN_TO and not _NEXT_IS_CAPITALISED.match(text, tok.end)):
                return tok.rule     # "Roman says soldiers took him", "as Roman sent them": a name that is also a word
            if tok.prev.lower() not in ("the", "a", "an") and _acts_as_a_person(tok, text) and _lone_latin_ok(tok, text):
                return tok.rule or "name.translit"     # "Grace explained", "Lev was taken", "Roman is 39"
            return tok.rule if _distinct(tok) and _lone_latin_ok(tok, text) else None
        if tok.kind == STRONG:
            return tok.rule
        if tok.kind == WEAK_NAME and not (tok.sentence_start or tok.after_quote):
            return tok.rule  # Ukrainian and Russian capitalise only proper nouns inside a sentence
        if tok.kind == WEAK_NAME and (_speaker(tok, text) or _addressed(tok, text) or _AGE_AFTER.match(text, tok.end)
                                      or _acts_at_sentence_start(tok, text) or _called_by_name(tok, text)
                                      or _acts_as_a_person(tok, text)):
            # «Гена говорит, что…», «Катя, держитесь», «Романові зараз 37 років»: speaking,
            # spoken to, of an age
            return tok.rule
        if tok.kind == JOIN and not tok.sentence_start and _unknown_word(tok.word) \
                and (_subject(tok, text) or _addressed(tok, text) or _in_apposition(tok, text)):
            # a name the dictionaries lack («Дилноза», «Вадім», «Кірюха»): a capitalised word
            # inside a sentence that acts, is spoken to, or is said to be someone's relative
            return f"name.morph.{'ru' if _RUSSIAN_LETTERS.search(tok.word) else 'uk'}"
        return None
    distinct = [t for t in words if _distinct(t)]
    if distinct:
        return distinct[0].rule
    if evidence and trigger:
        return evidence[0].rule
    if len(evidence) >= 2 and all(t.english < ORDINARY for t in words) \
            and (any(not t.latin for t in evidence) or len(evidence) == len(words)):
        return evidence[0].rule
    if trigger == "title":
        return "name.title"
    return None


_PLACE_ENDING_RE = re.compile(r"(?:вка|ськ|цьк|ск|цк|град|город|поль|піль|ове|еве|ине|ино|ово|ево|ичі|ичи)$")
_COMMA_GAP = re.compile(r",[ \t\u00a0]*")


def _inverted_surname(tokens: list[_Token], i: int, text: str) -> bool:
    """"Kurylo, Serhii Petrovych", «Гребенюк, Максим Юрійович»: a list's surname-first order;
    the word before the comma opens its line, cell or item."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return (not before.initial and before.sentence_start
            and _COMMA_GAP.fullmatch(text, before.end, tokens[i].start) is not None)


# Initials that are abbreviations, not people («U.S.», «A.M.», «P.S.», «С.Ш.А.» is rare).
_NOT_INITIALS = frozenset({"US", "UK", "UN", "EU", "AM", "PM", "BC", "AD", "NB", "PS", "OK", "TV", "DC",
                           "LA", "NY", "ID", "HQ", "PR", "RF", "РФ", "США", "ЕС", "ЄС", "ТВ", "НБ"})
# «Ф. И. О.:», «П.І.Б.» (surname, first name, patronymic): a form's label, however written
_FULL_NAME_LABELS = frozenset({"ФИО", "ФІО", "ПІБ", "ПИБ"})


def _initials_alone(run: list[_Token], text: str) -> bool:
    """A testimony's "— M.O., 22:10", «(В. Б.)»: two or three initials and no word, a signature
    or a witness kept to initials."""
    if not 2 <= len(run) <= 3 or not all(t.initial for t in run):
        return False
    return "".join(t.word for t in run) not in _NOT_INITIALS | _FULL_NAME_LABELS


def _pseudonym_words(pseudonyms: frozenset[str]) -> frozenset[str]:
    """A pseudonym, and each word of one («Ирина Морская»: «от Ирины» is the same person)."""
    words = {w for p in pseudonyms for w in p.split() if len(p.split()) > 1 and len(w) > 2}
    return frozenset(pseudonyms) | words


# --- names where prose rules cannot see them: file names and hashtags of a testimony ------------
# «![…](img/poster-horbenko.jpg)», "#FindLiudmyla": a testimony's photo named after the person,
# a campaign hashtag with the first name. Only words that are names in the dictionaries (and not
# words of English), so "login" or "origin" in a path stay paths.
# (a file's name alone too, by its extension: "translation_Melnyk_2024-02-12.pdf", `postcard-skrypnyk.jpg`)
FILE_EXTENSIONS = r"(?:pdf|jpe?g|png|gif|heic|webp|tiff?|dcm|docx?|xlsx?|pptx?|odt|rtf|txt|srt|vtt|mp3|mp4|m4a|ogg|opus|wav|mov|zip|csv)"
FILE_EXTENSION_RE = re.compile(rf"\.{FILE_EXTENSIONS}\b", re.IGNORECASE)     # (a literal first: fast)
# (and a web address's path, whatever it ends with: "example.org/cards/kravets-bohdan")
_PATH_TOKEN = re.compile(r"(?:[\w.\-]*/)+[\w.\-]+\.[A-Za-z0-9]{2,5}\b|#[A-Za-z][A-Za-z0-9]+"
                         r"|(?<![\w.\-])(?:https?://|www\.)?(?:[\w\-]+\.)+[a-z]{2,6}/[^\s()\[\]<>\"'«»`|]+")
_FILE_TOKEN = re.compile(rf"(?<![\w.\-/])[\w\-]+(?:\.[\w\-]+)*\.(?i:{FILE_EXTENSIONS})\b")
_PATH_WORD = re.compile(r"[A-Z]?[a-z]{4,}")


def _path_name(word: str) -> bool:
    info = analyse_latin(word.capitalize())
    slavic = _SLAVIC_SURNAME.search(word.lower()) is not None
    # (a Slavic surname English subtitles name now and then is still one: "lysenko_20240612_05.jpg")
    frequency = word_frequency(word.lower(), "en")
    # (a surname that is also a transliterated word, "moroz", "koval", is left alone: "lyst",
    # "ferma" read the same way, and file names are full of such words)
    return ((info.name or info.surn) and not info.place and (frequency == 0 or slavic and frequency < _SURNAME_FREQUENCY)
            and (not info.common or slavic))   # Tkachuk: also «ткачук»


def _names_in_paths(text: str) -> list[tuple[int, int]]:
    spans = []
    tokens = _PATH_TOKEN.finditer(text) if "/" in text or "#" in text else iter(())
    if "." in text and FILE_EXTENSION_RE.search(text):     # (the costlier pattern, only where it can match)
        tokens = chain(tokens, _FILE_TOKEN.finditer(text))
    for token in tokens:
        for word in _PATH_WORD.finditer(token.group()):
            if _path_name(word.group()):
                start = token.start() + word.start()
                spans.append((start, start + len(word.group())))
    return spans


# A word mentioned as a word where the sentence says what it means: "*Nadiia*, *Vira* and *Liubov*
# are Ukrainian for hope, faith and love", "*Roman* in this glossary means a typeface", "Names like
# Roman, Lev, Nadiia or Vira … are not pseudonyms…; in Ukrainian roman means a novel"
_MENTION_SENTENCE_RE = re.compile(
    r"\b(?:is|are)\s+(?:the\s+)?(?:Ukrainian|Russian|Bulgarian|Polish|English)\s+(?:words?\s+)?for\b"
    # "…; in Ukrainian roman means a novel, lev a lion"
    r"|\bin\s+(?:Ukrainian|Russian)\s+[^\W\d_]+\s+means\b"
    r"|\bin\s+this\s+glossary\b"    # (not "the word", «слово»: «Лілія розповіла, що близнюки вивчили слово…»)
    # "Nadiia is a woman's name and also the word for hope"
    r"|\bname\s+and\s+(?:also\s+)?the\s+word\s+for\b",
    re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


def _mentioned_as_words(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the single words their sentence explains as words."""
    kept = []
    for span in spans:
        # (the view the detectors read has its emphasis markers taken out: a single word is enough)
        if " " not in text[span.start:span.end]:
            begin = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, span.start)), default=0)
            end = _SENTENCE_END_RE.search(text, span.end)
            stop = end.start() if end else len(text)
            if _MENTION_SENTENCE_RE.search(text, begin, stop):
                continue
            if text[span.start - 1:span.start] in _OPENING_QUOTES and text[span.end:span.end + 1] in _CLOSING_QUOTES \
                    and _QUOTED_MENTION_RE.search(text, begin, stop):
                continue    # '"Victoria" or "Nadiia" may be the names of streets or ships'
        kept.append(span)
    return kept


# A sentence about words as words, whose quoted single words are no one ('"Hope", "Grace" and
# "Will" appear as ordinary English words', '"Victoria" may be the name of a street')
_QUOTED_MENTION_RE = re.compile(
    r"\bmay\s+be\s+(?:the\s+)?names?\s+of\b|\bordinary\s+(?:English\s+|Ukrainian\s+|Russian\s+)?words\b"
    r"|(?<![\w'’])(?:може|можуть|может|могут)\s+бути\s+назв\w*|звичайн\w+\s+слов\w*|обычн\w+\s+слов\w*",
    re.IGNORECASE)
_OPENING_QUOTES = frozenset('"“«„\'‘')
_CLOSING_QUOTES = frozenset('"”»“\'’')


# A glossary's "Names such as Nadia, Marko or Lesia on this site are pseudonyms", «Псевдоним. Имя,
# которое … использует вместо настоящего, например Вера, Надежда или Любовь»: examples of
# pseudonyms, listed after "such as" in a paragraph that speaks of pseudonyms, are nobody
_PSEUDONYM_WORD_RE = re.compile(r"pseudonym|псевдон[иі]м", re.IGNORECASE)
_EXAMPLE_CUE = (r"(?<![\w'’])(?i:such as|like|e\.g\.|for example|for instance|наприклад|на кшталт|як-от|скажімо|"
                r"такі як|например|вроде|такие как|к примеру)")
_NAME_LIST_ITEM = rf"[{_UPPER}][^\W\d_]+(?:['’ʼ-][^\W\d_]+)*"
_LIST_GAP = r"(?:[ \t]*,[ \t\n]*|[ \t\n]+(?:or|and|чи|або|і|й|та|или|и)[ \t\n]+)"
_EXAMPLE_NAMES_RE = re.compile(
    rf"{_EXAMPLE_CUE}[ \t\n,:]+({_NAME_LIST_ITEM}(?:{_LIST_GAP}{_NAME_LIST_ITEM})*)"
    # … or a colon or a dash before three names or more ("it may be an ordinary word: Hope, Grace,
    # Will", «подписаны чужими именами — Лев, Роман, Вера»)
    rf"|[:—–][ \t]+({_NAME_LIST_ITEM}(?:{_LIST_GAP}{_NAME_LIST_ITEM}){{2,}})")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t>]*\n")


def _not_pseudonym_examples(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the single names listed as examples of pseudonyms."""
    lists = []
    for match in _EXAMPLE_NAMES_RE.finditer(text):
        begin, end = max(0, match.start() - 300), min(len(text), match.end() + 300)
        for brk in _PARAGRAPH_BREAK.finditer(text, begin, end):
            if brk.end() <= match.start():
                begin = brk.end()
            elif brk.start() >= match.end():
                end = brk.start()
                break
        if _PSEUDONYM_WORD_RE.search(text, begin, end):
            lists.append(match.span(1) if match.group(1) else match.span(2))
    if not lists:
        return spans
    return [s for s in spans if " " in text[s.start:s.end] or not any(a <= s.start and s.end <= b for a, b in lists)]


# A radio amateur's call sign names its holder in the national register: Ukraine's (UR-UZ, EM-EO)
# and Russia's (R, RA-RZ, UA-UI) prefixes, a digit, a suffix of one to three letters: "UR4WXK", "R7FTM"
_RADIO_CALL_SIGN_RE = re.compile(r"(?<![\w/-])(?:U[R-Z]|E[M-O]|R[A-Z]?|U[A-I])\d[A-Z]{1,3}(?![\w/-])")
_RADIO_TRIGGERS = ((re.compile(r"(?:U[R-Z]|E[M-O]|R[A-Z]?|U[A-I])\d[A-Z]"), False),)


def detect(text: str, ctx: ScanContext) -> list[Span]:
    """Spans of person names in `text` (raw Markdown or plain text)."""
    spans = _detect(text, ctx)
    if occurs(text, _RADIO_TRIGGERS):
        spans = sorted(spans + [Span(m.start(), m.end(), KIND, "name.radio_call_sign")
                                for m in _RADIO_CALL_SIGN_RE.finditer(text)], key=lambda s: (s.start, s.end))
    if spans and (_MENTION_SENTENCE_RE.search(text) or _QUOTED_MENTION_RE.search(text)):
        spans = _mentioned_as_words(text, spans)
    if spans and _PSEUDONYM_WORD_RE.search(text):
        spans = _not_pseudonym_examples(text, spans)
    extra = unless_allowed(form_field_names(text), text, ctx, "name.form")
    extra += unless_allowed(chat_senders(text), text, ctx, "name.chat_sender")
    extra += unless_allowed(call_sign_cells(text), text, ctx, "name.call_sign")
    extra += unless_allowed(salutation_names(text), text, ctx, "name.salutation")
    taken = [(s.start, s.end) for s in spans]
    if spans and "(" in text:
        extra += unless_allowed(bracketed_after(text, taken), text, ctx, "name.bracket")
    if ctx.testimony:
        extra += unless_allowed(name_column_cells(text), text, ctx, "name.column")
        extra += unless_allowed(log_senders(text), text, ctx, "name.log_sender")
        extra += unless_allowed(vcard_names(text), text, ctx, "name.vcard")
        # (each of these finds nothing at once where its marks are missing)
        nicknames = _defined_nicknames(text, taken) if spans else []
        if "«" in text or '"' in text or "“" in text:
            nicknames += quoted_after(text, taken) if spans else []
            nicknames += _quoted_people(text, taken + nicknames)
        if occurs(text, _CALL_SIGN_TRIGGERS):
            nicknames += _quoted_call_signs(text, taken)
        if occurs(text, _NAMED_THEN_QUOTED_TRIGGERS):
            nicknames += [m.span(1) for m in _NAMED_THEN_QUOTED.finditer(text)
                          if not any(a < m.end(1) and m.start(1) < b for a, b in taken + nicknames)]
        extra += unless_allowed(nicknames, text, ctx, "name.nickname")
        extra += unless_allowed(_names_from_places(text, taken), text, ctx, "name.from_place")
        extra += unless_allowed(_maiden_and_family_names(text), text, ctx, "name.family")
        if ":" in text and (" From " in text or " Від " in text or " От " in text):
            extra += unless_allowed(_call_chat_names(text), text, ctx, "name.call_chat")
        extra += unless_allowed(_names_in_capitals(text, ctx.language), text, ctx, "name.capitals")
        extra += unless_allowed(_names_in_paths(text), text, ctx, "name.in_path")
        extra += unless_allowed(lowercase_names(text), text, ctx, "name.lowercase")
    if not extra:
        return spans
    extra = [s for s in extra if not any(a < s.end and s.start < b for a, b in taken)]
    return sorted(spans + extra, key=lambda s: (s.start, s.end))


# "The guards had call signs, not names. The worst was "Boroda". There was also "Khokhol"": in a
# paragraph that speaks of call signs or nicknames, a capitalised word alone in quotes is one
# (or names they called one another: «охранники называли друг друга «Якут» и «Батя»»)
_CALL_SIGN_CUE = re.compile(r"call[\s-]?signs?\b|nicknames?\b|introduced (?:himself|herself) as|позивн|позывн|"
                            r"прізвиськ|прозвищ|кличк|представи(?:вся|лася|лся|лась)|"

                            r"call(?:ed|ing)? (?:one another|each other)|"
                            r"(?:звали|называли|называют|зовут|кликали|кличуть|називали|називають) "
                            r"(?:друг друга|одне одного|один одного|одна одну)")
_CALL_SIGN_TRIGGERS = ((_CALL_SIGN_CUE, True),)
_QUOTED_WORD = re.compile(r"(?<![\w'’])[«\"“'‘]([A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’-]{1,24})[»\"”'’](?![\w'’])")


# … or the quoted word right after a man introduced himself or another called him: «представившийся
# заместителем командира, «Север»», «що назвався …, «Північ»», "whom another calls "Tunguska"",
# «другой называет «Тунгуска»» (whatever the word: call signs are often places)
_NAMED_THEN_QUOTED = re.compile(
    r"(?<!не )(?:представивш\w*|назва(?:вся|лася|лся|лась)|назвавш\w*|(?:whom|who)(?: \w+){0,2} calls?|"
    r"(?:другой|другий|інший|один|одна) (?:называет|называл|називає|називав|кличе|зовёт|зовет))"
    r"(?:[ \t,]+[^\W\d]+){0,3}[ \t,]*[«\"“]((?-i:[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’-]{1,24}))[»\"”]", re.IGNORECASE)
_NAMED_THEN_QUOTED_TRIGGERS = ((re.compile(r"представивш|назва(?:вся|лася|лся|лась)|назвавш| calls? [«\"“]|"
                                           r"называ|назива|кличе|зов[её]т"), True),)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_PLURAL_OF_A_WORD = 1000     # "Nazis" (nazi: 4,940), "Cossacks": a group, not a call sign


def _quoted_call_signs(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted words after the paragraph's first cue, or just before one ("to "Shulika" (call sign
    of a comrade"): what comes before it is the paragraph's other business («из Мариуполя,
    «Азовсталь»»)."""
    cues = [m.start() for m in _CALL_SIGN_CUE.finditer(lowered(text) or text.lower())]
    found = []
    for m in _QUOTED_WORD.finditer(text):
        start, end = m.span(1)
        if start < cues[0] and not any(0 <= cue - end <= 40 and not _SENTENCE_BREAK.search(text, end + 1, cue)
                                       for cue in cues):
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        word = m.group(1)
        if _CYRILLIC.search(word) is None:
            info = analyse_latin(word)
            # "they were looking for "Nazis"": a plural of an ordinary word names a group
            if word.endswith("s") and word_frequency(word[:-1].lower(), "en") >= _PLURAL_OF_A_WORD:
                continue
        else:
            info = analyse(word)
        if info.function or _coincidental_word(word):
            continue            # «"Who", she asked», a song called «Надія»: no one's name
        found.append((start, end))
    return found + _unquoted_call_signs(text, cues, taken + found)


# "They had call signs on their sleeves. The worst was Kobra, … There was Bes": within a few
# sentences of the cue, a capitalised word inside a sentence that is no place, no function word
# and (in English) no ordinary word
_CALL_SIGN_REACH = 300
_CALL_SIGN_BEFORE = re.compile(r"(?:(?<![\w'’])(?i:was|were|був|була|були|был|была|были)|\S\s[—–])\s$")
_UNQUOTED_WORD = re.compile(r"(?<![\w'’«\"“‘-])[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]{2,24}(?![\w'’»\"”-])")


def _unquoted_call_signs(text: str, cues: list[int], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found = []
    for m in _UNQUOTED_WORD.finditer(text, cues[0], min(len(text), cues[-1] + _CALL_SIGN_REACH)):
        start, end = m.span()
        if not _CALL_SIGN_BEFORE.search(text, max(0, start - 12), start) \
                or any(a < end and start < b for a, b in taken):
            continue            # only where the sentence says who was who: "the worst was Kobra"
        word = m.group()
        if _CYRILLIC.search(word) is None:
            info = analyse_latin(word)
            if word_frequency(word.lower(), "en") >= ORDINARY or word.lower() in lexicon().not_names_en \
                    or (info.place and not info.common_dominant):
                continue
        else:
            # an ordinary noun as a label («Кобра», «Шаман»), or a word no dictionary knows; not a
            # place («у Таганрозі» is a noun's form too, but no noun's first of all)
            info = analyse(word)
            if not (info.common_dominant or not info.known):
                continue
        if info.function or _coincidental_word(word):
            continue
        found.append((start, end))
    return found


# A name in capitals, as bank statements and posters print it («Переказ від СОРОКІНА НАДІЯ»,
# "from HAVRYLIUK PETRO"): two or three words in capitals, read as names in Title Case
_UPPER_RUN_RE = re.compile(r"(?<![\w'’])[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ'’]+(?:[ \t]+[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ'’]+){1,2}(?![\w'’])")


def _names_in_capitals(text: str, language: str | None) -> list[tuple[int, int]]:
    """Runs of capitalised words where one is a name no ordinary word shares and another is a
    name too (not «НАДІЯ І ВІРА», "PEOPLE FIRST")."""
    found = []
    for m in _UPPER_RUN_RE.finditer(text):
        words = m.group().split()
        kinds = [_word_class(w.capitalize(), _CYRILLIC.search(w) is None, language, False)[0] for w in words]
        if STRONG in kinds and sum(kind in (STRONG, WEAK_NAME, WEAK_SURN) for kind in kinds) >= 2:
            found.append(m.span())
    return found


# A video call's chat export names each sender and addressee as they signed in ("18:06:01 From
# iPad (Roman) to Everyone:", «18:07:12 От Вера Гуменюк кому Все:»): every capitalised word there
# but the device, the role and "everyone" is the person's name, however ordinary the word.
_CALL_CHAT_LINE_RE = re.compile(r"^[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?:From|Від|От)[ \t]+(?P<sender>.+?)[ \t]+"
                                r"(?:to|до|кому)[ \t]+(?P<to>.+?)[ \t]*:[ \t]*$", re.MULTILINE)
_CALL_CHAT_NOT_NAMES = frozenset("""everyone privately host co-host organiser organizer усі всім все всем
    організатор організаторка организатор ведучий ведуча ведущий ведущая ipad iphone android samsung galaxy
    xiaomi huawei pixel redmi macbook laptop pc""".split())
_SIGNED_IN_WORD = re.compile(r"(?<![\w'’])[A-ZА-ЯІЇЄҐЁ][^\W\d_]+(?:['’\-][^\W\d_]+)*(?![\w'’])")   # (not "A52")


def _call_chat_names(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _CALL_CHAT_LINE_RE.finditer(text):
        for group in ("sender", "to"):
            for word in _SIGNED_IN_WORD.finditer(text, *m.span(group)):
                if word.group().lower() not in _CALL_CHAT_NOT_NAMES and len(word.group()) > 1:
                    found.append(word.span())
    return found


# "Shram is Yurii Babenko", «Шрам — це Юрій Бабенко»: a nickname defined by the name after it
_DEFINED_AS_RE = re.compile(rf"(?<![\w'’])(?P<nick>[{_UPPER}][^\W\d_]+)[ \t]+(?:is|was|[—–-][ \t]+(?:це|это|то))[ \t]+$")


# … and a quoted one: «"Dido" is the oldest, Vasyl Hordiienko», «"Student" is Yarik», ««Капелан» —
# це Андрій Левчук»: the quotes make it a label, however ordinary the word
_QUOTED_DEFINED_AS_RE = re.compile(
    rf"[«\"“](?P<nick>[{_UPPER}][^\W\d_'’-]+)[»\"”][ \t]+(?:is|was|[—–-])[ \t]+"
    r"(?:(?:це|это|то|that\s+was|this\s+is|the\s+\w+,|\w+,|сам\w+\s+\w+,)[ \t]+)?$")
# a quoted word described as a guard or the oldest of a cell: «"Tunguska" is the worst guard»,
# ««Тунгуска» — худший из конвоя» (not one that "said" something: «"Memorial" said» is no one)
_QUOTED_PERSON_RE = re.compile(
    rf"[«\"“](?P<nick>[{_UPPER}][^\W\d_'’-]+)[»\"”][ \t]+(?:"
    r"(?:(?:is|was)[ \t]+the|[—–-])[ \t]+(?:[^\W\d_]+[ \t]+){0,2}(?i:guard|warden|investigator|interrogator|"
    r"medic|officer|commander|oldest|youngest|eldest|конвоїр|конвоир|конво|охоронц|охоронник|охранник|наглядач|вертух|"
    r"надзирател|слідч|следовател|найстарш|старш|молодш))")


def _defined_nicknames(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found = []
    for start, _ in names:
        m = _DEFINED_AS_RE.search(text, max(0, start - 40), start)
        quoted = _QUOTED_DEFINED_AS_RE.search(text, max(0, start - 50), start) if m is None else None
        if not (m or quoted):
            continue
        nick = (m or quoted).group("nick")
        latin = _CYRILLIC.search(nick) is None
        if (m and person_word(nick)) or (m and latin and word_frequency(nick.lower()) >= RARE) \
                or (not latin and analyse(nick).function):
            continue        # "Dad is Ivan …", "This is …", «Він — це …»
        found.append((m or quoted).span("nick"))
    return found


def _quoted_people(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found = []
    for m in _QUOTED_PERSON_RE.finditer(text):
        start, end = m.span("nick")
        if any(a < end and start < b for a, b in taken):
            continue
        nick = m.group("nick")
        info = analyse_latin(nick) if _CYRILLIC.search(nick) is None else analyse(nick)
        if info.function or person_word(nick) or _coincidental_word(nick) or (info.place and not info.common_dominant):
            continue        # «"Who" said…», a town's name
        found.append((start, end))
    return found


# «Роман із Прилук», «Надежда из Нежина», "Roman from Pryluky": a first name, however ordinary
# the word, then the town the person is from (a phone-in's callers, a prayer list)
_NAME_FROM_PLACE_RE = re.compile(r"(?<![\w'’])(?P<name>[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]+)[ \t]+(?:from|з|із|зі|из)[ \t]+"
                                 r"(?P<place>[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]+)")


def _names_from_places(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found = []
    for m in _NAME_FROM_PLACE_RE.finditer(text):
        start, end = m.span("name")
        if any(a < end and start < b for a, b in taken):
            continue
        name = m.group("name")
        info, where = analyse_any(name), analyse_any(m.group("place"))
        if info.name and not (info.place or info.function) and where.place and not person_word(name):
            found.append((start, end))
    return found


# «в девичестве Горобец», «урождённая Лозовая», «з дому Лозова», "née Horobets": a maiden name
_MAIDEN_NAME_RE = re.compile(
    r"(?<![\w'’])(?:в\s+девичестве|[ув]\s+дівоцтві|урожд[её]нн(?:ая|ый|ой)|уроджен(?:а|ий|ої)|"
    r"[ву]\s+замужестве|[ув]\s+заміжжі|з\s+дому|née|nee|maiden\s+name|дівоче\s+прізвище|девичья\s+фамилия)"
    r"[ \t]*[:,—–-]?[ \t]+(?P<name>[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]+(?:-[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё'’]+)?)")


# "the Melnychuks", "the Kovalenkos", "the Shapovals' flat": a family named by its Slavic surname
# in the plural (a suffix only Slavic surnames have, or a surname of the dictionaries that is no
# English word: not "the Russians", "the Greens")
_FAMILY_PLURAL_RE = re.compile(r"\b[Tt]he[ \t]+(?P<name>[A-Z][a-z]+s)(?:['’]|\b)")
_SLAVIC_FAMILY = re.compile(r"(?:chuk|enko|iuk|yuk|ych|ov|ev|sky|ski)s$")


def _family_plural(name: str) -> bool:
    if _SLAVIC_FAMILY.search(name):
        return True
    stem = name[:-1]
    info = analyse_latin(stem)
    return info.surn and not (info.place or info.name) and word_frequency(stem.lower()) == 0


def _maiden_and_family_names(text: str) -> list[tuple[int, int]]:
    found = [m.span("name") for m in _MAIDEN_NAME_RE.finditer(text)]
    return found + [m.span("name") for m in _FAMILY_PLURAL_RE.finditer(text) if _family_plural(m.group("name"))]


def unless_allowed(found: list[tuple[int, int]], text: str, ctx: ScanContext, rule: str) -> list[Span]:
    """Spans for names found by layout or in lowercase, but not a declared pseudonym or an
    allowlisted public figure."""
    if not found:
        return []
    allowed = entries(frozenset(ctx.allowed) | _pseudonym_words(ctx.pseudonyms))
    words = [[w[:1].upper() + w[1:] for w in text[a:b].split()] for a, b in found]
    return [Span(a, b, KIND, rule) for (a, b), ok in zip(found, allowed_runs(words, allowed)) if not ok]


# a surname's ending ("Present: Kovalenko, Rudyi, Zinchenko A.", «Остапчук, Ермаков, Бойко Н.»)
_SURNAME_ENDING_RE = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ський|цький|ский|цкий|енко|чук|юк|ук|як|ич|ий|"
                                r"ov|ev|in|ova|eva|ina|skyi|tskyi|sky|enko|chuk|iuk|uk|iak|ych|yi|yy)$")


def _surname_shaped(tok: _Token) -> bool:
    if len(tok.word) < 4 or not _SURNAME_ENDING_RE.search(tok.word):
        return False
    info = analyse_latin(tok.word) if tok.latin else analyse(tok.word)
    return not (info.function or info.common_dominant)


_LIST_GAP = re.compile(r"(?:,[ \t]+|[ \t]+)(?:(?:and|і|и|та|й)[ \t]+)?")


def _listed_between_names(tokens: list[_Token], runs: list[tuple[int, int]],
                          found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """"Olha K., Grace, Svitlana", "Kovalenko, Rudyi, Zinchenko A.": a word that is a first name or
    a surname only by coincidence, or shaped as a surname, listed between two names, is one of the
    people listed."""
    starts = {i for i, _, _ in found}
    ends = {j for _, j, _ in found}
    added = []
    for i, j in runs:
        if j - i != 1 or i in starts or i not in ends or j not in starts:
            continue
        tok = tokens[i]
        if not (tok.kind in (WEAK_NAME, WEAK_SURN) or _coincidental_first_name(tok)
                or (tok.latin and tok.word.lower() in foreign_first_names()) or _surname_shaped(tok)):
            continue
        if _LIST_GAP.fullmatch(text, tokens[i - 1].end, tok.start) and "," in text[tokens[i - 1].end:tok.start] \
                and _LIST_GAP.fullmatch(text, tok.end, tokens[j].start):
            added.append((i, j, "name.list"))
    return sorted(found + added) if added else found


_AND_GAP = re.compile(r"[*_ \t]*(?:and|&|і|й|та|и)[*_ \t]+")
_AND_WITH_GAP = re.compile(r"[*_ \t]*(?:and|&|і|й|та|и|with|с|со|з|із)[*_ \t]+")   # («Веру с Софийкой перевели»)


def _coordinated_with_names(tokens: list[_Token], runs: list[tuple[int, int]],
                            found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """"Nataliia and Roman", "Marian and Yurii Tkachenko", «Веру с Софийкой»: a first name joined
    by "and" to a name (or by "with" to the name after it) is one more person named (even one
    English uses as a word, or at a sentence's start)."""
    starts = {i for i, _, _ in found}
    ends = {j for _, j, _ in found}
    added = []
    for i, j in runs:
        if j - i != 1 or i in starts:
            continue
        tok = tokens[i]
        if not (tok.first_name or tok.kind == WEAK_NAME or _coincidental_first_name(tok)
                or (tok.latin and tok.word.lower() in foreign_first_names())):
            continue
        after_name = i in ends and _AND_GAP.fullmatch(text, tokens[i - 1].end, tok.start)
        before_name = j in starts and _AND_WITH_GAP.fullmatch(text, tok.end, tokens[j].start)
        if after_name or before_name:
            added.append((i, j, "name.list"))
    return sorted(found + added) if added else found


def _detect(text: str, ctx: ScanContext) -> list[Span]:
    prose = _blank(text)
    tokens = _tokens(prose, ctx.language)
    declared = entries(frozenset(ctx.pseudonyms)) if ctx.pseudonyms else ()
    found: list[tuple[int, int, str]] = []
    runs = _runs(tokens, prose, text)
    for i, j in runs:
        rule = _judge(tokens, i, j, prose)
        if rule is None and ctx.testimony and _initials_alone(tokens[i:j], prose):
            rule = "name.initials"
        if rule and declared and j - i > 1 and matching_entry([tokens[j - 1].word], declared) \
                and not _judge(tokens, i, j - 1, prose):
            # A declared pseudonym after a word is no evidence that the word is a name:
            # «Машину Степана» is "Stepan's car". Before a word it is: «Марина Ковальчук».
            continue
        if rule:
            while i < j - 1 and tokens[i].latin and tokens[i].kind == JOIN and tokens[i].sentence_start \
                    and tokens[i].english >= RARE and not _coincidental_first_name(tokens[i]):
                i += 1      # "Rang Bev about the boiler": the sentence's first word is a verb
            found.append((i, j, rule))
            already = len(found) > 1 and found[-2][1] == i      # the word before is a name's end
            if rule == "name.patronymic" and not already and _inverted_surname(tokens, i, prose):
                found.insert(len(found) - 1, (i - 1, i, rule))
    if not found:
        return []
    found = _listed_between_names(tokens, runs, found, prose)
    found = _coordinated_with_names(tokens, runs, found, prose)
    allowed = entries(frozenset(ctx.allowed) | _pseudonym_words(ctx.pseudonyms))
    names = [[t.word for t in tokens[i:j] if not t.initial] for i, j, _ in found]
    passes = allowed_runs(names, allowed)
    for k, ((i, j, _), ok) in enumerate(zip(found, passes)):
        # «Лист Олександри Матвійчук»: a word before an allowed name that is no name by itself
        if not ok and not tokens[i].initial and allowed_runs([names[k][1:]], allowed)[0] \
                and not _judge(tokens, i, i + 1, prose):
            passes[k] = True
        # «с Владимиром Путиным Александра Матвийчук …»: two allowed names side by side
        elif not ok and len(names[k]) >= 4 and any(
                allowed_runs([names[k][:cut], names[k][cut:]], allowed) == [True, True]
                for cut in range(2, len(names[k]) - 1)):
            passes[k] = True
    return [Span(tokens[i].start, tokens[j - 1].end, KIND, rule)
            for (i, j, rule), ok in zip(found, passes)
            if not ok and not (j - i == 1 and _in_a_list_of_virtues(prose, tokens[i].start, tokens[i].end))]


# «Вера, Надежда, Любовь — хорошие слова», "Faith, Hope and Love": words that are also first names,
# listed together and with nothing else, are the words
_LIST_CONNECTORS = ("і", "и", "та", "й", "and", "&")
_WORD_LIST = re.compile(rf"[^\W\d_]+(?:(?:[ \t]*,[ \t]*|[ \t]+(?:{'|'.join(_LIST_CONNECTORS)})[ \t]+)[^\W\d_]+)+")
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-ZА-ЯІЇЄҐЁ]")


def _in_a_list_of_virtues(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    for m in _WORD_LIST.finditer(text, line_start, line_end if line_end >= 0 else len(text)):
        if m.start() <= start and end <= m.end():
            if _CAPITALISED_NEXT.match(text, m.end()):
                return False    # «Вера, Надежда и Любовь Петренко»: three sisters
            words = [w for w in _NAME_WORD.findall(m.group()) if w.lower() not in _LIST_CONNECTORS]
            return len(words) >= 2 and all(_coincidental_word(w.capitalize()) for w in words)
    return False


# --- a surname found once, found again -----------------------------------------------------
# Detection judges each paragraph alone, so a page that names "Kyrylo Andriyovych Somov" once
# and then says «Somov took my phone» at the start of a sentence (or "Rud was questioned") would
# let the lone surname through. repeated() is run over the whole page with the names already
# found: every other capitalised word that is the same surname or first name, in any case or
# script, is one too.
RULE_REPEATED = "name.repeated"
# a word inside a sentence: a lowercase word (and "the") or a comma before it
_INSIDE_SENTENCE = re.compile(r"(?:[a-z][a-z'’]*|,)[ \t]+(?:the[ \t]+)?$")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
# … in any language: a lowercase word or a comma before it
_INSIDE_ANY_SENTENCE = re.compile(r"(?:[^\W\d_]*[a-zа-яіїєґё'’]|,)[ \t]+$")


def _repeatable(word: str, ctx: ScanContext) -> bool:
    """Is this word of a found name distinctive enough to look for alone elsewhere in the page?"""
    if len(word) < 3 or word.isupper():
        return False
    if _CYRILLIC.search(word) is None:
        return word_frequency(word.lower(), ctx.language) < ORDINARY     # not "Will", "Hope"
    # Many surnames are ordinary words (Мельник, Гайдамака, Мисник, Сомов): capitalised again on
    # a page that already names the person, the word is far likelier the surname. This page
    # fails the build anyway; a second finding costs a look, a missed one would leak a name.
    info = analyse(word, ctx.language if ctx.language in ("uk", "ru") else None)
    # not "Коли", "Київ", nor a name that is also a word («Шевченко Надії» … «Надія родини»);
    # a surname that is also a village's name is the surname here («Ольга Петровна Зуева» … «Зуева дала»)
    # (an adverb that is a surname too is the surname: «Василь Степанович Бойко» … «Бойко привіз сам»;
    # not a short pronoun a surname's reading also has: «Вона», «Ким»)
    return not ((info.function and not (info.surn and len(word) >= 5)) or (info.place and not info.name and not info.surn)
                or _coincidental_word(word))


def _short_form_of(word: str, first_names: set[str]) -> bool:
    """Is `word` the short form of one of the page's first names that are also words ("Roma",
    «Рома» of Roman, Роман): a first name itself, cut from the longer one before its last letters."""
    lowered = word.lower()
    return len(lowered) >= 4 and any(
        len(name) > len(lowered) and name.startswith(lowered[:-1]) for name in first_names) \
        and analyse_any(word).name


def _read_as_a_place(word: str) -> bool:
    """Does any reading of the Cyrillic `word` name a place («Львові»: Лев's, and Lviv's)?"""
    return any(analyse(lemma.capitalize()).place for lemma in analyse(word).lemmas | {word.lower()})


def _first_name_and_word(word: str) -> bool:
    """A first name that is also an ordinary word: "Roman", "Will", «Віра», «Лев»."""
    if _CYRILLIC.search(word) is None:
        return word.lower() in foreign_first_names() or analyse_latin(word).name
    info = analyse(word)
    return info.name and not info.function


def _coincidental_word(word: str) -> bool:
    lex = lexicon()
    if _CYRILLIC.search(word) is None:
        return word.lower() in lex.coincidence_en
    return not analyse(word).lemmas.isdisjoint(lex.coincidence_cyr)


def _stem(word: str) -> str:
    """A Cyrillic word without its last vowel (the case ending a nickname's forms replace)."""
    low = word.lower()
    return low[:-1] if len(low) > 3 and low[-1] in "аяоеиіїєуюйь" else low


def _in_allowed_name(words: list[re.Match], k: int, text: str, allowed) -> bool:
    """Is words[k] part of an allowlisted name written out, with the words just around it?"""
    for i in range(max(0, k - 2), k + 1):
        for j in range(k + 1, min(len(words), i + 3) + 1):
            if all(text[a.end():b.start()].isspace() for a, b in zip(words[i:j - 1], words[i + 1:j])) \
                    and j - i > 1 and allowed_runs([[m.group() for m in words[i:j]]], allowed)[0]:
                return True
    return False


def repeated(text: str, names: list[str], ctx: ScanContext, taken: list[tuple[int, int]],
             nicknames: list[str] = (), labels: list[str] = ()) -> list[Span]:
    """Other mentions in `text` (a whole page) of the words of `names` (found in it);
    `taken`: spans already reported. Pseudonyms and allowlisted names are never surnames here.
    `nicknames`: words of English found as nicknames ("we call her "the Owl""): mentioned again
    capitalised inside a sentence or in quotes ("with the Owl listening"), they are the person."""
    allowed = entries(frozenset(ctx.allowed) | _pseudonym_words(ctx.pseudonyms))
    keys: set[str] = set()
    ordinary: set[str] = set()      # first names that are also words ("Roman", «Віра»): see below
    ordinary_words: set[str] = set()    # (as written, lowercased: for their short forms, "Roma", «Рома»)
    with_yo = False
    forms: set[str] = set()         # the words of found names of two words or more, as written
    for name in names:
        # the surname, and the first name too («Зарина Юсупова» … «Зарину взяли 11 мая»: at the
        # start of a sentence a name that is also a verb's form would pass alone)
        words = _NAME_WORD.findall(name)
        if allowed and allowed_runs([words], allowed)[0]:
            continue        # «Oleg Orlov»: its "Oleg" elsewhere is him too
        for word in words:
            if len(word) < 2 or (allowed and allowed_runs([[word]], allowed)[0]):
                continue
            repeatable = _repeatable(word, ctx)
            if repeatable:
                keys |= word_keys(word)
                with_yo = with_yo or "ё" in word.lower()
                if len(words) > 1:
                    forms.add(word.lower())
            # (the first word, or the second of three: «Дудник Роман Ігорович», surname first)
            if (not repeatable or _coincidental_word(word)) and len(words) > 1 \
                    and (word == words[0] or len(words) == 3 and word == words[1]) \
                    and len(word) > 2 and not word.isupper() and _first_name_and_word(word):
                ordinary |= word_keys(word)
                ordinary_words.add(word.lower())
    nick_keys = {word.lower() for word in nicknames if _CYRILLIC.search(word) is None and word[:1].isupper()
                 and word_frequency(word.lower(), ctx.language) >= ORDINARY
                 and not (allowed and allowed_runs([[word]], allowed)[0])}
    # a Cyrillic nickname a quote or a definition made one (`labels`: «"Тунгуска" — найгірший з
    # вертухаїв», ««Дідо» — найстарший, Василь…»), in any case: «Тунгуска почув», «У Діда жар»
    nick_stems = {_stem(word) for word in labels if _CYRILLIC.search(word) and word[:1].isupper()
                  and not (allowed and allowed_runs([[word]], allowed)[0])}
    if not keys and not nick_keys and not nick_stems and not ordinary:
        return []
    prose = _blank(text)
    spans = []
    words_in_page = list(_CAPITALISED.finditer(prose))
    for k, match in enumerate(words_in_page):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        word = match.group()
        if word.lower() in nick_keys and (text[start - 1:start] in _OPENERS or _INSIDE_SENTENCE.search(text, max(0, start - 30), start)):
            spans.append(Span(start, end, KIND, RULE_REPEATED))
            continue
        if nick_stems and _CYRILLIC.search(word) and any(
                word.lower().startswith(stem) and len(word) - len(stem) <= 3 for stem in nick_stems):
            spans.append(Span(start, end, KIND, RULE_REPEATED))
            continue
        if ordinary and (not ordinary.isdisjoint(word_keys(word)) or _short_form_of(word, ordinary_words)) \
                and text[start - 1:start] not in _OPENERS \
                and _INSIDE_ANY_SENTENCE.search(prose, max(0, start - 40), start) \
                and not _NEXT_IS_CAPITALISED.match(prose, end) and not _in_a_list_of_virtues(prose, start, end) \
                and not (_CYRILLIC.search(word) and _read_as_a_place(word)):     # (Лев's «Львові» is Lviv's too)
            # "Roman Yatsenko" named, then "driving insulin with Roman", "news of Lev": a name
            # that is also a word, capitalised inside a sentence of a page that names the person
            spans.append(Span(start, end, KIND, RULE_REPEATED))
            continue
        named = not keys.isdisjoint(word_keys(word))
        if not named and word.endswith("s") and len(word) > 4 and _CYRILLIC.search(word) is None \
                and _THE_BEFORE.search(prose, max(0, start - 5), start) and not keys.isdisjoint(word_keys(word[:-1])):
            spans.append(Span(start, end, KIND, RULE_REPEATED))     # "Jörg Weber" named, then "the Webers"
            continue
        if len(word) < 3 or not named:
            continue
        if with_yo and _CYRILLIC.search(word) and "ё" not in word.lower() \
                and (info := analyse(word)).common_dominant and not (word.lower() in forms and info.surn):
            # «Тёма» named, «Тема:» a forum's topic: ё and е are one letter to the keys (but
            # «Чумак Денис» named, «Чумак просил» is him, on a page that names a Фёдоровна too)
            continue
        if _coincidental_word(word):
            continue    # «Надя» named, «Надія тільки на Бога»: hope
        spans.append(Span(start, end, KIND, RULE_REPEATED))
    if spans and allowed:
        # «the staff of Dmytro Lubinets»: the ombudsman, whatever other Dmytro the page names
        index = {m.start(): k for k, m in enumerate(words_in_page)}
        spans = [s for s in spans if not _in_allowed_name(words_in_page, index[s.start], prose, allowed)]
    # («Миколай Петренко» named, then «до церкви святого Миколая»: the saint)
    return [s for s in spans if not _after_saint_word(prose, s.start)]


register_triggers(globals())     # its triggers, looked for with the other detectors' in one pass (_trigger_gate.py)
