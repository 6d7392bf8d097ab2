"""PII guard in the build: nothing that identifies a survivor gets published.

(Not named pii_guard.py: MkDocs puts hooks/ on sys.path while loading a hook, and a hook file
named like the package would shadow it.)
Thin adapter: the logic is pii_guard.buildguard. Markdown sources, rendered pages (every
language) and images/PDF/Office files are scanned; at the end of the LAST language the build
fails with every finding as `file:line:col kind rule masked` (never the identifier: CI logs are
public). Under `mkdocs serve` it reports instead of failing, and marks the affected pages.
Under `mkdocs build` the guard reads in a process of its own while MkDocs renders
(pii_guard/background.py).
"""
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger

from peoplefirst.i18n import all_languages_built, current_language
from pii_guard.background import BackgroundGuard, new_build_guard
from pii_guard.buildguard import BuildGuard, banner
from pii_guard.model import GuardError

_guard: BuildGuard | BackgroundGuard | None = None
_serving = False
log = get_plugin_logger(__name__)


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_config(config):
    global _guard
    if _guard is None:      # once per command: the languages' builds share one guard
        _guard = new_build_guard(_serving)
    try:
        _guard.configure(config.config_file_path, config.site_url, config.site_name)
    except GuardError as err:
        raise PluginError(f"PII guard: {err}") from None


def on_files(files, config):
    for file in files:
        if file.abs_src_path and not _guard.is_scanned_source(file.src_uri):
            _guard.check_asset(file.abs_src_path)
    return files


def _source(page) -> str:
    return _guard._rel(page.file.abs_src_path) if page.file.abs_src_path else f"docs/{page.file.src_uri}"


@event_priority(-200)   # after every hook that changes the Markdown (figures, glossary at -120)
def on_page_markdown(markdown, page, config, files):
    _guard.check_page_source(page.file.abs_src_path, page.file.src_uri, markdown, current_language(config))
    return markdown


@event_priority(200)    # the body as rendered from that Markdown, before hooks add listings to it
def on_page_content(html, page, config, files):
    _guard.rendered_body(_source(page), html)
    return html


@event_priority(-110)   # after the other hooks changed the page (and the i18n plugin its language)
def on_post_page(output, page, config):
    source = _source(page)
    # The body rendered from the page's own (scanned) Markdown is skipped in the rendered scan,
    # unless Markdown can pull in other files (snippets), whose text the source scan never saw.
    fresh = _guard.check_page_html(output, page.file.dest_uri, source, current_language(config),
                                   skip_body="pymdownx.snippets" not in config.markdown_extensions)
    if _guard.serving:
        problems = _guard.page_problems(source, fresh)
        if problems:
            output = banner(output, problems)
    return output


@event_priority(-110)
def on_post_build(config):
    if not all_languages_built(config):
        return
    try:
        log.info(_guard.stats())
        lines, errors = _guard.report()
    except GuardError as err:
        raise PluginError(f"PII guard: {err}") from None
    message = _guard.summary(lines, errors)
    if message is None:
        return
    if _guard.serving:
        _guard.log_for_serve(lines, errors)
        return
    raise PluginError(message)


def on_build_error(error):
    try:
        _guard.report()     # forget this build's findings; the next build starts clean
    except (GuardError, RuntimeError):
        pass                # the guard process failed with the build: nothing left to forget


def on_shutdown():
    global _guard
    if isinstance(_guard, BackgroundGuard):
        _guard.close()
        _guard = None
