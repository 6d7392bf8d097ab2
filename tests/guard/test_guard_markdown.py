"""Every hiding place of a Markdown file is scanned, and located at the ORIGINAL line and column.

Framework tests: stand-in detectors (fakes.py) find `+<digits>` phones, emails, the surname
Hnatiuk/Гнатюк, "D March YYYY" dates and "NN years old" ages. All details are fictional.
"""
import pytest

from pii_guard import allowlist
from pii_guard.model import GuardError
from pii_guard.scan import scan_markdown_text
from pii_guard.sources import textview

from fakes import fake_registry, recording_registry

PHONE = "+380 67 123 45 67"

# (hiding place, Markdown, expected (line, column) of the finding, kind)
HIDING_PLACES = [
    ("front matter value", f"---\ntitle: Call {PHONE}\n---\n\nText.\n", (2, 13), "phone"),
    ("front matter list", f"---\ntags:\n  - x\n  - {PHONE}\n---\nText.\n", (4, 5), "phone"),
    ("HTML comment", f"Intro.\n\n<!-- reach her at {PHONE} -->\n", (3, 19), "phone"),
    ("multi-line HTML comment", f"<!--\nnote:\n  {PHONE}\n-->\n", (3, 3), "phone"),
    ("link text", f"See [{PHONE}](https://example.org/).\n", (1, 6), "phone"),
    ("link URL", "See [her](tel:+380671234567).\n", (1, 15), "phone"),
    ("URL-encoded link", "See [her](https://example.org/?p=%2B380%2067%20123%2045%2067).\n", (1, 34), "phone"),
    ("mailto URL-encoded @", "[write](mailto:olena.k%40example.net)\n", (1, 16), "email"),
    ("image alt text", f"![Photo, call {PHONE}](img.png)\n", (1, 15), "phone"),
    ("image title", f'![Photo](img.png "{PHONE}")\n', (1, 19), "phone"),
    ("code span", f"Number: `{PHONE}`.\n", (1, 10), "phone"),
    ("fenced code block", f"```text\nphone = {PHONE}\n```\n", (2, 9), "phone"),
    ("indented code block", f"Para.\n\n    {PHONE}\n", (3, 5), "phone"),
    ("table cell", f"| who | phone |\n|---|---|\n| A | {PHONE} |\n", (3, 7), "phone"),
    ("raw HTML attribute", f'<span title="{PHONE}">x</span>\n', (1, 14), "phone"),
    ("HTML entity", "Call &#43;380 67 123 45 67 now.\n", (1, 6), "phone"),
    ("named entities", "Mail olena.k&commat;example.net\n", (1, 6), "email"),
    ("backslash escapes", "Call \\+380 67 123 45 67\n", (1, 6), "phone"),
    ("emphasis inside", "Call +380 **67** 123 45 67\n", (1, 6), "phone"),
    ("emphasis split name", "Her name was Hnat**iuk**.\n", (1, 14), "person_name"),
    ("underscore emphasis", "Her name was _Hnatiuk_.\n", (1, 15), "person_name"),
    ("inline tag split", "Her name was Hnat<b>iuk</b>.\n", (1, 14), "person_name"),
    ("zero-width space", "Her name was Hnat\u200biuk.\n", (1, 14), "person_name"),
    ("soft hyphen entity", "Her name was Hnat&shy;iuk.\n", (1, 14), "person_name"),
    ("admonition", f'!!! note "Contact"\n    Call {PHONE}\n', (2, 10), "phone"),
    ("footnote", f"Text[^1].\n\n[^1]: {PHONE}\n", (3, 7), "phone"),
    ("reference link definition", "[x]: mailto:olena.k@example.net\n", (1, 13), "email"),
    ("Cyrillic name", "Розповідь пані Гнатюк.\n", (1, 16), "person_name"),
]


@pytest.mark.parametrize("place,text,where,kind", HIDING_PLACES, ids=[c[0] for c in HIDING_PLACES])
def test_each_hiding_place_is_found_at_its_original_position(place, text, where, kind):
    findings = scan_markdown_text(text, "docs/en/page.md", registry=fake_registry())
    assert [(f.line, f.column, f.kind) for f in findings] == [(*where, kind)]
    for f in findings:
        assert "123 45 67" not in f.masked and "olena.k" not in f.masked and "Hnatiuk" not in f.masked


def test_pseudonyms_list_is_not_a_finding_and_pseudonyms_pass_in_text():
    text = "---\npseudonyms:\n  - Hnatiuk\ntitle: A story\n---\nHnatiuk told us. Гнатюк did not.\n"
    findings = scan_markdown_text(text, "docs/en/testimonies/a.md", registry=fake_registry())
    assert [(f.line, f.column) for f in findings] == [(6, 18)]


@pytest.mark.parametrize("path,front,expected", [
    ("docs/en/testimonies/a.md", "", {"exact_date", "age"}),
    ("docs/uk/testimonies/sub/a.md", "", {"exact_date", "age"}),
    ("docs/en/news/a.md", "type: testimony\n", {"exact_date", "age"}),
    ("docs/en/news/a.md", "", set()),
    ("docs/en/testimonies-archive/a.md", "", set()),
])
def test_testimony_rules_apply_only_to_testimonies(path, front, expected):
    text = f"---\ntitle: x\n{front}---\nBorn 12 March 1985, she is 38 years old.\n"
    kinds = {f.kind for f in scan_markdown_text(text, path, registry=fake_registry())}
    assert kinds == expected


@pytest.mark.parametrize("front,line", [
    ("title: [unclosed\n", 2),
    ("title: ok\nsummary: : : bad\n  indent: x\n", 3),
    ("title: ok\npseudonyms: 5\n", 2),
])
def test_invalid_front_matter_is_an_error_naming_file_and_line(front, line):
    text = f"---\n{front}---\nBody.\n"
    with pytest.raises(GuardError) as err:
        scan_markdown_text(text, "docs/en/page.md", registry=fake_registry())
    message = str(err.value)
    assert message.startswith(f"docs/en/page.md:{line}: ")
    assert "\n" not in message


def test_allowlisted_contact_passes_but_private_one_does_not(tmp_path):
    listed = allowlist.Allowlist.of([allowlist.Entry("info@example.org", "email", "org", "src")])
    text = "Write to info@example.org or to olena.k@example.org.\n"
    findings = scan_markdown_text(text, "docs/en/a.md", allow=listed, registry=fake_registry())
    assert [(f.column, f.kind) for f in findings] == [(33, "email")]


def test_view_reports_an_identifier_spread_over_entities_once():
    findings = scan_markdown_text("Call &#43;&#51;80 67 123 45 67.\n", "a.md", registry=fake_registry())
    assert len(findings) == 1 and findings[0].masked.startswith("+380")


@pytest.mark.parametrize("markdown, view", [
    ("snake_case and __init__ and a__b and _x_", "snake_case and init and ab and x"),
    ("Pet**ren**ko, Pet<B>ren</b>ko, Pet`ren`ko, ~~Pet~~renko", "Petrenko, Petrenko, Petrenko, Petrenko"),
    # asterisks between two digits hide a card's middle digits: not emphasis; bold digits are
    ("to card 5168**8172, **123** and *7*", "to card 5168**8172, 123 and 7"),
    ("&#43;380\\-67 olena%40mail.com a&amp;b &nosuch; 5%", "+380-67 olena@mail.com a&b &nosuch; 5%"),
    ("Ole\u200bna Pet\u00adrenko", "Olena Petrenko"),
    # OCR: the letters О and З among digits are 0 and 3; elsewhere they stay letters (a word
    # with other letters in it is a word: "H2O")
    ("номер: О67 2З1 44 О8, (О44) 5З9-О2-17, 2О.О3.2О24; Олена, H2O, О 5",
     "номер: 067 231 44 08, (044) 539-02-17, 20.03.2024; Олена, H2O, О 5"),
    # a block quote's markers: the quoted sentence reads on across its lines; an arrow stays
    ("> Мені\n> шістдесят сім\n>\n> > Olena\n  > Petrenko -> x", "Мені\nшістдесят сім\n\nOlena\n  Petrenko -> x"),
])
def test_view_undoes_what_splits_an_identifier_and_keeps_the_rest(markdown, view):
    built = textview.build(markdown)
    assert built.text == view
    # every character of the view points back into the file
    assert all(markdown[built.starts[i]:built.ends[i]] == ch for i, ch in enumerate(view) if ch.isalpha())


def test_each_front_matter_field_is_read_on_its_own_and_found_at_its_line():
    registry, calls = recording_registry()
    text = (f"---\nid: T-1\ntype: testimony\nsummary: >-\n  Reached at\n  {PHONE}\ngroups: [pow]\n---\n"
            "Body.\n")
    findings = scan_markdown_text(text, "docs/en/testimonies/a.md", registry=registry)
    assert [(f.line, f.column, f.kind) for f in findings] == [(6, 3, "phone")]
    # one piece per field (a folded value stays whole), the body on its own
    assert calls == ["---\nid: T-1", "type: testimony", f"summary: >-\n  Reached at\n  {PHONE}",
                     "groups: [pow]", "---", "Body.\n"]
    # the next page shares its `type:` and `groups:` lines: they are not read again
    calls.clear()
    scan_markdown_text(text.replace("T-1", "T-2"), "docs/en/testimonies/b.md", registry=registry)
    assert calls == ["---\nid: T-2"]


def test_values_listed_with_middle_dots_are_read_one_by_one_and_still_found():
    registry, asked = recording_registry()
    text = f"T-0007 · Prisoner of war · {PHONE} · Hnatiuk family\n"
    findings = scan_markdown_text(text, "docs/en/page.md", registry=registry)
    assert asked == ["T-0007", "Prisoner of war", PHONE, "Hnatiuk family\n"]
    assert [(f.line, f.column, f.kind) for f in findings] == [(1, 28, "phone"), (1, 48, "person_name")]


def test_a_sentence_quoted_over_several_lines_is_read_as_one():
    from pii_guard.registry import default_registry
    text = "---\ntype: testimony\n---\n\n> Це мама Сашка. Мені\n> шістдесят сім, я погано чую.\n"
    findings = scan_markdown_text(text, "docs/uk/testimonies/t.md", registry=default_registry())
    assert [(f.line, f.kind) for f in findings if f.kind == "age"] == [(5, "age")]


def test_an_ocr_s_lookalike_letters_are_read_as_what_they_stand_for():
    """OCR and keyboards: a Latin i inside a Cyrillic word, l and O among digits."""
    view = textview.build("Мiй брат Свiтланi. +38O 5O 712 33 4l, l4.11.2024; ID, iPhone, Ол.\n", markdown=True)
    assert view.text == "Мій брат Світлані. +380 50 712 33 41, 14.11.2024; ID, iPhone, Ол.\n"
    assert len(view.text) == len(view.starts)


@pytest.mark.parametrize("scanned, read", [
    # a number made of digits and look-alike letters only, however many letters stand together
    ("O5.ll.l999, 3б4б897579, l999ll05-259lO, O67 4lS 88 2O",
     "05.11.1999, 3646897579, 19991105-25910, 067 415 88 20"),
    ("АС ЗO5l72, +38O (99) lб3-2O-57", "АС 305172, +380 (99) 163-20-57"),
    # a group of look-alikes alone between groups of digits; not between words
    ("+7 978 Оl5 ЗЗ 2l, Room IO 14", "+7 978 015 33 21, Room IO 14"),
    # words: a detention centre, a house's letter, a Russian plate, a court's own letters
    ("SIZO-2, буд. 12б, О417КР 15, 61OS0000-01-2024-000388-17, H2O 5",
     "SIZO-2, буд. 12б, О417КР 15, 61OS0000-01-2024-000388-17, H2O 5"),
])
def test_a_scanned_number_is_read_whole(scanned, read):
    assert textview.build(scanned + "\n", markdown=True).text == read + "\n"


@pytest.mark.parametrize("bullet", ["*", "-", "+"])
def test_a_list_s_star_bullet_is_a_list_item_not_emphasis(bullet):
    """«* **Name** — 27, town»: the age of a list of people needs the item's bullet, and a "*"
    bullet is not an emphasis marker to drop."""
    from pii_guard.registry import default_registry
    text = (f"---\ntype: testimony\n---\n\n{bullet} **Богдан Кравец** — 27, Каменка, дальнобойщик.\n"
            f"{bullet} **Дед Гриша** — 74 года (!!), Васильевка.\n")
    findings = scan_markdown_text(text, "docs/ru/testimonies/t.md", registry=default_registry())
    assert [(f.line, f.kind) for f in findings if f.kind == "age"] == [(5, "age"), (6, "age")]
    assert textview.build("* **x** and *y*\n", markdown=True).text == "* x and y\n"


@pytest.mark.parametrize("answer,ages", [
    ("**Інтерв'юерка:** Скільки вам тоді було?\n\n**Респондентка:** Тридцять. Я 19 грудня народилася.",
     ["Тридцять"]),
    ("Q: How old was he then?\n\nA: Fifty-eight. No, wait, fifty-nine, his birthday had passed.",
     ["Fifty-eight", "fifty-nine"]),
    # a correction further in the answer, before «було»
    ("— Скільки йому було?\n\n— Сорок сім. Ні, стривайте, сорок сім йому виповнилося вже там, у полоні, в липні. "
     "Отже сорок шість було, коли забрали.", ["Сорок сім", "сорок сім йому виповнилося", "сорок шість"]),
    # a question about something else: no age
    ("Q: How many were in the cell?\n\nA: Twelve. Then fifteen.", []),
])
def test_the_answer_to_a_question_about_age_is_an_age(answer, ages):
    from pii_guard.registry import default_registry
    from pii_guard.sources import markdown
    text = "---\ntype: testimony\n---\n\n" + answer + "\n"
    _, hits = markdown.scan_text(text, "docs/uk/testimonies/t.md", default_registry())
    assert [h.value for h in sorted(hits, key=lambda h: h.start) if h.kind == "age"] == ages
    # outside a testimony the same answer is no finding
    _, hits = markdown.scan_text(text.replace("type: testimony", "type: page"), "docs/uk/about.md",
                                 default_registry())
    assert [h for h in hits if h.kind == "age"] == []
