"""Pieces of text the guard judged clean, remembered on disk between builds.

What the detectors find in a piece of text depends only on the text, its context (language,
testimony or not, the page's pseudonyms, the allowlist's values) and the guard itself: its code,
its data files, the libraries it calls and Python. So a piece judged clean once needs no judging
again while none of those changed. A site's pages change a few at a time, and a build reads the
same paragraphs, titles and rendered chunks as the build before it: the second build of a site
is spared most of its detection (the per-page work around it, which the profile shows is the
rest of the guard's cost, is done every time).

Safety rests on the fingerprint. The memo's file is named after a hash of every file of the
pii_guard package (not its docs), the guard's data files (data/pii-*.yml), the Python version,
the name and version of every installed distribution and today's date (a few rules compare a
date with today: a tax number's date of birth, a case number's year): change a rule, a word list
or a library, or wait for tomorrow, and the build starts from an empty memo. Only clean answers are kept: a piece with a finding is
judged every time, so its finding is reported every time. Each entry is a 16-byte BLAKE2b digest
of the context and the text: the file holds no text of any page.

The memo is used by the build hook and the command line (pii_guard/background.py,
pii_guard/cli.py), never by the in-process registry the tests use (a test that replaces a
detector's function must not teach the memo anything). It lives beside the word memo:

    $PII_GUARD_CACHE, else $XDG_CACHE_HOME/pii-guard, else ~/.cache/pii-guard

`PII_GUARD_CACHE=off` turns both off. A memo that cannot be read or written is only a slower
build, never an error. Deleting the folder is always safe.
"""
from __future__ import annotations

import atexit
import datetime
import hashlib
import os
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from .detectors._word_memo import cache_folder
from .model import ScanContext

FORMAT = 1                   # bump when what an entry means changes
DIGEST = 16                  # bytes per entry: 2^-128 is the chance two texts share one
MAX_ENTRIES = 2_000_000      # 32 MB; beyond it only what the last run used is kept
KEEP_OTHER_FILES = 2         # memos of other fingerprints kept (another branch's guard)
PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE.parent / "data"
PREFIX = "clean-pieces-"


def _guard_files() -> list[Path]:
    files = [p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix != ".md" and "__pycache__" not in p.parts]
    files += sorted(DATA.glob("pii-*.yml"))
    return sorted(files)


def fingerprint() -> str:
    """A hash of everything detection depends on besides the text and its context."""
    h = hashlib.blake2b(digest_size=16)
    # (some rules compare a date with today: a tax number's birth date, a case number's year)
    h.update(f"format {FORMAT}\npython {sys.version}\ntoday {datetime.date.today().isoformat()}\n".encode())
    for path in _guard_files():
        try:
            data = path.read_bytes()
        except OSError:
            data = b"unreadable"
        h.update(f"{path.relative_to(PACKAGE.parent).as_posix()} {len(data)}\n".encode())
        h.update(data)
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions()
                       if d.metadata and d.metadata["Name"])
    h.update("\n".join(installed).encode())
    return h.hexdigest()


class CleanMemo:
    """A set of digests of (context, text) judged clean; loaded on first use, saved by save()."""

    def __init__(self, folder: Path | None, key: str):
        self.folder = folder
        self.key = key
        self._known: set[bytes] | None = None
        self._used: set[bytes] = set()         # entries this run asked about or added
        self._new = 0
        self._contexts: dict[tuple, bytes] = {}
        self.asked = self.known = 0            # this build's questions, and the answers found here

    @classmethod
    def default(cls) -> CleanMemo | None:
        folder = cache_folder()
        if folder is None:
            return None
        memo = cls(folder, fingerprint())
        atexit.register(memo.save)
        return memo

    @property
    def path(self) -> Path | None:
        return self.folder / f"{PREFIX}{self.key}.bin" if self.folder else None

    def _read(self) -> set[bytes]:
        try:
            data = self.path.read_bytes() if self.path else b""
        except OSError:
            return set()
        usable = len(data) - len(data) % DIGEST        # a torn file: its whole entries are still good
        return {data[i:i + DIGEST] for i in range(0, usable, DIGEST)}

    def _load(self) -> set[bytes]:
        if self._known is None:
            self._known = self._read()
        return self._known

    def digest(self, text: str, ctx: ScanContext) -> bytes:
        context_key = (ctx.language, ctx.testimony, ctx.pseudonyms, ctx.allowed)
        context = self._contexts.get(context_key)
        if context is None:
            described = repr((ctx.language, ctx.testimony, sorted(ctx.pseudonyms), sorted(ctx.allowed)))
            context = hashlib.blake2b(described.encode("utf-8", "surrogatepass"), digest_size=DIGEST).digest()
            self._contexts[context_key] = context
        return hashlib.blake2b(context + text.encode("utf-8", "surrogatepass"), digest_size=DIGEST).digest()

    def is_clean(self, digest: bytes) -> bool:
        self.asked += 1
        if digest in self._load():
            self._used.add(digest)
            self.known += 1
            return True
        return False

    def add(self, digest: bytes) -> None:
        self._load().add(digest)
        self._used.add(digest)
        self._new += 1

    def save(self) -> None:
        """Add what this run learnt to the file (atomically: a parallel build's entries are
        merged, never half read). Nothing new: nothing written."""
        self.asked = self.known = 0
        if not self._new or self.path is None:
            return
        temporary = None
        try:
            entries = self._read() | self._known
            if len(entries) > MAX_ENTRIES:
                entries = self._used
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".clean-", suffix=".bin")
            with os.fdopen(handle, "wb") as out:
                out.write(b"".join(entries))
            os.replace(temporary, self.path)
            self._new = 0
            self._forget_other_fingerprints()
        except OSError:
            # a read-only home: the next build judges these pieces again
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)

    def _forget_other_fingerprints(self) -> None:
        """Memos of older guards are never read again; the newest few are kept (switching
        between two branches should not empty the memo every time)."""
        others = sorted((p for p in self.folder.glob(f"{PREFIX}*.bin") if p != self.path),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_OTHER_FILES:]:
            old.unlink(missing_ok=True)
