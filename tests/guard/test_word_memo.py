"""The word-frequency answers kept on disk between runs (pii_guard/detectors/_word_memo.py)."""
import pytest

from pii_guard.detectors import names_lexicon
from pii_guard.detectors._word_memo import WordMemo

WORDS = [("free", None), ("todos", "es"), ("anna", "en"), ("elle", "fr"), ("taras", None), ("sofiia", "pt")]


@pytest.fixture
def memo_in(tmp_path, monkeypatch):
    def use(folder):
        memo = WordMemo(folder, "test")
        monkeypatch.setattr(names_lexicon, "_MEMO", memo)
        names_lexicon.word_frequency.cache_clear()
        return memo
    yield use
    names_lexicon.word_frequency.cache_clear()


def test_a_second_run_answers_from_the_file_without_loading_the_word_lists(tmp_path, memo_in, monkeypatch):
    first = memo_in(tmp_path)
    answers = [names_lexicon.word_frequency(w, lang) for w, lang in WORDS]
    assert answers == [names_lexicon._frequency(w, lang if lang != "en" else None) for w, lang in WORDS]
    first.save()
    assert first.path.is_file()

    memo_in(tmp_path)                      # a new run: same folder, nothing in memory

    def no_lists(*_):
        raise AssertionError("the word lists were loaded")
    monkeypatch.setattr(names_lexicon, "_counts", no_lists)
    monkeypatch.setattr(names_lexicon, "known_in", no_lists)
    assert [names_lexicon.word_frequency(w, lang) for w, lang in WORDS] == answers


def test_a_damaged_or_unwritable_cache_only_costs_time(tmp_path, memo_in):
    memo = memo_in(tmp_path)
    memo.path.write_text("{not json", encoding="utf-8")
    assert names_lexicon.word_frequency("free") == names_lexicon._frequency("free", None)
    memo.save()                            # replaced by a good file
    assert '"None:free"' in memo.path.read_text(encoding="utf-8")

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    unwritable = memo_in(blocked)
    assert names_lexicon.word_frequency("mark") == names_lexicon._frequency("mark", None)
    unwritable.save()                      # no error, no stray temporary file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file-not-folder", memo.path.name]


def test_the_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("PII_GUARD_CACHE", "off")
    memo = WordMemo.default()
    memo.put("es", "todos", 100_000)
    assert memo.path is None and memo.get("es", "todos") == 100_000
    memo.save()
