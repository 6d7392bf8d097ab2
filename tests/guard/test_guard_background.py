"""The build guard in its own process (pii_guard/background.py): the same findings as in the
build's process, and every way it can fail is an error of the build, never a silent pass."""
import multiprocessing

import pytest

from pii_guard import background
from pii_guard.background import BackgroundGuard, new_build_guard, run_beside_build
from pii_guard.buildguard import BuildGuard
from pii_guard.model import GuardError

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the guard process needs fork (not on Windows)")

# fictional
PAGE = "---\ntitle: An account\n---\nThe family can be reached on +380 67 123 45 67 in the evenings.\n"
HTML = ("<html><body><article><p>The family can be reached on +380 67 123 45 67 in the evenings.</p>"
        "</article><footer>Write to olena.kovalchuk@example.org</footer></body></html>")


def _build(guard, tmp_path) -> tuple[list[str], list[str]]:
    """The calls the MkDocs hook makes for one page in two languages."""
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    source = tmp_path / "docs" / "en" / "testimonies" / "a.md"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(PAGE, encoding="utf-8")
    guard.configure(tmp_path / "mkdocs.yml", None, "x")
    for lang in ("en", "uk"):
        guard.configure(tmp_path / "mkdocs.yml", None, "x")
        guard.check_page_source(str(source), "en/testimonies/a.md", PAGE, lang)
        where = guard._rel(str(source))
        guard.rendered_body(where, "<p>The family can be reached on +380 67 123 45 67 in the evenings.</p>")
        guard.check_page_html(HTML, f"{lang}/testimonies/a/index.html", where, lang)
    stats = guard.stats()
    assert "1 Markdown sources, 2 rendered pages" in stats
    return guard.report()


@needs_fork
def test_the_guard_process_finds_what_the_build_process_finds(tmp_path):
    in_process = _build(BuildGuard(), tmp_path)
    guard = BackgroundGuard()
    try:
        beside = _build(guard, tmp_path)
        assert guard.report() == ([], [])          # the next build starts clean
    finally:
        guard.close()
    assert beside == in_process
    lines, errors = beside
    assert errors == []
    assert [line.split()[0:2] for line in lines] == [["docs/en/testimonies/a.md:4:30", "phone"],
                                                      ["site/en/testimonies/a/index.html:1:" + str(HTML.index("olena") + 1), "email"]]
    assert not any("123 45 67" in line or "kovalchuk" in line for line in lines)
    assert not guard._process.is_alive()           # closed and waited for


@needs_fork
def test_a_failure_in_the_guard_process_fails_the_build_at_its_report(tmp_path):
    guard = BackgroundGuard()
    try:
        (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
        guard.configure(tmp_path / "mkdocs.yml")
        guard.check_page_source(None, "en/a.md", None, "en")   # no text at all: a bug in a hook
        with pytest.raises(RuntimeError, match=r"PII guard failed in check_page_source:\n.*Traceback"):
            guard.report()
        assert guard.report() == ([], [])          # raised once; the process goes on
    finally:
        guard.close()


@needs_fork
def test_an_invalid_allowlist_is_the_same_one_line_error(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "pii-allowlist.yml").write_text("entries:\n  - value: Jane Roe\n", encoding="utf-8")
    with pytest.raises(GuardError) as in_process:
        BuildGuard().configure(tmp_path / "mkdocs.yml")
    guard = BackgroundGuard()
    try:
        with pytest.raises(GuardError) as beside:
            guard.configure(tmp_path / "mkdocs.yml")
    finally:
        guard.close()
    assert str(beside.value) == str(in_process.value) and "reason" in str(beside.value)


@needs_fork
def test_a_guard_process_that_died_is_a_clear_error_not_a_pass(tmp_path):
    guard = BackgroundGuard()
    guard._process.kill()
    guard._process.join()
    with pytest.raises(GuardError, match=r"the PII guard's process stopped \(exit code -9\).*nothing was checked"):
        guard.report()
    guard.close()


def test_when_the_guard_runs_beside_the_build(monkeypatch):
    monkeypatch.setattr(background.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.delenv("PII_GUARD_PROCESS", raising=False)
    assert run_beside_build(serving=False) is ("fork" in multiprocessing.get_all_start_methods())
    assert run_beside_build(serving=True) is False        # a page's banner needs its findings first
    monkeypatch.setenv("PII_GUARD_PROCESS", "off")
    assert run_beside_build(serving=False) is False
    monkeypatch.setenv("PII_GUARD_PROCESS", "auto")
    monkeypatch.setattr(background.os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    assert run_beside_build(serving=False) is False       # one core: a second process only adds copying


def test_without_a_working_guard_process_the_build_reads_in_its_own(monkeypatch):
    monkeypatch.setattr(background, "run_beside_build", lambda serving: True)

    def no_semaphores():
        raise OSError("sem_open: function not implemented")
    monkeypatch.setattr(background, "BackgroundGuard", no_semaphores)
    guard = new_build_guard(serving=False)
    assert isinstance(guard, BuildGuard) and guard.serving is False
    assert new_build_guard(serving=True).serving is True
