"""The Atom 1.0 feed of one language's reports: absolute links, no tracking parameters."""
from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LIMIT = 50


def _stamp(day: datetime.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def atom(*, lang: str, title: str, listing_url: str, feed_url: str, publisher: str,
         reports: list, category_labels: dict[str, str], site_url: str) -> bytes:
    """Reports (newest first, url relative to the site root) as an Atom document."""
    ET.register_namespace("", ATOM)
    root = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: lang})

    def sub(parent, tag, text=None, **attrs):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    sub(root, "id", listing_url)
    sub(root, "title", title)
    sub(root, "link", rel="self", type="application/atom+xml", href=feed_url)
    sub(root, "link", rel="alternate", type="text/html", href=listing_url)
    newest = max((r.date for r in reports), default=None)
    sub(root, "updated", _stamp(newest or datetime.date(1970, 1, 1)))
    sub(sub(root, "author"), "name", publisher)
    for report in reports[:LIMIT]:
        url = site_url + report.url
        entry = sub(root, "entry", **{XML_LANG: report.lang})
        sub(entry, "id", url)
        sub(entry, "title", report.title)
        sub(entry, "link", rel="alternate", type="text/html", href=url)
        sub(entry, "published", _stamp(report.date))
        sub(entry, "updated", _stamp(report.date))
        for author in report.authors:
            sub(sub(entry, "author"), "name", author)
        for slug in report.categories:
            sub(entry, "category", term=slug, label=category_labels.get(slug, slug))
        sub(entry, "summary", report.summary)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
