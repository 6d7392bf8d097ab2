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
from .names_morph import adjective_lemmas, analyse
from .names_translit import analyse_any, analyse_latin

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
_CYR_CAPITALISED_RE = re.compile(r"[А-ЯІЇЄҐЁ][а-яіїєґё'’]+")
_CASELESS_MIN_WORDS = 80
_CASELESS_MAX_CAPITALISED = 0.02    # distinct capitalised words per word: a speaker label or two


def caseless_page(text: str) -> bool:
    """Is the page written without capitals (automatic captions)? Among its Cyrillic words, the
    distinct capitalised ones are a handful (a repeated «Спікер 2:»); prose has ten times more."""
    capitalised = set(_CYR_CAPITALISED_RE.findall(text))
    if len(capitalised) > _CASELESS_MAX_CAPITALISED * (text.count(" ") + text.count("\n") + 1):
        return False        # more than the share of even an upper bound of its word count: prose
    words = _CYR_ANY_RE.findall(text)
    if len(words) < _CASELESS_MIN_WORDS:
        return False
    return len({w for w in words if w[0].isupper()}) <= _CASELESS_MAX_CAPITALISED * len(words)


# a quotation or a line long enough to show it was typed, or transcribed, without capitals
# (searched paragraph by paragraph: a quotation may run over the lines of its paragraph)
_QUOTED_RE = re.compile(r"«([^«»]{60,})»|\"([^\"]{60,})\"|“([^“”]{60,})”")
_CASELESS_MIN_RUN = 10      # words
_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’]*")


# an editor's insertion into a transcript ("galina moroz [operator: Halyna Moroz]", «[АТ 417295]»):
# its capitals are the editor's, not the speaker's
_EDITORIAL_RE = re.compile(r"\[[^\[\]\n]{1,80}\]")


def _caseless_run(text: str, start: int, end: int) -> bool:
    part = text[start:end]
    if "[" in part:
        part = _EDITORIAL_RE.sub(" ", part)
    # (str.islower: no capital letter and some letter; in C, the cheap test first)
    return part.islower() and len(_WORD_RE.findall(part)) >= _CASELESS_MIN_RUN


def caseless_regions(text: str) -> list[tuple[int, int]]:
    """Where a page says nothing by its case: the whole page when it has no capitals (automatic
    captions), else each paragraph without a capital letter, or within a paragraph: each
    quotation (a voice message's automatic transcript quoted in a chat export: «это коля мой брат
    пётр шевчук…»), each line after its speaker label («[00:00:29] Спікер 2: забрали шостого…»),
    each long line under its header ("A · 21:04 · voice 0:52", then "good evening svitlana…").
    Not a short line: a wrapped paragraph's lines may hold no capital."""
    if caseless_page(text):
        return [(0, len(text))]
    regions = []
    for paragraph in _PARAGRAPH_RE.finditer(text):
        start, end = paragraph.span()
        if _caseless_run(text, start, end):
            regions.append((start, end))
            continue
        words = paragraph.group()
        for marks, part in _PARAGRAPH_PARTS:         # (the first kind of part that has one)
            if any(mark in words for mark in marks):
                found = [span for span in (m.span(m.lastindex) for m in part.finditer(text, start, end))
                         if _caseless_run(text, *span)]
                if found:
                    regions += found
                    break
    if "[" in text:
        regions = [part for region in regions for part in _outside_editorial(text, *region)]
    if regions and ":" in text:
        # a caseless transcript's speaker labels, however short the line after them
        # ("**[00:04:11] михайло терещенко:** так це наша квартира")
        regions += [m.span(1) for m in _SPEAKER_LABEL_RE.finditer(text) if m.group(1).islower()
                    and not any(a <= m.start(1) < b for a, b in regions)]
    return regions


def _outside_editorial(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a region outside its editor's insertions (read, with their capitals, as any
    other text is)."""
    parts = []
    for m in _EDITORIAL_RE.finditer(text, start, end):
        parts.append((start, m.start()))
        start = m.end()
    parts.append((start, end))
    return [(a, b) for a, b in parts if b > a]


def _placed_by_editor(text: str, end: int) -> bool:
    """"vasil iff ka [Vasylivka]", «васи лівці [Василівці]»: the editor's bracket right after the
    words corrects them to one word that is no first name: a place the transcription cut (a
    name's correction is a name: "[Petro Haliubych]", "[Mykhailo]")."""
    m = _EDITOR_NOTE_AFTER_RE.match(text, end)
    if not m:
        return False
    word = m.group(1)
    return not analyse_any(word).name


_EDITOR_NOTE_AFTER_RE = re.compile(r"[^\S\n]*[\w'’ ]{0,20}?\[([^\W\d_][\w'’\-]*)\]")


_SPEAKER_LABEL_RE = re.compile(r"^[ \t>]*(?:\*\*)?\[[\d:.]+\][ \t]*(?:\*\*)?[ \t]*([^\n:*\[\]()]{3,40}?)[ \t]*"
                               r"(?:\([^\n()]{1,40}\)[ \t]*)?:", re.MULTILINE)


_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")
# the parts of a paragraph that may be caseless on their own, each with the marks it needs; the
# caseless text is each pattern's last group
_PARAGRAPH_PARTS = (
    ("«\"“", _QUOTED_RE),
    (":", re.compile(r"^[ \t>]*(?:\[?[\d:.]+\]?[ \t—–-]*)?(?:\*\*)?[^\n:*]{1,30}:(?:\*\*)?[ \t]*([^\n]+)", re.MULTILINE)),
    ("\n", re.compile(r"^[ \t]*([^\n]{120,})", re.MULTILINE)),
)


def caseless_names(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the names in the caseless `regions` of `text` (caseless_regions): a first
    name that is no ordinary word, with the surname or patronymic beside it."""
    found = []
    for start, end in regions:
        found += _caseless_cyrillic(text, start, end) + _caseless_latin(text, start, end)
    return [(a, b) for a, b in found if "[" not in text[b:b + 24] or not _placed_by_editor(text, b)]


def _caseless_latin(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"this is mykola my brother petro shevchuk", "her name is anna belova": a first name that
    English seldom uses (not "will", "grace", "mark"), with a surname after it."""
    lex = lexicon()
    found = []
    words = list(_LAT_WORD_RE.finditer(text, start, end))
    k = 0
    while k < len(words):
        word = words[k].group()
        if word in lex.coincidence_en or word in _CALENDAR or word_frequency(word, "en") >= _RARE_IN_ENGLISH:
            k += 1
            continue
        info = analyse_latin(word.capitalize())
        if not info.name or info.place or (info.common and word_frequency(word, "en") >= _ENGLISH_WORD):
            k += 1              # (not "mono": a bank to English, «моно» to Ukrainian)
            continue
        last = k
        if k + 1 < len(words) and text[words[k].end():words[k + 1].start()] in (" ", "\t"):
            nxt = words[k + 1].group()
            if word_frequency(nxt, "en") < _ENGLISH_WORD and analyse_latin(nxt.capitalize()).surn:
                last = k + 1
        found.append((words[k].start(), words[last].end()))
        k = last + 1
    return found


_CALENDAR = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())
_LAT_WORD_RE = re.compile(r"(?<![\w'’@./])[a-z]{3,}(?=['’]s\b|(?![\w'’@]|\.\w))")
_RARE_IN_ENGLISH = 2500     # "anna" 2,091 times in English subtitles, "will" millions


def _surname_follows(text: str, words: list, k: int) -> bool:
    """«любов гаркуша», «надія ковтун»: a first name that is also a word, then a surname."""
    if k + 1 >= len(words) or text[words[k].end():words[k + 1].start()] not in (" ", "\t"):
        return False
    nxt = analyse(words[k + 1].group())
    return nxt.surn and not (nxt.name or nxt.function or nxt.common_dominant or nxt.place)


def _caseless_cyrillic(text: str, start: int, end: int) -> list[tuple[int, int]]:
    coincidence = lexicon().coincidence_cyr | lexicon().not_names_cyr     # (and places: «києві»)
    found = []
    words = list(_CYR_WORD_RE.finditer(text, start, end))
    k = 0
    while k < len(words):
        info = analyse(words[k].group().capitalize())      # (as written with its capital: «Києві» is a place)
        if not (info.name and not info.common_dominant and not info.function and not info.place
                and (info.lemmas.isdisjoint(coincidence) or _surname_follows(text, words, k))) \
                or adjective_lemmas(words[k].group()):
            k += 1              # (not «дані»: data, given, also Даня's)
            continue
        first = last = k
        # the surname before it, the patronymic and the surname after it: «білик валентина»,
        # «ярослав олегович собко», «наталья гринько»
        if k > 0 and text[words[k - 1].end():words[k].start()] in (" ", "\t") \
                and (not found or found[-1][1] < words[k - 1].start()):
            prev = analyse(words[k - 1].group())
            if prev.surn and not (prev.name or prev.function or prev.common_not_noun or prev.place):
                first = k - 1
        while last + 1 < len(words) and text[words[last].end():words[last + 1].start()] in (" ", "\t"):
            nxt = analyse(words[last + 1].group())
            if nxt.patr or (nxt.surn or not nxt.known) and not nxt.function and not nxt.name:
                last += 1
            else:
                break
        found.append((words[first].start(), words[last].end()))
        k = last + 1
    return found


def lowercase_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of lowercase names in `text`."""
    found = []
    if _PATRONYMIC_END_RE.search(text):
        found += _cyrillic(text)
    if _LAT_MARK_RE.search(text):
        found += _latin(text)
    return sorted(set(found))
