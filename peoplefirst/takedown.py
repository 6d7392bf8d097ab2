"""Take a page down everywhere: sources, and every version already published on gh-pages.

    make takedown PAGE=testimonies/t-2026-0001.md      (or docs/en/testimonies/t-2026-0001.md)

1. Sources: deletes docs/<lang>/<page> in every language and records the page in
   data/withdrawn.yml, so future builds write a neutral "withdrawn" notice at its address.
2. gh-pages (local branch; push it afterwards): in every version and alias folder, deletes the
   page's folder in every language, writes the same notice there, drops the page from the search
   indexes (Material's search_index.json/.js; Pagefind is rebuilt from the cleaned pages), and
   commits once.
3. Checks every file of gh-pages (gzip included) for the page's sentences and title, and fails
   listing the files where any remain (e.g. another page quoting it).

Git history still holds the text: MAINTAINING.md gives the history rewrite.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import posixpath
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml

from . import withdrawn

LANGUAGES = ["en", "uk", "ru", "fr", "es", "pt", "zh", "hi", "ar"]
DEFAULT_LANGUAGE = "en"
MIN_PASSAGE = 24   # characters: shorter sentences ("It was cold.") are not distinctive


class TakedownError(RuntimeError):
    pass


@dataclass
class Report:
    page: str
    sources_removed: list[str] = field(default_factory=list)
    still_linked_from: list[str] = field(default_factory=list)
    versions: list[str] = field(default_factory=list)
    files_replaced: int = 0
    listings_cleaned: int = 0
    search_entries_removed: int = 0
    pagefind_rebuilt: list[str] = field(default_factory=list)
    commit: str | None = None
    remaining: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"takedown {self.page}"]
        out += [f"  removed source {p}" for p in self.sources_removed]
        out.append("  recorded in data/withdrawn.yml")
        if self.versions:
            out.append(f"  gh-pages: {', '.join(self.versions)}: {self.files_replaced} page files replaced by the "
                       f"withdrawn notice, {self.listings_cleaned} pages no longer list it, "
                       f"{self.search_entries_removed} search entries removed")
            if self.pagefind_rebuilt:
                out.append(f"  gh-pages: Pagefind index rebuilt in {', '.join(self.pagefind_rebuilt)}")
            out.append(f"  gh-pages: committed {self.commit} (not pushed: git push origin gh-pages)")
        else:
            out.append("  gh-pages: no such branch here, nothing published to clean (fetch it first if it exists)")
        out += [f"  WARNING still linked from {p}: remove the link before the next build" for p in self.still_linked_from]
        out += [f"  LEFT: text of the page still in gh-pages:{p}" for p in self.remaining]
        return out


# --- finding the page --------------------------------------------------------------------------

def normalise(page_arg: str) -> str:
    """'docs/uk/testimonies/x.md', 'testimonies/x', 'testimonies/x/' -> 'testimonies/x.md'."""
    page = page_arg.strip().strip("/")
    parts = page.split("/")
    if parts[0] == "docs" and len(parts) > 2 and parts[1] in LANGUAGES:
        page = "/".join(parts[2:])
    elif parts[0] in LANGUAGES and len(parts) > 1:
        page = "/".join(parts[1:])
    if not page.endswith(".md"):
        page += ".md"
    withdrawn.check_page(page)
    return page


def source_files(repo: Path, page: str) -> dict[str, Path]:
    found = {lang: repo / "docs" / lang / page for lang in LANGUAGES}
    found = {lang: path for lang, path in found.items() if path.is_file()}
    if not found:
        raise TakedownError(f"PAGE={page}: no such page in any language (looked for docs/<lang>/{page} "
                            f"with <lang> in {', '.join(LANGUAGES)})")
    return found


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?。！？।])\s+|\n+")


def plain_text(source: str) -> tuple[str, str]:
    """(title, body text) of a Markdown page, markup removed."""
    title = ""
    match = _FRONT_MATTER.match(source)
    if match:
        meta = yaml.safe_load(match.group(1)) or {}
        title = str(meta.get("title") or "") if isinstance(meta, dict) else ""
        source = source[match.end():]
    rendered = markdown.markdown(source, extensions=["attr_list", "md_in_html", "tables"])
    text = html.unescape(re.sub(r"<[^>]+>", "\n", rendered))
    return title, text


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def passages(sources: list[str]) -> set[str]:
    """Distinctive passages of a page in all its languages: its title and every long sentence."""
    found = set()
    for source in sources:
        title, text = plain_text(source)
        if len(title) >= 12:
            found.add(collapse(title))
        for sentence in _SENTENCE_END.split(text):
            sentence = collapse(sentence)
            if len(sentence) >= MIN_PASSAGE:
                found.add(sentence)
    return found


# --- reading what is published -----------------------------------------------------------------

_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def readable(data: bytes) -> str:
    """Text of a published file as a reader or a search engine would get it."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except OSError:
            pass
    text = data.decode("utf-8", errors="replace")
    text = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)  # JSON indexes escape non-ASCII
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return collapse(text)


def git(repo: Path, *args: str, data: bytes | None = None) -> bytes:
    result = subprocess.run(["git", *args], cwd=repo, input=data, capture_output=True)
    if result.returncode != 0:
        raise TakedownError(f"git {' '.join(args[:2])}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def branch_files(repo: Path, branch: str) -> dict[str, bytes]:
    """Every file of a branch, read in one `git cat-file --batch` pass."""
    listing = git(repo, "ls-tree", "-r", "--full-tree", branch).decode().splitlines()
    entries = [(line.split("\t", 1)[1], line.split()[2]) for line in listing]
    if not entries:
        return {}
    out = git(repo, "cat-file", "--batch", data="".join(f"{sha}\n" for _, sha in entries).encode())
    files, pos = {}, 0
    for path, _ in entries:
        header_end = out.index(b"\n", pos)
        size = int(out[pos:header_end].split()[2])
        files[path] = out[header_end + 1: header_end + 1 + size]
        pos = header_end + 1 + size + 1
    return files


def published_folders(files: dict[str, bytes]) -> list[str]:
    """Version and alias folders listed in mike's versions.json."""
    if "versions.json" not in files:
        return []
    folders = []
    for entry in json.loads(files["versions.json"]):
        folders += [entry["version"], *entry.get("aliases", [])]
    return [f for f in folders if any(p.startswith(f + "/") for p in files)]


def leftovers(files: dict[str, bytes], needles: set[str]) -> list[str]:
    found = []
    for path, data in sorted(files.items()):
        text = readable(data)
        if any(needle in text for needle in needles):
            found.append(path)
    return found


# --- cleaning gh-pages -------------------------------------------------------------------------

def clean_search_index(data: bytes, page_urls: set[str]) -> tuple[bytes, int]:
    """Material's search index without the entries of the page (any anchor, any language)."""
    is_script = data.startswith(b"var __index =")
    raw = data[len(b"var __index ="):] if is_script else data
    index = json.loads(raw)
    kept = [doc for doc in index.get("docs", []) if doc.get("location", "").split("#")[0] not in page_urls]
    removed = len(index.get("docs", [])) - len(kept)
    index["docs"] = kept
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode()
    return (b"var __index = " + text if is_script else text), removed


# Elements that hold one entry of a list of pages: removed whole when their link is the page's.
# Not <article> or <section>: the theme wraps a whole page's content in one.
ENTRY_ELEMENTS = ("li", "tr", "dt", "dd")
_VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                  "source", "track", "wbr"}


class _EntryFinder(HTMLParser):
    """Source spans of the elements to remove: for each <a> whose href targets the page, its
    nearest enclosing entry element (ENTRY_ELEMENTS), or the link itself when it has none."""

    def __init__(self, source: str, targets_page):
        super().__init__(convert_charrefs=True)
        self.source, self.targets_page = source, targets_page
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.open: list[list] = []     # [tag, start offset, marked]
        self.spans: list[tuple[int, int]] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag in _VOID_ELEMENTS:
            return
        self.open.append([tag, self._offset(), False])
        href = dict(attrs).get("href")
        if tag == "a" and href and self.targets_page(href):
            entry = next((e for e in reversed(self.open) if e[0] in ENTRY_ELEMENTS), self.open[-1])
            entry[2] = True

    def handle_endtag(self, tag):
        if not any(e[0] == tag for e in self.open):
            return  # a stray end tag
        here = self._offset()
        end = self.source.find(">", here) + 1 or len(self.source)
        while self.open:
            name, start, marked = self.open.pop()
            if marked:  # an element left open ends where its parent's end tag begins
                self.spans.append((start, end if name == tag else here))
            if name == tag:
                return


def strip_list_items(page_html: str, page_path: str, page_dirs: set[str]) -> str:
    """The page without the entries that link to the withdrawn page (listing items, table rows,
    related links; whatever their markup): their title and details are the page's text.
    Everything else is kept byte for byte. page_path is relative to the version."""
    here = posixpath.dirname(page_path)

    def targets_page(href: str) -> bool:
        href = href.split("#", 1)[0].split("?", 1)[0]
        if not href or href.startswith(("http:", "https:", "mailto:", "/", "//")):
            return False
        target = posixpath.normpath(posixpath.join(here, href))
        target = target[:-len("/index.html")] if target.endswith("/index.html") else target
        return target.rstrip("/") + "/" in page_dirs

    finder = _EntryFinder(page_html, targets_page)
    finder.feed(page_html)
    finder.close()
    out, last = [], 0
    for start, end in sorted(finder.spans):
        if start < last:
            continue  # inside an entry already removed
        out.append(page_html[last:start])
        last = end
        while last < len(page_html) and page_html[last] in " \t\r\n":
            last += 1  # the line the entry stood on goes too
    out.append(page_html[last:])
    return "".join(out)


def rebuild_pagefind(version_files: dict[str, bytes]) -> dict[str, bytes]:
    """Pagefind's index of one published version, rebuilt from its (cleaned) pages."""
    from .search import OUTPUT_DIR, build_index  # the site's own indexing rules

    with tempfile.TemporaryDirectory(prefix="pf-takedown-") as tmp:
        site = Path(tmp)
        for rel, data in version_files.items():
            if rel.startswith(OUTPUT_DIR + "/"):
                continue
            target = site / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        build_index(site, LANGUAGES, DEFAULT_LANGUAGE)
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / OUTPUT_DIR).rglob("*") if p.is_file()}


def clean_branch(repo: Path, branch: str, page: str, report: Report) -> None:
    from mike import git_utils  # pinned mike 2.2.0: linear fast-import commits, as mike writes them

    files = branch_files(repo, branch)
    report.versions = published_folders(files)
    notice = withdrawn.files_for(page, LANGUAGES, DEFAULT_LANGUAGE)
    page_urls = {withdrawn.page_dir(page, lang, DEFAULT_LANGUAGE) for lang in LANGUAGES}
    deletions, additions = [], {}
    for version in report.versions:
        prefix = version + "/"
        for folder in page_urls:
            deletions += [p for p in files if p.startswith(prefix + folder)]
        for rel, text in notice.items():
            additions[prefix + rel] = text.encode()
            report.files_replaced += 1
        for path in [p for p in files if p.startswith(prefix) and p.endswith(".html") and p not in deletions]:
            text = files[path].decode("utf-8", errors="replace")
            cleaned = strip_list_items(text, path[len(prefix):], page_urls)
            if cleaned != text:
                additions[path] = cleaned.encode()
                report.listings_cleaned += 1
        for name in ("search/search_index.json", "search/search_index.js"):
            if prefix + name in files:
                cleaned, removed = clean_search_index(files[prefix + name], page_urls)
                additions[prefix + name] = cleaned
                report.search_entries_removed += removed
        if any(p.startswith(prefix + "pagefind/") for p in files):
            version_files = {p[len(prefix):]: d for p, d in files.items()
                             if p.startswith(prefix) and p not in deletions}
            version_files.update({p[len(prefix):]: d for p, d in additions.items() if p.startswith(prefix)})
            deletions += [p for p in files if p.startswith(prefix + "pagefind/")]
            additions.update({prefix + rel: d for rel, d in rebuild_pagefind(version_files).items()})
            report.pagefind_rebuilt.append(version)
    cwd = Path.cwd()
    try:
        os.chdir(repo)  # mike's git helpers work in the current directory
        with git_utils.Commit(branch, f"Takedown of {page} in {len(report.versions)} published versions") as commit:
            commit.delete_files(sorted(set(deletions)))
            for path, data in sorted(additions.items()):
                commit.add_file(git_utils.FileInfo(path, data))
    finally:
        os.chdir(cwd)
    report.commit = git(repo, "rev-parse", "--short", branch).decode().strip()


def takedown(repo: Path, page_arg: str, branch: str = "gh-pages") -> Report:
    page = normalise(page_arg)
    sources = source_files(repo, page)
    needles = passages([path.read_text(encoding="utf-8") for path in sources.values()])
    report = Report(page)

    for lang, path in sources.items():
        path.unlink()
        report.sources_removed.append(path.relative_to(repo).as_posix())
    withdrawn.add(page, repo / "data" / "withdrawn.yml")
    # Sentences other pages share (a standard notice, a quoted public statement) are no sign
    # of this page: only what no remaining page says is looked for.
    remaining_text = " ".join(collapse(" ".join(plain_text(md.read_text(encoding="utf-8", errors="replace"))))
                              for md in (repo / "docs").rglob("*.md"))
    needles = {needle for needle in needles if needle not in remaining_text}
    name = Path(page).name
    for md in sorted((repo / "docs").rglob("*.md")):
        if name in md.read_text(encoding="utf-8", errors="replace"):
            report.still_linked_from.append(md.relative_to(repo).as_posix())

    has_branch = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}"],
                                cwd=repo, capture_output=True).returncode == 0
    if has_branch:
        clean_branch(repo, branch, page, report)
        report.remaining = leftovers(branch_files(repo, branch), needles)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make takedown PAGE=...", description="Take a page down everywhere.")
    parser.add_argument("page", help="e.g. testimonies/t-2026-0001.md")
    parser.add_argument("--branch", default="gh-pages")
    parser.add_argument("--repo", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    if not args.page.strip():
        print("error: PAGE is empty: make takedown PAGE=testimonies/<id>.md", file=sys.stderr)
        return 2
    try:
        report = takedown(args.repo.resolve(), args.page, args.branch)
    except (TakedownError, withdrawn.WithdrawnError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 1 if report.remaining or report.still_linked_from else 0


if __name__ == "__main__":
    sys.exit(main())
