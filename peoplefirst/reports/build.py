"""The reports section of one language build, in MkDocs terms (files, pages, templates).

Called by hooks/reports.py. It runs after the i18n plugin has chosen each page's file for the
language being built (a translation, or the English text as a fallback), so the reports it
finds are exactly those this language's site shows.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from babel.dates import format_date
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from peoplefirst.reports import ReportError, feed, listing, metadata, reading_time, vocabulary
from peoplefirst.reports.listing import INDEX, ListingPage

PREFIX = "reports/"
FEED = "reports/feed.xml"


def norm_uri(file: File) -> str:
    """Path of a file inside its language folder (the i18n plugin records it)."""
    return getattr(file, "norm_src_uri", file.src_uri)


def dest_of(path: str) -> str:
    return path[: -len(".md")] + ".html"


@dataclass
class LanguageReports:
    """What one language's build knows about its reports, keyed by page URL."""
    lang: str
    prefix: str                                     # '' for the default language, else 'uk/'
    reports: list = field(default_factory=list)     # newest first
    reports_by_url: dict = field(default_factory=dict)
    listings_by_url: dict = field(default_factory=dict)
    url_of: dict = field(default_factory=dict)      # listing source path -> URL
    categories: dict = field(default_factory=dict)  # slug -> vocabulary.Category


def collect(files: Files, config, lang: str, default_lang: str, languages: list[str],
            categories: dict, ui: dict, per_page: int = listing.PER_PAGE) -> LanguageReports:
    """Validate every report of this language build and add its listing pages to `files`."""
    state = LanguageReports(lang, "" if lang == default_lang else f"{lang}/", categories=categories)
    index_file = None
    for file in files.documentation_pages():
        path = norm_uri(file)
        if path == INDEX:
            index_file = file
        elif path.startswith(PREFIX) and path.endswith(".md"):
            report = metadata.parse(file.content_string, f"docs/{file.src_uri}", categories)
            report.lang = getattr(file, "locale", None) or lang
            report.url = file.url
            report.reading_minutes = reading_time.minutes(report.body)
            file.inclusion = InclusionLevel.NOT_IN_NAV   # reached from the listings, not the nav
            state.reports.append(report)
            state.reports_by_url[file.url] = report
    state.reports = listing.newest_first(state.reports)

    for page in listing.plan(state.reports, list(categories), per_page):
        if page.path == INDEX and index_file is not None:
            url = index_file.url
        else:
            title = page_title(page, ui, categories, lang)
            generated = _generated_page(page, title, config, state, languages, default_lang)
            files.append(generated)
            url = generated.url
        state.url_of[page.path] = url
        state.listings_by_url[url] = page
    return state


def _generated_page(page: ListingPage, title: str, config, state: LanguageReports, languages,
                    default_lang) -> File:
    # Material writes the title as the page's <h1>; the listing itself comes from the template.
    # Out of search: these pages only repeat the reports' titles and summaries.
    content = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsearch:\n  exclude: true\n---\n"
    file = File.generated(config, f"{state.lang}/{page.path}", content=content,
                          inclusion=InclusionLevel.NOT_IN_NAV)
    file.dest_uri = state.prefix + dest_of(page.path)
    # What the i18n plugin records on its own files: language, and the same page in other languages.
    file.locale = file.localization = file.locale_alternate_of = state.lang
    file.norm_src_uri = page.path
    file.alternates = {
        other: File(f"{other}/{page.path}", None, config.site_dir, config.use_directory_urls,
                    dest_uri=("" if other == default_lang else f"{other}/") + dest_of(page.path))
        for other in languages
    }
    file.alternates[state.lang] = file
    return file


def page_title(page: ListingPage, ui: dict, categories: dict, lang: str) -> str:
    title = (ui["reports_category_title"].format(category=categories[page.category].label(lang))
             if page.category else ui["reports_title"])
    if page.number > 1:
        title = ui["reports_page_title"].format(title=title, page=page.number, pages=page.pages)
    return title


def _date_text(day, lang: str) -> str:
    return format_date(day, "long", locale=lang)


def _report_view(report, here: str, state: LanguageReports, ui: dict, categories: dict) -> dict:
    lang = state.lang
    return {
        "title": report.title,
        "url": get_relative_url(report.url, here),
        "date": report.date.isoformat(),
        "date_text": _date_text(report.date, lang),
        "summary": report.summary,
        "authors": report.authors,
        "reading": ui["reports_reading_time"].format(minutes=report.reading_minutes),
        "lang": report.lang,
        "fallback": report.lang != lang,
        "draft": report.translation == "draft",
        "categories": [
            {"label": categories[slug].label(lang),
             "url": get_relative_url(state.url_of[listing.listing_path(slug, 1)], here)}
            for slug in report.categories
        ],
    }


def meta_context(page_url: str, state: LanguageReports, ui: dict, categories: dict) -> dict:
    report = state.reports_by_url[page_url]
    return {"ui": ui, "lang": state.lang,
            "report": _report_view(report, page_url, state, ui, categories),
            "all_reports_url": get_relative_url(state.url_of[INDEX], page_url)}


def listing_context(page_url: str, state: LanguageReports, ui: dict, categories: dict) -> dict:
    page = state.listings_by_url[page_url]
    here = page_url

    def link(path: str) -> str:
        return get_relative_url(state.url_of[path], here)

    return {
        "ui": ui,
        "lang": state.lang,
        "generated": page.path != INDEX,
        "reports": [_report_view(r, here, state, ui, categories) for r in page.reports],
        "page": page.number,
        "pages": [{"number": n, "url": link(path), "current": n == page.number}
                  for n, path in enumerate(page.paths, start=1)],
        "newer_url": link(page.paths[page.number - 2]) if page.number > 1 else None,
        "older_url": link(page.paths[page.number]) if page.number < page.pages else None,
        "all_reports_url": link(INDEX),
        "category": page.category,
        "categories": [{"label": c.label(state.lang), "url": link(listing.listing_path(slug, 1)),
                        "current": slug == page.category}
                       for slug, c in categories.items()],
        "feed_url": get_relative_url(state.prefix + FEED, here),
    }


def insert_after_heading(html: str, block: str) -> str:
    """Put `block` right after the page's first <h1> (or first, if the page has none)."""
    end = html.find("</h1>")
    if end < 0:
        return block + html
    end += len("</h1>")
    return html[:end] + block + html[end:]


def write_feed(state: LanguageReports, config, ui: dict, categories: dict) -> Path:
    site_url = config.site_url
    if not site_url:
        raise ReportError("mkdocs.yml:1: field 'site_url': required for the reports feed "
                          "(its links must be absolute)")
    site_url = site_url.rstrip("/") + "/"
    document = feed.atom(
        lang=state.lang,
        title=ui["reports_feed_title"],
        listing_url=site_url + state.url_of[INDEX],
        feed_url=site_url + state.prefix + FEED,
        publisher=config.site_name,
        reports=state.reports,
        category_labels={slug: c.label(state.lang) for slug, c in categories.items()},
        site_url=site_url,
    )
    target = Path(config.site_dir) / state.prefix / FEED
    os.makedirs(target.parent, exist_ok=True)
    target.write_bytes(document)
    return target


def load_categories(languages: list[str]) -> dict:
    return vocabulary.load(languages)
