"""Columns of the tables a page holds, for rules that read a cell by its header ("Age", «Дата»,
«РНОКПП»): Markdown (GFM) tables, CSV pasted into the text (a header line and its rows with
the same number of `,`, `;` or tab separators, quotes respected), and a printout's columns lined
up with spaces (cells apart by two spaces or more). Not a detector: detectors call
`column_cells` with the header patterns they care about.
"""
from __future__ import annotations

import functools
import re

_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")     # GFM: one dash is enough ("|:-:|")
_CSV_SEPARATORS = (",", ";", "\t")
ALIGNED = "  "              # the "separator" of columns lined up with spaces (a payroll printout)
_ALIGNED_CELL_RE = re.compile(r"\S+(?: \S+)*")
_CSV_MIN_COLUMNS = 4        # "a, b, c" is a sentence; a header of four or more fields is a table


def is_rule(line: str) -> bool:
    return _TABLE_RULE_RE.match(line) is not None


def lines(text: str) -> list[tuple[str, int]]:
    """Each line of `text` with the offset where it starts."""
    rows, start = [], 0
    for line in text.split("\n"):
        rows.append((line, start))
        start += len(line) + 1
    return rows


def header_lines(text: str) -> list[tuple[str, int]]:
    """The header row of each Markdown table in `text` (the line right above its rule), with its
    offset."""
    rows = lines(text)
    return [(line, start) for (line, start), (below, _) in zip(rows, rows[1:])
            if "|" in line and is_rule(below) and not is_rule(line)]


def _trimmed(line: str, a: int, b: int, offset: int, quotes: str = "") -> tuple[int, int]:
    content = line[a:b]
    lead = len(content) - len(content.lstrip())
    start, end = offset + a + lead, offset + a + len(content.rstrip())
    if quotes and end - start >= 2 and line[start - offset] in quotes and line[end - offset - 1] in quotes:
        start, end = start + 1, end - 1
    return start, end


def cells(line: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each cell's trimmed content in a Markdown table row, offsets in the text."""
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    edges = ([-1] if not line.lstrip().startswith("|") else []) + bars
    if not line.rstrip().endswith("|"):
        edges.append(len(line))
    return [_trimmed(line, a + 1, b, offset) for a, b in zip(edges, edges[1:])]


def csv_cells(line: str, offset: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each field of a CSV line (without its quotes), offsets in the text; of each
    cell of a line of columns lined up with spaces (separator ALIGNED)."""
    if separator == ALIGNED:
        return [(offset + m.start(), offset + m.end()) for m in _ALIGNED_CELL_RE.finditer(line)]
    edges, quoted = [-1], False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            edges.append(i)
    edges.append(len(line))
    return [_trimmed(line, a + 1, b, offset, '"') for a, b in zip(edges, edges[1:])]


def _csv_separator(line: str) -> str | None:
    """The separator of a CSV header line, if it is one."""
    for separator in _CSV_SEPARATORS:
        if line.count(separator) >= _CSV_MIN_COLUMNS - 1 and len(csv_cells(line, 0, separator)) >= _CSV_MIN_COLUMNS:
            return separator
    # ("Pers.No  Name      RNOKPP    Card": single spaces stay inside a cell)
    if line.count(ALIGNED) >= _CSV_MIN_COLUMNS - 1 and len(csv_cells(line, 0, ALIGNED)) >= _CSV_MIN_COLUMNS:
        return ALIGNED
    return None


# a line of four cells apart by two spaces or more (not a line's indentation: a rendered page's)
_ALIGNED_ROW_RE = re.compile(r"\S {2,}\S[^\n]*?\S {2,}\S[^\n]*?\S {2,}\S")


def may_hold_table(text: str) -> bool:
    """A cheap test before `column_cells`: a Markdown table's bar, or several lines (CSV, or
    columns lined up with spaces)."""
    return "|" in text or ("\n" in text and (
        any(text.count(sep) >= 2 * (_CSV_MIN_COLUMNS - 1) for sep in _CSV_SEPARATORS)
        or (text.count(ALIGNED) >= 2 * (_CSV_MIN_COLUMNS - 1) and _ALIGNED_ROW_RE.search(text) is not None)))


def _header_column(text: str, header: list[tuple[int, int]], header_res: tuple[re.Pattern, ...]) -> int | None:
    return next((k for header_re in header_res for k, (a, b) in enumerate(header)
                 if header_re.search(text, a, b)), None)


def column_cells(text: str, *header_res: re.Pattern) -> list[tuple[int, int]]:
    """The cells under a table header that the first of `header_res` finds (its first such
    column; «| Born | Age now |»: the age, when the ages are asked first)."""
    found = []
    rows = lines(text)
    column = None
    separator = None        # a CSV block's, while in one
    width = 0
    for i, (line, start) in enumerate(rows):
        if separator is not None:
            row = csv_cells(line, start, separator)
            if len(row) == width:
                if column is not None:
                    found.append(row[column])
                continue
            separator = None
        if "|" in line:
            if i + 1 < len(rows) and is_rule(rows[i + 1][0]) and not is_rule(line):
                column = _header_column(text, cells(line, start), header_res)
            elif column is not None and not is_rule(line):
                row = cells(line, start)
                if column < len(row):
                    found.append(row[column])
            continue
        column = None
        separator = _csv_separator(line) if i + 1 < len(rows) else None
        if separator is not None:
            header = csv_cells(line, start, separator)
            following = csv_cells(rows[i + 1][0], rows[i + 1][1], separator)
            if len(following) != len(header):
                separator = None
                continue
            width = len(header)
            column = _header_column(text, header, header_res)
    return found


_ROW_NUMBER_RE = re.compile(r"\d{1,3}\.?")


def body_cells(text: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """Each cell of a Markdown table's body rows, with its column's header cell (None past the
    header's last column)."""
    found = []
    header = None
    rows = lines(text)
    for i, (line, start) in enumerate(rows):
        if "|" not in line:
            header = None
        elif i + 1 < len(rows) and is_rule(rows[i + 1][0]) and not is_rule(line):
            header = cells(line, start)
        elif header is not None and not is_rule(line):
            found += [(cell, header[k] if k < len(header) else None) for k, cell in enumerate(cells(line, start))]
    return found


def row_values(text: str, label_re: re.Pattern) -> list[tuple[int, int]]:
    """The cells after a table row's label that `label_re` finds («| Паспорт РФ (получили в
    2023) | 9023 604178 |»: a form laid out as a table, the label in its first cell, a row
    number before it allowed)."""
    found = []
    for line, start in lines(text):
        if "|" not in line or is_rule(line):
            continue
        row = cells(line, start)
        if row and _ROW_NUMBER_RE.fullmatch(text, *row[0]):
            row = row[1:]
        if len(row) > 1 and label_re.search(text, *row[0]):
            found += row[1:]
    return found


# A line of structured data: a JSON member, a YAML mapping entry ("age": 36, | vik: 49 |,
# «"personal_no": "Ж-561043",»). Keys are one word or words joined by "_" or "-" (a sentence's
# «Как цитировать это свидетельство:» is prose, not a key).
_FIELD_LINE_RE = re.compile(
    r'^[ \t>*\-{\[,]*"?(?P<key>[^\W\d]+(?:[_\-][^\W\d]+){0,5})"?[ \t]*:[ \t]*'
    r'(?P<quote>"?)(?P<value>[^"\n]*?)(?P=quote)[ \t]*[,}\]]?[ \t]*$', re.MULTILINE)


def may_hold_fields(text: str) -> bool:
    return ":" in text


def fields(text: str) -> list[tuple[str, int, int]]:
    """(key, start, end) of each value in the lines of structured data `text` holds; the key
    lowercased, with "_" and "-" read as spaces."""
    return [(m.group("key").replace("_", " ").replace("-", " ").lower(), m.start("value"), m.end("value"))
            for m in _FIELD_LINE_RE.finditer(text) if m.group("value")]


# A CSV row's separator between two fields («…,Taras,RNOKPP 2830472853,4,B,…»), an underscore
# inside a file's name («rnokpp_3043293158.jpg»): both glue a number to the words around it,
# which the number rules' edges (no comma or letter before or after) read as part of it.
_GLUED_CSV_COMMA_RE = re.compile(r"(?<=[^\s,]),(?=[^\s,])")


@functools.lru_cache(maxsize=8)
def separators_as_spaces(text: str, csv: bool = True) -> str:
    """`text` with underscores as spaces, and (`csv`) the commas of CSV rows (lines of four
    fields or more) as vertical tabs: same length, same offsets, for rules that read numbers. A
    vertical tab is white space to every pattern but joins no phone number's digit groups
    ("…,+7 916 240-17-83,12500996068190,…": two fields, not one long number). Cached: the
    identifier, contact and testimony detectors ask for the same text in turn."""
    if "_" in text:
        text = text.replace("_", " ")
    return csv_commas_as_tabs(text) if csv else text


@functools.lru_cache(maxsize=8)
def csv_commas_as_tabs(text: str) -> str:
    """`text` with the commas of its CSV rows as vertical tabs (see separators_as_spaces)."""
    if text.count(",") < _CSV_MIN_COLUMNS - 1 or "\n" not in text:
        return text
    out = []
    for line in text.split("\n"):
        if _csv_separator(line) == ",":
            line = _GLUED_CSV_COMMA_RE.sub("\v", line)
        out.append(line)
    return "\n".join(out)
