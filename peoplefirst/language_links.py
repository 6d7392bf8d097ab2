"""Language alternates of a page: absolute in <head> (what search engines read), relative in
the language switcher (hooks/language_links.py keeps readers inside their version or copy).

Search engines ignore relative hreflang addresses (Lighthouse: "hreflang: relative href
value"); the switcher must stay relative, so only the <head> links are made absolute, from
the page's own address (site_url + page path: under mike, the version's address).
"""
from __future__ import annotations

import html
import re
from urllib.parse import urljoin

_LINK = re.compile(r"<link\b[^>]*>", re.I)
_HREF = re.compile(r'(\bhref=")([^"]*)(")', re.I)
_ALTERNATE = re.compile(r'\brel="alternate"', re.I)
_HREFLANG = re.compile(r'\bhreflang="', re.I)


def absolute_head_alternates(page_html: str, page_address: str | None) -> str:
    """page_html with the href of each <link rel="alternate" hreflang> in <head> joined onto
    page_address (an absolute URL); unchanged when the page has no absolute address."""
    if not page_address or not page_address.startswith(("http://", "https://")):
        return page_html
    head, end, rest = page_html.partition("</head>")
    if not end:
        return page_html

    def absolute(link: re.Match) -> str:
        tag = link.group(0)
        if not (_ALTERNATE.search(tag) and _HREFLANG.search(tag)):
            return tag
        return _HREF.sub(lambda m: m.group(1) + html.escape(urljoin(page_address, html.unescape(m.group(2))))
                         + m.group(3), tag, count=1)

    return _LINK.sub(absolute, head) + end + rest
