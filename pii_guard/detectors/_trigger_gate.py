"""Which of the detectors' triggers occur in a text, found for all of them in one pass.

The detectors look for identifiers only near a trigger (_windows.py), and a paragraph holds
none of most triggers; but finding that out with Python's `re` costs one backtracking pass
per trigger, about fifty per paragraph (a fifth of the guard's time). RE2 (google-re2) runs
them all as one automaton, in linear time: `absent(text)` names the triggers that do not occur,
and windows() skips them. Only absence is trusted, never presence: a trigger RE2 says occurs is
searched with Python's `re` as before, so the windows, and the findings, are the same.

For that, each trigger is translated to a pattern that matches wherever the Python one does
and possibly more (re2_source): lookarounds and word boundaries are dropped, and \\d, \\w, \\s
are written as the Unicode classes Python means by them. A trigger that cannot be translated
is never called absent. If RE2 is not installed, or gives up on a text (it reports no match at
all: a canary pattern that matches every text is missing), nothing is called absent.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:
    import re2
except ImportError:             # an optimisation only: without it every trigger is searched
    re2 = None

Trigger = tuple  # (compiled pattern or plain string, on_lower)

_ANY = r"[\x{0}-\x{10FFFF}]"
_WORD = r"\p{L}\p{N}\p{M}_"                       # Python's \w: str.isalnum() or "_"
_SPACE = r"\s\p{Z}\x{85}\x{1c}-\x{1f}"             # Python's \s: str.isspace()
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_UNSUPPORTED_GROUPS = ("(?P=", "(?#", "(?(")      # backreferences, comments, conditionals
_INLINE_FLAGS = re.compile(r"\(\?([aiLmsux]+)([:)])")
_CANARY = r"\A"                                    # matches every text: its absence is a failure
# RE2's default (8 MB) leaves the automaton of a hundred patterns with Unicode classes too little
# room: it keeps throwing its states away and rebuilding them (70 µs per paragraph instead of 6)
_DFA_MEGABYTES = 64


def _class_end(src: str, i: int) -> int | None:
    """Index just after the character class that opens at src[i] ('[')."""
    j = i + 1
    if src.startswith("^", j):
        j += 1
    if src.startswith("]", j):
        j += 1                          # a "]" first is a member, not the end
    while j < len(src):
        if src[j] == "\\":
            j += 2
            continue
        if src[j] == "]":
            return j + 1
        j += 1
    return None


def _group_end(src: str, i: int) -> int | None:
    """Index just after the group that opens at src[i] ('(')."""
    depth = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            end = _class_end(src, i)
            if end is None:
                return None
            i = end
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _escape(src: str, i: int, in_class: bool) -> tuple[str | None, int]:
    """RE2 for the escape at src[i] ('\\'), and the index after it; None if it has none."""
    if i + 1 >= len(src):
        return None, i + 1
    n = src[i + 1]
    if n == "d":
        return r"\p{Nd}", i + 2
    if n == "w":
        return (_WORD if in_class else f"[{_WORD}]"), i + 2
    if n == "s":
        return (_SPACE if in_class else f"[{_SPACE}]"), i + 2
    if n in "DWS":
        return _ANY, i + 2                             # (outside a class: any character will do)
    if n in "bB":
        return (r"\x{8}" if in_class else ""), i + 2   # a boundary is dropped; in a class: backspace
    if n == "Z":
        return r"\z", i + 2
    if n in "uU":
        width = 4 if n == "u" else 8
        return r"\x{" + src[i + 2:i + 2 + width] + "}", i + 2 + width
    if n.isalnum() and n not in "ntrfvxAz0":
        return None, i + 2                             # a backreference, \N{...}: not RE2
    return src[i:i + 2], i + 2


def re2_source(src: str, flags: int = 0) -> str | None:
    """An RE2 pattern that matches wherever the Python pattern `src` does (and maybe more);
    None if there is none this translation knows."""
    if flags & (re.VERBOSE | re.ASCII | re.LOCALE):
        return None
    out = ["(?m)"]                     # ^ and $ anywhere: more than Python's without MULTILINE
    if flags & re.IGNORECASE:
        out.append("(?i)")
    if flags & re.DOTALL:
        out.append("(?s)")
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            part, i = _escape(src, i, in_class=False)
            if part is None:
                return None
            out.append(part)
        elif c == "[":
            end = _class_end(src, i)
            if end is None:
                return None
            body = src[i + 1:end - 1]
            if any(e in body for e in ("\\W", "\\D", "\\S")):
                out.append(_ANY)                     # a class with a negated escape: any character
            else:
                out.append("[")
                j = i + 1
                while j < end - 1:
                    if src[j] == "\\":
                        part, j = _escape(src, j, in_class=True)
                        if part is None:
                            return None
                        out.append(part)
                    else:
                        out.append(src[j])
                        j += 1
                out.append("]")
            i = end
        elif c == "(" and src.startswith(_LOOKAROUNDS, i):
            end = _group_end(src, i)
            if end is None:
                return None
            i = end                                  # dropped: a wider match is fine
        elif c == "(" and src.startswith(_UNSUPPORTED_GROUPS, i):
            return None
        elif c == "(" and (flags_match := _INLINE_FLAGS.match(src, i)):
            letters = flags_match.group(1)
            if set(letters) & set("axL"):
                return None                          # ASCII, verbose, locale: read otherwise
            letters = letters.replace("u", "")       # (Unicode: what RE2 does anyway)
            out.append(f"(?{letters}{flags_match.group(2)}" if letters else
                       ("(?:" if flags_match.group(2) == ":" else ""))
            i = flags_match.end()
        elif c == "{" and src.startswith("{,", i):
            out.append("{0,")                        # RE2 reads "{,3}" as text
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _literal(text: str) -> str:
    return "".join(ch if ch.isalnum() or not ch.isascii() else "\\" + ch for ch in text)


def _options(megabytes: int):
    options = re2.Options()
    options.max_mem = megabytes << 20
    return options


class Gate:
    """The detectors' triggers, compiled into two RE2 sets: one run on the text, one on its
    lowered form (the triggers written in lower case)."""

    def __init__(self) -> None:
        self._members: dict[bool, list[Trigger]] = {False: [], True: []}   # by on_lower
        # by id: a compiled pattern's hash is a hash of its whole program, and the triggers are
        # asked about fifty times per paragraph (held here, their ids are never reused)
        self._known: dict[int, Trigger] = {}
        self._sets: dict[bool, tuple] | None = None

    def register(self, triggers) -> None:
        """Triggers the sets will answer for (a detector module's, when it is imported)."""
        for trigger in triggers:
            if id(trigger) not in self._known:
                self._known[id(trigger)] = trigger
                self._members[trigger[1]].append(trigger)
                self._sets = None

    def _compile(self) -> dict[bool, tuple]:
        sets = {}
        for on_lower, members in self._members.items():
            compiled = re2.Set.SearchSet(_options(_DFA_MEGABYTES))
            compiled.Add(_CANARY)
            ids = [None]                      # the canary's
            for trigger in members:
                pattern = trigger[0]
                source = (_literal(pattern) if isinstance(pattern, str)
                          else re2_source(pattern.pattern, pattern.flags & ~re.UNICODE))
                if source is None:
                    continue                  # never called absent
                try:
                    compiled.Add(source)
                except re2.error:
                    continue
                ids.append(id(trigger))
            compiled.Compile()
            sets[on_lower] = (compiled, ids)
        return sets

    def absent(self, text: str, low: str | None) -> frozenset[int]:
        """Ids of the gated triggers that occur nowhere in `text` (nor in `low`, its lowered form,
        for the lowered ones; when lowering moved offsets, `low` is None and none of those is
        called absent). Empty when the gate cannot tell (no RE2, or RE2 gave up on this text)."""
        if re2 is None:
            return frozenset()
        if self._sets is None:
            self._sets = self._compile()
        return _absent(self, text, low)

    def _absent(self, text: str, low: str | None) -> frozenset[int]:
        absent = set()
        for on_lower, (compiled, ids) in self._sets.items():
            haystack = low if on_lower else text
            if haystack is None:
                continue
            found = compiled.Match(haystack) or ()
            if 0 not in found:
                return frozenset()            # RE2 gave up on this text: trust nothing
            absent.update(ids[1:])
            absent.difference_update(ids[k] for k in found if k)
        return frozenset(absent)


@lru_cache(maxsize=8)
def _absent(gate: Gate, text: str, low: str | None) -> frozenset[int]:
    # cached like _windows.lowered: every detector asks about the same text in turn
    return gate._absent(text, low)


GATE = Gate()


def register_triggers(namespace: dict) -> None:
    """Gate every `*_TRIGGERS` tuple of a detector module (called with its globals())."""
    for name, value in namespace.items():
        if name.endswith("_TRIGGERS") and isinstance(value, tuple):
            GATE.register(value)
