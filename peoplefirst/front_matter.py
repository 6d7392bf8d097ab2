"""Front matter that MkDocs would silently publish as page text.

MkDocs reads front matter only if it is valid YAML forming a mapping; otherwise it drops the
metadata without a word and renders the YAML as the start of the page (DESIGN §4, "Silent
acceptance"): a testimony's `pseudonyms:` or `type: testimony` would be lost, and with them the
checks that depend on them. Here each such mistake is a Problem with its line and column.
"""
from __future__ import annotations

import re

import yaml

from peoplefirst.content_safety import Problem

_OPEN = re.compile(r"^-{3}[ \t]*\n")
_CLOSE = re.compile(r"^(?:-{3}|\.{3})[ \t]*$", re.M)


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, message: str, mark):
        super().__init__(message)
        self.message, self.mark = message, mark


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader (what MkDocs uses) that refuses duplicate keys instead of keeping the last."""


def _mapping_without_duplicates(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise _DuplicateKey(f"duplicate key '{key}' (also on line {seen[key] + 2}): MkDocs would "
                                "silently keep only the last one", key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def check_front_matter(source: str) -> list[Problem]:
    """Problems in a page's front matter (none when the page has no front matter)."""
    source = source.removeprefix("\ufeff")
    if not _OPEN.match(source):
        return []
    body_start = _OPEN.match(source).end()
    close = _CLOSE.search(source, body_start)
    if not close:
        return [Problem(1, 1, "front matter opened with '---' is never closed: add a line '---' after it")]
    block = source[body_start:close.start()]
    try:
        data = yaml.load(block, Loader=_StrictLoader)
    except _DuplicateKey as err:
        return [Problem(err.mark.line + 2, err.mark.column + 1, err.message)]
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 2, mark.column + 1) if mark else (2, 1)
        reason = err.problem or err.context or "not valid YAML"
        return [Problem(line, column, f"invalid YAML front matter: {reason}; MkDocs would drop it and "
                                      "publish it as page text")]
    except yaml.YAMLError as err:
        return [Problem(2, 1, f"invalid YAML front matter: {err.__class__.__name__}")]
    if data is not None and not isinstance(data, dict):
        return [Problem(2, 1, "front matter must be 'key: value' lines; MkDocs would publish it as page text")]
    return []
