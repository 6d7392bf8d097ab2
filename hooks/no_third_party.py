"""Remove the theme's last references to another origin from the built JavaScript.

Material's bundle can load two scripts from unpkg.com: a ResizeObserver polyfill (only on
browsers older than 2020) and Mermaid (only on pages with diagrams, which we do not use).
Readers must never be sent to a third party, so both are pointed at this site; an old browser
then simply lacks the polyfill. If a theme upgrade changes these strings, the build fails
instead of silently shipping a third-party request (tests/test_foundation.py checks too).
"""
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst.i18n import all_languages_built

THIRD_PARTY_SCRIPTS = {
    "https://unpkg.com/resize-observer-polyfill": "data:,",
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js": "data:,",
}


@event_priority(-110)
def on_post_build(config):
    if not all_languages_built(config):
        return
    bundles = list(Path(config.site_dir, "assets", "javascripts").glob("bundle.*.min.js"))
    if not bundles:
        raise PluginError("no theme bundle found under assets/javascripts: cannot check third-party URLs")
    for bundle in bundles:
        text = bundle.read_text(encoding="utf-8")
        for url, local in THIRD_PARTY_SCRIPTS.items():
            text = text.replace(f'"{url}"', f'"{local}"')
        bundle.write_text(text, encoding="utf-8")
