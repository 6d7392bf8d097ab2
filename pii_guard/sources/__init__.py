"""Where text hides: each module turns one kind of file into located hits.

A Hit is a suspected identifier with its place in the ORIGINAL file (character offsets for
text files, nothing for binary files) and its value as read (only ever shown masked).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..masking import mask
from ..model import Finding, ScanContext, Span
from ..registry import Registry
from ..detectors import _tables as tables
from ..detectors._numbers import EN_NUMBER_WORD
from ..detectors.testimony import _TERM_BEFORE as TERM_BEFORE   # (a term before a number: not an age)
from . import textview


@dataclass(frozen=True)
class Hit:
    kind: str
    rule: str
    value: str                 # normalised text of the identifier (never printed unmasked)
    start: int | None = None   # offsets into the original text (text sources only)
    end: int | None = None

    def finding(self, path: str, lines: textview.LineIndex | None = None) -> Finding:
        line = column = None
        if lines is not None and self.start is not None:
            line, column = lines.locate(self.start)
        return Finding(path, line, column, self.kind, self.rule, mask(self.kind, self.value))


def flat(text: str) -> str:
    """Whitespace-insensitive form, to tell whether a piece of text was already scanned."""
    return " ".join(text.split())


# A piece this long is looked up in the page's Markdown before anything else. A short one
# ("Civilians", "Ivan") is judged first: it is cheap, remembered, and shared by many pages
# (navigation labels); only when it holds a hit is it looked up, as whole words, in the Markdown
# that gave it more context.
SEEN_MIN = 40


def _already_read(piece: str, seen: str) -> bool:
    """Was the short `piece` part of the page's Markdown as scanned, as whole words ("Ivan" is
    not in "Ivanenko")? There the source gave it more context than here."""
    at = seen.find(piece)
    while at >= 0:
        end = at + len(piece)
        if (at == 0 or not seen[at - 1].isalnum()) and (end == len(seen) or not seen[end].isalnum()):
            return True
        at = seen.find(piece, at + 1)
    return False


# Parts of a piece that may be values read elsewhere: a quoted phrase, or a word with the
# punctuation around it (a testimony id, a link).
_READ_PART = re.compile(r"“[^”\n]{1,300}”|«[^»\n]{1,300}»|[^\s“”«»]+")


def _detect_reading_once(piece: str, ctx: ScanContext, registry: Registry, read: frozenset[str] | set[str]) -> list:
    """registry.detect(piece, ctx), but a piece that holds values already read (a testimony's
    quoted title, id and address in its citation) is first judged with each of them as "…":
    the citation line, the same on every testimony page but for them, is then judged once per
    language. Only if that finds something is the piece itself judged.

    A quotation mark or a space ends an identifier, so none spans the part and its
    surroundings; the part itself was judged where it was read (the page's front matter, its
    path)."""
    cached = registry.detected(piece, ctx)
    if cached is not None:
        return cached

    def placeholder(match: re.Match) -> str:
        part = match.group()
        if part[0] in "“«":
            return part[0] + "…" + part[-1] if flat(part[1:-1]) in read else part
        core = part.strip(".,;:!?()")
        if core and core in read:
            return part.replace(core, "…", 1)
        return part

    reduced = _READ_PART.sub(placeholder, piece)
    if reduced != piece and not registry.detect(reduced, ctx):
        return []
    return registry.detect(piece, ctx)


def scan_view(view: textview.View, ctx: ScanContext, registry: Registry,
              seen: str | None = None, read: frozenset[str] | set[str] = frozenset()) -> tuple[list[Hit], bool, bool]:
    """Run the detectors over a normalised view, piece by piece; hits in original offsets.

    Pieces found verbatim in `seen` (the page's own Markdown, already scanned) are skipped (and
    reported as such: the answer holds for this page only). Pieces equal to one of `read`
    (values other sources' scans already read: page titles, in navigation, in the <title>, in
    another language's links) are passed over, wherever they stand; inside a longer piece they
    are judged as "…" first (see _detect_reading_once).
    Returns (hits, whether any piece was skipped, whether any piece was scanned)."""
    hits = []
    skipped = scanned = False
    text = view.text
    for start, end in textview.segments(text):
        piece = text[start:end]
        key = flat(piece) if seen is not None or read else None
        spans = None
        if key is not None:
            if key in read:
                # read where it came from, and wherever it recurs: no reason to hold a chunk back
                continue
            if seen is not None:
                if len(key) >= SEEN_MIN:
                    if key in seen:
                        skipped = True
                        continue
                else:
                    # a short piece is judged first (cheap, and remembered): one with nothing in
                    # it counts as read here, so a navigation label that is also a word of the
                    # page is known clean for every page, not skipped on this one
                    spans = registry.detect(piece, ctx)
                    if spans and _already_read(key, seen):
                        skipped = True
                        continue
        scanned = True
        if spans is None:
            spans = _detect_reading_once(piece, ctx, registry, read) if read else registry.detect(piece, ctx)
        for span in spans:
            # a text-only view (sources/html.py reads first, locates later) has no offsets
            a, b = view.original_span(start + span.start, start + span.end) if view.starts else (None, None)
            hits.append(Hit(span.kind, span.rule, text[start + span.start:start + span.end], a, b))
    return hits, skipped, scanned


def page_wide(view: textview.View, hits: list[Hit], ctx: ScanContext) -> list[Hit]:
    """What only the whole page shows: a surname named once and repeated alone, a profile's
    user name repeated without its address, names in a page without capitals, an age given as
    the answer to a question in the paragraph before."""
    out = repeated_names(view, hits, ctx)
    out += repeated_handles(view, hits + out)
    out += repeated_numbers(view, hits + out)
    if ctx.testimony:
        out += sibling_numbers(view, hits + out)
        out += row_keys(view, hits + out)
        out += _caseless(view, hits + out, ctx)
        out += _answered_ages(view, hits + out)
        out += ages_after_names(view, hits + out)
    return out


# "Host sister Lena, 16.", "**Den, 25**", «Ірина, 27;»: a number after a name found and a comma,
# with nothing after it but the end of the phrase (not "Lena, 16 March", "Olena, 2 children")
# (the end of the phrase: a stop, a closing quote, a bar, a comma; not a time: "Hanna Koval, 11:42")
_AGE_PHRASE_END = r"[ \t]*(?:[.;)|*]|[\"”»](?!\w)|:(?!\d)|,(?![ \t]*\d)|$)"
_AGE_AFTER_NAME_RE = re.compile(
    # (a patronymic cut short between: «Белов Артём Дм., 19 лет»)
    r"(?:[ \t]+[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё]{1,3}\.)?,[ \t]+(?P<n>1[01]\d|[1-9]?\d)"
    r"(?:[ \t]?(?:y\.?o\.?|y\.|yrs?\.?|years?(?:[ \t]+old)?|р\.|г\.|л\.|роки|років|рік|лет|года|год))?"
    # (or a printout's next column, or the moment: "Bohdan Yarema, 26 when he was taken", «77 лет на
    # момент вывоза»)
    rf"(?={_AGE_PHRASE_END}|[ \t]{{2,}}|[ \t]+(?:when|на[ \t]+момент|на[ \t]+час|at[ \t]+the[ \t]+time)(?![\w'’]))"
    # no comma, but the years' abbreviation: «дочь Гончарова Алёна 31 г.», "Olena 34 y.o." (not
    # «Иван Петров 5 лет сидел», a term)
    # ("Kovalchuk Diana    11 y.", a camp's list; "Babenko Halyna Ivanivna 72 yrs", a docket's customer)
    r"|[ \t]+(?P<n2>1[01]\d|[1-9]?\d)[ \t]?(?:y\.?o\.|y\.|yrs\.?|р\.|г\.|л\.)(?=[ \t]|$)"
    # a bracket that opens on the years: «Игорь Ляшенко (39 лет, +380…)», "Ihor Sytnyk (39, a driver)"
    r"|[ \t]*\((?P<n3>1[01]\d|[1-9]?\d)(?:[ \t]?(?:y\.?o\.|years?(?:[ \t]+old)?|роки|років|рік|лет|года|год))?(?=[,;])"
    # a dash, a bare number and a comma before what comes next: «Артур Дорошенко — 32, з Мелітополя»
    # (not a term: «Эле — 5 лет,», «Иванне — 12.»)
    r"|[ \t]+[—–][ \t]+(?P<n4>1[01]\d|[1-9]?\d),(?=[ \t]+[^\W\d])"
    # … or with the years' word: «КРАВЧУК Ф.А. - 81 рік, сам приїхав» (not on a line that gives a
    # term: «Ивану Петрову дали 7 лет, Эле — 5 лет»)
    r"|[ \t]+[—–-][ \t]+(?P<n5>1[01]\d|[1-9]?\d)[ \t]?(?:рік|роки|років|год|года|лет|y\.?o\.?|years?(?:[ \t]+old)?)"
    r"(?=[ \t]*(?:[,;.]|$))",
    re.MULTILINE)


def ages_after_names(view: textview.View, hits: list[Hit]) -> list[Hit]:
    """A bare age right after a name the page gives and a comma (_AGE_AFTER_NAME_RE)."""
    text = view.text
    spans = []
    for h in hits:
        if h.kind != "person_name" or h.start is None:
            continue
        end = bisect.bisect_left(view.ends, h.end) + 1     # (the view's offset just past the name)
        while end < len(text) and text[end] in "*_":
            end += 1                                        # ("**Den**, 25")
        m = _AGE_AFTER_NAME_RE.match(text, end)
        group = next((g for g in ("n", "n2", "n3", "n4", "n5") if m.group(g)), None) if m else None
        if group == "n5" and TERM_BEFORE.search(text, text.rfind("\n", 0, end) + 1, m.start(group)):
            continue        # (the testimony detector's own test for a term before a number)
        found = (m.start(group), m.end(group) if group == "n4" else m.end()) if m else _profile_age(text, end)
        if found:
            spans.append(Span(*found, "age", "age.after_name"))
    return _new_hits(view, spans, hits)


# A profile's role phrase between the name and the age: "**Tetiana Hrabovska.** Our accountant,
# 38.", "Dima was the youngest of our drivers, 24.", "Electrician, 51 when he was taken.", "Hanna
# and Mykola Syrotiuk, our grandparents, 79 and 82,". A bare number only ("sentenced, 14 years" is
# a term), never a decimal ("Morning ride, 42.7 km").
_AGE_OF_A_PROFILE = r"(?:1[01]\d|[1-9]?\d)"
# (ten and over in words: "flute, seven." could be a count)
_AGE_WORD_OF_A_PROFILE = rf"(?!(?:one|two|three|four|five|six|seven|eight|nine)(?![\w-])){EN_NUMBER_WORD}"
_PROFILE_AGE_RE = re.compile(
    rf"(?P<phrase>[^\d\n|]{{1,60}}?),[ \t]+(?P<n>{_AGE_OF_A_PROFILE}(?:[ \t]+(?:and|і|и|та|й)[ \t]+{_AGE_OF_A_PROFILE})?"
    rf"|{_AGE_WORD_OF_A_PROFILE})(?![.,]?\d|[\w-])"
    rf"(?={_AGE_PHRASE_END}|[ \t]+when\b)"
    # … or the next sentence's first word, before a comma: "**Liubov Hnatiuk**, cello. 74, the oldest member."
    # (a sentence that ends with a word, not with an abbreviation: "clinic no. 2, Bucha", «кв. 52,»)
    rf"|(?P<phrase2>[^\d\n|]{{1,60}}?(?:[^\W\d_]{{4}}|\))[.;])[ \t]+(?P<n2>{_AGE_OF_A_PROFILE})(?=,[ \t]+[^\W\d])",
    re.MULTILINE)
_SENTENCE_END_RE = re.compile(r"[.!?][*_]*[ \t]")


# (a street and its house number: «Её адрес Гетманская, 40», «Колька с Мира, 21»)
_STREET_BEFORE_COMMA_RE = re.compile(r"(?<![\w'’])(?:з|с|із|зі|со|на|по|от|від|адрес\w*|address)[ \t]+"
                                     r"[A-ZА-ЯІЇЄҐЁ][\w'’\-]*[ \t]*$", re.IGNORECASE)


def _profile_age(text: str, end: int) -> tuple[int, int] | None:
    """The age that ends the name's sentence or the next one, after a comma and a role phrase
    (or that starts the next sentence)."""
    m = _PROFILE_AGE_RE.match(text, end)
    if m is None:
        return None
    phrase, number = ("phrase", "n") if m.group("n") else ("phrase2", "n2")
    # (an age in words only in the name's own sentence: not "I weighed fifty-four kilos. Before, ninety.")
    most = 0 if m.group(number)[0].isalpha() else 1
    if len(_SENTENCE_END_RE.findall(m.group(phrase) + " ")) > most or _STREET_BEFORE_COMMA_RE.search(m.group(phrase)):
        return None
    return m.start(number), m.end(number)


def _new_hits(view: textview.View, spans, hits: list[Hit]) -> list[Hit]:
    """Hits for the page-wide `spans` (offsets into the view) that no hit already covers."""
    taken = [(h.start, h.end) for h in hits if h.start is not None]
    out = []
    for span in spans:
        start, end = view.original_span(span.start, span.end)
        if not any(a < end and start < b for a, b in taken):
            out.append(Hit(span.kind, span.rule, view.text[span.start:span.end], start, end))
            taken.append((start, end))
    return out


def _caseless(view: textview.View, hits: list[Hit], ctx: ScanContext) -> list[Hit]:
    """A page with no capitals (a call's automatic captions), or a quotation or paragraph without
    them (a voice message's transcript), names people in lowercase and ends no clause."""
    from ..detectors import location, names, names_lowercase, testimony

    regions = names_lowercase.caseless_regions(view.text)
    if not regions:
        return []
    found = names.unless_allowed(names_lowercase.caseless_names(view.text, regions), view.text, ctx, "name.caseless")
    found += location.caseless_addresses(view.text, regions) + testimony.caseless_ages(view.text, regions)
    return _new_hits(view, found, hits)


def _answered_ages(view: textview.View, hits: list[Hit]) -> list[Hit]:
    from ..detectors import testimony

    return _new_hits(view, testimony.answered_ages(view.text), hits)


def repeated_names(view: textview.View, hits: list[Hit], ctx: ScanContext) -> list[Hit]:
    """Lone mentions, anywhere in the page, of the surnames its hits name (names.repeated):
    detectors judge one paragraph at a time and cannot know the name was given in another."""
    from ..detectors import names     # the registry, not this module, decides which detectors run

    found = [h.value for h in hits if h.kind == names.KIND]
    if not found:
        return []
    nicknames = [h.value for h in hits if h.kind == names.KIND and h.rule == "name.title" and h.value.isalpha()]
    labels = [h.value for h in hits if h.kind == names.KIND and h.rule == "name.nickname" and h.value.isalpha()]
    return _new_hits(view, names.repeated(view.text, found, ctx, [], nicknames, labels), hits)


# the user name at the end of a profile address, or after its @
_BARE_HANDLE_RE = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+")
_HANDLE_IN_HIT_RE = re.compile(r"(?:^@|/@?)(?P<handle>[\w.\-]{5,})/?$")


_NAME_ALONE_RE = re.compile(r"(?P<handle>[A-Za-z][\w.\-]{4,})")
_CAPITAL_INSIDE_RE = re.compile(r"[a-z][A-Z]")


def repeated_handles(view: textview.View, hits: list[Hit]) -> list[Hit]:
    """Other mentions of a user name the page gives as a profile address or an @handle
    («[alina.sydorenko.kh](https://www.instagram.com/alina.sydorenko.kh/)»: the link's text)."""
    handles = set()
    for h in hits:
        if h.kind == "social_handle":
            m = _HANDLE_IN_HIT_RE.search(h.value.split("?")[0]) or _NAME_ALONE_RE.fullmatch(h.value)
            # "olena.k", "olena_k87", "DanyaTokmak" (a game's nick in its column): not a word
            if m and (not m.group("handle").isalpha() or _CAPITAL_INSIDE_RE.search(m.group("handle"))):
                handles.add(m.group("handle").lower())
            elif _BARE_HANDLE_RE.fullmatch(h.value):         # a chat's sender ("oleh.kardash.ua: …")
                handles.add(h.value.lower())
    if not handles:
        return []
    spans = [Span(m.start(), m.end(), "social_handle", "social.repeated")
             for handle in handles
             for m in re.finditer(rf"(?<![\w.@/\-]){re.escape(handle)}(?![\w/\-]|\.\w)", view.text, re.IGNORECASE)]
    return _new_hits(view, spans, hits)


# a number found as a document's, an account's or a card's, given again elsewhere on the page
_NUMBER_KINDS = ("national_id", "financial")
_FOUR_DIGITS_RE = re.compile(r"(?:\D*\d){4}")


def repeated_numbers(view: textview.View, hits: list[Hit]) -> list[Hit]:
    """Other mentions of a number the page gives as an identifier: the register entry of a
    table row in the margin note about it, a prisoner's number shouted again, a chart number
    inside a file's name ("RX_20190314_K-20417_OPG.dcm"); never a part of a longer number."""
    # (a booking reference has as few as one digit: "Iryna had to repeat K7QXMB at every counter")
    values = {(h.kind, h.value) for h in hits
              if h.kind in _NUMBER_KINDS and (_FOUR_DIGITS_RE.match(h.value) or h.rule == "id.booking")}
    if not values:
        return []
    spans = [Span(m.start(), m.end(), kind, "id.repeated")
             for kind, value in values
             for m in re.finditer(_repeat_pattern(value), view.text)]
    return _new_hits(view, spans, hits)


def one_kind_per_number(hits: list[Hit]) -> list[Hit]:
    """A number the page gives as an account or a document somewhere is that wherever it stands
    alone: "- 0412078833 (Kuzmenko): last payment in March" under a table whose "| Account no. |"
    column holds it is the account, not the landline its digits could dial."""
    kinds = {h.value: h.kind for h in hits if h.kind in _NUMBER_KINDS and h.rule != "id.repeated"}
    if not kinds:
        return hits
    return [replace(h, kind=kinds[h.value], rule="id.repeated") if h.kind == "phone" and h.value in kinds else h
            for h in hits]


def _repeat_pattern(value: str) -> str:
    """Where `value` stands alone: not after or before a dash or a slash ("40-1172" is not
    "1172"), unless it is long enough to be a path's whole segment ("…/case/12402350001000117/p1.pdf")."""
    edge = r"\-" if len(value) >= 8 and value.isdigit() else r"\-/"
    return (rf"(?<![^\W_]|[{edge}])(?<!\d )(?<!\d\u00a0){re.escape(value)}"
            rf"(?![^\W_]|[{edge}]\w|[.,]\d|[ \u00a0]\d)")


# OCR's look-alikes of digits («4O-l172»: O for 0, l for 1), read as the digits they stand for
_OCR_DIGITS = str.maketrans("OoОоlI|", "0000111")
_CODE_TOKEN_RE = re.compile(r"(?<![\w\-/.])[\w]+(?:[-/][\w]+)+(?![\w\-/]|[.,]\d)")
_DIGIT_RUN_RE = re.compile(r"\d+")


def _shape(code: str, collapse: bool = False) -> str:
    """«40-1172» -> "99-9999" ("9-9" collapsed: any number of digits); letters stay as they are."""
    digits = code.translate(_OCR_DIGITS)
    return _DIGIT_RUN_RE.sub("9", digits) if collapse else re.sub(r"\d", "9", digits)


def sibling_numbers(view: textview.View, hits: list[Hit]) -> list[Hit]:
    """Numbers shaped like a document number the page gives, next to it: on its line ("numbers:
    my brother 40-1172, Andriy 40-1180, Yurii 40-1191", an OCR'd «4O-ll8O» among them), or in
    its table column («3/1-214/2022 … 3/10-401/2023»). A list or a column of one kind of number
    holds one kind of identifier."""
    anchors = {h.value: h.kind for h in hits
               if h.kind == "national_id" and _CODE_TOKEN_RE.fullmatch(h.value) and sum(c.isdigit() for c in h.value) >= 4}
    if not anchors:
        return []
    text = view.text
    rows = tables.lines(text) if "|" in text else []      # (split once: a page may hold many anchors)
    spans = []
    for anchor in _CODE_TOKEN_RE.finditer(text):
        kind = anchors.get(anchor.group())
        if kind is None:
            continue
        line_start = text.rfind("\n", 0, anchor.start()) + 1
        line_end = text.find("\n", anchor.end())
        line_end = len(text) if line_end < 0 else line_end
        shape = _shape(anchor.group())
        for m in _CODE_TOKEN_RE.finditer(text, line_start, line_end):
            if m.group() != anchor.group() and _shape(m.group()) == shape and sum(c.isdigit() for c in m.group()) >= 2:
                spans.append(Span(m.start(), m.end(), kind, "id.sibling"))
        if rows:
            spans += _column_siblings(text, rows, line_start, line_end, anchor.start(), anchor.group(), kind)
    return _new_hits(view, spans, hits)


# what a code of a register's column is not: a date, a month, a span of years
_NOT_A_KEY_RE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d|(?:19|20)\d\d[-/.]\d\d?(?:[-/.]\d\d?)?|"
                           r"\d\d?[-/.](?:19|20)\d\d|(?:19|20)\d\d[-–](?:19|20)\d\d")


_NEWLINE_RE = re.compile(r"\n")
_BLANK_LINE_RE = re.compile(r"^[^\S\n]*$", re.MULTILINE)


def row_keys(view: textview.View, hits: list[Hit]) -> list[Hit]:
    """A register's column of codes, one per person («A-2207», "14-01-03"): the same shape at the
    same place in two or more rows that name a person (a Markdown table's cell, or a printout's
    column lined up with spaces): a prisoner's number, a grave's plot, a file's number."""
    text = view.text
    names = [bisect.bisect_left(view.starts, h.start) for h in hits if h.kind == "person_name" and h.start is not None]
    if not names or ("-" not in text and "/" not in text):
        return []
    newlines = [m.start() for m in _NEWLINE_RE.finditer(text)]
    named_lines = {bisect.bisect_left(newlines, at) for at in names}
    # (a column ends at a blank line: its block is the count of blank lines before it)
    blanks = [m.start() for m in _BLANK_LINE_RE.finditer(text)]
    columns: dict[tuple[int, int, str], list[tuple[int, int, int]]] = {}
    for m in _CODE_TOKEN_RE.finditer(text):
        code = m.group()
        if sum(c.isdigit() for c in code) < 4 or _NOT_A_KEY_RE.fullmatch(code):
            continue
        line_no = bisect.bisect_left(newlines, m.start())
        line_start = newlines[line_no - 1] + 1 if line_no else 0
        line_end = newlines[line_no] if line_no < len(newlines) else len(text)
        table_row = text[line_start:line_end].lstrip().startswith("|")
        column = text.count("|", line_start, m.start()) if table_row else m.start() - line_start
        block = bisect.bisect_right(blanks, line_start)
        columns.setdefault((block, column, _shape(code, collapse=True)), []).append((m.start(), m.end(), line_no))
    spans = [Span(a, b, "national_id", "id.row_key")
             for members in columns.values() if sum(n in named_lines for _, _, n in members) >= 2
             for a, b, _ in members]
    return _new_hits(view, spans, hits)


def _column_siblings(text: str, rows: list[tuple[str, int]], line_start: int, line_end: int, at: int, value: str,
                     kind: str) -> list[Span]:
    """Cells of the anchor's table column (the Markdown table around its line) shaped like it."""
    if not text[line_start:line_end].lstrip().startswith("|"):
        return []
    table = _table_around(rows, line_start)
    column = next((k for k, (a, b) in enumerate(tables.cells(text[line_start:line_end], line_start)) if a <= at < b), None)
    shape = _shape(value, collapse=True)
    spans = []
    for line, row_start in table:
        row = tables.cells(line, row_start)
        if row_start == line_start or column is None or column >= len(row):
            continue
        a, b = row[column]
        cell = text[a:b]
        if cell != value and _CODE_TOKEN_RE.fullmatch(cell) and _shape(cell, collapse=True) == shape \
                and sum(ch.isdigit() for ch in cell) >= 4:
            spans.append(Span(a, b, kind, "id.sibling"))
    return spans


def _table_around(rows: list[tuple[str, int]], line_start: int) -> list[tuple[str, int]]:
    """(line, start) of the table rows (lines that open with a bar) around the line at `line_start`,
    among the text's `rows` (_tables.lines)."""
    here = next(i for i, (_, start) in enumerate(rows) if start == line_start)
    first = last = here
    while first > 0 and rows[first - 1][0].lstrip().startswith("|"):
        first -= 1
    while last + 1 < len(rows) and rows[last + 1][0].lstrip().startswith("|"):
        last += 1
    return [row for row in rows[first:last + 1] if not tables.is_rule(row[0])]
