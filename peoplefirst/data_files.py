"""Reading the YAML data files (data/*.yml) so that errors can name the file and the line."""
from __future__ import annotations

from pathlib import Path

import yaml


def read_yaml(path: Path, error: type[Exception]):
    """(data, node tree) of a data file. The node tree gives each key its line for later errors;
    invalid YAML raises `error` as `file:line: not valid YAML (problem)`."""
    text = path.read_text(encoding="utf-8")
    try:
        return yaml.safe_load(text), yaml.compose(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise error(f"{path}:{line}: not valid YAML ({getattr(err, 'problem', None) or err})") from None
