"""Reports (docs/<lang>/reports/*.md): validated front matter, listings, categories, feeds.

Runs after the i18n plugin (priority -110) so it sees the files of the language being built.
The engine is peoplefirst.reports; templates are overrides/partials/report-*.html.
"""
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst.i18n import build_languages, current_language, default_language, load_ui_strings
from peoplefirst.reports import ReportError, build

_UI = load_ui_strings()
_STATE = {}            # language -> build.LanguageReports
_TEMPLATES = {}        # language -> Jinja environment of that language's build


def _ui(lang):
    return _UI.get(lang, _UI["en"])


def _categories(config):
    try:
        return build.load_categories(build_languages(config))
    except ReportError as err:
        raise PluginError(str(err)) from None


@event_priority(-110)  # after the i18n plugin's on_files (-100) picked this language's files
def on_files(files, config):
    lang = current_language(config)
    try:
        _STATE[lang] = build.collect(files, config, lang, default_language(config),
                                     build_languages(config), _categories(config), _ui(lang))
    except ReportError as err:
        raise PluginError(str(err)) from None
    return files


def on_env(env, config, files):
    _TEMPLATES[current_language(config)] = env
    return env


@event_priority(-110)  # on_page_context: the first page event that has the theme's templates
def on_page_context(context, page, config, nav):
    lang = current_language(config)
    state = _STATE.get(lang)
    if state is None:
        return context
    ui, categories = _ui(lang), state.categories
    env = _TEMPLATES[lang]
    if page.url in state.reports_by_url:
        block = env.get_template("partials/report-meta.html").render(
            **build.meta_context(page.url, state, ui, categories))
        page.content = build.insert_after_heading(page.content, block)
    elif page.url in state.listings_by_url:
        page.content += env.get_template("partials/report-listing.html").render(
            **build.listing_context(page.url, state, ui, categories))
    return context


def on_post_build(config):
    # Default priority: runs before the i18n plugin (-100) moves on to the next language.
    lang = current_language(config)
    if lang in _STATE:
        try:
            build.write_feed(_STATE[lang], config, _ui(lang), _STATE[lang].categories)
        except ReportError as err:
            raise PluginError(str(err)) from None
