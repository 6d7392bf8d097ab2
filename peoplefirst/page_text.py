"""The reader-visible text of a built page's content, with its figures and citations apart.

Used to check published pages: numbers outside figure spans (peoplefirst.numbers), figure spans
against data/figures.yml, and the citation beside each figure.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

# Not prose a reader takes as a statement: footnote markers, permalink signs, code samples.
SKIPPED_CLASSES = {"footnote-ref", "footnote-backref", "headerlink"}
SKIPPED_TAGS = {"script", "style", "code", "pre", "template"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
             "track", "wbr"}


@dataclass
class PageContent:
    lang: str = ""
    text: str = ""                                   # visible text, figures replaced by a space
    figures: list[tuple[str, str, str]] = field(default_factory=list)  # (figure id, source id, shown text)
    cited_sources: set[str] = field(default_factory=set)


class _ContentParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = PageContent()
        self.parts: list[str] = []
        self.depth_in_article = 0
        self.stack: list[tuple[str, str]] = []       # (tag, role): role in {"", "skip", "figure"}
        self.figure: list[str] | None = None
        self.figure_attrs: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.page.lang = attrs.get("lang", "")
        if tag in VOID_TAGS:
            return
        classes = set(attrs.get("class", "").split())
        if tag == "article" and "md-content__inner" in classes:
            self.depth_in_article += 1
        role = ""
        if self.depth_in_article:
            if tag in SKIPPED_TAGS or classes & SKIPPED_CLASSES:
                role = "skip"
            elif "pf-figure" in classes and self.figure is None:
                role, self.figure, self.figure_attrs = "figure", [], attrs
            if "pf-source" in classes and attrs.get("data-source"):
                self.page.cited_sources.add(attrs["data-source"])
        self.stack.append((tag, role))

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        while self.stack:
            open_tag, role = self.stack.pop()
            if role == "figure":
                shown = "".join(self.figure or []).strip()
                self.page.figures.append((self.figure_attrs.get("data-figure", ""),
                                          self.figure_attrs.get("data-source", ""), shown))
                self.figure = None
                self.parts.append(" ")
            if open_tag == "article" and self.depth_in_article:
                self.depth_in_article -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not self.depth_in_article or any(role == "skip" for _, role in self.stack):
            return
        if self.figure is not None:
            self.figure.append(data)
        else:
            self.parts.append(data)


def page_content(html: str) -> PageContent:
    parser = _ContentParser()
    parser.feed(html)
    parser.close()
    parser.page.text = " ".join("".join(parser.parts).split())
    return parser.page
