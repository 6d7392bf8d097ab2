"""Testimonies section: validate every testimony, keep them out of the nav, generate the
static listings and facet pages, and give testimony pages their panel, warning and citation.

Thin adapter: the logic lives in peoplefirst/testimonies/ (see site.py).
"""
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst.i18n import build_languages, current_language, default_language
from peoplefirst.testimonies import vocabularies
from peoplefirst.testimonies.collection import CollectionError
from peoplefirst.testimonies.site import Section

try:
    _SECTION = Section(vocabularies.default())
except (vocabularies.VocabularyError, OSError) as err:
    raise PluginError(f"data/testimony-vocabularies.yml: {err}") from None


@event_priority(-110)  # after the i18n plugin has chosen the language's files
def on_files(files, config):
    try:
        return _SECTION.on_files(files, config, current_language(config), default_language(config),
                                 build_languages(config))
    except CollectionError as err:
        raise PluginError(str(err)) from None


@event_priority(-110)
def on_page_content(html, page, config, files):
    return _SECTION.on_page_content(html, page)


@event_priority(-110)  # after the i18n plugin has set up the language switcher for this page
def on_page_context(context, page, config, nav):
    return _SECTION.on_page_context(context, page, config)
