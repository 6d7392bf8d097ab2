"""What language is being built, and which language a page's text is really in.

mkdocs-static-i18n rebuilds the whole site once per language (DESIGN §4); hooks ask it here
rather than guessing from paths.
"""
from __future__ import annotations

from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def i18n_plugin(config):
    return config.plugins.get("i18n")


def current_language(config) -> str:
    """The language of the build in progress ('en' outside an i18n build)."""
    plugin = i18n_plugin(config)
    return (plugin and plugin.current_language) or "en"


def default_language(config) -> str:
    plugin = i18n_plugin(config)
    return (plugin and plugin.default_language) or "en"


def build_languages(config) -> list[str]:
    plugin = i18n_plugin(config)
    return list(plugin.build_languages) if plugin else ["en"]


def is_last_language(config) -> bool:
    """True while the i18n plugin builds its last language (work meant to run once)."""
    return current_language(config) == build_languages(config)[-1]


def file_language(page) -> str | None:
    """Language of the Markdown file a page was rendered from (differs on fallback pages)."""
    return getattr(page.file, "locale", None)


def load_ui_strings(path: Path = DATA_DIR / "ui-strings.yml") -> dict[str, dict[str, str]]:
    """Interface strings per language, with English filling any gap."""
    with path.open(encoding="utf-8") as fh:
        table = yaml.safe_load(fh)
    english = table["en"]
    return {lang: {**english, **(strings or {})} for lang, strings in table.items()}


def all_languages_built(config) -> bool:
    """True once every language is built: call from an on_post_build at priority -110."""
    plugin = i18n_plugin(config)
    return not (plugin and plugin.building)
