"""`python -m peoplefirst.translation_status` (make translations): which page exists in which
language, and its translation status from front matter."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from peoplefirst import translation_status as ts

REPO = Path(__file__).resolve().parent.parent
CONFIG = """plugins:
  - search:
      enabled: !ENV [PF_OFFLINE, false]
  - i18n:
      languages:
        - {locale: uk}
        - {locale: en, default: true}
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def project(tmp_path: Path) -> Path:
    write(tmp_path / "mkdocs.yml", CONFIG)
    write(tmp_path / "docs/en/index.md", "---\ntranslation: original\n---\n# Home\n")
    write(tmp_path / "docs/en/demands/index.md", "---\ntranslation: original\n---\n# Demands\n")
    write(tmp_path / "docs/uk/index.md", "---\ntranslation: draft\n---\n# Головна\n")
    return tmp_path


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "peoplefirst.translation_status",
                           "--docs", str(tmp_path / "docs"), "--config", str(tmp_path / "mkdocs.yml"), *args],
                          capture_output=True, text=True, cwd=REPO)


def test_the_table_shows_each_page_in_each_language(tmp_path):
    result = run(project(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()[2:] if line.strip()}
    assert result.stdout.splitlines()[0].split() == ["page", "en", "uk"], "default language first"
    assert rows["index.md"] == ["original", "draft"]
    assert rows["demands/index.md"] == ["original", "-"]
    assert "uk: 1 of 2 pages (1 draft)" in result.stdout


def test_check_fails_on_an_unmarked_page_and_names_it(tmp_path):
    write(project(tmp_path) / "docs/uk/demands/index.md", "# Вимоги\n")
    assert run(tmp_path).returncode == 0
    checked = run(tmp_path, "--check")
    assert checked.returncode == 1
    assert "docs/uk/demands/index.md: no 'translation:'" in checked.stderr


def test_a_translation_without_an_original_is_reported(tmp_path):
    write(project(tmp_path) / "docs/uk/orphan.md", "---\ntranslation: draft\n---\n# Сирота\n")
    checked = run(tmp_path, "--check")
    assert checked.returncode == 1 and "docs/en/orphan.md does not exist" in checked.stderr


def test_an_unknown_status_is_a_one_line_error_with_file_and_line(tmp_path):
    write(project(tmp_path) / "docs/uk/demands/index.md",
          "---\ndescription: x\ntranslation: finished\n---\n# Вимоги\n")
    result = run(tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert "docs/uk/demands/index.md:3: translation: 'finished' is not one of" in result.stderr


def test_the_repository_reports_every_english_page_as_original():
    report = ts.collect(REPO / "docs", ts.configured_languages(REPO / "mkdocs.yml"))
    assert report.languages[0] == "en" and len(report.languages) == 9
    english = {page for page, row in report.pages.items() if "en" in row}
    assert {"index.md", "demands/index.md", "campaign/open-letter.md"} <= english
    assert all(report.pages[p]["en"] == "original" for p in english)
