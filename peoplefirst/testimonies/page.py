"""What a testimony page shows around the text: the metadata panel with localized labels,
the content warning, the citation and the same testimony in other languages.

The template (overrides/partials/testimony.html) only lays this out.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from babel import Locale
from mkdocs.utils import get_relative_url

from .listing import format_month, format_period, listing_path
from .schema import Testimony, warnings_for
from .vocabularies import Vocabularies


@dataclass(frozen=True)
class Row:
    label: str
    html: str          # already escaped


@dataclass(frozen=True)
class TestimonyView:
    id: str
    title: str
    about: str
    rows: tuple[Row, ...]
    warning_label: str
    warning_text: str          # '' when there is nothing to warn about
    warning_open: str
    cite_heading: str
    citation: str
    permanent_url: str
    languages_heading: str
    languages: tuple[dict, ...]  # {lang, name, url, status}


def endonym(lang: str) -> str:
    name = Locale.parse(lang).get_display_name(lang) or lang
    return name[:1].upper() + name[1:]


def build_view(t: Testimony, *, vocab: Vocabularies, page_url: str, section_url_of, site_url: str,
               site_name: str, version: str, translations: dict[str, Testimony]) -> TestimonyView:
    """`section_url_of(lang)` is the URL of a language's testimonies section, e.g. 'uk/testimonies/'."""
    lang = t.lang
    ui = lambda key, **v: vocab.ui(key, lang, **v)  # noqa: E731
    section = section_url_of(lang)

    def facet_links(dimension: str, values, label_of) -> str:
        return ", ".join(
            f'<a href="{escape(get_relative_url(section + listing_path(dimension, v), page_url))}">'
            f"{escape(label_of(v))}</a>" for v in values)

    rows = [
        Row(ui("id"), f"<code>{escape(t.id)}</code>"),
        Row(ui("groups"), facet_links("group", t.groups, lambda v: vocab.groups.label(v, lang))),
        Row(ui("themes"), facet_links("theme", t.themes, lambda v: vocab.themes.label(v, lang))),
        Row(ui("region"), facet_links("region", t.regions, lambda v: vocab.regions.label(v, lang))),
        Row(ui("period"), escape(format_period(t.period, lang)) + " ("
            + facet_links("year", [str(y) for y in t.years], str) + ")"),
        Row(ui("original_language"), escape(vocab.language_name(t.original_language, lang))),
        Row(ui("translation"), escape(vocab.translation_status.label(t.translation, lang))),
        Row(ui("consent"), escape("; ".join(vocab.consent_scopes.label(s, lang) for s in t.consent_scopes))
            + " — " + escape(ui("consent_recorded", month=format_month(t.consent_recorded, lang)))),
        Row(ui("review"), escape(vocab.reviewer_roles.label(t.reviewer_role, lang)) + ", "
            + escape(format_month(t.review_month, lang))),
    ]
    if t.pseudonyms:
        rows.append(Row(ui("pseudonyms"), escape(", ".join(t.pseudonyms))))

    warned = warnings_for(t, vocab)
    warning_text = ui("content_warning_text", themes=", ".join(vocab.themes.label(w, lang) for w in warned)) if warned else ""

    permanent = site_url.rstrip("/") + "/" + page_url.lstrip("./") if site_url else page_url
    publisher = site_name if site_name.rstrip()[-1:] in ".!?" else f"{site_name}."
    citation = (f"{publisher} {ui('cite_testimony')} {t.id}, “{t.title}”. "
                f"{ui('cite_version')}: {version}. {permanent}")

    languages = tuple(
        {"lang": other, "name": endonym(other),
         "url": get_relative_url(section_url_of(other) + tr.slug + "/", page_url),
         "status": vocab.translation_status.label(tr.translation, lang)}
        for other, tr in sorted(translations.items()) if other != lang)

    return TestimonyView(
        id=t.id, title=t.title, about=ui("about"), rows=tuple(rows),
        warning_label=ui("content_warning"), warning_text=warning_text,
        warning_open=ui("content_warning_open"), cite_heading=ui("cite"), citation=citation,
        permanent_url=permanent, languages_heading=ui("other_languages"), languages=languages)
