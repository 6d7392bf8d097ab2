"""Shared by the metadata readers: how a metadata value becomes a hit."""
from __future__ import annotations

from ..model import ScanContext
from ..registry import Registry
from . import Hit, textview


def as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        for encoding in ("utf-8", "utf-16-le", "latin-1"):
            try:
                value = value.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    if isinstance(value, (list, tuple)):
        value = " ".join(as_text(v) for v in value)
    if isinstance(value, dict):
        value = " ".join(as_text(v) for v in value.values())
    return " ".join(str(value).replace("\x00", " ").split())


def hit(kind: str, rule: str, field: str, value) -> Hit:
    return Hit(kind, rule, f"{field}={as_text(value)}")


def says_something(value, ctx: ScanContext, registry: Registry) -> bool:
    """True if a free-text field (title, caption) holds anything the text detectors flag."""
    text = as_text(value)
    if not text:
        return False
    view = textview.build(text, markdown=False)
    return any(registry.detect(view.text[a:b], ctx) for a, b in textview.segments(view.text))
