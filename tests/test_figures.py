"""Figures about people are written once (data/figures.yml), with a dated source, and every
published page in every language shows them only from there."""
from __future__ import annotations

from pathlib import Path

import pytest

from peoplefirst import figures
from peoplefirst.numbers import stray_numbers
from peoplefirst.page_text import page_content

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "uk", "ru", "fr", "es", "pt", "zh", "hi", "ar"]
FIGURES, SOURCES = figures.load()


def built_pages(site: Path):
    """(path relative to the site, language being built, parsed content) of every HTML page."""
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith(("assets/", "pagefind/")) or rel in ("404.html",):
            continue
        first = rel.split("/", 1)[0]
        build_lang = first if first in LANGUAGES else "en"
        yield rel, build_lang, page_content(path.read_text(encoding="utf-8"))


# --- the data file -----------------------------------------------------------------------

def test_every_source_names_a_date_and_where_to_read_it():
    assert SOURCES, "data/figures.yml defines no source"
    for source in SOURCES.values():
        assert figures.YEAR.search(source.date), f"{source.id}: date {source.date!r} names no year"
        assert source.title("en").strip(), f"{source.id}: no title"
        if source.page:
            assert (REPO / "docs" / "en" / source.page).is_file(), \
                f"{source.id}: page {source.page} does not exist under docs/en/"
        else:
            assert source.url.startswith("https://"), f"{source.id}: no page and no https url"


def test_every_figure_has_a_defined_source():
    for fig in FIGURES.values():
        assert fig.source in SOURCES, f"{fig.id}: unknown source {fig.source}"


@pytest.mark.parametrize("broken, message", [
    ("figures:\n  x:\n    value: 5\n    about: people\n    source: nowhere\n",
     r"figures.yml:\d+: figures.x: source 'nowhere' is not defined"),
    ("figures:\n  x:\n    value: many\n    about: people\n    source: s\n",
     r"figures.yml:\d+: figures.x: 'value' must be a whole number"),
])
def test_a_bad_figure_is_reported_with_file_line_and_field(tmp_path, broken, message):
    data = tmp_path / "figures.yml"
    data.write_text("sources:\n  s:\n    title: A source\n    date: '2025'\n    url: https://example.org/\n"
                    + broken, encoding="utf-8")
    with pytest.raises(figures.FigureError, match=message):
        figures.load(data)


def test_a_source_without_a_date_is_refused(tmp_path):
    data = tmp_path / "figures.yml"
    data.write_text("sources:\n  s:\n    title: A source\n    url: https://example.org/\n"
                    "figures:\n  x:\n    value: 5\n    about: people\n    source: s\n", encoding="utf-8")
    with pytest.raises(figures.FigureError, match=r"figures.yml:2: sources.s: 'date' must name"):
        figures.load(data)


def test_an_unknown_placeholder_names_the_page_and_line():
    with pytest.raises(figures.FigureError, match=r"docs/en/x.md:3: unknown figure 'nope'"):
        figures.render("a\nb\n{{ figure.nope }}\n", "en", FIGURES, SOURCES, where="docs/en/x.md")


def test_a_figure_is_shown_in_the_number_format_of_each_language():
    one = next(f for f in FIGURES.values() if f.value >= 1000)
    shown = {lang: figures.format_number(one.value, lang) for lang in LANGUAGES}
    assert shown["en"] == f"{one.value:,}"
    assert shown["uk"] != shown["en"], "Ukrainian groups digits with a space, not a comma"
    assert shown["ar"].isascii(), "Arabic pages use Western digits (peoplefirst/figures.py)"
    for lang, text in shown.items():
        assert int("".join(ch for ch in text if ch.isdigit())) == one.value, lang


def test_a_citation_links_to_the_page_reproducing_the_source():
    page_source = next(s for s in SOURCES.values() if s.page)
    cite = figures.citation(page_source, "en", "Source", "people/civilians.md")
    assert f"](../{page_source.page})" in cite and page_source.date in cite


# --- the rule that finds uncited numbers -------------------------------------------------

@pytest.mark.parametrize("lang, text, stray", [
    ("en", "At least 16,000 civilians are missing.", ["16,000"]),
    ("en", "Signed by 73 organisations.", ["73"]),
    ("en", "Article 9 and 60 people", ["60"]),
    ("en", "3-4 people were moved", ["3", "4"]),
    ("uk", "Понад 16 000 цивільних", ["16 000"]),
    ("ru", "не менее 16 000 человек", ["16 000"]),
    ("fr", "au moins 16 000 civils, article 49", ["16 000"]),
    ("zh", "至少16,000名平民", ["16,000"]),
    ("hi", "कम से कम 16,000 नागरिक", ["16,000"]),
    ("ar", "المادة 118 و 60 منظمة", ["60"]),
    ("ar", "١٦٠٠٠ مدني", ["١٦٠٠٠"]),
    # not counts: years, ordinals, dates, references, durations, identifiers
    ("en", "At its 42nd Congress in 2025; 12 August 1949; Article 118; Articles 109, 110 and 126; "
           "up to 16 hours; People1st; T-2026-0001; version 2.1", []),
    ("uk", "на 42-му конгресі у 2025 році, 12 серпня 1949 року, статті 109 і 110, до 16 годин", []),
    ("ru", "статья 118, статьи 34, 49 и 147, 12 августа 1949 года", []),
    ("zh", "第118条，2025年，3月", []),
    ("hi", "अनुच्छेद 118, 42वें सम्मेलन", []),
    ("ar", "المادة 118", []),
    (("en", "es"), "25 de noviembre de 2026 · 3 min de lectura", []),
    (("en", "ar"), "نُشر في 25 نوفمبر 2026 · وقت القراءة بالدقائق: 3", []),
])
def test_numbers_that_could_count_people_are_found(lang, text, stray):
    assert [n.text for n in stray_numbers(text, lang)] == stray


# --- the published site ------------------------------------------------------------------

def test_published_pages_show_no_number_outside_the_figures_data(site):
    problems = []
    for rel, build_lang, content in built_pages(site):
        # the language of the text (English on a fallback page) and of the interface around it
        langs = (content.lang.split("-")[0] or build_lang, build_lang)
        problems += [f"{rel}: {n.text!r} in “…{n.context}…”" for n in stray_numbers(content.text, langs)]
    assert not problems, ("numbers outside figures (write them in data/figures.yml and use "
                          "{{ figure.ID }}, or see peoplefirst/numbers.py):\n" + "\n".join(problems))


def test_every_figure_shown_comes_from_the_data_in_the_page_language(site):
    seen = 0
    for rel, build_lang, content in built_pages(site):
        for figure_id, source_id, shown in content.figures:
            seen += 1
            assert figure_id in FIGURES, f"{rel}: figure span '{figure_id}' is not in data/figures.yml"
            fig = FIGURES[figure_id]
            assert source_id == fig.source, f"{rel}: {figure_id} claims source {source_id}"
            assert shown == figures.format_number(fig.value, build_lang), \
                f"{rel}: {figure_id} shows {shown!r}, data says {fig.value} ({build_lang})"
    assert seen, "no figure on any published page: is the figures hook registered?"


def test_every_figure_is_cited_on_the_page_that_shows_it(site):
    for rel, _, content in built_pages(site):
        for figure_id, source_id, _ in content.figures:
            source = SOURCES[source_id]
            reproduced_here = source.page and rel.removesuffix("index.html").endswith(
                source.page.removesuffix(".md") + "/")
            assert source_id in content.cited_sources or reproduced_here, \
                f"{rel}: shows {figure_id} but does not cite {source_id} ({{{{ source.{source_id} }}}})"
