"""One 404 page for every language, in English markup, listing every language.

The i18n plugin renders 404.html once per language into the same file, so the last language
built (Arabic, right-to-left) won (DESIGN §4). This keeps the default language's rendering;
overrides/404.html shows the message in every language with a link to each home page.
"""
from pathlib import Path

from mkdocs.plugins import event_priority

from peoplefirst import i18n

_UI = i18n.load_ui_strings()
_RTL = {"ar", "fa", "he", "ur"}
_kept: dict[str, str] = {}


@event_priority(-110)
def on_template_context(context, template_name, config):
    if template_name != "404.html":
        return context
    base = (context.get("base_url") or "").rstrip("/")
    suffix = "" if config.use_directory_urls else "index.html"
    default = i18n.default_language(config)
    plugin = i18n.i18n_plugin(config)
    names = {lang.locale: lang.name for lang in plugin.config.languages} if plugin else {}
    context["not_found_languages"] = [
        {
            "lang": lang,
            "dir": "rtl" if lang in _RTL else "ltr",
            "name": names.get(lang, lang),
            "home": f"{base}/{suffix}" if lang == default else f"{base}/{lang}/{suffix}",
            **_UI.get(lang, _UI["en"]),
        }
        for lang in i18n.build_languages(config)
    ]
    return context


@event_priority(-110)
def on_post_template(output_content, template_name, config):
    if template_name == "404.html" and i18n.current_language(config) == i18n.default_language(config):
        _kept[config.site_dir] = output_content
    return output_content


@event_priority(-110)
def on_post_build(config):
    if i18n.all_languages_built(config) and config.site_dir in _kept:
        Path(config.site_dir, "404.html").write_text(_kept.pop(config.site_dir), encoding="utf-8")
