"""`make takedown PAGE=...`: a testimony's text is gone from the sources and from every version
already published on gh-pages, and its address shows a neutral notice in every language."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import LANGUAGES, copy_project
from peoplefirst.takedown import branch_files, readable
from peoplefirst.testimonies.synthetic import generate

# Fictional, and in no other page: what must vanish everywhere.
MARKER = {
    "en": "The synthetic orchard behind the grey warehouse smelled of pears and motor oil.",
    "uk": "Вигаданий сад за сірим складом пахнув грушами й мастилом.",
}
GIT_ID = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
          "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}


def run(cmd, cwd, **env):
    bin_dir = str(Path(sys.executable).parent)
    full_env = {**os.environ, **GIT_ID, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "https://example.org/people-first/",
                "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), **env}
    result = subprocess.run(cmd, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=1800)
    return result


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A copy of the repository with two synthetic testimonies, deployed as 2026.10 and 2026.11 (+ latest)."""
    project = copy_project(tmp_path_factory.mktemp("takedown") / "project")
    written = generate(project / "docs", per_language=2, languages=("en", "uk", "ru"), seed=7)
    target = sorted(p for p in written if p.parent.parent.name == "en")[0]
    page = f"testimonies/{target.name}"
    for lang, sentence in MARKER.items():
        path = project / "docs" / lang / page
        path.write_text(path.read_text(encoding="utf-8").rstrip() + f"\n\n{sentence}\n", encoding="utf-8")
    for cmd in (["git", "init", "-q", "-b", "main"], ["git", "add", "-A"], ["git", "commit", "-q", "-m", "sources"]):
        assert run(cmd, project).returncode == 0
    for version, aliases in (("2026.10", []), ("2026.11", ["latest"])):
        result = run([str(Path(sys.executable).parent / "mike"), "deploy", "--update-aliases", version, *aliases], project)
        assert result.returncode == 0, f"mike deploy {version} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    before = branch_files(project, "gh-pages")
    assert any(MARKER["en"] in readable(data) for data in before.values()), "the planted page was not published"
    result = run([sys.executable, "-m", "peoplefirst.takedown", page], project)
    return project, page, result


def test_takedown_reports_what_it_did(published):
    project, page, result = published
    assert result.returncode == 0, f"takedown failed:\n{result.stdout}\n{result.stderr}"
    assert f"removed source docs/en/{page}" in result.stdout
    summary = next(line for line in result.stdout.splitlines() if "page files replaced" in line)
    assert all(name in summary for name in ("2026.10", "2026.11", "latest"))
    assert "committed" in result.stdout


def test_sources_no_longer_hold_the_page(published):
    project, page, _ = published
    for lang in LANGUAGES:
        assert not (project / "docs" / lang / page).exists()
    assert page in (project / "data" / "withdrawn.yml").read_text(encoding="utf-8")


def test_no_version_holds_any_of_its_text(published):
    project, page, _ = published
    files = branch_files(project, "gh-pages")
    for path, data in files.items():
        text = readable(data)  # gzip and JSON escapes undone, tags removed
        for sentence in MARKER.values():
            assert sentence not in text, f"gh-pages:{path} still holds the withdrawn text"


def test_its_address_shows_a_neutral_notice_everywhere(published):
    project, page, _ = published
    files = branch_files(project, "gh-pages")
    stem = page[:-3]
    for version in ("2026.10", "2026.11", "latest"):
        for lang in LANGUAGES:
            rel = f"{version}/{stem}/index.html" if lang == "en" else f"{version}/{lang}/{stem}/index.html"
            assert rel in files, f"{rel}: no withdrawn notice"
            notice = files[rel].decode()
            assert f'<html lang="{lang}"' in notice and 'name="robots" content="noindex"' in notice
            assert len(readable(files[rel])) < 400  # a notice, nothing of the page


def test_other_pages_untouched(published):
    project, page, _ = published
    files = branch_files(project, "gh-pages")
    others = [p for p in (project / "docs" / "en" / "testimonies").glob("t-*.md")]
    assert others, "the second synthetic testimony should remain"
    other = f"2026.11/testimonies/{others[0].stem}/index.html"
    assert other in files and b"noindex" not in files[other]
    assert json.loads(files["versions.json"])[0]["aliases"] == ["latest"]


def test_a_missing_page_is_refused_clearly(published, tmp_path):
    project, _, _ = published
    result = run([sys.executable, "-m", "peoplefirst.takedown", "testimonies/t-0000-9999.md"], project)
    assert result.returncode == 2
    assert "no such page in any language" in result.stderr and "Traceback" not in result.stderr


def test_make_target_requires_page():
    repo = Path(__file__).resolve().parent.parent
    if not shutil.which("make"):
        pytest.skip("make not installed")
    result = subprocess.run(["make", "-s", "takedown"], cwd=repo, capture_output=True, text=True)
    assert result.returncode != 0 and "make takedown PAGE=" in result.stderr


# --- small functions -------------------------------------------------------------------------

@pytest.mark.parametrize("given", ["testimonies/t-2026-0001.md", "docs/uk/testimonies/t-2026-0001.md",
                                   "testimonies/t-2026-0001", "/testimonies/t-2026-0001/", "ru/testimonies/t-2026-0001"])
def test_page_argument_forms(given):
    from peoplefirst.takedown import normalise
    assert normalise(given) == "testimonies/t-2026-0001.md"


def test_a_section_index_is_refused():
    from peoplefirst.takedown import normalise
    from peoplefirst.withdrawn import WithdrawnError
    with pytest.raises(WithdrawnError, match="cannot be withdrawn"):
        normalise("testimonies/index.md")


def test_search_index_entries_of_the_page_are_dropped():
    from peoplefirst.takedown import clean_search_index
    index = {"config": {}, "docs": [{"location": "testimonies/t-1/", "text": "gone"},
                                    {"location": "uk/testimonies/t-1/#section", "text": "gone"},
                                    {"location": "testimonies/t-10/", "text": "stays"}]}
    cleaned, removed = clean_search_index(("var __index = " + json.dumps(index)).encode(),
                                          {"testimonies/t-1/", "uk/testimonies/t-1/"})
    assert removed == 2 and b"gone" not in cleaned and b"stays" in cleaned and cleaned.startswith(b"var __index =")


def test_readable_sees_through_gzip_and_json_escapes():
    import gzip as gz
    assert "Сад за складом" in readable(gz.compress('{"t": "\\u0421\\u0430\\u0434 за <b>складом</b>"}'.encode()))


def test_listing_items_linking_to_the_page_are_removed():
    from peoplefirst.takedown import strip_list_items
    listing = ('<ol><li><a href="../../t-0000-0001/">Withdrawn title</a><br><small>T-0000-0001</small></li>\n'
               '<li><a href="../../t-0000-0002/">Another title</a></li></ol>')
    cleaned = strip_list_items(listing, "uk/testimonies/theme/torture/index.html", {"uk/testimonies/t-0000-0001/"})
    assert "Withdrawn title" not in cleaned and "Another title" in cleaned


def test_next_build_keeps_the_notice_and_none_of_the_text(published, tmp_path):
    from conftest import mkdocs_build
    project, page, _ = published
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, f"build after takedown failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    notice = (tmp_path / "site" / "uk" / page[:-3] / "index.html").read_text(encoding="utf-8")
    assert '<html lang="uk"' in notice and "noindex" in notice
    for path in (tmp_path / "site").rglob("*"):
        if path.is_file():
            text = readable(path.read_bytes())
            assert not any(sentence in text for sentence in MARKER.values()), f"{path} holds the withdrawn text"
