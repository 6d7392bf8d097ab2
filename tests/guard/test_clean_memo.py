"""Pieces judged clean, remembered between builds (pii_guard/clean_memo.py): what is remembered
is never a finding, a changed guard starts from nothing, and a build with a warm memo still fails
on a planted identifier. Every identifier here is fictional."""
import os
import re
import shutil

import pytest

from conftest import REPO, copy_project, mkdocs_build
from pii_guard import clean_memo
from pii_guard.clean_memo import CleanMemo
from pii_guard.model import ScanContext
from pii_guard.registry import Registry

CTX = ScanContext(language="en", testimony=True)
CLEAN = "We waited at the border crossing for three days."
PHONE = "Call her sister on +380 67 123 45 67."


def remembering(folder) -> Registry:
    return Registry(clean_memo=CleanMemo(folder, "test"))


def test_a_clean_piece_is_remembered_and_a_finding_never(tmp_path):
    first = remembering(tmp_path)
    assert first.detect(CLEAN, CTX) == []
    assert [s.kind for s in first.detect(PHONE, CTX)] == ["phone"]
    first.clean_memo.save()
    assert first.clean_memo.path.stat().st_size == clean_memo.DIGEST      # one entry: the clean piece

    second = remembering(tmp_path)                                          # the next build
    assert second.detect(CLEAN, CTX) == []
    assert [s.kind for s in second.detect(PHONE, CTX)] == ["phone"]         # judged again, found again
    assert (second.clean_memo.known, second.clean_memo.asked) == (1, 2)


def test_an_answer_is_only_reused_in_the_same_context(tmp_path):
    memo = CleanMemo(tmp_path, "test")
    base = memo.digest(CLEAN, CTX)
    others = [ScanContext(language="uk", testimony=True), ScanContext(language="en", testimony=False),
              ScanContext(language="en", testimony=True, pseudonyms=frozenset({"Marko"})),
              ScanContext(language="en", testimony=True, allowed=frozenset({"Oleg Orlov"}))]
    digests = {memo.digest(CLEAN, ctx) for ctx in others}
    assert base not in digests and len(digests) == len(others)
    assert memo.digest(CLEAN + " ", CTX) != base


def test_the_memo_is_consulted_before_the_detectors(tmp_path):
    # what the memo says is trusted: that is why only the build and the command line use one,
    # and why its file is named after everything detection depends on (next test)
    registry = remembering(tmp_path)
    registry.clean_memo.add(registry.clean_memo.digest(PHONE, CTX))
    assert registry.detect(PHONE, CTX) == []
    assert Registry().detect(PHONE, CTX) != []          # the tests' registry has no memo


def test_custom_detectors_never_use_the_memo(tmp_path):
    assert Registry(detectors=[], clean_memo=CleanMemo(tmp_path, "test")).clean_memo is None


def test_the_fingerprint_changes_with_the_guard_and_its_data(tmp_path, monkeypatch):
    package = tmp_path / "pii_guard"
    shutil.copytree(REPO / "pii_guard", package, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "data").mkdir()
    shutil.copy(REPO / "data" / "pii-names-lexicon.yml", tmp_path / "data")
    monkeypatch.setattr(clean_memo, "PACKAGE", package)
    monkeypatch.setattr(clean_memo, "DATA", tmp_path / "data")
    before = clean_memo.fingerprint()
    assert clean_memo.fingerprint() == before
    (package / "README.md").write_text("docs only\n", encoding="utf-8")
    assert clean_memo.fingerprint() == before                       # its docs are not the guard
    rule = package / "detectors" / "contact.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# a changed rule\n", encoding="utf-8")
    changed_rule = clean_memo.fingerprint()
    assert changed_rule != before
    lexicon = tmp_path / "data" / "pii-names-lexicon.yml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert clean_memo.fingerprint() not in (before, changed_rule)


def test_a_damaged_or_unwritable_memo_only_costs_time(tmp_path):
    registry = remembering(tmp_path)
    registry.clean_memo.path.write_bytes(b"\x01" * (clean_memo.DIGEST + 5))   # a torn write
    assert registry.detect(CLEAN, CTX) == [] and registry.clean_memo.known == 0
    registry.clean_memo.save()
    assert registry.clean_memo.path.stat().st_size == 2 * clean_memo.DIGEST   # the whole entry kept, and the new one

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    unwritable = remembering(blocked)
    assert unwritable.detect(CLEAN, CTX) == []
    unwritable.clean_memo.save()                     # no error, no stray temporary file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean-pieces-test.bin", "file-not-folder"]


def test_parallel_builds_add_up_and_old_guards_memos_are_dropped(tmp_path):
    for age, key in enumerate(["old1", "old2", "old3"]):
        path = tmp_path / f"{clean_memo.PREFIX}{key}.bin"
        path.write_bytes(b"x" * clean_memo.DIGEST)
        stamp = 1_000_000 + age
        os.utime(path, (stamp, stamp))
    one, two = remembering(tmp_path), remembering(tmp_path)
    one.detect(CLEAN, CTX)
    two.detect("Nothing to see in this sentence at all.", CTX)
    one.clean_memo.save()
    two.clean_memo.save()                            # merged with what the other build wrote
    assert remembering(tmp_path).clean_memo._load() == one.clean_memo._known | two.clean_memo._known
    left = sorted(p.name for p in tmp_path.glob(f"{clean_memo.PREFIX}*"))
    assert left == [f"{clean_memo.PREFIX}{k}.bin" for k in ("old2", "old3", "test")]


def test_the_memo_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("PII_GUARD_CACHE", "off")
    assert CleanMemo.default() is None


PLANTED_LINE = "The family can be reached on +380 67 123 45 67 in the evenings."


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The site built once (the memo learns every clean piece), then again with one phone
    number planted in a testimony paragraph the first build judged clean."""
    project = copy_project(tmp_path_factory.mktemp("memo") / "project")
    cache = tmp_path_factory.mktemp("cache")
    page = next(p for p in sorted((project / "docs" / "en").rglob("*.md"))
                if "\n\n" in p.read_text(encoding="utf-8") and p.name != "index.md")
    first = mkdocs_build(project, tmp_path_factory.mktemp("site1"), PII_GUARD_CACHE=str(cache))
    text = page.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + PLANTED_LINE + "\n"
    page.write_text(text, encoding="utf-8")
    line = text.split("\n").index(PLANTED_LINE) + 1
    second = mkdocs_build(project, tmp_path_factory.mktemp("site2"), PII_GUARD_CACHE=str(cache))
    return first, second, page.relative_to(project).as_posix(), line, cache


def _known(output: str) -> tuple[int, int]:
    match = re.search(r"([\d,]+) of ([\d,]+) pieces of text known clean from earlier builds", output)
    assert match, output
    return tuple(int(g.replace(",", "")) for g in match.groups())


def test_a_warm_memo_still_fails_the_build_on_a_planted_number(two_builds):
    first, second, page, line, cache = two_builds
    assert first.returncode == 0, first.stdout + first.stderr
    known, asked = _known(first.stderr)
    assert known < 0.05 * asked             # an empty memo to start with (a page the build reads twice)
    assert list(cache.glob(f"{clean_memo.PREFIX}*.bin"))
    output = second.stdout + second.stderr
    assert second.returncode == 1, output
    assert re.search(rf"{re.escape(page)}:{line}:\d+ phone ", output), output
    assert "123 45 67" not in output
    known, asked = _known(second.stderr)
    assert known > 0.9 * asked                              # nearly everything was known clean


def test_a_clean_page_s_page_wide_pass_is_remembered_too(tmp_path, monkeypatch):
    from pii_guard.sources import markdown

    calls = []
    real = markdown.page_wide
    monkeypatch.setattr(markdown, "page_wide", lambda *a: calls.append(1) or real(*a))
    page = "---\ntitle: A walk\ntype: testimony\n---\n\nWe walked to the river.\n\nThen home again.\n"
    for run in range(2):
        registry = remembering(tmp_path)
        assert markdown.scan_text(page, "docs/en/testimonies/x.md", registry)[1] == []
        registry.clean_memo.save()
    assert len(calls) == 1                      # the second build knew the page clean
    planted = page.replace("river.", "river. Call +380 67 123 45 67.")
    assert [h.kind for h in markdown.scan_text(planted, "docs/en/testimonies/x.md", remembering(tmp_path))[1]] == ["phone"]


def test_the_fingerprint_changes_with_the_day(monkeypatch):
    """Some rules compare a date with today (a tax number's date of birth must be past)."""
    import datetime

    class Tomorrow(datetime.date):
        @classmethod
        def today(cls):
            return datetime.date(2031, 1, 2)

    today = clean_memo.fingerprint()
    monkeypatch.setattr(clean_memo.datetime, "date", Tomorrow)
    assert clean_memo.fingerprint() != today
