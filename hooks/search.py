"""Build the Pagefind search index once, after every language is built (peoplefirst.search)."""
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from peoplefirst.i18n import all_languages_built, build_languages, default_language
from peoplefirst.search import SearchIndexError, build_index

log = get_plugin_logger(__name__)


@event_priority(-110)
def on_post_build(config):
    if not all_languages_built(config):
        return
    try:
        counts = build_index(Path(config.site_dir), build_languages(config), default_language(config))
    except SearchIndexError as err:
        raise PluginError(str(err)) from None
    summary = ", ".join(f"{lang} {n}" for lang, n in sorted(counts.items()))
    log.info(f"search index (Pagefind): {sum(counts.values())} pages ({summary})")
