"""Paginated listings: all reports of a language, and the reports of each category.

Paths are relative to a language's docs folder, as Markdown sources:
  reports/index.md                        page 1 of all reports (a real, translated file)
  reports/page/<n>/index.md               further pages (generated)
  reports/category/<slug>/index.md        page 1 of a category (generated)
  reports/category/<slug>/page/<n>/index.md
"""
from __future__ import annotations

from dataclasses import dataclass

PER_PAGE = 10
INDEX = "reports/index.md"


@dataclass
class ListingPage:
    category: str | None          # None: all reports
    number: int                   # 1-based
    reports: list                 # the reports shown on this page, newest first
    paths: list[str]              # source paths of every page of this listing, in order

    @property
    def path(self) -> str:
        return self.paths[self.number - 1]

    @property
    def pages(self) -> int:
        return len(self.paths)


def newest_first(reports: list) -> list:
    return sorted(reports, key=lambda r: (r.date, r.title), reverse=True)


def listing_path(category: str | None, number: int) -> str:
    base = "reports" if category is None else f"reports/category/{category}"
    return f"{base}/index.md" if number == 1 else f"{base}/page/{number}/index.md"


def paginate(reports: list, category: str | None, per_page: int = PER_PAGE) -> list[ListingPage]:
    """Pages of one listing; an empty listing still has its first page (it says so)."""
    ordered = newest_first(reports)
    chunks = [ordered[i:i + per_page] for i in range(0, len(ordered), per_page)] or [[]]
    paths = [listing_path(category, n) for n in range(1, len(chunks) + 1)]
    return [ListingPage(category, n, chunk, paths) for n, chunk in enumerate(chunks, start=1)]


def plan(reports: list, categories: list[str], per_page: int = PER_PAGE) -> list[ListingPage]:
    """Every listing page of one language: all reports, then each category of the vocabulary.

    Every category gets its page even when empty, so a category link never breaks.
    """
    pages = paginate(reports, None, per_page)
    for slug in categories:
        pages += paginate([r for r in reports if slug in r.categories], slug, per_page)
    return pages
