"""The testimonies section in a MkDocs build, one language at a time.

hooks/testimonies.py forwards build events here.
  * Before the i18n plugin sorts the files (priority -90): other languages' testimonies are
    dropped, so it neither makes fallback copies of them (a French reader is sent to the English
    collection instead of 1,000 English pages under /fr/, DESIGN §4: size and search) nor spends
    languages x files work on them (most of its time with 1,000 testimonies per language).
  * After it (priority -110), `files` holds the language being built:
  * testimony pages are kept out of the navigation (nav bloat, DESIGN §4) and get as alternates
    their real translations only (language switcher, sitemap hreflang);
  * the paginated listings and facet pages are added as generated (virtual) files;
  * listings are written into the section index and the generated pages at MARKER.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import SimpleNamespace
from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel

from .collection import INDEX, SECTION, Collection, cached
from .listing import DIMENSIONS, MARKER, Listing, Renderer, all_listings, value_label
from .page import build_view, endonym
from .version import site_version
from .vocabularies import Vocabularies

_TESTIMONY_SRC = re.compile(rf"^(?P<lang>[a-z]{{2,3}})/{SECTION}/(?P<name>[^/]+)\.md$")


@dataclass
class LanguageBuild:
    """State of one language's build, rebuilt at every on_files."""
    lang: str
    collection: Collection
    renderer: Renderer
    listings: dict[str, Listing] = field(default_factory=dict)      # src_uri -> listing
    paths_by_lang: dict[str, set[str]] = field(default_factory=dict)  # lang -> listing paths


class Section:
    def __init__(self, vocab: Vocabularies):
        self.vocab = vocab
        self.build: LanguageBuild | None = None
        self._listing_cache: dict[tuple[int, str], list[Listing]] = {}

    # --- helpers ----------------------------------------------------------------------------
    def section_url_of(self, lang: str) -> str:
        return f"{'' if lang == self.default else lang + '/'}{SECTION}/"

    def _src_prefix(self, lang: str) -> str:
        return "" if lang == self.default else f"{lang}/"

    # --- on_files, before the i18n plugin ---------------------------------------------------------
    @staticmethod
    def drop_other_languages(files: Files, lang: str) -> Files:
        for file in list(files):
            match = _TESTIMONY_SRC.match(file.src_uri)
            if match and match["name"] != "index" and match["lang"] != lang:
                files.remove(file)
        return files

    # --- on_files, after the i18n plugin ----------------------------------------------------------
    def on_files(self, files: Files, config, lang: str, default: str, languages: list[str]) -> Files:
        self.default, self.languages = default, languages
        docs_dir = Path(config.docs_dir)
        root = Path(config.config_file_path).parent if config.config_file_path else docs_dir.parent
        collection = cached(docs_dir, self.vocab, root, tuple(languages))
        mine = collection.in_language(lang)
        elsewhere = [(other, endonym(other), self.section_url_of(other), len(collection.in_language(other)))
                     for other in languages if other != lang and collection.in_language(other)]
        build = LanguageBuild(lang, collection, Renderer(lang, self.vocab, self.section_url_of(lang), mine, elsewhere))
        self.build = build

        for file in list(files):
            match = _TESTIMONY_SRC.match(file.src_uri)
            if not match or match["name"] == "index":
                continue
            if getattr(file, "locale", lang) != lang:
                files.remove(file)  # without the -90 step: another language's fallback copy
                continue
            file.inclusion = InclusionLevel.NOT_IN_NAV
            translations = collection.translations(match["name"].upper())
            # the switcher and the sitemap's hreflang: real translations only, never fallbacks
            file.alternates = {other: file if other == lang else
                               SimpleNamespace(url=f"{self.section_url_of(other)}{match['name']}/", page=None,
                                               locale=other)
                               for other in languages if other in translations}

        for other in languages:
            build.paths_by_lang[other] = {l.path for l in self._listings(collection, other)}

        for listing in self._listings(collection, lang):
            src_uri = f"{self._src_prefix(lang)}{SECTION}/{listing.path}".rstrip("/") + ".md"
            if not listing.path:  # the section index is a real, translated page
                build.listings[f"{lang}/{SECTION}/{INDEX}"] = listing
                build.listings[f"{default}/{SECTION}/{INDEX}"] = listing  # its English fallback
                continue
            generated = File.generated(config, src_uri, content=self._markdown(listing),
                                       inclusion=InclusionLevel.NOT_IN_NAV)
            # what the i18n plugin records on the files it handles (language switcher, templates)
            generated.locale = generated.localization = generated.locale_alternate_of = lang
            generated.norm_src_uri = f"{SECTION}/{listing.path}".rstrip("/") + ".md"
            generated.alternates = {lang: generated}
            files.append(generated)
            build.listings[src_uri] = listing
        return files

    def _listings(self, collection: Collection, lang: str) -> list[Listing]:
        """all_listings(), once per collection and language (every language build asks for all)."""
        key = (id(collection), lang)
        if key not in self._listing_cache:
            self._listing_cache = {k: v for k, v in self._listing_cache.items() if k[0] == id(collection)}
            self._listing_cache[key] = all_listings(collection.in_language(lang), lang, self.vocab)
        return self._listing_cache[key]

    def _markdown(self, listing: Listing) -> str:
        lang = self.build.lang
        section = self.vocab.ui("section", lang)
        title = section
        if listing.dimension:
            label = value_label(listing.dimension, listing.value, lang, self.vocab)
            title = f"{section}: {self.vocab.ui('filtered_by', lang, dimension=self.vocab.ui(listing.dimension, lang), value=label)}"
        if listing.pages > 1:
            title += f" ({self.vocab.ui('page_of', lang, page=listing.page, pages=listing.pages)})"
        quoted = title.replace("\\", "\\\\").replace('"', '\\"')
        # Listings are ways to the testimonies, not content: search engines and the site search
        # follow them but do not index them (fewer, better results; a smaller search index).
        return (f'---\ntitle: "{quoted}"\nrobots: noindex, follow\nsearch:\n  exclude: true\n---\n\n'
                f"# {_md_escape(title)}\n\n{MARKER}\n")

    # --- on_page_content ----------------------------------------------------------------------
    def on_page_content(self, html: str, page) -> str:
        listing = self.build and self.build.listings.get(page.file.src_uri)
        if not listing:
            return html
        rendered = self.build.renderer.render(listing, page.url)
        return html.replace(MARKER, rendered, 1) if MARKER in html else html + "\n" + rendered

    # --- on_page_context ----------------------------------------------------------------------
    def on_page_context(self, context: dict, page, config) -> dict:
        build = self.build
        if not build:
            return context
        match = _TESTIMONY_SRC.match(page.file.src_uri)
        if match and match["name"] != "index":
            testimony_id = match["name"].upper()
            translations = build.collection.translations(testimony_id)
            testimony = translations.get(build.lang)
            if testimony:
                context["testimony"] = build_view(
                    testimony, vocab=self.vocab, page_url=page.url, section_url_of=self.section_url_of,
                    site_url=config.site_url or "", site_name=config.site_name,
                    version=site_version(Path(config.config_file_path or ".").resolve().parent),
                    translations=translations)
                if context["testimony"].warning_text:
                    # the table of contents would show the headings of the folded text unasked
                    page.meta["hide"] = [*(page.meta.get("hide") or []), "toc"]
                self._switcher(config, lambda other: f"{self.section_url_of(other)}{testimony.slug}/"
                               if other in translations else self.section_url_of(other))
        elif page.file.src_uri in build.listings:
            listing = build.listings[page.file.src_uri]
            self._switcher(config, lambda other: self.section_url_of(other) + (
                listing.path if listing.path in build.paths_by_lang.get(other, ()) else ""))
        return context

    def _switcher(self, config, target_of) -> None:
        """Point Material's language switcher at this page in each language, or at its section."""
        for alternate in config.extra.get("alternate") or []:
            if alternate.get("lang") in self.languages:
                alternate["link"] = _absolute(config, target_of(alternate["lang"]))


def _absolute(config, url: str) -> str:
    from urllib.parse import urlsplit
    base = urlsplit(config.site_url).path.rstrip("/") if config.site_url else ""
    return f"{base}/{url}"


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_{}\[\]<>#|])", r"\\\1", text)
