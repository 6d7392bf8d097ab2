"""Append the page language's abbreviation definitions (data/glossary.yml) to every page."""
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst import glossary
from peoplefirst.i18n import current_language

_DATA = {}


def on_config(config):
    # Loaded per build, so an edit shows on the next reload; a malformed file stops the build.
    try:
        _DATA["glossary"] = glossary.load()
    except glossary.GlossaryError as err:
        raise PluginError(str(err)) from None


@event_priority(-120)  # after the i18n switch and after other hooks have read the author's text
def on_page_markdown(markdown, page, config, files):
    try:
        return _DATA["glossary"].render(markdown, current_language(config),
                                        where=f"docs/{page.file.src_uri}")
    except glossary.GlossaryError as err:
        raise PluginError(str(err)) from None
