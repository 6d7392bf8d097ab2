"""Which page exists in which language, and how far its translation has come.

    python -m peoplefirst.translation_status [--check] [--docs DIR] [--config FILE]

Reads the languages from mkdocs.yml (the i18n plugin) and each page's front matter field
`translation: original | draft | reviewed`. Prints one row per page and one column per
language ("-" where the page does not exist in that language), then a summary per language.
Exit 0; 2 on unreadable input (file:line named); with --check, 1 if any page is unmarked, any
English page is not `original`, or a translation has no English original.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
STATUSES = ("original", "draft", "reviewed")
MISSING, UNMARKED = "-", "unmarked"
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.S)


class StatusError(ValueError):
    """Unreadable configuration or front matter; the message names file and line."""


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml uses tags such as !ENV; their values do not matter here."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def configured_languages(config: Path) -> list[str]:
    """Locales of the i18n plugin, default language first."""
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except (OSError, yaml.YAMLError) as err:
        raise StatusError(f"{config}: cannot read the configuration ({err})") from None
    for plugin in data.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = plugin["i18n"].get("languages") or []
            ordered = sorted(languages, key=lambda lang: not lang.get("default", False))
            return [lang["locale"] for lang in ordered]
    raise StatusError(f"{config}: no i18n plugin with languages in 'plugins'")


def page_status(path: Path) -> str:
    """The page's `translation` value, or 'unmarked'."""
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if not match:
        return UNMARKED
    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for 1-based, +1 for the opening ---
        raise StatusError(f"{path}:{line}: front matter is not valid YAML") from None
    if not isinstance(meta, dict):
        raise StatusError(f"{path}:2: front matter must be a mapping")
    status = meta.get("translation")
    if status is None:
        return UNMARKED
    if status not in STATUSES:
        line = 1 + next((i for i, l in enumerate(match.group(1).splitlines(), 1)
                         if l.startswith("translation:")), 1)
        raise StatusError(f"{path}:{line}: translation: {status!r} is not one of {', '.join(STATUSES)}")
    return status


@dataclass
class Report:
    languages: list[str]
    pages: dict[str, dict[str, str]] = field(default_factory=dict)  # page -> language -> status

    def problems(self) -> list[str]:
        default = self.languages[0]
        found = []
        for page, row in self.pages.items():
            for lang, status in row.items():
                if status == UNMARKED:
                    found.append(f"docs/{lang}/{page}: no 'translation:' in front matter")
                elif lang == default and status != "original":
                    found.append(f"docs/{lang}/{page}: the {default} page must be 'original', not '{status}'")
            if default not in row:
                found.append(f"{page}: translated, but docs/{default}/{page} does not exist")
        return found

    def table(self) -> str:
        width = max([len("page")] + [len(p) for p in self.pages])
        cols = {lang: max(len(lang), *(len(s) for s in STATUSES), len(UNMARKED)) for lang in self.languages}
        header = "page".ljust(width) + "  " + "  ".join(l.ljust(cols[l]) for l in self.languages)
        lines = [header.rstrip(), "-" * len(header.rstrip())]
        for page in sorted(self.pages):
            row = self.pages[page]
            cells = "  ".join(row.get(l, MISSING).ljust(cols[l]) for l in self.languages)
            lines.append((page.ljust(width) + "  " + cells).rstrip())
        return "\n".join(lines)

    def summary(self) -> str:
        total = len(self.pages)
        lines = []
        for lang in self.languages:
            statuses = [row[lang] for row in self.pages.values() if lang in row]
            counts = ", ".join(f"{statuses.count(s)} {s}" for s in (*STATUSES, UNMARKED) if statuses.count(s))
            lines.append(f"{lang}: {len(statuses)} of {total} pages" + (f" ({counts})" if counts else ""))
        return "\n".join(lines)


def collect(docs: Path, languages: list[str]) -> Report:
    report = Report(languages)
    for lang in languages:
        folder = docs / lang
        for path in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
            page = path.relative_to(folder).as_posix()
            report.pages.setdefault(page, {})[lang] = page_status(path)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m peoplefirst.translation_status",
                                     description="Which page exists in which language, and its translation status.")
    parser.add_argument("--docs", type=Path, default=REPO / "docs", help="docs folder (default: the repository's)")
    parser.add_argument("--config", type=Path, default=REPO / "mkdocs.yml", help="mkdocs.yml with the i18n languages")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if a page is unmarked, an English page is not 'original', or a translation has no original")
    args = parser.parse_args(argv)
    try:
        report = collect(args.docs, configured_languages(args.config))
    except StatusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(report.table())
    print()
    print(report.summary())
    problems = report.problems()
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
