"""What the Ukrainian and Russian dictionaries (pymorphy3) say about one word: is it a known
first name, surname or patronymic, does it also have an ordinary reading, what are its lemmas.

Analyzers load once, on first use (about 0.1 s each); every lookup is cached because a site
repeats the same words on thousands of pages. Only dictionary ("known") readings count as
evidence: pymorphy3 guesses any unknown capitalised word to be a surname.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import pymorphy3

LANGS = ("uk", "ru")
_UK_ONLY = frozenset("іїєґІЇЄҐ")
_RU_ONLY = frozenset("ыэъёЫЭЪЁ")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_PLACE_TAGS = frozenset({"Geox", "Orgn", "Abbr"})
_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "NPRO", "INTJ", "PRED", "ADVB", "NUMR", "COMP"})


@functools.lru_cache(maxsize=None)
def analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


@functools.lru_cache(maxsize=262144)
def has_prefix(lang: str, prefix: str) -> bool:
    """Does any word of the `lang` dictionary start with `prefix` (lowercase Cyrillic)?"""
    words = analyzer(lang).dictionary.words
    dct = getattr(words, "dct", None)
    if dct is not None and hasattr(dct, "follow_bytes"):
        # Following the prefix through the DAWG is enough (every state leads to a word);
        # the public iterkeys() would also walk on to the first complete word: 5x slower.
        return dct.follow_bytes(prefix.encode("utf-8"), dct.ROOT) is not None
    return next(words.iterkeys(prefix), None) is not None


def languages_for(word: str, preferred: str | None = None) -> tuple[str, ...]:
    """Which dictionaries to ask, from the letters of the word (і/ї/є/ґ, ы/э/ъ/ё) or the page."""
    letters = set(word)
    if letters & _UK_ONLY:
        return ("uk",)
    if letters & _RU_ONLY:
        return ("ru",)
    if preferred == "ru":
        return ("ru", "uk")
    return ("uk", "ru")


@dataclass(frozen=True)
class WordInfo:
    name: bool = False            # a dictionary reading as a first name
    surn: bool = False            # ... as a surname
    patr: bool = False            # ... as a patronymic
    common: bool = False          # an ordinary reading (noun, adjective, verb...) as well
    common_dominant: bool = False  # Russian statistics: the ordinary reading is the likelier one
    common_not_noun: bool = False  # an ordinary reading as an adjective, verb... («Дані»: data, given)
    place: bool = False           # a reading as a place, organisation or abbreviation
    known: bool = False           # the dictionary knows the word at all
    function: bool = False        # a conjunction, pronoun, adverb... ("Коли", "Тому"): never a name
    lang: str | None = None       # the dictionary that gave the name reading
    lemmas: frozenset[str] = frozenset()   # dictionary forms of known readings, and the word

    @property
    def any_name(self) -> bool:
        return self.name or self.surn or self.patr


def merge(infos) -> WordInfo:
    """One WordInfo for several analyses (several dictionaries or transliterations)."""
    infos = list(infos)
    if not infos:
        return WordInfo()
    lang = next((i.lang for i in infos if i.lang), None)
    return WordInfo(
        name=any(i.name for i in infos), surn=any(i.surn for i in infos),
        patr=any(i.patr for i in infos), common=any(i.common for i in infos),
        common_dominant=any(i.common_dominant for i in infos),
        common_not_noun=any(i.common_not_noun for i in infos),
        place=any(i.place for i in infos), known=any(i.known for i in infos), lang=lang,
        function=any(i.function for i in infos),
        lemmas=frozenset().union(*(i.lemmas for i in infos)),
    )


def _analyse_one(word: str, lang: str) -> WordInfo:
    name = surn = patr = common = place = known = function = not_noun = False
    name_score = common_score = 0.0
    lemmas = {word}
    morph = analyzer(lang)
    if not morph.word_is_known(word):
        # Only dictionary readings are evidence; skipping parse() spares the slow guessers.
        return WordInfo(lemmas=frozenset(lemmas))
    for parse in morph.parse(word):
        if not parse.is_known:
            continue
        known = True
        tag = parse.tag
        grammemes = tag.grammemes   # a set: the Ukrainian tag set has no Geox, for instance
        lemmas.add(parse.normal_form)
        if grammemes & _PLACE_TAGS:
            place = True
        elif grammemes & _NAME_TAGS:
            # a first name in the plural is a place or a family ("в Алешках": the town, not
            # "Алёшки"); a surname in the plural still names a family ("у Ковальчуків")
            name = name or ("Name" in grammemes and "plur" not in grammemes)
            surn = surn or "Surn" in grammemes
            patr = patr or "Patr" in grammemes
            name_score += parse.score
        elif "Poss" not in grammemes and tag.POS is not None:  # possessives derive from names
            function = function or tag.POS in _FUNCTION_POS
            not_noun = not_noun or tag.POS != "NOUN"
            common = True
            common_score += parse.score
    if lang == "ru" and place and not (name or surn or patr):
        # The Russian dictionary knows some first names only as places ("Софию": the city of
        # Sofia); the Ukrainian one, asked with Ukrainian letters, knows the name ("Софію").
        name = _ukrainian_first_name(word)
    # Only the Russian dictionary carries usage statistics (Ukrainian scores are all 1.0).
    dominant = lang == "ru" and common and common_score > name_score
    return WordInfo(name=name, surn=surn, patr=patr, common=common, common_dominant=dominant,
                    common_not_noun=not_noun,
                    place=place, known=known, function=function,
                    lang=lang if (name or surn or patr) else None,
                    lemmas=frozenset(lemmas))


_RU_TO_UK_LETTERS = str.maketrans({"и": "і", "ы": "и", "э": "е", "ё": "ьо", "ъ": "'"})


def _ukrainian_first_name(word: str) -> bool:
    spelled = word.translate(_RU_TO_UK_LETTERS)
    morph = analyzer("uk")
    return morph.word_is_known(spelled) and any(
        p.is_known and "Name" in p.tag.grammemes for p in morph.parse(spelled))


@functools.lru_cache(maxsize=262144)
def analyse(word: str, preferred: str | None = None) -> WordInfo:
    """Readings of a Cyrillic word (any case; hyphenated parts are analysed one by one)."""
    word = word.translate(_APOSTROPHES).lower()
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1:
        return merge(analyse(p, preferred) for p in parts)
    return merge(_analyse_one(word, lang) for lang in languages_for(word, preferred))


@functools.lru_cache(maxsize=262144)
def lemmas_any(word: str) -> frozenset[str]:
    """Every dictionary form pymorphy3 proposes, guesses included (for matching, not evidence)."""
    word = word.translate(_APOSTROPHES).lower()
    forms = {word}
    for lang in languages_for(word):
        forms.update(p.normal_form for p in analyzer(lang).parse(word))
    return frozenset(forms)


def is_known(lang: str, word: str) -> bool:
    return analyzer(lang).word_is_known(word)


@functools.lru_cache(maxsize=65536)
def imperative(word: str) -> bool:
    """Is `word` (lowercase Cyrillic) a verb in the imperative («держитесь», «пишіть»)?"""
    return any(p.tag.mood == "impr" and p.is_known for lang in languages_for(word)
               for p in analyzer(lang).parse(word.translate(_APOSTROPHES)))


def _ordinary_parses(word: str) -> list:
    """The dictionaries' known readings of `word` (lowercase Cyrillic) that are not a name's."""
    return [p for lang in languages_for(word) for p in analyzer(lang).parse(word.translate(_APOSTROPHES))
            if p.is_known and not p.tag.grammemes & _NAME_TAGS]


@functools.lru_cache(maxsize=65536)
def dative_person(word: str) -> bool:
    """Is `word` (lowercase Cyrillic) a noun or adjective naming a person, in the dative
    («подзащитной», «клієнтці», «сину»)?"""
    parses = _ordinary_parses(word)
    if any(p.tag.POS in ("VERB", "INFN", "GRND", "PRTF", "PRTS") for p in parses):
        return False        # «дали»: "they gave" first
    return any({"datv", "anim"} <= p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF") for p in parses)


# animals the dictionaries call animate too: «Лев, наш кіт»
_PETS = frozenset("кот кіт пес пёс собака кошка кішка котик песик пёсик щенок цуценя попугай папуга кінь конь "
                  "хомяк хом'як хом’як".split())


@functools.lru_cache(maxsize=65536)
def person_noun(word: str) -> bool:
    """Is `word` (lowercase Cyrillic) a noun naming a person, in any case («охранник», «сторож»,
    «кока»), not a pet's?"""
    parses = _ordinary_parses(word)
    return not any(p.normal_form in _PETS for p in parses) \
        and any("anim" in p.tag.grammemes and p.tag.POS == "NOUN" for p in parses)


@functools.lru_cache(maxsize=65536)
def vocative_name(word: str) -> bool:
    """Is `word` (lowercase) a Ukrainian first name's own vocative form («ліліє», «надіє»,
    «романе»: not the nominative)? One addresses a person so, not a flower or a hope."""
    if not word.endswith(("о", "е", "є", "ю", "у")):
        return False            # («люди»: no vocative ending, whatever the parser allows)
    return any(p.is_known and {"Name", "voct"} <= p.tag.grammemes and p.normal_form != word
               for p in analyzer("uk").parse(word.translate(_APOSTROPHES)))


@functools.lru_cache(maxsize=65536)
def nominative_name(word: str) -> bool:
    """Can `word` (lowercase Cyrillic) be a first name in the nominative («женя», «паша»; not
    «люди», «тему», «дані»: Люда's, Тёма's, Даня's in other cases)?"""
    return any(p.is_known and {"Name", "nomn"} <= p.tag.grammemes and "plur" not in p.tag.grammemes
               for lang in languages_for(word)
               for p in analyzer(lang).parse(word.translate(_APOSTROPHES)))


_NOT_VERB_POS = frozenset({"NOUN", "ADJF", "ADJS", "PREP", "CONJ", "PRCL", "NPRO", "ADVB", "NUMR"})


@functools.lru_cache(maxsize=65536)
def finite_verb(word: str) -> bool:
    """Is `word` (lowercase Cyrillic) only a verb in a finite form («сидів», «приезжает»), never
    a noun or another part of speech («стала», «мала» are also adjectives)?"""
    parses = [p for lang in languages_for(word) for p in analyzer(lang).parse(word.translate(_APOSTROPHES))
              if p.is_known]
    return any(p.tag.POS == "VERB" for p in parses) and not any(p.tag.POS in _NOT_VERB_POS for p in parses)


@functools.lru_cache(maxsize=65536)
def finite_verb_lemmas(word: str) -> frozenset[str]:
    """The dictionary forms of `word`'s (lowercase Cyrillic) readings as a finite verb, whatever
    its other readings («пришла»: прийти, though also "alien"; not the infinitive «вернуться»)."""
    return frozenset(p.normal_form for lang in languages_for(word)
                     for p in analyzer(lang).parse(word.translate(_APOSTROPHES)) if p.is_known and p.tag.POS == "VERB")


@functools.lru_cache(maxsize=65536)
def preposition(word: str) -> bool:
    """Is `word` (lowercase Cyrillic) a preposition («в», «про», «через»)?"""
    return any(p.is_known and p.tag.POS == "PREP" for lang in languages_for(word)
               for p in analyzer(lang).parse(word.translate(_APOSTROPHES)))


@functools.lru_cache(maxsize=65536)
def adjective_lemmas(word: str) -> frozenset[str]:
    """Dictionary forms of the adjective readings of `word` («Миколина»: миколин), unless it is
    also a word for a person or a verb («Людина»: a person, not Люда's)."""
    word = word.translate(_APOSTROPHES).lower()
    parses = [p for lang in languages_for(word) if analyzer(lang).word_is_known(word)     # no slow guessing
              for p in analyzer(lang).parse(word) if p.is_known]
    # (a first name's genitive plural is spelled like its possessive: «Олегів», «Іванів»)
    if any(p.tag.POS not in ("ADJF", "ADJS", "NOUN") or "anim" in p.tag.grammemes for p in parses
           if p.tag.POS != "ADJF" and "Name" not in p.tag.grammemes):
        return frozenset()
    return frozenset(p.normal_form for p in parses if p.tag.POS == "ADJF")
