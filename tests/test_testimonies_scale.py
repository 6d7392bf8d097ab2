"""1,000 synthetic testimonies per language in en, uk and ru: every page stays under 60 kB of
HTML and the index and every facet page list each testimony exactly once."""
from __future__ import annotations

import time

import pytest

from test_testimonies_build import LANGS, build_with_synthetic, check_index_and_facets

LIMIT = 60_000


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    started = time.monotonic()
    # Without the search hook: Pagefind's per-page indexing would dominate the time and is not
    # what this test checks (make bench measures it).
    project, site = build_with_synthetic(tmp_path_factory.mktemp("testimonies1000"), 1000, search=False)
    print(f"\nbuild with 1,000 testimonies per language: {time.monotonic() - started:.0f} s")
    return project, site


@pytest.mark.slow
def test_every_page_stays_under_60_kB(large):
    _, site = large
    sizes = {str(p.relative_to(site)): p.stat().st_size for p in site.rglob("*.html")}
    largest = max(sizes, key=sizes.get)
    print(f"\n{len(sizes)} HTML pages, largest {largest}: {sizes[largest]} bytes")
    assert len([p for p in sizes if "/t-0000-" in p]) >= 3000
    assert sizes[largest] < LIMIT, {p: s for p, s in sizes.items() if s >= LIMIT}


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_index_and_facets_list_every_testimony_exactly_once(large, lang):
    check_index_and_facets(*large, lang)
