"""Contributors' mistakes that MkDocs would publish silently (DESIGN §4) fail the build instead,
with file:line:col and what is wrong: scripts, embeds, event attributes, javascript: links,
external images and invalid front matter."""
from __future__ import annotations

import re

import pytest

from conftest import copy_project, mkdocs_build
from peoplefirst.content_safety import check_html, check_markdown
from peoplefirst.front_matter import check_front_matter

PAGE = "docs/en/contributed.md"

# (name, page source, line, column, words the message must contain)
PLANTED = [
    ("raw script", "# Update\n\nNews from the campaign.\n\n<script>fetch('/x')</script>\n",
     5, 1, ["<script>"]),
    ("iframe embed", "# Video\n\nWatch the hearing:\n\n<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>\n",
     5, 1, ["<iframe>", "embed"]),
    ("onclick attribute", "# Letter\n\nSign it here:\n\n<button onclick=\"sign()\">Sign</button>\n",
     5, 1, ["onclick=", "<button>"]),
    ("javascript link", "# Links\n\nRead the [open letter](javascript:alert(1)) today.\n",
     3, 24, ["javascript:", "link"]),
    ("external image", "# Rally\n\n![Rally in Kyiv](https://images.example.com/rally.jpg)\n",
     3, 1, ["external image", "images.example.com"]),
    ("invalid front matter", "---\ntitle: Rally\ntranslation: original\n  type: [testimony\n---\n# Rally\n",
     4, 7, ["invalid YAML front matter"]),
]


@pytest.mark.parametrize("name, source, line, column, words", PLANTED, ids=[p[0] for p in PLANTED])
def test_planted_mistake_fails_the_build_with_its_position(tmp_path, name, source, line, column, words):
    project = copy_project(tmp_path / "project")
    (project / PAGE).write_text(source, encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"{name}: the build passed\n{output[-2000:]}"
    located = re.search(rf"^.*{re.escape(PAGE)}:{line}:{column}: (.*)$", output, re.M)
    assert located, f"{name}: no '{PAGE}:{line}:{column}:' in the build output:\n{output[-2000:]}"
    for word in words:
        assert word in located.group(1), f"{name}: message lacks {word!r}: {located.group(1)}"
    assert "Traceback" not in output


def test_a_safe_page_with_code_examples_builds(tmp_path):
    """Code blocks and inline code may show HTML: they are text, not markup."""
    project = copy_project(tmp_path / "project")
    (project / PAGE).write_text(
        "# Embedding\n\nDo not paste `<iframe>` or `<script>` tags. Instead of this:\n\n"
        "```html\n<iframe src=\"https://example.org/\"></iframe>\n```\n\n"
        "link to [the video](https://example.org/video) and show a [local image](../assets/images/logo.svg).\n",
        encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]


# --- the checks themselves, table-driven -------------------------------------------------------

UNSAFE_MARKDOWN = [
    ("<SCRIPT src=x.js></SCRIPT>", "<script>"),
    ("<object data=\"x.swf\"></object>", "<object>"),
    ("<embed src=\"x.swf\">", "<embed>"),
    ("<img src=\"a.png\" onerror=\"x()\">", "onerror="),
    ("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "javascript:"),
    ("<a href=\"&#106;avascript:alert(1)\">x</a>", "javascript:"),
    ("<img src=\"//tracker.example.net/p.gif\">", "tracker.example.net"),
    ("<video poster=\"https://cdn.example.org/p.jpg\"></video>", "cdn.example.org"),
    ("<p style=\"background:url(https://t.example/p)\">x</p>", "style="),
    ("<link rel=\"stylesheet\" href=\"https://cdn.example/x.css\">", "<link>"),
    ("<style>@import url(https://x.example/y.css);</style>", "<style>"),
    ("[x]: javascript:alert(1)", "javascript:"),
    ("<javascript:alert(1)>", "javascript:"),
    ("A paragraph\n{: onmouseover=\"x()\" }", "onmouseover="),
    ("![pic][p]\n\n[p]: https://t.example/p.gif", "t.example"),
]


@pytest.mark.parametrize("source, word", UNSAFE_MARKDOWN)
def test_unsafe_markdown_is_found(source, word):
    problems = check_markdown("# Page\n\n" + source + "\n")
    assert problems, f"nothing found in {source!r}"
    assert any(word in p.message for p in problems), [p.message for p in problems]
    assert problems[0].line >= 3


SAFE_MARKDOWN = [
    "A [link to another site](https://example.org) is fine: readers choose to follow it.",
    "<a href=\"https://example.org\">also fine</a>",
    "![logo](../assets/images/logo.svg)",
    "`<script>` in inline code",
    "```\n<iframe src=\"https://example.org\"></iframe>\n```",
    "<!-- reviewers: <script> was removed -->",
    "<details><summary>Content warning</summary>Text</details>",
    "Writing about JavaScript: the language is not a URL.",
    "![diagram](data:image/png;base64,iVBORw0KGgo=)",
]


@pytest.mark.parametrize("source", SAFE_MARKDOWN)
def test_safe_markdown_passes(source):
    assert check_markdown("# Page\n\n" + source + "\n") == []


def test_rendered_attributes_from_extensions_are_caught():
    """attr_list can produce attributes that no raw HTML tag shows; the rendered pass catches them."""
    source = "# Page\n\nText\n{ data-x=\"1\" }\n"
    html = '<h1>Page</h1><p data-x="1" onfocus="x()">Text</p>'
    problems = check_html(html, source)
    assert [p.message for p in problems] == ["event attribute onfocus= on <p>: contributed pages cannot run scripts"]


FRONT_MATTER = [
    ("---\ntitle: A\n---\n# A\n", None),
    ("# No front matter\n", None),
    ("---\ntitle: A\ntitle: B\n---\n", (3, "duplicate key 'title'")),
    ("---\n- a list\n---\n", (2, "key: value")),
    ("---\ntitle: A\n", (1, "never closed")),
    ("---\ntitle: \"unclosed\ntranslation: draft\n---\n", (4, "invalid YAML")),
    ("---\ntags: [a, b\n---\n", (3, "invalid YAML")),
]


@pytest.mark.parametrize("source, expected", FRONT_MATTER)
def test_front_matter_checks(source, expected):
    problems = check_front_matter(source)
    if expected is None:
        assert problems == []
    else:
        assert len(problems) == 1
        assert problems[0].line == expected[0]
        assert expected[1] in problems[0].message
