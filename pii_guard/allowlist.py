"""Public figures and organisational contacts that pages may name (data/pii-allowlist.yml).

Every entry carries a reason and a source: the file is reviewed like code (see its header), and
an entry that cannot say why it is there is rejected, so a survivor's name never slips in as a
"known" name. The guard finds the file itself by walking up to the repository root.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .model import KINDS, GuardError

ALLOWLIST_RELPATH = Path("data") / "pii-allowlist.yml"
REQUIRED = ("value", "kind", "reason", "source")


@dataclass(frozen=True)
class Entry:
    value: str
    kind: str
    reason: str
    source: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Allowlist:
    entries: tuple[Entry, ...] = ()
    path: Path | None = None
    values: frozenset[str] = field(default=frozenset())    # every value and variant, as written

    @classmethod
    def of(cls, entries, path=None) -> "Allowlist":
        values = frozenset(v for e in entries for v in (e.value, *e.variants))
        return cls(tuple(entries), path, values)


EMPTY = Allowlist()


def _where(path: Path, index: int, raw) -> str:
    label = raw.get("value") if isinstance(raw, dict) else None
    return f"{path}: entry {index}" + (f" ({label!r})" if label else "")


def load(path: Path) -> Allowlist:
    """Read and check the allowlist; GuardError (one line, file and entry) on any problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise GuardError(f"{path}: cannot read allowlist ({err.strerror})") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        if getattr(err, "context_mark", None) and "<stream end>" in str(getattr(err, "problem", "")):
            mark = err.context_mark        # "unclosed [" is reported at the end: point at the opening
        line = f":{mark.line + 1}" if mark else ""
        raise GuardError(f"{path}{line}: invalid YAML in allowlist ({getattr(err, 'problem', err)})") from None
    if data is None:
        return Allowlist.of([], path)
    raw_entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(raw_entries, list):
        raise GuardError(f"{path}: expected a mapping with a list under 'entries'")
    entries = []
    for index, raw in enumerate(raw_entries, start=1):
        where = _where(path, index, raw)
        if not isinstance(raw, dict):
            raise GuardError(f"{where}: an entry must be a mapping with {', '.join(REQUIRED)}")
        for key in REQUIRED:
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise GuardError(f"{where}: missing '{key}' (every entry needs {', '.join(REQUIRED)})")
        if raw["kind"] not in KINDS:
            raise GuardError(f"{where}: unknown kind {raw['kind']!r}")
        unknown = set(raw) - {*REQUIRED, "variants"}
        if unknown:
            raise GuardError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        variants = raw.get("variants") or []
        if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
            raise GuardError(f"{where}: 'variants' must be a list of strings")
        entries.append(Entry(raw["value"].strip(), raw["kind"], raw["reason"].strip(),
                             raw["source"].strip(), tuple(v.strip() for v in variants)))
    return Allowlist.of(entries, path)


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds data/pii-allowlist.yml."""
    start = start.resolve()
    for folder in (start, *start.parents) if start.is_dir() else start.parents:
        if (folder / ALLOWLIST_RELPATH).is_file():
            return folder
    return None


def discover(*starts: Path) -> Allowlist:
    """The repository's allowlist seen from the scanned paths, else from the working directory."""
    for start in (*starts, Path.cwd()):
        root = find_root(Path(start))
        if root:
            return load(root / ALLOWLIST_RELPATH)
    return EMPTY
