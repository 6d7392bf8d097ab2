"""The `pii-guard scan` contract (DESIGN §3): JSON shape, kinds, exit codes 0/1/2, one-line errors.

Runs the installed command with the real detectors. Every personal detail is fictional.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pii_guard.model import KINDS

import media

REPO = Path(__file__).resolve().parents[2]
PII_GUARD = Path(sys.executable).parent / "pii-guard"
PHONE = "+380 67 123 45 67"


def run(*args, cwd=None):
    return subprocess.run([str(PII_GUARD), *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture
def repo(tmp_path):
    """A folder that looks like the repository: it has the allowlist."""
    (tmp_path / "data").mkdir()
    shutil.copy(REPO / "data" / "pii-allowlist.yml", tmp_path / "data")
    return tmp_path


def page(root: Path, rel: str, body: str, front: str = "title: A page\n") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")
    return path


def test_json_output_has_exactly_the_contract_shape(repo):
    page(repo, "docs/en/testimonies/a.md", f"She asked us to call {PHONE}.")
    result = run("scan", repo / "docs", "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"files_scanned", "findings"} and report["files_scanned"] == 1
    [finding] = report["findings"]
    assert set(finding) == {"path", "line", "column", "kind", "rule", "masked"}
    assert finding["path"].endswith("docs/en/testimonies/a.md")
    assert (finding["line"], finding["column"], finding["kind"]) == (5, 22, "phone")
    assert finding["masked"].startswith("+380") and "123 45 67" not in finding["masked"]
    assert PHONE not in result.stdout + result.stderr


def test_text_output_is_one_line_per_finding_and_a_summary(repo):
    page(repo, "docs/en/testimonies/a.md", f"Call {PHONE}.\n\nOr write to olena.k@example.net.")
    result = run("scan", repo / "docs")
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    for line in lines[:2]:
        assert re.fullmatch(r"\S+/docs/en/testimonies/a\.md:\d+:\d+ (phone|email) \S+ \S.*", line), line
    assert lines[2] == "2 finding(s) in 1 of 1 file(s) scanned"
    assert "olena.k" not in result.stdout


def test_clean_campaign_text_with_allowlisted_people_exits_0(repo):
    page(repo, "docs/en/index.md",
         "The open letter was signed by Oleksandra Matviichuk and Oleg Orlov, ahead of the meeting of\n"
         "President Trump with Vladimir Putin. Write to info@people1st.org.")
    page(repo, "docs/uk/index.md", "Лист підписали Олександра Матвійчук та Олег Орлов. Пишіть на info@people1st.org.")
    result = run("scan", repo / "docs", "--format", "json")
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout) == {"files_scanned": 2, "findings": []}


def _valid_rnokpp():
    from stdnum.ua import rntrc
    for n in range(318471060, 318471099):
        candidate = f"{n}0"[:9]
        for check in "0123456789":
            if rntrc.is_valid(candidate + check):
                return candidate + check
    raise AssertionError("no valid RNOKPP found")


KIND_EXAMPLES = [
    ("person_name", "Свідчення дала Оксана Петренко, вчителька."),
    ("email", "Пишіть на olena.k@example.net."),
    ("phone", f"Телефон: {PHONE}."),
    ("social_handle", "Її сторінка: https://t.me/olena_k_fictional"),
    ("national_id", "РНОКПП: {rnokpp}."),
    ("financial", "Картка 4539 1488 0343 6467."),
    ("vehicle_plate", "Номер машини АА 1234 ВС."),
    ("geo_coordinates", "Координати: 50.4501, 30.5234."),
    ("street_address", "Жила на вул. Шевченка, 12, кв. 5."),
    ("exact_date", "Її затримали 12 березня 2022 року."),
    ("age", "Мені 42 роки."),
]


@pytest.mark.parametrize("kind,text", KIND_EXAMPLES, ids=[k for k, _ in KIND_EXAMPLES])
def test_every_text_kind_is_reported_under_its_name(repo, kind, text):
    page(repo, "docs/uk/testimonies/t.md", text.format(rnokpp=_valid_rnokpp()))
    result = run("scan", repo / "docs", "--format", "json")
    assert result.returncode == 1, result.stdout + result.stderr
    kinds = {f["kind"] for f in json.loads(result.stdout)["findings"]}
    assert kind in kinds
    assert kinds <= set(KINDS)


def test_metadata_kinds(repo):
    folder = repo / "docs" / "assets"
    folder.mkdir(parents=True)
    media.image(folder / "photo.jpg", gps=(50.45, 30.52))
    media.pdf(folder / "report.pdf", Author="Olena Fictionalenko")
    media.docx(folder / "letter.docx", author="Olena Fictionalenko")
    result = run("scan", folder, "--format", "json")
    assert result.returncode == 1
    found = {(Path(f["path"]).name, f["kind"], f["line"]) for f in json.loads(result.stdout)["findings"]}
    assert found == {("photo.jpg", "image_metadata", None), ("report.pdf", "document_metadata", None),
                     ("letter.docx", "document_metadata", None)}
    assert "Fictionalenko" not in result.stdout


def _one_line_error(result, *needles):
    assert result.returncode == 2
    err = result.stderr.strip()
    assert "\n" not in err and "Traceback" not in err, err
    for needle in needles:
        assert needle in err
    return err


def test_missing_path_exits_2_with_one_line(repo):
    _one_line_error(run("scan", repo / "nope.md"), "nope.md", "no such file")


def test_corrupt_image_exits_2_with_one_line(repo):
    broken = repo / "docs" / "broken.png"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"\x89PNG\r\n\x1a\n but then nothing")
    result = run("scan", broken)
    _one_line_error(result, "broken.png", "unreadable image")


def test_invalid_front_matter_exits_2_naming_file_and_line(repo):
    path = repo / "docs" / "en" / "bad.md"
    path.parent.mkdir(parents=True)
    path.write_text("---\ntitle: ok\ndescription: [unclosed\n---\nText.\n", encoding="utf-8")
    err = _one_line_error(run("scan", path), "bad.md:3:", "invalid YAML front matter")
    assert err.startswith("pii-guard: ")


@pytest.mark.parametrize("args", [["scan"], ["scan", ".", "--format", "xml"], ["frobnicate"], []])
def test_bad_usage_exits_2_with_one_line(repo, args):
    result = run(*args, cwd=repo)
    _one_line_error(result)


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


def test_staged_scans_what_would_be_committed(repo):
    _git(repo, "init", "-q")
    path = page(repo, "docs/en/testimonies/a.md", f"Call {PHONE}.")
    _git(repo, "add", "docs")
    path.write_text("---\ntitle: A page\n---\n\nAnonymised.\n", encoding="utf-8")  # clean only in the work tree
    result = run("scan", "--staged", cwd=repo)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "docs/en/testimonies/a.md:5:6 phone" in result.stdout
    _git(repo, "add", "docs")
    assert run("scan", "--staged", cwd=repo).returncode == 0


def test_the_git_hook_blocks_a_commit_with_an_identifier(repo):
    _git(repo, "init", "-q")
    hook = repo / ".git" / "hooks" / "pre-commit"
    shutil.copy(REPO / "scripts" / "git-hooks" / "pre-commit", hook)
    hook.chmod(0o755)
    (repo / ".venv" / "bin").mkdir(parents=True)
    (repo / ".venv" / "bin" / "pii-guard").symlink_to(PII_GUARD)
    page(repo, "docs/en/testimonies/a.md", f"Call {PHONE}.")
    page(repo, "tests/guard/corpus/en/x.md", f"Labelled fiction: {PHONE}.")
    (repo / "tests/guard/corpus/.pii-guard-fixtures").write_text("fixtures\n")
    _git(repo, "add", "docs", "tests")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    blocked = subprocess.run(["git", "commit", "-q", "-m", "x"], cwd=repo, capture_output=True, text=True, env=env)
    assert blocked.returncode != 0
    output = blocked.stdout + blocked.stderr      # git shows a hook's output on stderr
    assert "docs/en/testimonies/a.md:5:6 phone" in output and "corpus/" not in output
    assert PHONE not in blocked.stdout + blocked.stderr
    page(repo, "docs/en/testimonies/a.md", "Anonymised.")
    _git(repo, "add", "docs")
    assert subprocess.run(["git", "commit", "-q", "-m", "x"], cwd=repo, env=env).returncode == 0
