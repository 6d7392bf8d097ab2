"""Fail the build on contributed content that would run code or contact another site
(peoplefirst.content_safety): raw <script>, <iframe> and other embeds, on*= attributes,
javascript: URLs, external images. One line per finding: file:line:col: what and why."""
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst.content_safety import check_html, check_markdown


def _where(page, config) -> str:
    root = Path(config.config_file_path).parent
    source = Path(page.file.abs_src_path)
    return source.relative_to(root).as_posix() if source.is_relative_to(root) else source.as_posix()


def _fail(problems, page, config):
    where = _where(page, config)
    raise PluginError("unsafe content in a page:\n" + "\n".join(p.format(where) for p in problems))


@event_priority(100)  # before other hooks rewrite the Markdown: positions are the contributor's
def on_page_markdown(markdown, page, config, files):
    problems = check_markdown(page.file.content_string)
    if problems:
        _fail(problems, page, config)
    return markdown


@event_priority(-200)  # the final content, whatever extensions and hooks produced
def on_page_content(html, page, config, files):
    problems = check_html(html, page.file.content_string)
    if problems:
        _fail(problems, page, config)
    return html
