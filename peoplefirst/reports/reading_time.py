"""How long a report takes to read, from its Markdown (front matter already removed)."""
from __future__ import annotations

import math
import re

WORDS_PER_MINUTE = 200          # common estimate for attentive reading of analytical text
CJK_CHARS_PER_MINUTE = 400      # Chinese is read by characters, not space-separated words

_NOISE = [
    re.compile(r"<[^>]+>"),                    # inline HTML tags
    re.compile(r"\]\([^)]*\)"),                # link targets
    re.compile(r"\{:[^}]*\}"),                 # attribute lists
]
_PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}")   # {{ figure.x }} reads as one word
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def minutes(markdown: str) -> int:
    text = _PLACEHOLDER.sub(" n ", markdown)
    for pattern in _NOISE:
        text = pattern.sub(" ", text)
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text)))
    return max(1, math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE))
