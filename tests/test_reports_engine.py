"""Reports engine without MkDocs: front matter rules, reading time, pagination, the Atom feed."""
from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

import pytest

from peoplefirst.reports import ReportError, feed, listing, metadata, reading_time, vocabulary

LANGS = ["en", "uk", "ru", "fr", "es", "pt", "zh", "hi", "ar"]
CATEGORIES = vocabulary.load(LANGS)

VALID = """---
title: A fictional report
date: 2026-11-25
categories: [advocacy, civilians]
authors: ["Fictional Organisation"]
summary: One sentence.
translation: original
---

# A fictional report

Body text.
"""


def parse(text):
    return metadata.parse(text, "docs/en/reports/x.md", CATEGORIES)


def test_valid_front_matter_is_read():
    report = parse(VALID)
    assert report.date == datetime.date(2026, 11, 25)
    assert report.categories == ["advocacy", "civilians"]
    assert report.authors == ["Fictional Organisation"]
    assert report.body.lstrip().startswith("# A fictional report")


# (what the contributor wrote, expected "file:line: field 'name'" prefix, words the message must hold)
BROKEN = [
    (VALID.replace("date: 2026-11-25\n", ""), "docs/en/reports/x.md:1: field 'date'", ["missing"]),
    (VALID.replace("date: 2026-11-25", "date: 25/11/2026"), "docs/en/reports/x.md:3: field 'date'", ["YYYY-MM-DD"]),
    (VALID.replace("date: 2026-11-25", "date: 2026-02-30"), "docs/en/reports/x.md:3: field 'date'", ["YYYY-MM-DD"]),
    (VALID.replace("categories: [advocacy, civilians]", "categories:\n  - advocacy\n  - torture"),
     "docs/en/reports/x.md:6: field 'categories'", ["unknown category 'torture'", "allowed values", "prisoners-of-war"]),
    (VALID.replace("categories: [advocacy, civilians]", "categories: advocacy"),
     "docs/en/reports/x.md:4: field 'categories'", ["expected a list"]),
    (VALID.replace("translation: original", "translation: machine"),
     "docs/en/reports/x.md:7: field 'translation'", ["original, draft, reviewed"]),
    (VALID.replace('authors: ["Fictional Organisation"]', "authors: []"),
     "docs/en/reports/x.md:5: field 'authors'", ["missing"]),
    (VALID.replace("summary: One sentence.", "summary: '{{ figure.x }} people'"),
     "docs/en/reports/x.md:6: field 'summary'", ["placeholders"]),
    (VALID.replace("title: A fictional report", "title: [unclosed"), "docs/en/reports/x.md:", ["invalid YAML"]),
    ("# No front matter\n", "docs/en/reports/x.md:1:", ["front matter", "date"]),
]


@pytest.mark.parametrize("text,prefix,words", BROKEN)
def test_broken_front_matter_names_file_line_and_field(text, prefix, words):
    with pytest.raises(ReportError) as caught:
        parse(text)
    message = str(caught.value)
    assert message.startswith(prefix), message
    for word in words:
        assert word in message, message
    assert "\n" not in message


def test_every_category_has_a_label_in_every_language():
    for category in CATEGORIES.values():
        assert set(LANGS) <= set(category.labels), category.slug
        assert len(set(category.labels[lang] for lang in ("en", "uk", "ru"))) == 3, category.slug


def test_category_without_a_label_is_refused(tmp_path):
    broken = tmp_path / "cats.yml"
    broken.write_text("categories:\n  advocacy:\n    en: Advocacy\n    uk: Адвокація\n", encoding="utf-8")
    with pytest.raises(ReportError, match=r"cats.yml:2: category 'advocacy': no label for ru"):
        vocabulary.load(["en", "uk", "ru"], broken)


def test_reading_time_grows_with_length_and_counts_chinese_characters():
    assert reading_time.minutes("word " * 10) == 1
    assert reading_time.minutes("word " * 1000) == 5
    assert reading_time.minutes("字" * 2000) == 5
    # links' targets, tags and placeholders are not read aloud
    assert reading_time.minutes("[a](https://example.org/" + "x/" * 5000 + ")") == 1


def _report(n, day, cats=("advocacy",)):
    return metadata.Report(f"r{n}.md", f"Report {n}", day, list(cats), ["Org"], "S", "original", "",
                           url=f"reports/r{n}/")


def test_pagination_splits_newest_first_and_keeps_an_empty_first_page():
    reports = [_report(n, datetime.date(2026, 1, 1) + datetime.timedelta(days=n)) for n in range(25)]
    pages = listing.paginate(reports, None, per_page=10)
    assert [len(p.reports) for p in pages] == [10, 10, 5]
    assert pages[0].reports[0].title == "Report 24"
    assert [p.path for p in pages] == ["reports/index.md", "reports/page/2/index.md", "reports/page/3/index.md"]
    empty = listing.paginate([], "children")
    assert len(empty) == 1 and empty[0].reports == [] and empty[0].path == "reports/category/children/index.md"


def test_plan_gives_every_category_a_page():
    pages = listing.plan([_report(1, datetime.date(2026, 1, 1))], list(CATEGORIES))
    assert {p.category for p in pages} == {None, *CATEGORIES}


def test_feed_is_well_formed_atom_with_absolute_links():
    reports = [_report(1, datetime.date(2026, 11, 25), ("advocacy", "civilians"))]
    reports[0].title = "Title with <markup> & quotes \""
    document = feed.atom(lang="uk", title="Звіти", listing_url="https://example.org/uk/reports/",
                         feed_url="https://example.org/uk/reports/feed.xml", publisher="PF",
                         reports=reports, category_labels={"advocacy": "Адвокація"},
                         site_url="https://example.org/")
    root = ET.fromstring(document)
    ns = {"a": feed.ATOM}
    assert root.tag == f"{{{feed.ATOM}}}feed"
    entry = root.find("a:entry", ns)
    assert entry.find("a:title", ns).text == reports[0].title
    assert entry.find("a:link", ns).get("href") == "https://example.org/reports/r1/"
    assert entry.find("a:published", ns).text == "2026-11-25T00:00:00Z"
    assert [c.get("term") for c in entry.findall("a:category", ns)] == ["advocacy", "civilians"]
