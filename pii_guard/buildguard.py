"""The guard inside an MkDocs build (hooks/pii_guard.py is the thin adapter).

Scans every page's Markdown source as it is on disk (true line numbers), the rendered HTML of
every page in every language (what templates and includes add), and every image, PDF and
Office file once. Findings from all languages are collected and reported together at the end:
`mkdocs build` fails listing each as `file:line:col kind rule masked`; `mkdocs serve` keeps
serving, logs them loudly and puts a banner on the affected pages.

Fast because nothing is scanned twice: sources are cached by content hash (the fallback copies
of a page in eight languages are one scan), binary files by size and mtime, and repeated pieces
of rendered HTML (navigation, header, footer) by the registry's text cache.
"""
from __future__ import annotations

import hashlib
import html as html_lib
import logging
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import allowlist as allowlist_mod
from .model import Finding, GuardError, ScanContext, unique_findings
from .registry import Registry, default_registry
from .scan import DOCUMENT_EXT, IMAGE_EXT, MARKDOWN_EXT, Scanner
from .sources import Hit, flat
from .sources.markdown import body_first_line, is_testimony, language_of

BANNER_CLASS = "pii-guard-banner"


@dataclass
class _Source:
    """A Markdown source's scan: the same for every language that renders it."""
    findings: list[Finding]
    testimony: bool
    pseudonyms: frozenset[str]
    language: str | None
    error: str | None = None
    scanned_text: str | None = None      # what the detectors already read (not scanned again in HTML)
    from_file: bool = False              # scanned from the file on disk (not generated text)
    lines: frozenset[str] = frozenset()  # the file's lines (to tell what build hooks added)
    body_line: int = 1                   # the file's line where the Markdown after the front matter starts


def relative_path(path: str | Path, root: Path | None, memo: dict) -> str:
    """`path` relative to the repository, as findings name it. Remembered in `memo`. A path
    under the repository as written is taken as it is (resolving costs a system call per
    folder, for every page of every language); others (a symbolic link in) are resolved."""
    rel = memo.get(path)
    if rel is None:
        absolute = os.path.abspath(path)
        if root is not None and absolute.startswith(str(root) + os.sep):
            rel = Path(absolute[len(str(root)) + 1:]).as_posix()
        else:
            try:
                rel = Path(path).resolve().relative_to(root).as_posix()
            except (TypeError, ValueError):
                rel = Path(path).as_posix()
        memo[path] = rel
    return rel


def _serve_logger() -> logging.Logger:
    """Errors under `serve` go to a logger outside `mkdocs.*` so strict mode does not stop the
    preview server; formatted like MkDocs' own lines so they stand out the same way."""
    log = logging.getLogger("pii_guard.build")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-8s-  PII guard: %(message)s"))
        log.addHandler(handler)
        log.propagate = False
    return log


@dataclass
class BuildGuard:
    registry: Registry = field(default_factory=default_registry)
    serving: bool = False
    root: Path | None = None
    site_url: str | None = None          # links under it name the site's own pages
    scanner: Scanner | None = None
    _sources: dict[str, _Source] = field(default_factory=dict)        # content hash -> scan
    _assets: dict[tuple, list[Finding] | str] = field(default_factory=dict)   # (path, size, mtime) -> scan
    # per build: what to report
    _pages: dict[str, _Source] = field(default_factory=dict)          # source path -> its scan
    _html: dict[str, list[Finding]] = field(default_factory=dict)     # source path -> new findings in HTML
    _added: dict[str, list[Finding]] = field(default_factory=dict)    # source path -> in text hooks added
    _bodies: dict[str, str] = field(default_factory=dict)             # source path -> HTML rendered from it
    _added_scans: dict[tuple, list[Finding]] = field(default_factory=dict)  # (added text, language) -> findings
    # front matter values the source scans read (titles, "X - site name", testimony ids)
    _read: set[str] = field(default_factory=set)
    site_name: str | None = None
    _asset_report: dict[str, list[Finding] | str] = field(default_factory=dict)
    _rel_paths: dict[str | Path, str] = field(default_factory=dict)
    seconds: float = 0.0                 # time spent scanning in this build (reported at the end)
    pages_scanned: int = 0

    @contextmanager
    def _timed(self):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - started

    # --- set-up --------------------------------------------------------------------------
    def configure(self, config_file: str | Path, site_url: str | None = None, site_name: str | None = None) -> None:
        """Load the repository's allowlist (once); GuardError if it is invalid."""
        self.site_url = site_url
        self.site_name = site_name
        root = Path(config_file).resolve().parent
        if self.scanner is None or root != self.root:
            self.root = root
            allowed = allowlist_mod.discover(root)
            self.scanner = Scanner(allowed, self.registry)
            self.registry.detectors          # a missing detector is an error now, not mid-build

    def _rel(self, path: str | Path) -> str:
        return relative_path(path, self.root, self._rel_paths)

    # --- pages ---------------------------------------------------------------------------
    def check_page_source(self, abs_src_path: str | None, src_uri: str, markdown: str,
                          language: str | None = None) -> _Source:
        """Scan the page's Markdown as it is on disk (or its generated text if it has no file).

        `markdown` is the page's Markdown after every build hook changed it (figures filled in,
        glossary definitions appended), in the build's `language`: lines that are not in the
        file are scanned too, and reported at their line in the page as built."""
        with self._timed():
            source = self._check_page_source(abs_src_path, src_uri, markdown)
            if source.from_file:
                self._check_added_lines(self._rel(abs_src_path), source, markdown, language)
            return source

    def _check_added_lines(self, where: str, source: _Source, markdown: str, language: str | None) -> None:
        added = [(number, line) for number, line in enumerate(markdown.split("\n"), start=source.body_line)
                 if line.strip() and line not in source.lines]
        found: list[Finding] = []
        if added:
            # one line per paragraph: each is judged on its own (and remembered: the same
            # glossary lines recur on every page of a language)
            text = "\n\n".join(line for _, line in added)
            language = language or source.language
            # the same glossary lines are added to most pages of a language: read once
            findings = self._added_scans.get((text, language))
            if findings is None:
                findings = self.scanner.markdown(text, where, language=language, testimony=False)[1]
                self._added_scans[(text, language)] = findings
            for finding in unique_findings(findings):
                number = added[(finding.line - 1) // 2][0] if finding.line else None
                found.append(Finding(where, number, finding.column, finding.kind, finding.rule, finding.masked))
        known = {(f.kind, f.masked) for f in source.findings}
        reported = self._added.setdefault(where, [])
        reported.extend(f for f in found if (f.kind, f.masked) not in known and f not in reported)

    def rendered_body(self, source_path: str, body_html: str) -> None:
        """The page's HTML as rendered from its Markdown, before hooks add to it (listings)."""
        self._bodies[source_path] = body_html

    def _check_page_source(self, abs_src_path, src_uri, markdown) -> _Source:
        data = None
        if abs_src_path:
            try:
                data = Path(abs_src_path).read_bytes()
            except OSError:            # a page a plugin generated: its file does not exist
                pass
        from_file = data is not None
        if from_file:
            where = self._rel(abs_src_path)
        else:
            where, data = f"docs/{src_uri}", markdown.encode("utf-8")
        key = hashlib.sha1(where.encode() + b"\0" + data).hexdigest()
        source = self._sources.get(key)
        if source is None:
            try:
                text = data.decode("utf-8-sig")
                page, findings = self.scanner.markdown(text, where)
                self._remember_read(page.meta)
                source = _Source(unique_findings(findings), is_testimony(where, page.meta), page.pseudonyms,
                                 language_of(where, page.meta), scanned_text=page.scanned_text,
                                 lines=frozenset(text.splitlines()), body_line=body_first_line(text))
            except (GuardError, UnicodeDecodeError) as err:
                message = str(err) if isinstance(err, GuardError) else f"{where}: not UTF-8 text"
                source = _Source([], is_testimony(where, {}), frozenset(), None, message)
            source.findings = unique_findings(self._path_findings(where) + source.findings)
            source.from_file = from_file
            self._sources[key] = source
        self._pages[where] = source
        return source

    def _remember_read(self, meta: dict) -> None:
        """Values read here, in their page's language: where templates repeat them (the <title>
        "X - site name", other pages' language links, a testimony's id in listings and in its
        metadata panel) they are not read again."""
        for key in ("title", "id"):
            value = meta.get(key)
            if isinstance(value, str) and value.strip():
                self._read.add(flat(value))
                if key == "title" and self.site_name:
                    self._read.add(flat(f"{value} - {self.site_name}"))

    def check_page_html(self, output: str, dest_uri: str, source_path: str | None, language: str,
                        skip_body: bool = True) -> list[Finding]:
        """Scan the rendered page; only what its Markdown scan did not already report is kept.

        The HTML that MkDocs rendered from the page's Markdown (rendered_body) was scanned as
        that Markdown: the file and every line build hooks added to it. When it appears
        unchanged in the output it is blanked here and only what templates and hooks put around
        it is read (listings, panels, navigation): the rendered scan exists to catch those, and
        re-reading every testimony twice would double the guard's cost. Lines and columns are
        kept, so positions after the body stay right. skip_body=False reads the whole page (Markdown
        that includes other files, whose text the source scan never saw).
        """
        with self._timed():
            self.pages_scanned += 1
            source = self._pages.get(source_path) if source_path else None
            body_html = self._bodies.pop(source_path, None) if source_path else None
            if skip_body and body_html and source is not None and source.from_file and body_html in output:
                # its lines kept, and the columns of what follows it on its last line
                blank = "\n" * body_html.count("\n") + " " * (len(body_html) - body_html.rfind("\n") - 1)
                output = output.replace(body_html, blank, 1)
            return self._check_page_html(output, dest_uri, source_path, language)

    def _check_page_html(self, output, dest_uri, source_path, language) -> list[Finding]:
        source = self._pages.get(source_path) if source_path else None
        # What the Markdown scan did not see (skipped below) was added by templates and hooks, in
        # the build's language (a fallback page's English text was judged in its source); elements
        # with their own `lang` attribute are judged in that language (sources/html.py).
        ctx = ScanContext(language=language, testimony=bool(source and source.testimony),
                          pseudonyms=source.pseudonyms if source else frozenset(),
                          allowed=self.scanner.allowlist.values)
        if self.site_url:
            # the page's own address (in its citation) is made from its source's path, read once
            # (_path_findings)
            self._read.add(self.site_url.rstrip("/") + "/" + dest_uri.removesuffix("index.html"))
        # the theme around the article speaks the build's language (`language`)
        found = self.scanner.html(output, f"site/{dest_uri}", ctx, seen=source.scanned_text if source else None,
                                  ui_language=language, site_url=self.site_url, read=self._read)
        known = {(f.kind, f.masked) for f in (source.findings if source else [])}
        key = source_path or dest_uri
        reported = self._html.setdefault(key, [])
        known |= {(f.kind, f.masked) for f in reported}
        fresh = [f for f in unique_findings(found) if (f.kind, f.masked) not in known]
        reported.extend(fresh)
        return fresh

    def _path_findings(self, where: str) -> list[Finding]:
        """A file's path becomes its URL, and rendered pages link to it everywhere: it is read
        here, once per build, and the HTML scan does not read the site's own links again."""
        ctx = ScanContext(language=language_of(where), allowed=self.scanner.allowlist.values)
        return [Hit(span.kind, span.rule, where[span.start:span.end]).finding(where)
                for span in self.registry.detect(where, ctx)]

    def page_problems(self, source_path: str | None, html_findings: list[Finding]) -> list[str]:
        source = self._pages.get(source_path) if source_path else None
        lines = [f.as_line() for f in (source.findings if source else []) + self._added.get(source_path, [])]
        if source and source.error:
            lines.append(source.error)
        return lines + [f.as_line() for f in html_findings]

    # --- images, PDFs, Office files --------------------------------------------------------
    def check_asset(self, abs_src_path: str) -> None:
        with self._timed():
            self._check_asset(abs_src_path)

    def _check_asset(self, abs_src_path: str) -> None:
        path = Path(abs_src_path)
        if path.suffix.lower() not in IMAGE_EXT | DOCUMENT_EXT or not path.is_file():
            return
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        if key not in self._assets:
            where = self._rel(path)
            try:
                self._assets[key] = unique_findings(self._path_findings(where) + self.scanner.file(path, where))
            except GuardError as err:
                self._assets[key] = str(err)
        self._asset_report[self._rel(path)] = self._assets[key]

    @staticmethod
    def is_scanned_source(src_uri: str) -> bool:
        return Path(src_uri).suffix.lower() in MARKDOWN_EXT

    # --- the end of the build ---------------------------------------------------------------
    def report(self) -> tuple[list[str], list[str]]:
        """(finding lines, error lines) of the whole build, in a stable order; resets the state."""
        findings: list[Finding] = []
        errors: list[str] = []
        for path in sorted(self._pages):
            findings += self._pages[path].findings
            if self._pages[path].error:
                errors.append(self._pages[path].error)
        for key in sorted(self._added):
            findings += self._added[key]
        for key in sorted(self._html):
            findings += self._html[key]
        for path in sorted(self._asset_report):
            result = self._asset_report[path]
            if isinstance(result, str):
                errors.append(result)
            else:
                findings += result
        self._pages, self._html, self._asset_report, self._added, self._bodies = {}, {}, {}, {}, {}
        self.seconds, self.pages_scanned = 0.0, 0
        if self.registry.clean_memo is not None:
            self.registry.clean_memo.save()      # what this build judged clean, for the next one
        return [f.as_line() for f in unique_findings(findings)], errors

    def stats(self) -> str:
        line = (f"PII guard: {len(self._pages)} Markdown sources, {self.pages_scanned} rendered pages and "
                f"{len(self._asset_report)} images/documents checked in {self.seconds:.2f} s")
        memo = self.registry.clean_memo
        if memo is not None and memo.asked:
            line += f"; {memo.known:,} of {memo.asked:,} pieces of text known clean from earlier builds"
        return line

    def summary(self, lines: list[str], errors: list[str]) -> str | None:
        if not lines and not errors:
            return None
        head = (f"PII guard: {len(lines)} finding(s)" + (f" and {len(errors)} unreadable file(s)" if errors else "")
                + " — nothing that could identify a person may be published. Remove or anonymise each "
                  "(identifiers are masked here; see CONTRIBUTING.md, 'Anonymising'):")
        return "\n".join([head, *("  " + line for line in [*errors, *lines]),
                          f"PII guard: {len(lines) + len(errors)} problem(s)"])

    def log_for_serve(self, lines: list[str], errors: list[str]) -> None:
        log = _serve_logger()
        for line in [*errors, *lines]:
            log.error(line)
        log.error(f"{len(lines) + len(errors)} problem(s): this site must not be published as it is "
                  "(`mkdocs build` fails); affected pages show a banner")


def banner(html: str, problems: list[str]) -> str:
    """A visible notice at the top of a page under `mkdocs serve` (never in a real build)."""
    items = "".join(f"<li><code>{html_lib.escape(p)}</code></li>" for p in problems)
    block = (f'<div class="{BANNER_CLASS}" role="alert" style="background:#b00020;color:#fff;padding:1rem 1.5rem;'
             f'font:16px/1.5 system-ui,sans-serif;position:relative;z-index:1000">'
             f"<strong>PII guard: {len(problems)} problem(s) on this page. The site cannot be built until "
             f"they are removed.</strong><ul style=\"margin:.5rem 0 0 1.2rem\">{items}</ul></div>")
    at = html.find("<body")
    if at < 0:
        return block + html
    close = html.find(">", at)
    return html[:close + 1] + block + html[close + 1:]
