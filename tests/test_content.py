"""The campaign's English content: every page exists, builds in every language, links resolve,
quotations come from the documents, and nothing presents an invented figure or testimony."""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from peoplefirst import figures
from peoplefirst.numbers import stray_numbers
from peoplefirst.page_text import page_content
from peoplefirst.translation_status import FRONT_MATTER, _TolerantLoader, configured_languages

from conftest import LANGUAGES, page_path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SOURCES = REPO / "data" / "sources"  # copies of the campaign's original documents

CORE = ["index.md", "demands/index.md", "demands/priority-groups.md", "campaign/index.md",
        "campaign/open-letter.md", "campaign/fidh-resolution.md", "take-action/index.md",
        "take-action/summary.md", "about/index.md"]
PAGES = CORE + [
    "people/index.md", "people/civilians.md", "people/prisoners-of-war.md",
    "people/deported-children.md", "people/convicts-and-patients.md",
    "people/political-prisoners.md", "about/glossary.md", "about/methodology.md",
    "about/privacy.md", "about/takedown.md", "about/accessibility.md", "about/access.md",
]
DOCUMENTS = {"campaign/open-letter.md": "open-letter.txt",
             "campaign/fidh-resolution.md": "fidh-resolution.txt"}


def front_matter(path: Path) -> dict:
    match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    return (yaml.safe_load(match.group(1) or "") if match else None) or {}


def built(site: Path, lang: str, page: str) -> Path:
    rel = "" if page == "index.md" else page.removesuffix(".md").removesuffix("/index") + "/"
    return page_path(site, lang, rel)


def nav_pages(items) -> list[str]:
    found = []
    for item in items:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                found += nav_pages(value) if isinstance(value, list) else [value]
    return found


# --- sources: the pages exist, say what they are, and are in the navigation ----------------

@pytest.mark.parametrize("page", PAGES)
def test_page_exists_in_english_as_an_original(page):
    path = DOCS / "en" / page
    assert path.is_file(), f"docs/en/{page} is missing"
    meta = front_matter(path)
    assert meta.get("translation") == "original", f"docs/en/{page}: translation: original"
    text = path.read_text(encoding="utf-8")
    assert re.search(r"^# \S", text, re.M), f"docs/en/{page}: no H1 (the page title in the nav)"


@pytest.mark.parametrize("page", CORE)
def test_core_page_has_a_description(page):
    description = front_matter(DOCS / "en" / page).get("description", "")
    assert 50 <= len(description) <= 300, f"docs/en/{page}: description of 50–300 characters"


def test_every_page_is_in_the_navigation():
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)
    listed = nav_pages(config["nav"])
    missing = [p for p in PAGES if p not in listed]
    assert not missing, f"not in mkdocs.yml nav: {missing}"
    for page in listed:
        assert (DOCS / "en" / page).is_file(), f"nav lists {page}, which docs/en/ does not have"


def test_every_language_translates_every_section_title():
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)
    sections = [next(iter(item)) for item in config["nav"] if isinstance(item, dict)]
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    for language in i18n["languages"]:
        if language.get("default"):
            continue
        table = language.get("nav_translations") or {}
        untranslated = [s for s in sections if not table.get(s)]
        assert not untranslated, f"{language['locale']}: no nav_translations for {untranslated}"
    assert configured_languages(REPO / "mkdocs.yml") == LANGUAGES


# --- the built site ------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_published_in_every_language(site, lang):
    missing = [p for p in PAGES if not built(site, lang, p).is_file()]
    assert not missing, f"/{lang}/: not built: {missing}"


def test_section_titles_are_shown_in_the_reader_language(site):
    tabs = re.findall(r'md-tabs__link">\s*(.*?)\s*</a>', built(site, "uk", "index.md").read_text("utf-8"), re.S)
    assert "Вимоги" in tabs and "Demands" not in tabs, tabs


def test_links_between_pages_resolve(site):
    broken = []
    ids_cache: dict[Path, set[str]] = {}
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        article = re.search(r'<article class="md-content__inner.*?</article>', text, re.S)
        for href in re.findall(r'href="([^"]+)"', article.group(0) if article else ""):
            href = html.unescape(href)
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("//"):
                continue
            if not parts.path:
                target = page
            elif parts.path.startswith("/"):       # root-relative (the 404 page's links)
                target = site / unquote(parts.path).lstrip("/")
            else:
                target = page.parent / unquote(parts.path)
            if target.is_dir() or parts.path.endswith("/"):
                target = target / "index.html"
            target = target.resolve()
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {href}")
                continue
            if parts.fragment and target.suffix == ".html":
                if target not in ids_cache:
                    ids_cache[target] = set(re.findall(r'\bid="([^"]+)"', target.read_text("utf-8")))
                if parts.fragment not in ids_cache[target]:
                    broken.append(f"{page.relative_to(site)}: {href} (no such anchor)")
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_abbreviations_show_their_meaning_on_every_page(site):
    for lang, abbr, title in [("en", "ICRC", "International Committee of the Red Cross"),
                              ("en", "FIDH", "International Federation for Human Rights")]:
        for page in ["index.md", "demands/index.md"]:
            text = built(site, lang, page).read_text("utf-8")
            assert f'<abbr title="{title}">{abbr}</abbr>' in text, f"{lang} {page}: {abbr} has no tooltip"


def test_the_glossary_lists_the_abbreviations(site):
    text = page_content(built(site, "en", "about/glossary.md").read_text("utf-8")).text
    for abbr in ("POW", "ICRC", "IHL", "UN", "OHCHR", "FIDH", "BRICS"):
        assert f" {abbr} " in f" {text} ", f"glossary page does not list {abbr}"


# --- nothing invented --------------------------------------------------------------------

def markdown_prose(text: str) -> str:
    """What a reader could see of a Markdown file: no front matter, code, link targets or tags."""
    text = FRONT_MATTER.sub("", text, count=1)
    text = re.sub(r"^(```|~~~).*?^\1", " ", text, flags=re.S | re.M)
    text = re.sub(r"`[^`\n]*`", " ", text)
    text = re.sub(r"\{\{[^}]*\}\}", " ", text)                  # figures, sources, glossary
    text = re.sub(r"\]\([^)]*\)|<[^>]+>|\{[:#.][^}]*\}", " ", text)
    text = re.sub(r"\[\^[^\]]+\]:?", " ", text)                 # footnote markers
    text = re.sub(r"^\s*\d+[.)]\s", " ", text, flags=re.M)      # ordered-list markers
    text = re.sub(r"https?://\S+", " ", text)
    return text


def test_every_figure_and_source_placeholder_in_docs_exists():
    figs, sources = figures.load()
    unknown = []
    for path in DOCS.rglob("*.md"):
        for kind, key in figures.PLACEHOLDER.findall(path.read_text(encoding="utf-8")):
            if key not in (figs if kind == "figure" else sources):
                unknown.append(f"{path.relative_to(REPO)}: {kind}.{key}")
    assert not unknown, unknown


def test_no_number_about_people_is_written_in_docs_outside_the_figures():
    problems = []
    for path in sorted(DOCS.rglob("*.md")):
        lang = path.relative_to(DOCS).parts[0]
        langs = (lang, "en") if lang in LANGUAGES else ("en",)
        for number in stray_numbers(markdown_prose(path.read_text(encoding="utf-8")), langs):
            problems.append(f"{path.relative_to(REPO)}: {number.text!r} in “…{number.context}…”")
    assert not problems, "write figures in data/figures.yml and use {{ figure.ID }}:\n" + "\n".join(problems)


def test_no_page_outside_the_testimonies_presents_a_testimony():
    for path in DOCS.rglob("*.md"):
        if "testimonies" in path.relative_to(DOCS).parts:
            continue
        assert front_matter(path).get("type") != "testimony", \
            f"{path.relative_to(REPO)}: a testimony outside testimonies/ escapes its review rules"


def normalise(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    return " ".join(re.sub(r"[*_]", "", text).split())


@pytest.mark.parametrize("page, original", DOCUMENTS.items())
def test_founding_documents_are_published_word_for_word(site, page, original):
    source = SOURCES / original
    shown = normalise(page_content(built(site, "en", page).read_text("utf-8")).text)
    paragraphs = [p for p in re.split(r"\n\s*\n", source.read_text(encoding="utf-8"))]
    missing = []
    for paragraph in paragraphs:
        for line in paragraph.splitlines():
            line = line.strip().lstrip("- ").replace("[People First](#)", "People First")
            line = re.sub(r"<(https?://[^>]+)>", r"\1", line)           # Markdown autolink
            # page-layout residue of the copy (running title, page number) is documented on the page
            if not line or re.fullmatch(r"\d+/\d+|[A-Z !\"]+", line):
                continue
            for fragment in re.split(r"\d[\d,]*", normalise(line)):   # figures are shown from data
                if fragment.strip(" .,") and fragment.strip() not in shown:
                    missing.append(fragment.strip())
    assert not missing, f"{page}: text differs from the original:\n" + "\n".join(missing[:10])


def test_quotations_come_from_the_documents_or_name_their_public_source(site):
    documents = " ".join(normalise(page_content(built(site, "en", p).read_text("utf-8")).text)
                         for p in DOCUMENTS)
    unsourced = []
    for page in PAGES:
        if page in DOCUMENTS:
            continue
        text = built(site, "en", page).read_text("utf-8")
        for quote, following in re.findall(r"<blockquote>(.*?)</blockquote>\s*(<p>.*?</p>)?", text, re.S):
            plain = normalise(page_content(f'<article class="md-content__inner">{quote}</article>').text)
            cited_publicly = following and re.match(r"<p>Source: .*https://", following, re.S)
            if plain not in documents and not cited_publicly:
                unsourced.append(f"{page}: “{plain[:80]}…”")
    assert not unsourced, "quotations found in no source:\n" + "\n".join(unsourced)
