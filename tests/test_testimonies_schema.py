"""Testimony schema: every missing or invalid field names the file, the line and what is allowed,
and never repeats the value (it may itself identify someone; CI logs are public)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from peoplefirst.testimonies import collection, vocabularies
from peoplefirst.testimonies.schema import validate, warnings_for

VOCAB = vocabularies.default()
TODAY = dt.date(2026, 11, 15)
PATH = "docs/en/testimonies/t-2026-0001.md"

VALID = """\
---
id: T-2026-0001
type: testimony
title: "Months without news"
original_language: en
translation: original
groups: [relative]
themes: [enforced-disappearance, torture]
region: [kherson]
period: 2022-04/2023-02
consent:
  given: true
  scope: [publication-web, translation]
  recorded: 2023-06
review:
  reviewer_role: anonymisation-reviewer
  month: 2023-07
content_warnings: []
pseudonyms: [Witness K]
---

Fictional text for a test.
"""


def check(text: str, lang: str = "en", stem: str = "t-2026-0001"):
    return validate(text, PATH, lang, stem, VOCAB, TODAY)


def replace_line(field: str, new: str | None, text: str = VALID) -> str:
    """VALID with the line starting `field` replaced (None: removed)."""
    lines = text.splitlines(keepends=True)
    out = [l for l in lines if not l.startswith(field)] if new is None else \
          [new + "\n" if l.startswith(field) else l for l in lines]
    assert out != lines, field
    return "".join(out)


def without_block(name: str) -> str:
    return re.sub(rf"^{name}:\n(  .*\n)+", "", VALID, flags=re.M)


def test_valid_testimony_is_read_completely():
    testimony, problems = check(VALID)
    assert problems == []
    assert testimony.id == "T-2026-0001" and testimony.groups == ("relative",)
    assert testimony.period == ((2022, 4), (2023, 2)) and testimony.years == (2022, 2023)
    assert testimony.consent_scopes == ("publication-web", "translation")
    assert warnings_for(testimony, VOCAB) == ("torture",)  # sensitive theme warned without being listed


ALLOWED_REGIONS = "allowed: cherkasy, chernihiv"
CASES = [
    # (name, text, expected message, expected line)
    ("consent missing", without_block("consent"),
     "consent: missing (required: given, scope, recorded)", 1),
    ("review missing", without_block("review"),
     "review: missing (required: reviewer_role, month)", 1),
    ("id missing", replace_line("id:", None), "id: missing", 1),
    ("type wrong", replace_line("type:", "type: page"), "type: must be 'testimony'", 3),
    ("groups unknown", replace_line("groups:", "groups: [hostage]"),
     "groups: item 1 is not in the list (allowed: civilian-detainee, prisoner-of-war, deported-child", 7),
    ("groups empty", replace_line("groups:", "groups: []"), "groups: empty (allowed: civilian-detainee", 7),
    ("theme unknown", replace_line("themes:", "themes:\n  - torture\n  - forced-labour"),
     "themes: item 2 is not in the list (allowed: enforced-disappearance", 10),
    ("region below oblast", replace_line("region:", "region: [Secretvillage]"),
     f"region: item 1 is not in the list ({ALLOWED_REGIONS}", 9),
    ("period exact date", replace_line("period:", "period: 2022-04-14"),
     "period: an exact date is not allowed (YYYY-MM or YYYY-MM/YYYY-MM, never a day)", 10),
    ("period reversed", replace_line("period:", "period: 2023-04/2022-01"), "period: ends before it starts", 10),
    ("period future", replace_line("period:", "period: 2031-01"), "period: outside 2014-02 to this month", 10),
    ("consent not given", replace_line("  given:", "  given: false"),
     "consent.given: must be true", 12),
    ("consent scope without web", replace_line("  scope:", "  scope: [anonymised-quotes]"),
     "consent.scope: does not include publication-web", 13),
    ("consent recorded as a day", replace_line("  recorded:", "  recorded: 2023-06-02"),
     "consent.recorded: an exact date is not allowed (a month YYYY-MM, never a day)", 14),
    ("consent recorded missing", replace_line("  recorded:", None),
     "consent.recorded: missing (required: given, scope, recorded)", 11),
    ("reviewer named", replace_line("  reviewer_role:", "  reviewer_role: Ivanna"),
     "review.reviewer_role: not in the list (allowed: anonymisation-reviewer, documentation-lead", 16),
    ("warning unknown", replace_line("content_warnings:", "content_warnings: [gore]"),
     "content_warnings: item 1 is not in the list (allowed: enforced-disappearance", 18),
    ("pseudonyms not a list", replace_line("pseudonyms:", "pseudonyms: 12"),
     "pseudonyms: expected a list of short pseudonyms", 19),
    ("translation unknown", replace_line("translation:", "translation: machine"),
     "translation: not in the list (allowed: original, draft, reviewed)", 6),
    ("original language unknown", replace_line("original_language:", "original_language: xx"),
     "original_language: not in the list (allowed: uk, ru, crh", 5),
    ("unknown field", replace_line("pseudonyms:", "pseudonyms: []\nname: Secretname"),
     "name: not a testimony field (allowed: id, type, title", 20),
    ("id not a reference", replace_line("id:", "id: ivan-petrenko"),
     "id: not a testimony reference", 2),
    ("empty text", VALID.replace("Fictional text for a test.\n", "<!-- to do -->\n"),
     "text: empty", 21),
]


@pytest.mark.parametrize("name,text,message,line", CASES, ids=[c[0] for c in CASES])
def test_each_problem_names_file_line_field_and_allowed_values(name, text, message, line):
    testimony, problems = check(text)
    assert testimony is None
    shown = [str(p) for p in problems]
    assert f"{PATH}:{line}: {message}" in "\n".join(shown), shown
    for secret in ("Secretvillage", "Secretname", "Ivanna", "ivan-petrenko", "2022-04-14"):
        assert secret not in "\n".join(shown)  # located, never repeated


def test_id_must_match_the_file_name():
    _, problems = check(VALID, stem="t-2026-0002")
    assert [str(p) for p in problems] == [
        f"{PATH}:2: id: does not match the file name (expected the file t-2026-0001.md)"]


def test_translation_status_must_fit_the_folder_language():
    _, problems = check(VALID, lang="uk")
    assert "translation: 'original' but original_language is not this folder's language (uk)" in str(problems[0])
    draft = replace_line("translation:", "translation: draft")
    assert check(draft, lang="uk")[1] == []
    no_translation_consent = replace_line("  scope:", "  scope: [publication-web]", draft)
    assert "scope does not include translation" in str(check(no_translation_consent, lang="uk")[1][0])


@pytest.mark.parametrize("text,message", [
    ("Just text\n", f"{PATH}:1: front matter: missing"),
    ("---\nid: [unclosed\n---\ntext\n", f"{PATH}:3: front matter: not valid YAML"),
])
def test_unreadable_front_matter_is_located(text, message):
    _, problems = check(text)
    assert str(problems[0]).startswith(message)


def test_translations_must_share_metadata(tmp_path):
    docs = tmp_path / "docs"
    (docs / "en" / "testimonies").mkdir(parents=True)
    (docs / "uk" / "testimonies").mkdir(parents=True)
    (docs / "en" / "testimonies" / "t-2026-0001.md").write_text(VALID, encoding="utf-8")
    uk = replace_line("translation:", "translation: draft").replace("region: [kherson]", "region: [kharkiv]")
    (docs / "uk" / "testimonies" / "t-2026-0001.md").write_text(uk, encoding="utf-8")
    with pytest.raises(collection.CollectionError) as err:
        collection.build(docs, VOCAB, tmp_path, today=TODAY)
    assert str(err.value) == ("docs/uk/testimonies/t-2026-0001.md:1: region: differs from "
                              "docs/en/testimonies/t-2026-0001.md (every language of a testimony shares its metadata)")


def test_every_vocabulary_entry_has_nine_labels():
    for name in vocabularies.LISTS:
        for key, labels in getattr(VOCAB, name).labels.items():
            assert set(labels) == set(vocabularies.SITE_LANGUAGES), (name, key)
            assert all(labels.values()), (name, key)
    assert {"torture", "sexual-violence"} <= VOCAB.themes.sensitive


def test_an_incomplete_vocabulary_is_refused(tmp_path):
    broken = tmp_path / "vocab.yml"
    text = vocabularies.DATA_FILE.read_text(encoding="utf-8")
    broken.write_text(text.replace(', ar: "أسير حرب"', ""), encoding="utf-8")
    with pytest.raises(vocabularies.VocabularyError, match="groups.prisoner-of-war: no label for ar"):
        vocabularies.load(broken)


def test_regions_cover_every_oblast_and_the_special_cases():
    regions = set(VOCAB.regions.keys)
    assert len(regions - {"kyiv-city", "crimea", "sevastopol", "russian-federation", "unknown"}) == 24
    assert {"kyiv-city", "crimea", "sevastopol", "russian-federation", "unknown"} <= regions
