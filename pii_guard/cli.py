"""`pii-guard scan PATH... [--format json|text]` and `pii-guard scan --staged` (DESIGN §3).

Exit 0: nothing found; 1: findings; 2: bad usage, a missing path or unreadable input (one line
on stderr, never a traceback). Findings are printed masked: the output may end up in public logs.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from . import allowlist as allowlist_mod
from .model import GuardError, ScanResult
from .registry import Registry, remembering_registry
from .scan import SUPPORTED, Scanner, scan_paths

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):             # one line, exit 2 (argparse prints the whole usage)
        self.exit(EXIT_ERROR, f"pii-guard: {message} (see: pii-guard scan --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pii-guard", description="Find details that could identify a survivor.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    scan = commands.add_parser("scan", help="scan files and folders (Markdown, HTML, images, PDF, Office)")
    scan.add_argument("paths", nargs="*", metavar="PATH")
    scan.add_argument("--format", choices=("text", "json"), default="text")
    scan.add_argument("--staged", action="store_true",
                      help="scan the staged (git index) version of staged files (for the pre-commit hook)")
    return parser


def _git(*args: str, cwd: Path | None = None) -> bytes:
    try:
        return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True).stdout
    except FileNotFoundError:
        raise GuardError("git is not installed") from None
    except subprocess.CalledProcessError as err:
        message = err.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GuardError(f"git {args[0]} failed: {message[0] if message else err.returncode}") from None


FIXTURES_MARKER = ".pii-guard-fixtures"   # a folder of labelled FICTIONAL identifiers (the test corpus)


def _is_fixture(top: Path, name: str) -> bool:
    return any((top / parent / FIXTURES_MARKER).is_file() for parent in Path(name).parents)


def scan_staged(paths: list[str], registry: Registry | None = None) -> ScanResult:
    """The index version of each staged (added, copied, modified, renamed) file: what the
    commit would contain, not what happens to be in the working tree."""
    top = Path(_git("rev-parse", "--show-toplevel").decode().strip())
    names = [n for n in _git("diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z", cwd=top)
             .decode("utf-8").split("\0") if n]
    if paths:   # pre-commit passes the file names it selected; keep only those
        wanted = {(Path.cwd() / p).resolve() for p in paths}
        names = [n for n in names if (top / n).resolve() in wanted]
    scanner = Scanner(allowlist_mod.discover(top), registry)
    scanner.registry.detectors
    result = ScanResult()
    for name in names:
        path = Path(name)
        if path.suffix.lower() not in SUPPORTED or any(p in (".venv", "site", "build", "node_modules") for p in path.parts):
            continue
        if _is_fixture(top, name):    # planted on purpose, and labelled; `pii-guard scan DIR` still sees them
            continue
        result.files_scanned += 1
        try:
            result.findings.extend(scanner.file(path, name, _git("show", f":{name}", cwd=top)))
        except GuardError as err:
            result.errors.append(str(err))
    return result


def _report(result: ScanResult, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps({"files_scanned": result.files_scanned,
                          "findings": [f.as_dict() for f in result.findings]}, ensure_ascii=False))
        return
    for finding in result.findings:
        print(finding.as_line())
    files = len({f.path for f in result.findings})
    if result.findings:
        print(f"{len(result.findings)} finding(s) in {files} of {result.files_scanned} file(s) scanned")
    else:
        print(f"no findings in {result.files_scanned} file(s) scanned")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        # pieces judged clean by earlier runs are not judged again (pii_guard/clean_memo.py)
        registry = remembering_registry()
        if args.staged:
            result = scan_staged(args.paths, registry)
        elif not args.paths:
            print("pii-guard: scan needs at least one PATH (or --staged)", file=sys.stderr)
            return EXIT_ERROR
        else:
            result = scan_paths(args.paths, registry=registry)
    except GuardError as err:
        print(f"pii-guard: {err}", file=sys.stderr)
        return EXIT_ERROR
    _report(result, args.format)
    for error in result.errors:
        print(f"pii-guard: {error}", file=sys.stderr)
    if result.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.findings else EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
