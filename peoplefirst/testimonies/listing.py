"""The collection as readers browse it: facets with counts, paginated listings, their HTML.

Everything here is static HTML that works without JavaScript: one page per facet value
(/testimonies/theme/torture/), 50 testimonies per page so that no page grows with the
collection (DESIGN §4: a page must stay small at 1,000 testimonies per language).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from babel.dates import format_interval, format_skeleton
from mkdocs.utils import get_relative_url

from .schema import Month, Testimony
from .vocabularies import Vocabularies

# 20 per page keeps a Cyrillic listing page, with the theme's chrome (~38 kB), under 60 kB.
PAGE_SIZE = 20
DIMENSIONS = ("group", "theme", "region", "year")
MARKER = "<!-- testimony-listing -->"
_UI_KEY = {"group": "group", "theme": "theme", "region": "region", "year": "year"}


@dataclass(frozen=True)
class Listing:
    """One static listing page: the whole collection or one facet value, one page of it."""
    lang: str
    dimension: str | None      # None: the whole collection
    value: str | None
    page: int
    pages: int
    items: tuple[Testimony, ...]
    total: int

    @property
    def path(self) -> str:
        """Path inside the section, '' for the section index: 'theme/torture/page/2/'."""
        return listing_path(self.dimension, self.value, self.page)


def listing_path(dimension: str | None, value: str | None, page: int = 1) -> str:
    base = f"{dimension}/{value}/" if dimension else ""
    return base if page == 1 else f"{base}page/{page}/"


def facet_values(testimonies: list[Testimony], dimension: str, vocab: Vocabularies) -> dict[str, list[Testimony]]:
    """Value -> its testimonies (collection order); values in vocabulary order, years newest first."""
    found: dict[str, list[Testimony]] = {}
    for t in testimonies:
        for value in _values(t, dimension):
            found.setdefault(value, []).append(t)
    if dimension == "year":
        order = sorted(found, reverse=True)
    else:
        order = [k for k in getattr(vocab, _VOCAB[dimension]).keys if k in found]
    return {value: found[value] for value in order}


_VOCAB = {"group": "groups", "theme": "themes", "region": "regions"}


def _values(t: Testimony, dimension: str) -> tuple[str, ...]:
    if dimension == "year":
        return tuple(str(y) for y in t.years)
    return {"group": t.groups, "theme": t.themes, "region": t.regions}[dimension]


def paginate(lang: str, dimension: str | None, value: str | None, testimonies: list[Testimony],
             size: int = PAGE_SIZE) -> list[Listing]:
    pages = max(1, -(-len(testimonies) // size))
    return [Listing(lang, dimension, value, n, pages, tuple(testimonies[(n - 1) * size: n * size]),
                    len(testimonies)) for n in range(1, pages + 1)]


def all_listings(testimonies: list[Testimony], lang: str, vocab: Vocabularies) -> list[Listing]:
    """Every listing page of one language: the index pages, then each facet value's pages."""
    listings = paginate(lang, None, None, testimonies)
    for dimension in DIMENSIONS:
        for value, items in facet_values(testimonies, dimension, vocab).items():
            listings += paginate(lang, dimension, value, items)
    return listings


def value_label(dimension: str, value: str, lang: str, vocab: Vocabularies) -> str:
    return value if dimension == "year" else getattr(vocab, _VOCAB[dimension]).label(value, lang)


@lru_cache(maxsize=20000)
def format_period(period: tuple[Month, Month], lang: str) -> str:
    """'March 2022 – January 2023' in the reader's language (CLDR), months only."""
    start, end = (dt.date(y, m, 1) for y, m in period)
    if start == end:
        return format_skeleton("yMMMM", start, locale=lang)
    return format_interval(start, end, "yMMMM", locale=lang)


@lru_cache(maxsize=None)
def format_month(month: Month, lang: str) -> str:
    return format_skeleton("yMMMM", dt.date(month[0], month[1], 1), locale=lang)


class Renderer:
    """HTML of listing pages for one language; links are relative to the page shown."""

    def __init__(self, lang: str, vocab: Vocabularies, section_url: str, testimonies: list[Testimony],
                 elsewhere: list[tuple[str, str, str, int]]):
        self.lang, self.vocab, self.section_url = lang, vocab, section_url
        self.testimonies = testimonies
        self.elsewhere = elsewhere  # (lang, endonym, section url, count) of other languages
        self.facets = {d: facet_values(testimonies, d, vocab) for d in DIMENSIONS}

    def ui(self, key: str, **values) -> str:
        return escape(self.vocab.ui(key, self.lang, **values))

    def url(self, rel: str) -> str:
        return self.section_url + rel

    def render(self, listing: Listing, page_url: str) -> str:
        link = lambda target: escape(get_relative_url(target, page_url))  # noqa: E731
        parts = [f'<div class="pf-testimonies" lang="{self.lang}" data-pagefind-ignore>']
        if not self.testimonies:
            parts.append(f'<p class="pf-testimonies__none">{self.ui("none")}</p>')
        else:
            parts.append(self._filters(listing, link))
            parts.append(self._list(listing, link))
            if listing.pages > 1:
                parts.append(self._pagination(listing, link))
        parts.append(self._elsewhere(link))
        parts.append("</div>")
        return "\n".join(p for p in parts if p)

    def _filters(self, listing: Listing, link) -> str:
        out = [f'<nav class="pf-testimony-filters" aria-labelledby="pf-filters-h">',
               f'<h2 id="pf-filters-h">{self.ui("filters")}</h2>',
               f'<p><a href="{link(self.url(""))}"'
               + (' aria-current="page"' if listing.dimension is None else "")
               + f'>{self.ui("all")}</a> ({len(self.testimonies)})</p>']
        for dimension in DIMENSIONS:
            values = self.facets[dimension]
            if not values:
                continue
            is_open = " open" if dimension in ("group", "theme") or dimension == listing.dimension else ""
            out.append(f'<details class="pf-facet"{is_open}><summary>{self.ui(_UI_KEY[dimension])}</summary><ul>')
            for value, items in values.items():
                current = ' aria-current="page"' if (dimension, value) == (listing.dimension, listing.value) else ""
                label = escape(value_label(dimension, value, self.lang, self.vocab))
                out.append(f'<li><a href="{link(self.url(listing_path(dimension, value)))}"{current}>{label}</a>'
                           f" ({len(items)})</li>")
            out.append("</ul></details>")
        out.append("</nav>")
        return "\n".join(out)

    def _list(self, listing: Listing, link) -> str:
        if listing.dimension:
            label = value_label(listing.dimension, listing.value, self.lang, self.vocab)
            heading = self.ui("filtered_by", dimension=self.vocab.ui(listing.dimension, self.lang), value=label)
        else:
            heading = self.ui("all")
        first = (listing.page - 1) * PAGE_SIZE + 1
        out = [f'<h2 id="pf-list-h">{heading}</h2>',
               f'<p class="pf-testimonies__count">{self.ui("count", count=listing.total)}'
               + (f' · {self.ui("page_of", page=listing.page, pages=listing.pages)}' if listing.pages > 1 else "")
               + "</p>",
               f'<ol class="pf-testimony-list" start="{first}" aria-labelledby="pf-list-h">']
        for t in listing.items:
            regions = ", ".join(self.vocab.regions.label(r, self.lang) for r in t.regions)
            groups = ", ".join(self.vocab.groups.label(g, self.lang) for g in t.groups)
            details = " · ".join((t.id, groups, regions, format_period(t.period, self.lang)))
            out.append(f'<li><a href="{link(self.url(t.slug + "/"))}">{escape(t.title)}</a>'
                       f'<br><small>{escape(details)}</small></li>')
        out.append("</ol>")
        return "\n".join(out)

    def _pagination(self, listing: Listing, link) -> str:
        def href(n: int) -> str:
            return link(self.url(listing_path(listing.dimension, listing.value, n)))
        shown = sorted({1, listing.pages, *range(max(1, listing.page - 2), min(listing.pages, listing.page + 2) + 1)})
        out = [f'<nav class="pf-pagination" aria-label="{self.ui("pagination")}"><ul>']
        if listing.page > 1:
            out.append(f'<li><a href="{href(listing.page - 1)}" rel="prev">{self.ui("previous")}</a></li>')
        previous = 0
        for n in shown:
            if n - previous > 1:
                out.append('<li aria-hidden="true">…</li>')
            if n == listing.page:
                out.append(f'<li><a href="{href(n)}" aria-current="page">{n}</a></li>')
            else:
                out.append(f'<li><a href="{href(n)}">{n}</a></li>')
            previous = n
        if listing.page < listing.pages:
            out.append(f'<li><a href="{href(listing.page + 1)}" rel="next">{self.ui("next")}</a></li>')
        out.append("</ul></nav>")
        return "\n".join(out)

    def _elsewhere(self, link) -> str:
        if not self.elsewhere:
            return ""
        items = " · ".join(
            f'<a href="{link(url)}" hreflang="{lang}" lang="{lang}">{escape(name)}</a> '
            f"({count})" for lang, name, url, count in self.elsewhere)
        return f'<p class="pf-testimonies__elsewhere">{self.ui("elsewhere")}: {items}</p>'
