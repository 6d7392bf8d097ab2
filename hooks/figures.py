"""Replace {{ figure.ID }} / {{ source.ID }} in pages with data/figures.yml, per language."""
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst import figures
from peoplefirst.i18n import current_language, load_ui_strings

_UI = load_ui_strings()
_DATA = {}


def on_config(config):
    # Loaded per build (and per `mkdocs serve` reload), so an edit to the data file shows at once;
    # a malformed file stops the build with its file:line.
    try:
        _DATA["figures"], _DATA["sources"] = figures.load()
    except figures.FigureError as err:
        raise PluginError(str(err)) from None


@event_priority(-110)  # after the i18n plugin has switched language
def on_page_markdown(markdown, page, config, files):
    lang = current_language(config)
    page_path = getattr(page.file, "norm_src_uri", None) or page.file.src_uri
    try:
        return figures.render(markdown, lang, _DATA["figures"], _DATA["sources"],
                              cite_label=_UI.get(lang, _UI["en"])["source_label"],
                              where=f"docs/{page.file.src_uri}", page_path=page_path)
    except figures.FigureError as err:
        raise PluginError(str(err)) from None
