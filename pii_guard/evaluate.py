"""Recall and precision of the guard on the labelled fictional corpus (tests/guard/corpus/).

    python -m pii_guard.evaluate [--corpus DIR] [--markdown] [--check] [--misses]

Each testimony page has a sidecar `<page>.pii.yml` listing its planted identifiers (line, kind,
exact text); pages without one are clean. media.yml describes images and documents that are
generated with fictional metadata. An identifier counts as found when a finding of the SAME kind
overlaps it; a finding is a true positive when it overlaps an identifier of its kind. Findings
on clean pages are counted per page. --check exits 1 when a target is missed:
recall >= 0.98 overall and >= 0.95 per kind, at most 1 false finding per 10 clean pages.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import allowlist
from .model import KINDS, GuardError
from .registry import default_registry
from .scan import Scanner
from .sources import markdown

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "guard" / "corpus"
TARGETS = {"recall": 0.98, "recall_per_kind": 0.95, "false_per_clean_page": 0.1}


@dataclass
class Tally:
    expected: Counter
    found: Counter
    reported: Counter
    correct: Counter
    misses: list
    false_findings: list
    clean_pages: int
    clean_false: int
    # identifiers some finding overlaps, of whatever kind: the build fails on them all the same
    # (a policy number reported as national_id rather than financial is still never published)
    blocked: int = 0


def _annotations(page: Path, text: str, hits=()) -> list[tuple[int, int, str, str]]:
    side = page.with_name(page.stem + ".pii.yml")
    if not side.exists():
        return []
    entries = (yaml.safe_load(side.read_text(encoding="utf-8")) or {}).get("identifiers") or []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out = []
    for entry in entries:
        line, kind, value = entry["line"], entry["kind"], str(entry["text"])
        if kind not in KINDS:
            raise GuardError(f"{side}: unknown kind {kind!r}")
        # the first occurrence not inside an identifier already placed: a label "Didenko" after
        # "Vasyl Didenko" on the same line is the later, lone "Didenko"
        text_line = lines[line - 1]
        at = text_line.find(value)
        while at >= 0 and any(_overlaps(starts[line - 1] + at, starts[line - 1] + at + len(value), a, b)
                              for a, b, *_ in out):
            at = text_line.find(value, at + 1)
        if at < 0:
            raise GuardError(f"{side}: line {line} of {page.name} does not contain {value!r} "
                             "(apart from identifiers listed before it)")
        start = starts[line - 1] + at
        out.append((start, start + len(value), kind, f"{page.relative_to(CORPUS_ROOT)}:{line} {kind} {value}"))
    return _resolve_repeats(out, text, hits)


def _resolve_repeats(notes: list, text: str, hits) -> list:
    """A label names a line, not a column. Where its text stands on the line again, free and as
    a whole word («| 10 | Roman H. | 10 |»: the row and the age), and only that other occurrence
    is found as its kind, the label is that occurrence."""
    notes = list(notes)
    for i, (start, end, kind, label) in enumerate(notes):
        if any(h.kind == kind and _overlaps(h.start, h.end, start, end) for h in hits):
            continue
        value, line_start = text[start:end], text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start) % (len(text) + 1)
        at = text.find(value, line_start)
        while 0 <= at < line_end:
            whole = not (text[at - 1:at].isalnum() or text[at + len(value):at + len(value) + 1].isalnum())
            if at != start and whole \
                    and not any(_overlaps(at, at + len(value), a, b) for j, (a, b, *_) in enumerate(notes) if j != i) \
                    and any(h.kind == kind and _overlaps(h.start, h.end, at, at + len(value)) for h in hits):
                notes[i] = (at, at + len(value), kind, label)
                break
            at = text.find(value, at + 1)
    return notes


def _overlaps(a0, a1, b0, b1) -> bool:
    return a0 < b1 and b0 < a1


def _media_builder():
    spec = importlib.util.spec_from_file_location("guard_media", CORPUS_ROOT.parent / "media.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORPUS_ROOT = CORPUS


def evaluate(corpus: Path = CORPUS) -> Tally:
    global CORPUS_ROOT
    CORPUS_ROOT = corpus
    registry = default_registry()
    allowed = allowlist.discover(corpus).values
    t = Tally(Counter(), Counter(), Counter(), Counter(), [], [], 0, 0)
    for page in sorted(corpus.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        rel = page.relative_to(corpus).as_posix()
        _, hits = markdown.scan_text(text, rel, registry, allowed)
        notes = _annotations(page, text, hits)
        is_clean = not notes
        t.clean_pages += is_clean
        for start, end, kind, label in notes:
            t.expected[kind] += 1
            near = [h.kind for h in hits if _overlaps(h.start, h.end, start, end)]
            t.blocked += bool(near)
            if kind in near:
                t.found[kind] += 1
            else:
                t.misses.append(label + (f" (reported as {', '.join(near)})" if near else ""))
        for h in hits:
            t.reported[h.kind] += 1
            if any(k == h.kind and _overlaps(h.start, h.end, s, e) for s, e, k, _ in notes):
                t.correct[h.kind] += 1
            elif not any(_overlaps(h.start, h.end, s, e) for s, e, _, _ in notes):
                line = text.count("\n", 0, h.start) + 1
                t.false_findings.append(f"{rel}:{line} {h.kind} {h.rule}")
                t.clean_false += is_clean
    media_spec = corpus / "media.yml"
    if media_spec.exists():
        _evaluate_media(media_spec, t)
    return t


def _evaluate_media(spec_path: Path, t: Tally) -> None:
    build = _media_builder()
    scanner = Scanner(allowlist.EMPTY)
    items = yaml.safe_load(spec_path.read_text(encoding="utf-8"))["items"]
    with tempfile.TemporaryDirectory() as tmp:
        for item in items:
            path = Path(tmp) / item["file"]
            builder = getattr(build, item["build"])
            if item["build"] == "image":
                builder(path, item.get("format", "JPEG"), **item["args"])
            else:
                builder(path, **item["args"])
            findings = scanner.file(path, item["file"])
            kind = item["expect"]
            t.clean_pages += kind is None
            if kind:
                t.expected[kind] += 1
                t.blocked += bool(findings)
                if any(f.kind == kind for f in findings):
                    t.found[kind] += 1
                else:
                    t.misses.append(f"media/{item['file']} {kind}")
            for f in findings:
                t.reported[f.kind] += 1
                if f.kind == kind:
                    t.correct[f.kind] += 1
                else:
                    t.false_findings.append(f"media/{item['file']} {f.kind} {f.rule}")
                    t.clean_false += kind is None


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def table(t: Tally, markdown_table: bool = False) -> str:
    rows = []
    for kind in KINDS:
        rows.append((kind, t.expected[kind], t.found[kind], _ratio(t.found[kind], t.expected[kind]),
                     t.reported[kind], _ratio(t.correct[kind], t.reported[kind])))
    total_e, total_f = sum(t.expected.values()), sum(t.found.values())
    total_r, total_c = sum(t.reported.values()), sum(t.correct.values())
    rows.append(("overall", total_e, total_f, _ratio(total_f, total_e), total_r, _ratio(total_c, total_r)))
    header = ("kind", "planted", "found", "recall", "findings", "precision")
    if markdown_table:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += [f"| {k} | {e} | {f} | {_fmt(r)} | {n} | {_fmt(p)} |" for k, e, f, r, n, p in rows]
    else:
        lines = [f"{header[0]:<18}{header[1]:>8}{header[2]:>7}{header[3]:>8}{header[4]:>10}{header[5]:>11}"]
        lines += [f"{k:<18}{e:>8}{f:>7}{_fmt(r):>8}{n:>10}{_fmt(p):>11}" for k, e, f, r, n, p in rows]
    per_page = _ratio(t.clean_false, t.clean_pages)
    lines.append("")
    lines.append(f"identifiers some finding covers, whatever its kind (the build fails on them all the same): "
                 f"{t.blocked} of {total_e} ({_fmt(_ratio(t.blocked, total_e))})")
    lines.append(f"clean pages and files: {t.clean_pages}, false findings on them: {t.clean_false} "
                 f"({_fmt(per_page)} per page)")
    return "\n".join(lines)


def targets_met(t: Tally) -> list[str]:
    problems = []
    total = _ratio(sum(t.found.values()), sum(t.expected.values())) or 0
    if total < TARGETS["recall"]:
        problems.append(f"overall recall {total:.3f} < {TARGETS['recall']}")
    for kind in KINDS:
        r = _ratio(t.found[kind], t.expected[kind])
        if r is not None and r < TARGETS["recall_per_kind"]:
            problems.append(f"{kind} recall {r:.2f} < {TARGETS['recall_per_kind']}")
    per_page = _ratio(t.clean_false, t.clean_pages) or 0
    if per_page > TARGETS["false_per_clean_page"]:
        problems.append(f"{per_page:.2f} false findings per clean page > {TARGETS['false_per_clean_page']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pii_guard.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    parser.add_argument("--misses", action="store_true", help="list every missed identifier and false finding")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    try:
        tally = evaluate(args.corpus)
    except GuardError as err:
        print(f"evaluate: {err}", file=sys.stderr)
        return 2
    print(table(tally, args.markdown))
    if args.misses:
        # the corpus is fictional: printing its identifiers is safe and what a developer needs
        print("\nmissed:" if tally.misses else "\nmissed: none")
        print("\n".join("  " + m for m in tally.misses))
        print("false findings:" if tally.false_findings else "false findings: none")
        print("\n".join("  " + f for f in tally.false_findings))
    problems = targets_met(tally)
    print("\ntargets: " + ("met" if not problems else "NOT met: " + "; ".join(problems)))
    return 1 if problems and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
