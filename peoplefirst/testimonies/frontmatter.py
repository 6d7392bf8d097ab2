"""Front matter of a Markdown file: split it off, parse it, and find the line of a field.

Errors must point at a line (DESIGN §5: locate the problem without repeating it), so the
line of a field is looked up in the YAML node tree, and only when there is a problem.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Same delimiters as MkDocs (mkdocs.utils.meta): '---' first line, then '---' or '...'.
FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\r?\n(.*?\r?\n)??(?:-{3}|\.{3})[ \t]*(?:\r?\n|\Z)", re.S)


class FrontMatterError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Document:
    meta: dict
    front_matter: str      # the YAML text between the delimiters
    body: str
    body_line: int         # line number of the first body line in the file

    def line_of(self, *path: str | int) -> int:
        """File line of the field at `path` (e.g. 'consent', 'scope'), or of its nearest parent."""
        return 1 + _node_line(self.front_matter, path)


def parse(text: str) -> Document:
    """Split and parse; FrontMatterError(line, message) if there is none or it is not YAML."""
    text = text.lstrip("\ufeff")
    match = FRONT_MATTER.match(text)
    if not match:
        raise FrontMatterError(1, "front matter: missing (a testimony starts with a '---' block)")
    yaml_text = match.group(1) or ""
    try:
        meta = yaml.load(yaml_text, Loader=_LOADER)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = 2 + mark.line if mark else 1
        problem = getattr(err, "problem", None) or "cannot be read"
        # The problem text only, never the offending snippet: CI logs are public.
        raise FrontMatterError(line, f"front matter: not valid YAML ({problem})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError(1, "front matter: expected 'field: value' lines")
    body_line = 1 + text[: match.end()].count("\n")
    return Document(meta, yaml_text, text[match.end():], body_line)


def _node_line(yaml_text: str, path: tuple) -> int:
    """0-based line in the file (the opening '---' is line 0) of the deepest node found."""
    try:
        node = yaml.compose(yaml_text, Loader=_LOADER)
    except yaml.YAMLError:
        return 0
    line = 0
    for step in path:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == step), None)
            key = next((k for k, v in node.value if k.value == step), None)
            if found is None:
                return line
            line, node = key.start_mark.line + 1, found
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line + 1
        else:
            return line
    return line
