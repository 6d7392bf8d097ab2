"""Fail the build on front matter that MkDocs would silently drop (peoplefirst.front_matter)."""
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst.front_matter import check_front_matter


@event_priority(110)  # first: later hooks rely on page.meta being what the contributor wrote
def on_page_markdown(markdown, page, config, files):
    problems = check_front_matter(page.file.content_string)
    if problems:
        root = Path(config.config_file_path).parent
        source = Path(page.file.abs_src_path)
        where = source.relative_to(root).as_posix() if source.is_relative_to(root) else source.as_posix()
        raise PluginError("\n".join(p.format(where).replace(" (see CONTRIBUTING.md)", "") for p in problems))
    return markdown
