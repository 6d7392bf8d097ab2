"""Testimonies section: validate every testimony, keep them out of the nav, generate the
static listings and facet pages, and give testimony pages their panel, warning and citation.

Thin adapter: the logic lives in peoplefirst/testimonies/ (see site.py).
"""
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

from peoplefirst.i18n import build_languages, current_language, default_language
from peoplefirst.testimonies import vocabularies
from peoplefirst.testimonies.collection import CollectionError
from peoplefirst.testimonies.site import Section

try:
    _SECTION = Section(vocabularies.default())
except (vocabularies.VocabularyError, OSError) as err:
    raise PluginError(f"data/testimony-vocabularies.yml: {err}") from None


@event_priority(-90)  # before the i18n plugin (-100): it never sees other languages' testimonies
def _files_before_i18n(files, config):
    return _SECTION.drop_other_languages(files, current_language(config))


@event_priority(-110)  # after the i18n plugin has chosen the language's files
def _files_after_i18n(files, config):
    try:
        return _SECTION.on_files(files, config, current_language(config), default_language(config),
                                 build_languages(config))
    except CollectionError as err:
        raise PluginError(str(err)) from None


on_files = CombinedEvent(_files_before_i18n, _files_after_i18n)


@event_priority(-110)
def on_page_content(html, page, config, files):
    return _SECTION.on_page_content(html, page)


@event_priority(-110)  # after the i18n plugin has set up the language switcher for this page
def on_page_context(context, page, config, nav):
    return _SECTION.on_page_context(context, page, config)
