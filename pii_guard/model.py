"""The guard's vocabulary: what a detector returns and what a scan reports."""
from __future__ import annotations

from dataclasses import dataclass, field

# The CLI contract (DESIGN §3): `kind` is always one of these.
KINDS = (
    "person_name", "email", "phone", "national_id", "financial", "vehicle_plate",
    "geo_coordinates", "street_address", "exact_date", "age", "social_handle",
    "image_metadata", "document_metadata",
)
# Only enforced in testimonies (Markdown under a `testimonies` folder or `type: testimony`).
TESTIMONY_ONLY_KINDS = ("exact_date", "age")


@dataclass(frozen=True)
class Span:
    """One suspected identifier inside a piece of text: text[start:end]."""
    start: int
    end: int
    kind: str
    rule: str          # short stable id of the rule that fired, e.g. "phone.ua", "name.morph.uk"


@dataclass
class ScanContext:
    """What a detector may know about the text it looks at."""
    language: str | None = None                 # "en", "uk", "ru" when known (page language)
    testimony: bool = False                     # testimony rules (exact_date, age) apply
    pseudonyms: frozenset[str] = frozenset()    # declared in front matter: `pseudonyms: [...]`
    allowed: frozenset[str] = frozenset()       # allowlisted public names / contacts (normalised)


@dataclass(frozen=True)
class Finding:
    """What a scan reports: located, classified, masked (never the identifier itself)."""
    path: str
    line: int | None
    column: int | None
    kind: str
    rule: str
    masked: str

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column,
                "kind": self.kind, "rule": self.rule, "masked": self.masked}

    def as_line(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where} {self.kind} {self.rule} {self.masked}"


@dataclass
class ScanResult:
    files_scanned: int = 0
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)   # one-line messages: unreadable input (CLI exit 2)


class GuardError(Exception):
    """Input the guard cannot judge (unreadable file, invalid front matter, bad allowlist).

    The message is one line that names the file (and line when known); the CLI prints it and
    exits 2, the MkDocs hook aborts the build with it. Never a traceback.
    """


def unique_findings(findings: list[Finding]) -> list[Finding]:
    """The findings without repeats, in their first order."""
    return list(dict.fromkeys(findings))
