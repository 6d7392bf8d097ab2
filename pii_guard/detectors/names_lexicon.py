"""Word lists of the person-name detector: data/pii-names-lexicon.yml plus Babel's month,
weekday and country names in English, Ukrainian and Russian (loaded once, on first use)."""
from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel import Locale

from ._word_memo import WordMemo

LEXICON_PATH = Path(__file__).resolve().parents[2] / "data" / "pii-names-lexicon.yml"
_SECTIONS = {  # section -> sub-keys it must have (None: a plain list)
    "titles_and_relatives": ("en", "cyrillic"),
    "naming": ("en", "cyrillic"),
    "acting": ("en", "cyrillic"),
    "coincidence": ("en", "cyrillic"),
    "not_names": ("en", "cyrillic"),
    "places": ("en", "cyrillic"),
    "person_nouns": ("en",),
    "possessions": ("en",),
    "english_function_words": None,
}
_BABEL_LOCALES = ("en", "uk", "ru", "fr", "es", "pt")   # the site's languages in Latin or Cyrillic letters


class LexiconError(ValueError):
    """The lexicon file is missing or malformed (message: file, line, field)."""


@dataclass(frozen=True)
class Lexicon:
    # Latin sets hold lowercase words; Cyrillic sets hold lowercase dictionary forms.
    titles_en: frozenset[str]
    titles_cyr: frozenset[str]
    naming_en: frozenset[str]
    naming_cyr: frozenset[str]
    acting_en: frozenset[str]          # what only a person does, after a coincidental name
    acting_cyr: frozenset[str]
    coincidence_en: frozenset[str]
    coincidence_cyr: frozenset[str]
    not_names_en: frozenset[str]       # titles, organisations, places, months, days, countries
    not_names_cyr: frozenset[str]
    function_words_en: frozenset[str]
    person_nouns_en: frozenset[str]    # "Hope is a medical student"
    possessions_en: frozenset[str]     # "Faith's new number"

    @functools.cached_property
    def never_name_en(self) -> frozenset[str]:
        """Latin words that are never a name themselves (triggers and titles included)."""
        return self.function_words_en | self.not_names_en | self.titles_en | self.naming_en

    @functools.cached_property
    def never_name_cyr(self) -> frozenset[str]:
        return self.not_names_cyr | self.titles_cyr | self.naming_cyr


def _words(value, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise LexiconError(f"{where} must be a list of words")
    return frozenset(w.strip().lower() for w in value)


def _line_of(path: Path, key: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def parse_lexicon(path: Path) -> dict[str, dict[str, frozenset[str]] | frozenset[str]]:
    """Read and check the YAML file; errors name the file, line and field."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise LexiconError(f"{path}: cannot read the name lexicon ({err.strerror})") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise LexiconError(f"{path}:{line}: invalid YAML in the name lexicon") from None
    if not isinstance(raw, dict):
        raise LexiconError(f"{path}:1: the name lexicon must be a mapping of sections")
    parsed: dict = {}
    for section, keys in _SECTIONS.items():
        where = f"{path}:{_line_of(path, section)}: field '{section}'"
        if section not in raw:
            raise LexiconError(f"{path}:1: field '{section}' is missing")
        value = raw[section]
        if keys is None:
            parsed[section] = _words(value, where)
            continue
        if not isinstance(value, dict) or set(value) != set(keys):
            raise LexiconError(f"{where} must have exactly the keys {', '.join(keys)}")
        parsed[section] = {key: _words(value[key], f"{where}.{key}") for key in keys}
    return parsed


def _babel_words() -> tuple[frozenset[str], frozenset[str]]:
    """One-word country names (and English month and weekday names), Latin and Cyrillic."""
    latin: set[str] = set()
    cyrillic: set[str] = set()
    for code in _BABEL_LOCALES:
        locale = Locale.parse(code)
        names: list[str] = list(locale.territories.values())
        if code == "en":  # Ukrainian and Russian write months and days in lowercase ("Марта" is a name)
            for table in (locale.months, locale.days):
                for context in ("format", "stand-alone"):
                    for width in ("wide", "abbreviated"):
                        names.extend(table[context][width].values())
        for name in names:
            # Single words only: in "Saint Helena" or "Сен-Мартен" the name part is a name.
            word = name.strip(".").lower()
            if len(word) < 2 or not word.isalpha():
                continue
            (latin if word.isascii() else cyrillic).add(word)
    return frozenset(latin), frozenset(cyrillic)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = parse_lexicon(LEXICON_PATH)
    babel_latin, babel_cyrillic = _babel_words()
    return Lexicon(
        titles_en=data["titles_and_relatives"]["en"],
        titles_cyr=data["titles_and_relatives"]["cyrillic"],
        naming_en=data["naming"]["en"],
        naming_cyr=data["naming"]["cyrillic"],
        acting_en=data["acting"]["en"],
        acting_cyr=data["acting"]["cyrillic"],
        coincidence_en=data["coincidence"]["en"],
        coincidence_cyr=data["coincidence"]["cyrillic"],
        not_names_en=data["not_names"]["en"] | data["places"]["en"] | babel_latin,
        not_names_cyr=data["not_names"]["cyrillic"] | data["places"]["cyrillic"] | babel_cyrillic,
        function_words_en=data["english_function_words"],
        person_nouns_en=data["person_nouns"]["en"],
        possessions_en=data["possessions"]["en"] | data["titles_and_relatives"]["en"],
    )


# Languages pyspellchecker has word lists for that the site writes in Latin letters.
_WORD_LISTS = frozenset({"en", "es", "fr", "pt", "de", "it", "nl"})


@functools.lru_cache(maxsize=None)
def _counts(language: str):
    # pyspellchecker's lists: words with their frequency in film subtitles (English: 160,000).
    from spellchecker import SpellChecker
    return SpellChecker(language=language, distance=1).word_frequency.dictionary


# Languages of the site written in Latin letters besides English. pyspellchecker's lists for them
# hold few inflected forms (Spanish has "todo" but not "todos", no "lea"), so a word simplemma's
# lemmatizer knows in the page's language ("Todos", "Lea", "Abas", "Agir", "En-tête") counts as
# an ordinary word of that language: a name only next to another name or after a trigger.
_LEMMATIZED = frozenset({"es", "fr", "pt"})
KNOWN_WORD = 100_000   # the frequency given to such a word: at the level of "mark" or "free"


@functools.lru_cache(maxsize=None)
def _simplemma():
    import simplemma
    return simplemma


def known_in(word: str, language: str) -> bool:
    """Is `word` (lowercase) a word of `language` (fr/es/pt), in any inflected form?"""
    if language not in _LEMMATIZED:
        return False
    simplemma = _simplemma()
    parts = [part for part in word.split("-") if part]
    # low_memory: simplemma reads its compressed word list in place instead of building a dict
    # of every form (0.6 s less per build for the three languages; the same answers).
    return simplemma.is_known(word, lang=language, low_memory=True) or (len(parts) > 1 and all(
        simplemma.is_known(part, lang=language, low_memory=True) for part in parts))


@functools.lru_cache(maxsize=262144)
def word_frequency(word: str, language: str | None = None) -> int:
    """How common `word` (lowercase) is in English, or in the page's language when that is
    another Latin-script language (Spanish "rusia", French "elle"); 0 for words they do not use.
    English: "free" 299,311, "mark" 50,334, "anna" 2,091, "ivan" 657, "taras" 0.

    Remembered between runs (_word_memo.py): most builds then never load the word lists."""
    # English and every language without a list of its own get the English answer
    language = language if language in _WORD_LISTS and language != "en" else None
    frequency = _MEMO.get(language, word)
    if frequency is None:
        frequency = _frequency(word, language)
        _MEMO.put(language, word, frequency)
    return frequency


_MEMO = WordMemo.default()


def _frequency(word: str, language: str | None) -> int:
    frequency = _counts("en").get(word, 0)
    if language in _WORD_LISTS and language != "en":
        frequency = max(frequency, _counts(language).get(word, 0))
        if frequency < KNOWN_WORD and known_in(word, language):
            frequency = KNOWN_WORD
    return frequency


# --- first names of other countries ----------------------------------------------------------
# The Ukrainian and Russian dictionaries know Slavic names (and their Latin spellings, through
# names_translit); a British volunteer "Bev", a German "Dietrich" or an Estonian "Mart" they do not.
# gender-guesser ships Jörg Michael's list of about 48,000 first names with their frequency in 55
# countries (one hexadecimal digit per country, 1 = rare … D = very common).
_NAME_COLUMNS = slice(3, 29)
_FREQUENCY_COLUMNS = slice(30, None)
_MIN_FREQUENCY = 2          # a name given in at least one country more than rarely


@functools.lru_cache(maxsize=1)
def foreign_first_names() -> frozenset[str]:
    """Lowercase first names (one word, plain letters) from gender-guesser's list."""
    path = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=":
                continue            # comments; "=" lines pair two spellings of one name
            name = line[_NAME_COLUMNS].strip()
            if not name.isalpha():
                continue            # "Jean+Pierre", encoded letters («<A/>»)
            frequencies = [int(c, 16) for c in line[_FREQUENCY_COLUMNS] if c in "123456789ABCD"]
            if frequencies and max(frequencies) >= _MIN_FREQUENCY:
                names.add(name.lower())
    return frozenset(names)


_CENSUS_SURNAMES_KEPT = 30000   # by rank: below it come spellings shared by a few hundred people


@functools.lru_cache(maxsize=1)
def census_surnames() -> dict[str, int]:
    """Lowercase surname -> rank in the US Census Bureau's 1990 list (Smith 1, Thornton 286),
    as the `names` package ships it: English-speaking countries' surnames, which the Slavic
    dictionaries and gender-guesser's first names lack."""
    path = importlib.resources.files("names") / "dist.all.last"
    ranks = {}
    with path.open(encoding="ascii") as lines:
        for line in lines:
            name, _, _, rank = line.split()
            if int(rank) > _CENSUS_SURNAMES_KEPT:
                break
            ranks[name.lower()] = int(rank)
    return ranks
