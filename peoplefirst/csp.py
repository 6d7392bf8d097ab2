"""Content-Security-Policy for every page: the policy lives in overrides/main.html; this fills in
the hashes of the inline scripts and styles that the theme itself writes into each page.

Hashes instead of 'unsafe-inline': only the exact inline code the build produced may run, so
nothing injected later (a compromised mirror, a hostile proxy rewriting pages) can execute.
Contributors cannot add scripts in the first place (hooks/content_safety.py).
"""
from __future__ import annotations

import base64
import hashlib
import html
import re

SCRIPT_HASHES = "INLINE_SCRIPT_HASHES"
STYLE_HASHES = "INLINE_STYLE_HASHES"

_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*/?>')
_INLINE_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
_INLINE_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S | re.I)
_STYLE_ATTR = re.compile(r"""<[a-zA-Z][^>]*?\sstyle=(?:"([^"]*)"|'([^']*)')""")
_TYPE = re.compile(r"""\btype=["']?([^"'\s>]+)""", re.I)
_SRC = re.compile(r"\bsrc\s*=", re.I)
_EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}


def source_hash(code: str) -> str:
    """The CSP source expression that allows exactly this inline code."""
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_script_hashes(page: str) -> list[str]:
    hashes = []
    for attrs, code in _INLINE_SCRIPT.findall(page):
        kind = _TYPE.search(attrs)
        if _SRC.search(attrs) or (kind and kind.group(1).lower() not in _EXECUTABLE_TYPES):
            continue  # external scripts are covered by 'self'; JSON data blocks never run
        hashes.append(source_hash(code))
    return sorted(set(hashes))


def inline_style_hashes(page: str) -> list[str]:
    blocks = [source_hash(css) for css in _INLINE_STYLE.findall(page)]
    # style="" attributes are hashed on their decoded value; they need 'unsafe-hashes'
    attributes = [source_hash(html.unescape(a or b)) for a, b in _STYLE_ATTR.findall(page)]
    hashes = sorted(set(blocks + attributes))
    if attributes:
        hashes.insert(0, "'unsafe-hashes'")
    return hashes


def fill_policy(page: str) -> str:
    """The page with its CSP meta tag completed; pages without the tag are returned unchanged."""
    meta = _META.search(page)
    if not meta:
        return page
    tag = meta.group(0)
    body = page[: meta.start()] + page[meta.end():]
    filled = (tag.replace(SCRIPT_HASHES, " ".join(inline_script_hashes(body)))
                 .replace(STYLE_HASHES, " ".join(inline_style_hashes(body))))
    filled = re.sub(r" +;", ";", re.sub(r"  +", " ", filled))
    return page[: meta.start()] + filled + page[meta.end():]


def policy_of(page: str) -> str | None:
    """The policy a page declares (for tests and audits)."""
    meta = _META.search(page)
    return html.unescape(meta.group(0).split('content="', 1)[1].rsplit('"', 1)[0]) if meta else None
