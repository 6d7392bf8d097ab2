"""`make new-testimony [LANG=uk] [ID=T-2026-0007]`: start a testimony file from the schema.

The new file does not build until it is filled in (empty lists, consent not yet given): the
build then names each field still missing. A translation of an existing testimony starts from
that testimony's metadata, which every language shares. Never overwrites a file.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from .collection import SECTION, testimony_files
from .frontmatter import FRONT_MATTER
from .schema import ID_PATTERN
from .vocabularies import SITE_LANGUAGES, Vocabularies, default

DOCS = Path(__file__).resolve().parents[2] / "docs"

TEMPLATE = """\
---
# Testimony {id}. Every field is checked by the build; see CONTRIBUTING.md, "Testimonies".
# Never write a name, a day, an exact age, a town or village, an address or a phone number.
id: {id}                       # public reference, the same in every language; never change it
type: testimony
title: ""                      # short, no names, no place below oblast level
original_language: {lang}      # language the person spoke: {languages}
translation: original          # original | draft | reviewed (a translation not yet reviewed is a draft)
groups: []                     # who is speaking: {groups}
themes: []                     # {themes}
region: []                     # oblast level: {regions}
period: ""                     # months only: YYYY-MM or YYYY-MM/YYYY-MM
consent:
  given: false                 # true only once consent is recorded by your organisation
  scope: [publication-web]     # {scopes}
  recorded: ""                 # month consent was recorded, YYYY-MM
review:
  reviewer_role: ""            # a role, never a name: {roles}
  month: ""                    # month of the anonymisation review, YYYY-MM
content_warnings: []           # extra warnings; sensitive themes ({sensitive}) are always warned about
pseudonyms: []                 # every pseudonym used in the text, as written in it
---

<!-- Write the testimony here, in the words of the person, after anonymisation.
     Months not days, oblasts not villages, age ranges not ages, roles not names. -->
"""


def next_id(docs_dir: Path, year: int) -> str:
    taken = {p.stem.upper() for _, p in testimony_files(docs_dir)}
    number = 1 + max((int(t.rsplit("-", 1)[1]) for t in taken if t.startswith(f"T-{year}-")), default=0)
    return f"T-{year}-{number:04d}"


def translation_of(existing: Path, lang: str) -> str:
    """Front matter of an existing language version, adapted for a new translation."""
    text = existing.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text.lstrip("\ufeff"))
    front = match.group(1) or "" if match else ""
    lines = []
    for line in front.strip("\n").splitlines():
        if re.match(r"^title\s*:", line):
            line = 'title: ""                      # translate the title'
        elif re.match(r"^translation\s*:", line):
            line = "translation: draft             # reviewed once a second translator has checked it"
        elif re.match(r"^pseudonyms\s*:", line):
            line = "pseudonyms: []                 # the pseudonyms as written in this language"
        lines.append(line)
    lines.append("# every field above but title, translation and pseudonyms is shared by all languages")
    return ("---\n" + "\n".join(lines) + "\n---\n\n<!-- Translate the testimony here, keeping its anonymisation. -->\n")


def scaffold(lang: str, testimony_id: str | None, docs_dir: Path = DOCS, vocab: Vocabularies | None = None,
             today: dt.date | None = None) -> Path:
    vocab = vocab or default()
    if lang not in SITE_LANGUAGES:
        raise ValueError(f"LANG: not a site language (allowed: {', '.join(SITE_LANGUAGES)})")
    testimony_id = testimony_id or next_id(docs_dir, (today or dt.date.today()).year)
    if not ID_PATTERN.match(testimony_id):
        raise ValueError("ID: not a testimony reference (like T-2026-0001)")
    target = docs_dir / lang / SECTION / f"{testimony_id.lower()}.md"
    if target.exists():
        raise ValueError(f"{target}: already exists; nothing written")
    others = [p for other, p in testimony_files(docs_dir) if p.stem == testimony_id.lower()]
    if others:
        content = translation_of(others[0], lang)
    else:
        content = TEMPLATE.format(
            id=testimony_id, lang=lang, languages=", ".join(vocab.original_languages),
            groups=", ".join(vocab.groups.keys), themes=", ".join(vocab.themes.keys),
            regions=", ".join(vocab.regions.keys), scopes=", ".join(vocab.consent_scopes.keys),
            roles=", ".join(vocab.reviewer_roles.keys), sensitive=", ".join(sorted(vocab.themes.sensitive)))
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8") as fh:  # "x": never overwrite, even in a race
        fh.write(content)
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="make new-testimony", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", help=f"language folder: {', '.join(SITE_LANGUAGES)}")
    parser.add_argument("--id", help="reference, e.g. T-2026-0007 (default: the next free one this year)")
    parser.add_argument("--docs", type=Path, default=DOCS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    lang = args.lang
    if not lang:
        if not sys.stdin.isatty():
            print("error: LANG missing: make new-testimony LANG=uk [ID=T-2026-0007]", file=sys.stderr)
            return 2
        lang = input(f"Language of the new file ({', '.join(SITE_LANGUAGES)}): ").strip()
    try:
        path = scaffold(lang, args.id, args.docs)
    except (ValueError, FileExistsError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"created {path}: fill in every field, then `make serve` to preview; the build lists what is missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
