"""The testimony schema: one file in, a Testimony or located problems out.

Every problem names the file, the line of the field (or of the front matter) and what is
allowed. Values are never repeated in messages: a wrong value may itself be identifying
(a village typed into `region`), and CI logs are public (DESIGN §5).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .frontmatter import Document, FrontMatterError, parse
from .vocabularies import Vocabularies, Vocabulary

ID_PATTERN = re.compile(r"^T-\d{4}-\d{4,6}$")
FIRST_YEAR = 2014  # the war began with the occupation of Crimea in February 2014
REQUIRED = ("id", "type", "title", "original_language", "groups", "themes", "region", "period",
            "consent", "review", "content_warnings", "pseudonyms", "translation")
OPTIONAL = ("description", "hide", "search")
CONSENT_FIELDS = ("given", "scope", "recorded")
REVIEW_FIELDS = ("reviewer_role", "month")
MONTH_HINT = "a month YYYY-MM, never a day"
PERIOD_HINT = "YYYY-MM or YYYY-MM/YYYY-MM, never a day"

Month = tuple[int, int]


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Testimony:
    id: str
    lang: str                  # language of this file (docs/<lang>/testimonies/)
    path: str                  # e.g. docs/en/testimonies/t-2026-0001.md
    title: str
    original_language: str
    translation: str
    groups: tuple[str, ...]
    themes: tuple[str, ...]
    regions: tuple[str, ...]
    period: tuple[Month, Month]
    consent_scopes: tuple[str, ...]
    consent_recorded: Month
    reviewer_role: str
    review_month: Month
    content_warnings: tuple[str, ...]
    pseudonyms: tuple[str, ...]

    @property
    def slug(self) -> str:
        return self.id.lower()

    @property
    def years(self) -> tuple[int, ...]:
        """Every calendar year the period touches (a 2022-11/2023-02 detention is in both)."""
        return tuple(range(self.period[0][0], self.period[1][0] + 1))


def warnings_for(testimony: Testimony, vocab: Vocabularies) -> tuple[str, ...]:
    """Themes to warn about: the declared warnings plus every sensitive theme, in list order."""
    wanted = set(testimony.content_warnings) | (set(testimony.themes) & vocab.themes.sensitive)
    return tuple(key for key in vocab.themes.keys if key in wanted)


class _Checker:
    """Collects problems for one file; each check returns the clean value or None."""

    def __init__(self, doc: Document, path: str, vocab: Vocabularies, today: dt.date):
        self.doc, self.path, self.vocab, self.today = doc, path, vocab, today
        self.problems: list[Problem] = []

    def fail(self, field_path: tuple, message: str) -> None:
        self.problems.append(Problem(self.path, self.doc.line_of(*field_path), message))

    def missing(self, name: str, hint: str) -> None:
        self.problems.append(Problem(self.path, 1, f"{name}: missing ({hint})"))

    def keys_from(self, field_path: tuple, value, vocabulary: Vocabulary, *, allow_empty=False,
                  allow_single=False) -> tuple[str, ...] | None:
        name = ".".join(map(str, field_path))
        allowed = f"allowed: {', '.join(vocabulary.keys)}"
        if allow_single and isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(field_path, f"{name}: expected a list ({allowed})")
            return None
        if not value and not allow_empty:
            self.fail(field_path, f"{name}: empty ({allowed})")
            return None
        clean = True
        for index, item in enumerate(value):
            if item not in vocabulary.labels:
                self.fail((*field_path, index), f"{name}: item {index + 1} is not in the list ({allowed})")
                clean = False
        if len(set(value)) != len(value):
            self.fail(field_path, f"{name}: an item is listed twice")
            clean = False
        return tuple(value) if clean else None

    def month(self, field_path: tuple, value, hint: str = MONTH_HINT) -> Month | None:
        name = ".".join(map(str, field_path))
        if isinstance(value, (dt.date, dt.datetime)):
            self.fail(field_path, f"{name}: an exact date is not allowed ({hint})")
            return None
        text = str(value) if isinstance(value, (str, int)) else ""
        match = re.fullmatch(r"(\d{4})-(\d{2})", text)
        if not match:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                self.fail(field_path, f"{name}: an exact date is not allowed ({hint})")
            else:
                self.fail(field_path, f"{name}: not a month ({hint})")
            return None
        year, mon = int(match.group(1)), int(match.group(2))
        if not 1 <= mon <= 12:
            self.fail(field_path, f"{name}: month must be 01 to 12 ({hint})")
            return None
        if year < FIRST_YEAR or (year, mon) > (self.today.year, self.today.month):
            self.fail(field_path, f"{name}: outside {FIRST_YEAR}-02 to this month ({hint})")
            return None
        return (year, mon)


def validate(text: str, path: str, lang: str, stem: str, vocab: Vocabularies,
             today: dt.date | None = None) -> tuple[Testimony | None, list[Problem]]:
    """Check one testimony file. `path` is how messages name it, `stem` its file name sans .md."""
    try:
        doc = parse(text)
    except FrontMatterError as err:
        return None, [Problem(path, err.line, str(err))]
    c = _Checker(doc, path, vocab, today or dt.date.today())
    meta = doc.meta

    for name in meta:
        if name not in REQUIRED and name not in OPTIONAL:
            c.fail((name,), f"{name}: not a testimony field (allowed: {', '.join(REQUIRED + OPTIONAL)})")
    hints = {
        "id": "a public reference like T-2026-0001, same in every language",
        "type": "testimony",
        "title": "a short title without names or places below oblast level",
        "original_language": f"allowed: {', '.join(vocab.original_languages)}",
        "groups": f"allowed: {', '.join(vocab.groups.keys)}",
        "themes": f"allowed: {', '.join(vocab.themes.keys)}",
        "region": f"allowed: {', '.join(vocab.regions.keys)}",
        "period": PERIOD_HINT,
        "consent": f"required: {', '.join(CONSENT_FIELDS)}",
        "review": f"required: {', '.join(REVIEW_FIELDS)}",
        "content_warnings": f"a list, may be empty; allowed: {', '.join(vocab.themes.keys)}",
        "pseudonyms": "a list, may be empty",
        "translation": f"allowed: {', '.join(vocab.translation_status.keys)}",
    }
    for name in REQUIRED:
        if name not in meta:
            c.missing(name, hints[name])

    tid = meta.get("id")
    if "id" in meta:
        if not isinstance(tid, str) or not ID_PATTERN.match(tid):
            c.fail(("id",), f"id: not a testimony reference ({hints['id']})")
            tid = None
        elif tid.lower() != stem:
            c.fail(("id",), f"id: does not match the file name (expected the file {tid.lower()}.md)")
    if "type" in meta and meta["type"] != "testimony":
        c.fail(("type",), "type: must be 'testimony' (pages in a testimonies folder are testimonies)")
    title = meta.get("title")
    if "title" in meta and (not isinstance(title, str) or not title.strip() or "\n" in title.strip()
                            or len(title) > 150):
        c.fail(("title",), f"title: expected one line of at most 150 characters ({hints['title']})")
        title = None

    original = meta.get("original_language")
    if "original_language" in meta and original not in vocab.original_languages:
        c.fail(("original_language",), f"original_language: not in the list ({hints['original_language']})")
        original = None
    translation = meta.get("translation")
    if "translation" in meta:
        if translation not in vocab.translation_status.labels:
            c.fail(("translation",), f"translation: not in the list ({hints['translation']})")
            translation = None
        elif original and translation == "original" and original != lang:
            c.fail(("translation",), f"translation: 'original' but original_language is not this "
                                     f"folder's language ({lang}); use draft or reviewed")
        elif original and translation != "original" and original == lang:
            c.fail(("translation",), f"translation: original_language is this folder's language "
                                     f"({lang}), so translation must be 'original'")

    groups = c.keys_from(("groups",), meta["groups"], vocab.groups, allow_single=True) if "groups" in meta else None
    themes = c.keys_from(("themes",), meta["themes"], vocab.themes) if "themes" in meta else None
    regions = c.keys_from(("region",), meta["region"], vocab.regions, allow_single=True) if "region" in meta else None
    warnings = (c.keys_from(("content_warnings",), meta["content_warnings"] or [], vocab.themes, allow_empty=True)
                if "content_warnings" in meta else None)

    period = None
    if "period" in meta:
        raw = meta["period"]
        parts = raw.split("/") if isinstance(raw, str) else [raw]
        if len(parts) > 2:
            c.fail(("period",), f"period: not a month or a range ({PERIOD_HINT})")
        else:
            months = [c.month(("period",), part.strip() if isinstance(part, str) else part, PERIOD_HINT)
                      for part in parts]
            if all(months):
                period = (months[0], months[-1])
                if period[0] > period[1]:
                    c.fail(("period",), f"period: ends before it starts ({PERIOD_HINT})")
                    period = None

    pseudonyms = None
    if "pseudonyms" in meta:
        raw = meta["pseudonyms"] or []
        if not isinstance(raw, list) or not all(isinstance(p, str) and 0 < len(p.strip()) <= 40 for p in raw):
            c.fail(("pseudonyms",), "pseudonyms: expected a list of short pseudonyms (at most 40 characters each)")
        else:
            pseudonyms = tuple(p.strip() for p in raw)

    scopes = recorded = None
    if "consent" in meta:
        consent = meta["consent"]
        if not isinstance(consent, dict):
            c.fail(("consent",), f"consent: expected fields ({hints['consent']})")
        else:
            for name in CONSENT_FIELDS:
                if name not in consent:
                    c.fail(("consent",), f"consent.{name}: missing ({hints['consent']})")
            if "given" in consent and consent["given"] is not True:
                c.fail(("consent", "given"), "consent.given: must be true: a testimony is published only with consent")
            if "scope" in consent:
                scopes = c.keys_from(("consent", "scope"), consent["scope"], vocab.consent_scopes, allow_single=True)
                if scopes is not None and "publication-web" not in scopes:
                    c.fail(("consent", "scope"), "consent.scope: does not include publication-web, "
                                                 "so the testimony cannot be published on the website")
                    scopes = None
                elif scopes is not None and translation in ("draft", "reviewed") and "translation" not in scopes:
                    c.fail(("consent", "scope"), "consent.scope: this file is a translation but the scope "
                                                 "does not include translation")
                    scopes = None
            if "recorded" in consent:
                recorded = c.month(("consent", "recorded"), consent["recorded"])

    role = review_month = None
    if "review" in meta:
        review = meta["review"]
        if not isinstance(review, dict):
            c.fail(("review",), f"review: expected fields ({hints['review']})")
        else:
            for name in REVIEW_FIELDS:
                if name not in review:
                    c.fail(("review",), f"review.{name}: missing ({hints['review']})")
            role = review.get("reviewer_role")
            if "reviewer_role" in review and role not in vocab.reviewer_roles.labels:
                c.fail(("review", "reviewer_role"), "review.reviewer_role: not in the list "
                                                    f"(allowed: {', '.join(vocab.reviewer_roles.keys)})")
                role = None
            if "month" in review:
                review_month = c.month(("review", "month"), review["month"])

    if not re.sub(r"<!--.*?-->", "", doc.body, flags=re.S).strip():
        c.problems.append(Problem(path, doc.body_line, "text: empty (the testimony goes below the front matter)"))

    if c.problems:
        return None, c.problems
    return Testimony(
        id=tid, lang=lang, path=path, title=title.strip(), original_language=original,
        translation=translation, groups=groups, themes=themes, regions=regions, period=period,
        consent_scopes=scopes, consent_recorded=recorded, reviewer_role=role,
        review_month=review_month, content_warnings=warnings, pseudonyms=pseudonyms,
    ), []
