"""Names typed all in lowercase, as people answer a chat bot or a quick message («брат мой,
литвиненко владимир андреевич», "my brother yurii tkachuk"). A lowercase word is an ordinary
word until proven otherwise, so only two shapes count:
  - a first name next to a patronymic (and the surname beside them), Cyrillic;
  - a first name then a word with a Slavic surname's ending, Latin.
Both are searched only near their cheap marks (a patronymic's or a surname's ending).
"""
from __future__ import annotations

import re

from .names_lexicon import word_frequency
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


def lowercase_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of lowercase names in `text`."""
    found = []
    if _PATRONYMIC_END_RE.search(text):
        found += _cyrillic(text)
    if _LAT_MARK_RE.search(text):
        found += _latin(text)
    return sorted(set(found))
