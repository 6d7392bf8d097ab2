"""What a contributed page may not contain: code that runs in readers' browsers, or anything that
makes their browser contact another site.

Markdown allows raw HTML, and MkDocs publishes it as written (DESIGN §4, "Silent acceptance"):
a <script>, an <iframe> embed, an onclick attribute or a javascript: link would run in, or leak
from, every reader's browser. Readers include people in Russia and in occupied areas, so a
request to a third party is itself a risk. Each finding names file:line:col and the element,
never the whole offending value (public CI logs).

Two passes:
- check_markdown: the source as the contributor wrote it, with exact positions. Code (fenced
  blocks, `inline code`) and HTML comments are inert and skipped, so guides can show examples.
- check_html: the rendered page content, which also catches what Markdown extensions produce
  (attr_list can add attributes); positions are looked up in the source where possible.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

GUIDE = "see CONTRIBUTING.md"

FORBIDDEN_ELEMENTS = {
    "script": "raw <script> element: contributed pages cannot run scripts",
    "iframe": "<iframe> embed: embedded pages make readers' browsers contact another site; link to it instead",
    "frame": "<frame> element: embedded pages are not allowed; link to the page instead",
    "frameset": "<frameset> element: embedded pages are not allowed; link to the page instead",
    "object": "<object> embed: plug-in content is not allowed; link to the file instead",
    "embed": "<embed> element: plug-in content is not allowed; link to the file instead",
    "applet": "<applet> element: plug-in content is not allowed",
    "portal": "<portal> element: embedded pages are not allowed; link to the page instead",
    "base": "<base> element: it would redirect every link of the page",
    "meta": "<meta> element: page metadata belongs in the front matter",
    "link": "<link> element: stylesheets and other resources come from the theme only",
    "style": "<style> element: styles come from the site stylesheet (docs/assets/css/site.css)",
}
# Attributes through which an element loads a file: external values are third-party requests.
RESOURCE_ATTRIBUTES = {"src", "srcset", "poster", "data", "background", "xlink:href"}
RESOURCE_HREF_ELEMENTS = {"use", "image", "feimage"}  # SVG elements whose href loads a file
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite"}
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:text/html")


@dataclass(frozen=True)
class Problem:
    line: int
    column: int
    message: str

    def format(self, path: str) -> str:
        return f"{path}:{self.line}:{self.column}: {self.message} ({GUIDE})"


# --- helpers -----------------------------------------------------------------------------------

_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[^\n]*\n.*?(?:^\1?[ \t]*\2[`~]*[ \t]*$|\Z)", re.S | re.M)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s/>\"'=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)\s*/?>")
_ATTR = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_ATTR_LIST = re.compile(r"\{:?[ \t]*([^{}\n]*)\}")
_MD_LINK = re.compile(r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)")
_MD_REF_USE = re.compile(r"!\[((?:[^\[\]]|\[[^\]]*\])*)\](?:\[([^\]]*)\])?")
_MD_REF_DEF = re.compile(r"^[ \t]{0,3}\[([^\]]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]|$)", re.M)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*)>")


def _blank(match: re.Match) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def mask_inert(text: str) -> str:
    """The text with code and HTML comments blanked out (same length, same line breaks)."""
    text = _FENCE.sub(_blank, text)
    text = _COMMENT.sub(_blank, text)
    return _CODE_SPAN.sub(_blank, text)


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _normalised_url(value: str) -> str:
    """How a browser reads an attribute value: entities decoded, control characters and spaces dropped."""
    return re.sub(r"[\x00-\x20]", "", html.unescape(value)).lower()


def is_unsafe_url(value: str) -> bool:
    return _normalised_url(value).startswith(UNSAFE_SCHEMES)


def is_external(value: str) -> bool:
    url = _normalised_url(value)
    return url.startswith("//") or urlsplit(url).scheme in ("http", "https", "ftp", "ws", "wss")


def _host(value: str) -> str:
    return urlsplit(_normalised_url(value) if not value.startswith("//") else "http:" + value).hostname or "another site"


def _unquote(value: str | None) -> str:
    if value and value[0] in "\"'":
        return value[1:-1]
    return value or ""


def _attribute_problems(tag: str, attrs: list[tuple[str, str]]) -> list[str]:
    """Messages for one element's attributes (shared by both passes)."""
    messages = []
    for name, value in attrs:
        name = name.lower()
        if name.startswith("on") and len(name) > 2:
            messages.append(f"event attribute {name}= on <{tag}>: contributed pages cannot run scripts")
        elif name in URL_ATTRIBUTES and is_unsafe_url(value):
            scheme = _normalised_url(value).split(":", 1)[0]
            messages.append(f"{scheme}: URL in {name}= of <{tag}>: links must lead to pages, not run code")
        elif name == "style" and re.search(r"url\s*\(|@import|expression\s*\(", value, re.I):
            messages.append(f"style= on <{tag}> loads a resource: styles come from the site stylesheet")
        elif (name in RESOURCE_ATTRIBUTES or (name == "href" and tag in RESOURCE_HREF_ELEMENTS)) and any(
                is_external(part.strip().split(" ")[0]) for part in value.split(",") if part.strip()):
            messages.append(f"external embed: <{tag} {name}=…> loads a file from {_host(value.strip().split(' ')[0])}; "
                            "put the file under docs/assets/ instead")
    return messages


# --- pass 1: the Markdown source -----------------------------------------------------------------

def check_markdown(source: str) -> list[Problem]:
    """Problems in a Markdown source, with 1-based line and column."""
    text = mask_inert(source)
    problems: list[Problem] = []

    def add(offset: int, message: str) -> None:
        problems.append(Problem(*_position(text, offset), message))

    for tag in _TAG.finditer(text):
        name = tag.group(1).lower()
        if name in FORBIDDEN_ELEMENTS:
            add(tag.start(), FORBIDDEN_ELEMENTS[name])
            continue
        attrs = [(m.group(1), html.unescape(_unquote(m.group(2)))) for m in _ATTR.finditer(tag.group(2))]
        for message in _attribute_problems(name, attrs):
            add(tag.start(), message)

    for block in _ATTR_LIST.finditer(text):  # attr_list: {: onclick="..." } adds attributes too
        attrs = [(m.group(1), _unquote(m.group(2))) for m in _ATTR.finditer(block.group(1)) if m.group(2)]
        for message in _attribute_problems("element", attrs):
            add(block.start(), message.replace("<element>", "an element ({: … } attribute list)"))

    definitions = {m.group(1).strip().lower(): (m.start(2), m.group(2)) for m in _MD_REF_DEF.finditer(text)}
    for start, url in definitions.values():
        if is_unsafe_url(url):
            add(start, f"{_normalised_url(url).split(':', 1)[0]}: URL in a link reference: links must lead to pages, not run code")

    for link in _MD_LINK.finditer(text):
        is_image, url = link.group(1) == "!", link.group(2)
        if is_unsafe_url(url):
            add(link.start(2), f"{_normalised_url(url).split(':', 1)[0]}: URL in a Markdown link: links must lead to pages, not run code")
        elif is_image and is_external(url):
            add(link.start(), f"external image from {_host(url)}: images must be files under docs/assets/, "
                              "so that readers' browsers contact no other site")

    for use in _MD_REF_USE.finditer(text):
        label = (use.group(2) or use.group(1)).strip().lower()
        if label in definitions and is_external(definitions[label][1]):
            add(use.start(), f"external image from {_host(definitions[label][1])}: images must be files under docs/assets/, "
                             "so that readers' browsers contact no other site")

    for link in _AUTOLINK.finditer(text):
        if is_unsafe_url(link.group(1)):
            add(link.start(1), f"{_normalised_url(link.group(1)).split(':', 1)[0]}: URL in an automatic link: links must lead to pages, not run code")

    return sorted(set(problems), key=lambda p: (p.line, p.column, p.message))


# --- pass 2: the rendered content -----------------------------------------------------------------

class _ContentAudit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.messages: list[tuple[str, str]] = []   # (what to look for in the source, message)

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_ELEMENTS:
            self.messages.append((f"<{tag}", FORBIDDEN_ELEMENTS[tag]))
            return
        pairs = [(name, value or "") for name, value in attrs]
        for message in _attribute_problems(tag, pairs):
            clue = next((n for n, v in pairs if n.lower() in message or (v and v in message)), tag)
            self.messages.append((clue, message))

    handle_startendtag = handle_starttag


def check_html(content: str, source: str) -> list[Problem]:
    """Problems in rendered page content; each located at the first matching source line (else line 1)."""
    audit = _ContentAudit()
    audit.feed(content)
    problems = []
    lowered = mask_inert(source).lower()
    for clue, message in audit.messages:
        offset = lowered.find(clue.lower())
        line, column = _position(source, offset) if offset >= 0 else (1, 1)
        problems.append(Problem(line, column, message))
    return sorted(set(problems), key=lambda p: (p.line, p.column, p.message))
