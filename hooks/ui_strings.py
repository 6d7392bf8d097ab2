"""Expose the site's own interface strings (data/ui-strings.yml) to templates as `ui`."""
from mkdocs.plugins import event_priority

from peoplefirst.i18n import current_language, load_ui_strings

_STRINGS = load_ui_strings()


@event_priority(-110)  # after the i18n plugin has switched to the language being built
def on_page_context(context, page, config, nav):
    context["ui"] = _STRINGS.get(current_language(config), _STRINGS["en"])
    return context
