"""mkdocs-redirects, in every language.

The redirects plugin writes each redirect once, at the root, and with the i18n folder layout it
cannot even find its targets (they live under docs/<lang>/). Maps stay where contributors expect
them, in mkdocs.yml under the `redirects` plugin, with paths relative to a language folder:

    - redirects:
        redirect_maps:
          campaign.md: about/index.md     # docs/<lang>/campaign.md moved to about/index.md

This module writes each redirect for every built language, with the plugin's own page template,
pointing at the same page in that language.
"""
from __future__ import annotations

import posixpath
from pathlib import Path

from mkdocs_redirects.plugin import get_html_path, write_html


class RedirectError(ValueError):
    pass


def take_maps(config) -> dict[str, str]:
    """Move the redirect maps out of the plugin (which would warn and write them wrongly)."""
    plugin = config.plugins.get("redirects")
    if plugin is None:
        return {}
    maps = dict(plugin.config.get("redirect_maps") or {})
    plugin.config["redirect_maps"] = {}
    return maps


def check_maps(maps: dict[str, str], docs_dir: str, default_language: str) -> None:
    """Every target must exist in the default language (fallback fills the others)."""
    for old, new in maps.items():
        target = str(new).partition("#")[0]
        if target.lower().startswith(("http://", "https://")):
            continue
        if not old.endswith(".md"):
            raise RedirectError(f"mkdocs.yml: redirects: redirect_maps: {old!r}: give the old page as a .md path")
        if not Path(docs_dir, default_language, target).is_file():
            raise RedirectError(
                f"mkdocs.yml: redirects: redirect_maps: {old!r}: target {new!r} not found in "
                f"docs/{default_language}/ (paths are relative to a language folder)")


def relative_target(old_html: str, new_html: str, use_directory_urls: bool) -> str:
    """Link from the old page's file to the new page's file, the way MkDocs links pages."""
    start = posixpath.dirname(old_html) or "."
    if use_directory_urls:
        return posixpath.relpath(posixpath.dirname(new_html) or ".", start) + "/"
    return posixpath.relpath(new_html, start)


def write_all(maps: dict[str, str], site_dir: str, languages: list[str], default_language: str,
              use_directory_urls: bool) -> list[str]:
    """Write every redirect for every language; return the files written (site-relative)."""
    written = []
    for lang in languages:
        prefix = "" if lang == default_language else f"{lang}/"
        for old, new in maps.items():
            old_html = prefix + get_html_path(old, use_directory_urls)
            new = str(new)
            if new.lower().startswith(("http://", "https://")):
                dest = new
            else:
                target, hash_, fragment = new.partition("#")
                new_html = prefix + get_html_path(target, use_directory_urls)
                dest = relative_target(old_html, new_html, use_directory_urls) + hash_ + fragment
            write_html(site_dir, old_html, dest)
            written.append(old_html)
    return written
