"""A normalised view of a text that remembers where each character came from.

Contributors (and copy-paste) split identifiers with markup: `&#43;380`, `olena%40mail.com`,
`Pet**ren**ko`, `+380\\-67`, zero-width spaces. Detectors see the view, with all of that undone;
every span they return is mapped back to the ORIGINAL text, so the reported line and column are
the file's own.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

# (and the stress mark a text may put on a name: «Ткачу́к», «Тка́чук»)
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\xad\u0301"
_INVISIBLE = frozenset(_INVISIBLE_CHARS)

# Tokens the view rewrites; everything else is copied as is.
_COMMON = [
    r"(?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    r"(?P<pct>(?:%[0-9A-Fa-f]{2})+)",
    f"(?P<invisible>[{_INVISIBLE_CHARS}])",
]
_MARKDOWN = [
    r"(?P<escape>\\[!-/:-@\[-`{-~])",                 # backslash escapes: \- \. \_ \*
    # emphasis markers, code ticks, edge underscores (not a list item's "* ": it says a list; not
    # four asterisks or more, which no emphasis uses: a number's masked digits, "**** 9074"; nor
    # asterisks between two digits: "card 5168**8172", the middle digits hidden)
    r"(?P<drop>(?!(?:(?<![^\n])|(?<=\n[ \t])|(?<=\n[ \t]{2})|(?<=\n[ \t]{3}))\*[ \t])(?<![*\d])\*{1,3}(?!\*)"
    r"|(?<!\*)(?<=\d)\*{1,3}(?![*\d])|~~|`+|(?<![^\W_])_+|_+(?![^\W_]))",
    # inline tags without attributes split words without meaning anything (<b>, </em>, <wbr>)
    r"(?P<droptag></?(?:b|i|em|strong|span|u|s|del|ins|mark|sub|sup|small|code|kbd|abbr|wbr)\s*/?>)",
    # a block quote's markers at a line start: «> Мені\n> шістдесят сім» is one sentence
    r"(?P<quote>(?:(?<![^\n])|(?<=\n[ \t])|(?<=\n[ \t]{2})|(?<=\n[ \t]{3}))>(?:[ \t]?>)*[ \t]?)",
]
_MARKDOWN_TOKENS = re.compile("|".join(_COMMON + _MARKDOWN), re.IGNORECASE)
_PLAIN_TOKENS = re.compile("|".join(_COMMON), re.IGNORECASE)
# The characters every token above starts with. `re` tries each alternative of the token
# patterns at every position of the text (25 times slower than one character class): the
# patterns are only tried where one of these stands.
_PLAIN_STARTS = "&%" + _INVISIBLE_CHARS
_MARKDOWN_CANDIDATES = re.compile(f"[{_PLAIN_STARTS}\\\\*~`_<>]")
_PLAIN_CANDIDATES = re.compile(f"[{_PLAIN_STARTS}]")


def _tokens(tokens: re.Pattern, candidates: re.Pattern, text: str):
    """tokens.finditer(text), tried only where a token can start."""
    at = candidates.search(text)
    while at is not None:
        match = tokens.match(text, at.start())
        if match:
            yield match
            at = candidates.search(text, match.end())
        else:
            at = candidates.search(text, at.start() + 1)


@dataclass
class View:
    """`text` is what detectors read; text[i] came from original[starts[i]:ends[i]]."""
    text: str
    starts: list[int]
    ends: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


# A scanned letter read by OCR, or a number typed to dodge a filter: the letters О/O and З
# among digits are the digits 0 and 3, l and I the digit 1, S 5, Z 2, б 6 («2О.О3.2О24»,
# «(О44) 5З9-О2-17», "+38O 5O 712 33 4l", "O5.ll.l999", «3б4б897579»). A number here is a word
# made of digits and such letters only (joined by . - / :), with a real digit in it and at most
# one letter more than digits unless it has three digits or more ("SIZO-2" is a word). A б that
# ends it is a house's letter («буд. 12б»). Same length, so every offset holds.
_DIGIT_LOOKALIKES = str.maketrans("OОoоЗзlIбSZ", "00003311652")
_LOOKALIKE_AFTER_DIGIT = re.compile(r"[0-9][OОoоЗзlIбSZ]")     # two searches: one alternation is twice as slow
_LOOKALIKE_BEFORE_DIGIT = re.compile(r"[OОЗlISZб][0-9]")
_NUMBER_WORD = re.compile(r"(?<![^\W\d_])[0-9OОoоЗзlIбSZ](?:[0-9OОoоЗзlIбSZ]|[.\-/:](?=[0-9OОoоЗзlIбSZ]))*+(?![^\W\d_])")
_LOOKALIKE = re.compile(r"[OОoоЗзlIбSZ]")
# a Russian court's case identifier holds its court's letters on purpose: «61OS0000-01-2024-000388-17»
_COURT_UID = re.compile(r"\d{2}[A-Z]{2}\d{4}-\d{2}-20\d\d-\d{6}-\d{2}")

# A Latin letter inside a Cyrillic word («Свiтланi», «Софiйцi»: an OCR's or a keyboard's i) is
# the Cyrillic letter it looks like; only in words that mix both scripts.
_LATIN_TO_CYRILLIC = str.maketrans("aceiopxyACEHIKMOPTXB", "асеіорхуАСЕНІКМОРТХВ")
_MIXED_WORD = re.compile(r"[а-яіїєґёА-ЯІЇЄҐЁ][a-zA-Z]|[a-zA-Z][а-яіїєґёА-ЯІЇЄҐЁ]")    # (no IGNORECASE: 20x slower)
_MIXED_WORD_WHOLE = re.compile(r"[^\W\d_]*(?:[а-яіїєґёА-ЯІЇЄҐЁ][a-zA-Z]|[a-zA-Z][а-яіїєґёА-ЯІЇЄҐЁ])[^\W\d_]*")


def read_mixed_scripts(text: str) -> str:
    if _MIXED_WORD.search(text) is None:
        return text
    return _MIXED_WORD_WHOLE.sub(lambda m: m.group().translate(_LATIN_TO_CYRILLIC), text)


# … and a group of look-alikes alone between two groups of digits: «+7 978 Оl5 ЗЗ 2l»
_LOOKALIKE_GROUP = re.compile(r"(?<=[0-9] )[OОЗlI]{2,3}(?= [0-9])")


def read_digits(text: str) -> str:
    if _LOOKALIKE_AFTER_DIGIT.search(text) is None and _LOOKALIKE_BEFORE_DIGIT.search(text) is None:
        return text
    text = _NUMBER_WORD.sub(_read_number_word, text)
    return _LOOKALIKE_GROUP.sub(lambda m: m.group().translate(_DIGIT_LOOKALIKES), text)


def _read_number_word(m: re.Match) -> str:
    word = m.group()
    letters = len(_LOOKALIKE.findall(word))
    digits = sum(ch.isdigit() for ch in word)
    if not letters or not digits or (letters > digits + 1 and digits < 3) or len(word) < 3 and letters > digits \
            or _COURT_UID.fullmatch(word):
        return word
    if word.endswith("б"):
        return word[:-1].translate(_DIGIT_LOOKALIKES) + "б"
    return word.translate(_DIGIT_LOOKALIKES)


class _Builder:
    def __init__(self):
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def put(self, text: str, start: int, end: int):
        """`text` stands for original[start:end] as a whole."""
        self.chars.append(text)
        self.starts.extend([start] * len(text))
        self.ends.extend([end] * len(text))

    def view(self, digits: bool = False) -> View:
        """`digits`: read the letters О and З among digits as digits (in a file's own text)."""
        text = "".join(self.chars)
        if "ʼ" in text:
            text = text.replace("ʼ", "’")   # Ukrainian's own apostrophe (U+02BC), as the rules spell it
        return View(read_mixed_scripts(read_digits(text)) if digits else text, self.starts, self.ends)


class _Discard(list):
    """A list that keeps nothing: offsets nobody will ask for."""

    def extend(self, _):
        pass


class TextOnly(_Builder):
    """Builds the view's text without its offsets: most rendered HTML only needs to be read
    (and found clean); offsets are worked out again for the rare piece that holds a hit."""

    def __init__(self):
        super().__init__()
        self.starts = self.ends = _Discard()

    def put(self, text: str, start: int, end: int):
        self.chars.append(text)


def _decode_percent(run: str) -> str | None:
    try:
        decoded = unquote_to_bytes(run).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(ord(ch) < 32 and ch not in "\t\n" for ch in decoded):
        return None
    return decoded


def build(text: str, offset: int = 0, markdown: bool = True, out: _Builder | None = None) -> View | None:
    """Normalise `text` (which starts at `offset` in the original) into a View; with `out`, add
    it to that builder instead (its caller asks for the view once it has put everything)."""
    builder = out or _Builder()
    tokens, candidates = (_MARKDOWN_TOKENS, _MARKDOWN_CANDIDATES) if markdown else (_PLAIN_TOKENS, _PLAIN_CANDIDATES)
    pos = 0
    for match in _tokens(tokens, candidates, text):
        if match.start() > pos:
            _copy_shifted(builder, text, pos, match.start(), offset)
        start, end = match.start() + offset, match.end() + offset
        kind = match.lastgroup
        token = match.group()
        if kind == "entity":
            decoded = html.unescape(token)
            if decoded == token:
                _copy_shifted(builder, text, match.start(), match.end(), offset)
            else:
                decoded = "".join(" " if ch == "\xa0" else ch for ch in decoded if ch not in _INVISIBLE)
                if decoded:
                    builder.put(decoded, start, end)
        elif kind == "pct":
            decoded = _decode_percent(token)
            if decoded is None:
                _copy_shifted(builder, text, match.start(), match.end(), offset)
            else:
                cursor = start
                for ch in decoded:          # each character maps to its own %XX bytes
                    width = 3 * len(ch.encode("utf-8"))
                    builder.put(ch, cursor, cursor + width)
                    cursor += width
        elif kind == "escape":
            builder.put(token[1], start, end)
        # invisible, drop, droptag, quote: nothing reaches the view
        pos = match.end()
    if pos < len(text):
        _copy_shifted(builder, text, pos, len(text), offset)
    return builder.view(digits=markdown) if out is None else None


def _copy_shifted(builder: _Builder, text: str, start: int, end: int, offset: int):
    builder.chars.append(text[start:end])
    builder.starts.extend(range(start + offset, end + offset))
    builder.ends.extend(range(start + offset + 1, end + offset + 1))


class LineIndex:
    """Offsets in a text to 1-based line and column."""

    def __init__(self, text: str):
        self.text = text
        self._line_starts: list[int] | None = None

    @property
    def line_starts(self) -> list[int]:
        # counted on the first finding only: most pages have none
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        return self._line_starts

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1


# A blank line, or a middle dot between spaces: the separator of a list of values on one line
# ("T-0000-0880 · Political prisoner · Lviv oblast"), which no identifier spans.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n| \u00b7 ")


def segments(view_text: str):
    """(start, end) pieces of the view split at blank lines and ` · ` (whitespace-only pieces
    skipped).

    Detectors run per piece, so repeated pieces (site navigation, shared footers, fallback
    copies of a page) are looked at once and then answered from the cache.
    """
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(view_text):
        if view_text[start:match.start()].strip():
            yield start, match.start()
        start = match.end()
    if view_text[start:].strip():
        yield start, len(view_text)
