"""Names typed all in lowercase, as people answer a chat bot or a quick message («брат мой,
литвиненко владимир андреевич», "my brother yurii tkachuk"). A lowercase word is an ordinary
word until proven otherwise, so only two shapes count:
  - a first name next to a patronymic (and the surname beside them), Cyrillic;
  - a first name then a word with a Slavic surname's ending, Latin.
Both are searched only near their cheap marks (a patronymic's or a surname's ending).
Text with no capitals at all (a call's automatic captions, a speech-to-text transcript: «наталья
гринько брат фёдор гринько») says nothing by its case, so there a Cyrillic word that is a first
name and no ordinary word is one, with the surname or patronymic after it.
"""
from __future__ import annotations

import re

from .names_lexicon import lexicon, word_frequency
from .names_morph import analyse
from .names_translit import analyse_latin

_CYR_WORD = r"[а-яіїєґё][а-яіїєґё'’]+"
# three lowercase words at most, the middle or last one a patronymic by its ending
_CYR_RUN_RE = re.compile(rf"(?<![\w'’])(?:{_CYR_WORD}[ \t]+){{1,2}}{_CYR_WORD}(?![\w'’])")
_PATRONYMIC_END_RE = re.compile(r"(?:ович|евич|йович|ївна|івна|овна|евна|ична|ічна|инична)(?:а|у|ем|ем|ом|і|ої|ою|ой|е|ы)?(?![\w'’])")
# (not -in/-ina: "again", "cabin" are English)
_LAT_RUN_RE = re.compile(r"(?<![\w'’@./])([a-z][a-z'’]{2,})[ \t]+([a-z][a-z'’]{1,}(?:enko|chuk|iuk|yuk|ovych|evych|"
                         r"skyi|ska|tska|ov|ova|ev|eva))(?![\w'’@]|\.\w)")
_LAT_MARK_RE = re.compile(r"(?:enko|chuk|iuk|yuk|ovych|evych|skyi|ska|ov|ova|ev|eva)(?![\w'’@]|\.\w)")
_ENGLISH_WORD = 100         # seen this often in English subtitles: a word of English, not a name


def _cyrillic(text: str) -> list[tuple[int, int]]:
    found = []
    for mark in _PATRONYMIC_END_RE.finditer(text):
        line_start = text.rfind("\n", 0, mark.start()) + 1
        window_start = max(line_start, mark.start() - 60)
        for run in _CYR_RUN_RE.finditer(text, window_start, min(len(text), mark.end() + 40)):
            if not run.start() <= mark.start() < run.end():
                continue
            words = list(re.finditer(_CYR_WORD, run.group()))
            infos = [analyse(w.group()) for w in words]
            patr = [i for i, info in enumerate(infos) if info.patr]
            if not patr or not any(info.name and i + 1 in patr for i, info in enumerate(infos)):
                continue        # a patronymic after a first name: «владимир андреевич»
            first = patr[0] - 1
            # the surname before the first name, if the word there is no ordinary word
            if first > 0 and (infos[first - 1].surn or not infos[first - 1].known) \
                    and not infos[first - 1].function:
                first -= 1
            found.append((run.start() + words[first].start(), run.start() + words[patr[0]].end()))
            break
    return found


def _latin(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _LAT_RUN_RE.finditer(text):
        if word_frequency(m.group(1), "en") >= _ENGLISH_WORD or word_frequency(m.group(2), "en") >= _ENGLISH_WORD:
            continue
        first, surname = analyse_latin(m.group(1).capitalize()), analyse_latin(m.group(2).capitalize())
        if first.name and not first.place and not (surname.place or surname.common_dominant):
            found.append((m.start(), m.end()))
    return found


_CYR_WORD_RE = re.compile(_CYR_WORD)
_CYR_ANY_RE = re.compile(r"[А-ЯІЇЄҐЁа-яіїєґё][а-яіїєґё'’]+")
_CASELESS_MIN_WORDS = 80
_CASELESS_MAX_CAPITALISED = 0.02    # distinct capitalised words per word: a speaker label or two


def caseless_page(text: str) -> bool:
    """Is the page written without capitals (automatic captions)? Among its Cyrillic words, the
    distinct capitalised ones are a handful (a repeated «Спікер 2:»); prose has ten times more."""
    words = _CYR_ANY_RE.findall(text)
    if len(words) < _CASELESS_MIN_WORDS:
        return False
    return len({w for w in words if w[0].isupper()}) <= _CASELESS_MAX_CAPITALISED * len(words)


def caseless_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names in a caseless page: a first name that is no ordinary word, with
    the patronymic or surname after it."""
    coincidence = lexicon().coincidence_cyr | lexicon().not_names_cyr     # (and places: «києві»)
    found = []
    words = list(_CYR_WORD_RE.finditer(text))
    k = 0
    while k < len(words):
        info = analyse(words[k].group().capitalize())      # (as written with its capital: «Києві» is a place)
        if not (info.name and not info.common_dominant and not info.function and not info.place
                and info.lemmas.isdisjoint(coincidence)):
            k += 1
            continue
        end = k
        # the patronymic and the surname after it: «ярослав олегович собко», «наталья гринько»
        while end + 1 < len(words) and text[words[end].end():words[end + 1].start()] in (" ", "\t"):
            nxt = analyse(words[end + 1].group())
            if nxt.patr or (nxt.surn or not nxt.known) and not nxt.function and not nxt.name:
                end += 1
            else:
                break
        found.append((words[k].start(), words[end].end()))
        k = end + 1
    return found


def lowercase_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of lowercase names in `text`."""
    found = []
    if _PATRONYMIC_END_RE.search(text):
        found += _cyrillic(text)
    if _LAT_MARK_RE.search(text):
        found += _latin(text)
    return sorted(set(found))
