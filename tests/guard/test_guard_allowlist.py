"""The allowlist: reviewed entries only, each with a reason and a source."""
from pathlib import Path

import pytest

from pii_guard import allowlist
from pii_guard.model import GuardError

REPO = Path(__file__).resolve().parents[2]


def _write(tmp_path, body):
    path = tmp_path / "data" / "pii-allowlist.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("entry,missing", [
    ("  - value: Petro Fictional\n    kind: person_name\n    source: https://example.org/\n", "reason"),
    ("  - value: Petro Fictional\n    kind: person_name\n    reason: public\n", "source"),
    ("  - value: Petro Fictional\n    kind: person_name\n    reason: ''\n    source: x\n", "reason"),
    ("  - kind: email\n    reason: r\n    source: s\n", "value"),
])
def test_an_entry_without_reason_or_source_is_rejected_by_name(tmp_path, entry, missing):
    path = _write(tmp_path, "entries:\n" + entry)
    with pytest.raises(GuardError) as err:
        allowlist.load(path)
    message = str(err.value)
    assert str(path) in message and "entry 1" in message and f"'{missing}'" in message
    assert "\n" not in message


def test_unknown_kind_and_bad_yaml_are_rejected(tmp_path):
    with pytest.raises(GuardError, match="unknown kind"):
        allowlist.load(_write(tmp_path, "entries:\n  - {value: x, kind: shoe, reason: r, source: s}\n"))
    with pytest.raises(GuardError, match=r"pii-allowlist.yml:2: invalid YAML"):
        allowlist.load(_write(tmp_path, "entries:\n  - [unclosed\n"))


def test_the_repository_allowlist_names_the_campaign_people_with_reasons():
    listed = allowlist.load(REPO / "data" / "pii-allowlist.yml")
    for value in ("Oleksandra Matviichuk", "Олександра Матвійчук", "Oleg Orlov", "Олег Орлов",
                  "Vladimir Putin", "Путін", "Путин", "Trump", "Трамп", "info@people1st.org"):
        assert value in listed.values
    assert all(e.reason and e.source for e in listed.entries)
    header = (REPO / "data" / "pii-allowlist.yml").read_text(encoding="utf-8").split("entries:")[0]
    assert "Review process" in header and "NEVER a survivor" in header


@pytest.mark.parametrize("language,text", [
    ("ru", "Супруга обращалась к Уполномоченному Татьяне Москальковой; ответа нет."),
    ("uk", "Ми писали Дмитру Лубінцю і омбудсмену Лубінцю ще раз."),
    ("en", "She wrote to Dmytro Lubinets and to Tatiana Moskalkova."),
])
def test_the_ombudspersons_families_write_to_pass_in_a_testimony(language, text):
    from pii_guard.registry import default_registry
    from pii_guard.model import ScanContext
    listed = allowlist.load(REPO / "data" / "pii-allowlist.yml")
    ctx = ScanContext(language=language, testimony=True, allowed=frozenset(listed.values))
    assert default_registry().detect(text, ctx) == []


def test_found_from_any_folder_inside_the_repository(tmp_path):
    _write(tmp_path, "entries:\n  - {value: a@b.org, kind: email, reason: r, source: s}\n")
    deep = tmp_path / "docs" / "en" / "testimonies"
    deep.mkdir(parents=True)
    assert allowlist.discover(deep).values == {"a@b.org"}
    assert allowlist.discover(deep / "page.md").values == {"a@b.org"}
