"""Replace {{ figure.ID }} / {{ source.ID }} in pages with data/figures.yml, per language."""
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst import figures
from peoplefirst.i18n import current_language, load_ui_strings

_FIGURES, _SOURCES = figures.load()
_UI = load_ui_strings()


@event_priority(-110)  # after the i18n plugin has switched language
def on_page_markdown(markdown, page, config, files):
    lang = current_language(config)
    try:
        return figures.render(markdown, lang, _FIGURES, _SOURCES,
                              cite_label=_UI.get(lang, _UI["en"])["source_label"],
                              where=f"docs/{page.file.src_uri}")
    except figures.FigureError as err:
        raise PluginError(str(err)) from None
