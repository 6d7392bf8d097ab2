"""Files and folders in, findings out: picks the source reader by file extension."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import allowlist as allowlist_mod
from .allowlist import Allowlist
from .model import Finding, GuardError, ScanContext, ScanResult, unique_findings
from .registry import Registry, default_registry
from .sources import documents, html, images, markdown, textview

MARKDOWN_EXT = frozenset({".md", ".markdown", ".txt"})
HTML_EXT = frozenset({".html", ".htm"})
IMAGE_EXT = images.EXTENSIONS
DOCUMENT_EXT = documents.EXTENSIONS
SUPPORTED = MARKDOWN_EXT | HTML_EXT | IMAGE_EXT | DOCUMENT_EXT
# Build output, tooling and dependencies: not contributed content.
SKIP_DIRS = frozenset({".git", ".venv", "venv", "site", "build", "node_modules", "__pycache__",
                       ".pytest_cache", ".cache", ".tox"})


def _display(path: Path) -> str:
    return path.as_posix()


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Supported files under `paths` (folders walked, build output and tooling skipped).
    A file named explicitly must exist and be of a supported type."""
    for path in paths:
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info"))
                for name in sorted(files):
                    if Path(name).suffix.lower() in SUPPORTED:
                        yield Path(folder) / name
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED:
                raise GuardError(f"{_display(path)}: unsupported file type (Markdown, HTML, images, PDF, .docx/.xlsx/.pptx)")
            yield path
        else:
            raise GuardError(f"{_display(path)}: no such file or folder")


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise GuardError(f"{where}: not UTF-8 text (byte {err.start})") from None


class Scanner:
    """Scans single files with one allowlist and one (caching) registry."""

    def __init__(self, allow: Allowlist | None = None, registry: Registry | None = None):
        self.allowlist = allow if allow is not None else allowlist_mod.EMPTY
        self.registry = registry or default_registry()

    def markdown(self, text: str, where: str, language: str | None = None,
                 testimony: bool | None = None) -> tuple[markdown.Page, list[Finding]]:
        page, hits = markdown.scan_text(text, where, self.registry, self.allowlist.values, language, testimony)
        lines = textview.LineIndex(text)
        return page, [h.finding(where, lines) for h in hits]

    def html(self, text: str, where: str, ctx: ScanContext | None = None, seen: str | None = None,
             ui_language: str | None = None, site_url: str | None = None,
             read: frozenset[str] | set[str] = frozenset()) -> list[Finding]:
        """`ctx.language`: the page text's language; `ui_language`: the interface's (default: the
        same); `site_url`: where the site is published (links under it name its own pages)."""
        ctx = ctx or ScanContext(language=markdown.language_of(where), allowed=self.allowlist.values)
        hits = html.scan_text(text, ctx, self.registry, seen, ui_language, site_url, read)
        lines = textview.LineIndex(text)
        return [h.finding(where, lines) for h in hits]

    def file(self, path: Path, where: str | None = None, data: bytes | None = None) -> list[Finding]:
        """Findings of one file; `data` overrides its content (the staged version in git)."""
        where = where or _display(path)
        suffix = path.suffix.lower()
        if data is None:
            try:
                data = path.read_bytes()
            except OSError as err:
                raise GuardError(f"{where}: cannot read ({err.strerror})") from None
        if suffix in MARKDOWN_EXT:
            return self.markdown(_decode(data, where), where)[1]
        if suffix in HTML_EXT:
            return self.html(_decode(data, where), where)
        ctx = ScanContext(allowed=self.allowlist.values)
        if suffix in IMAGE_EXT:
            hits = images.scan_bytes(data, where, ctx, self.registry)
        elif suffix in DOCUMENT_EXT:
            hits = documents.scan_bytes(data, suffix, where, ctx, self.registry)
        else:
            raise GuardError(f"{where}: unsupported file type")
        return [h.finding(where) for h in hits]


def scan_paths(paths: Iterable[str | Path], allow: Allowlist | None = None,
               registry: Registry | None = None) -> ScanResult:
    """Scan files and folders. Missing paths and a bad allowlist raise GuardError; an
    unreadable file is recorded in `errors` and the scan goes on with the others."""
    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.exists():
            raise GuardError(f"{_display(path)}: no such file or folder")
    if allow is None:
        allow = allowlist_mod.discover(*paths)
    scanner = Scanner(allow, registry)
    scanner.registry.detectors          # a missing detector module stops the scan before it starts
    result = ScanResult()
    for path in iter_files(paths):
        result.files_scanned += 1
        try:
            result.findings.extend(unique_findings(scanner.file(path)))
        except GuardError as err:
            result.errors.append(str(err))
    return result


def scan_markdown_text(text: str, path: str, allow: Allowlist | None = None,
                       registry: Registry | None = None, language: str | None = None) -> list[Finding]:
    """Findings in a Markdown text (for hooks and tests); `path` is how findings name it."""
    return unique_findings(Scanner(allow, registry).markdown(text, path, language)[1])


def scan_html_text(text: str, path: str, allow: Allowlist | None = None, registry: Registry | None = None,
                   ctx: ScanContext | None = None) -> list[Finding]:
    """Findings in a rendered HTML page; `path` is how findings name it."""
    return unique_findings(Scanner(allow, registry).html(text, path, ctx))
