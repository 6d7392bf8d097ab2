"""`make takedown PAGE=...`: a testimony's text is gone from the sources and from every version
already published on gh-pages, and its address shows a neutral notice in every language."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import LANGUAGES, TAKEDOWN_MARKER, run_in_project
from peoplefirst.takedown import branch_files, readable

MARKER = TAKEDOWN_MARKER


def run(cmd, cwd):
    return run_in_project(cmd, cwd)


@pytest.fixture(scope="module")
def published(published_releases, tmp_path_factory):
    """A copy of the released project (two synthetic testimonies, 2026.10 and 2026.11 + latest on
    gh-pages; conftest.published_releases) in which the marked testimony is taken down."""
    project = tmp_path_factory.mktemp("takedown") / "project"
    shutil.copytree(published_releases.project, project, symlinks=True)
    page = published_releases.testimony
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
    assert "T-0000-0001" not in cleaned, "the entry's details are the page's text too"


@pytest.mark.parametrize("markup, gone, kept", [
    # a table row, quoted with single quotes, link to index.html with an anchor
    ("<table><tr><td><a class='x' href='../t-0000-0001/index.html#top'>Withdrawn title</a></td><td>Kyiv region</td></tr>"
     '<tr><td><a href="../t-0000-0002/">Another title</a></td></tr></table>',
     ["Withdrawn title", "Kyiv region"], ["<table><tr><td><a href=\"../t-0000-0002/\">Another title</a></td></tr></table>"]),
    # a nested list: only the inner entry goes
    ('<ul><li>Section <ul><li><a href="../t-0000-0001/">Withdrawn title</a> <em>2024</em></li><li>Kept entry</li></ul></li></ul>',
     ["Withdrawn title"], ["<ul><li>Section <ul><li>Kept entry</li></ul></li></ul>"]),
    # a link in running text: the link goes, the paragraph and the page's article stay
    ('<article class="md-content__inner"><p>Read <a href="../t-0000-0001/">Withdrawn title</a> and more.</p>'
     '<script>var s = "</li>";</script></article>',
     ["Withdrawn title"], ['<article class="md-content__inner"><p>Read and more.</p><script>var s = "</li>";</script></article>']),
    # previous / next links of the theme's footer
    ('<nav class="md-footer__inner"><a href="../t-0000-0001/" class="md-footer__link"><span>Withdrawn title</span></a></nav>',
     ["Withdrawn title"], ['<nav class="md-footer__inner"></nav>']),
])
def test_entries_linking_to_the_page_are_removed_whatever_their_markup(markup, gone, kept):
    from peoplefirst.takedown import strip_list_items
    cleaned = strip_list_items(markup, "uk/testimonies/list/index.html", {"uk/testimonies/t-0000-0001/"})
    assert not [text for text in gone if text in cleaned], cleaned
    assert [text for text in kept if text in cleaned] == kept, cleaned


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
