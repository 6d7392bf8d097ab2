"""Rendered pages are judged in the language each part is written in: the theme around the
article in the build's language, elements with a `lang` attribute in theirs. Interface words of
French, Spanish and Portuguese ("Agir", "En-tête", "Abas", "Todos los informes", "Cruz Roja")
are words, not transliterated names; a name a template adds is still found. Names are fictional."""
import pytest

from pii_guard.model import ScanContext
from pii_guard.registry import Registry
from pii_guard.scan import Scanner
from pii_guard.sources.html import chunks, language_regions

PAGE = """<!doctype html>
<html lang="en">
<head><title>{title}</title></head>
<body>
<header class="md-header"><nav aria-label="{header}">{nav}</nav></header>
<main><article class="md-content__inner md-typeset">
<div class="admonition" lang="{lang}"><p>{notice}</p></div>
<h1>Civilians held by Russia</h1>
<p>{body}</p>
</article></main>
<footer><p>{footer}</p></footer>
</body></html>
"""

CHROME = {  # the interface of the site in each Latin-script build language (Material + ui-strings)
    "fr": dict(title="Civils", header="En-tête", nav="Agir · Rapports · Onglets · Recherche",
               notice="Cette page n'est pas encore traduite en français. Elle est affichée en anglais.",
               footer="Pied de page · Suivant : Agir"),
    "es": dict(title="Civiles", header="Encabezado", nav="Todos los informes · Actuar · Lea más",
               notice="Esta página aún no está traducida al español. Se muestra en inglés.",
               footer="Comité Internacional de la Cruz Roja · Siguiente"),
    "pt": dict(title="Civis", header="Cabeçalho", nav="Abas · Ler a versão atual · Agir",
               notice="Esta página ainda não foi traduzida para português. É apresentada em inglês.",
               footer="Todos os relatórios · Rodapé"),
    "zh": dict(title="平民", header="页眉", nav="行动 · 报告 · GitHub · Download PDF · Read more",
               notice="本页尚未翻译成中文，以英文显示。", footer="Next · Previous · Privacy"),
}


def _scan(lang: str, body: str) -> list:
    html = PAGE.format(lang=lang, body=body, **CHROME[lang])
    scanner = Scanner(registry=Registry())
    return scanner.html(html, f"site/{lang}/people/index.html", ScanContext(language=lang), ui_language=lang)


@pytest.mark.parametrize("lang", sorted(CHROME))
def test_the_interface_of_each_build_language_is_not_taken_for_names(lang):
    assert _scan(lang, "The campaign demands the release of all civilians.") == []


@pytest.mark.parametrize("lang", sorted(CHROME))
def test_a_name_in_the_rendered_page_is_still_found(lang):
    found = _scan(lang, "Her neighbour Olena Kovalenko was taken on the same day.")
    assert [(f.kind, f.masked) for f in found] == [("person_name", "O. K.")]


def test_regions_follow_the_article_and_lang_attributes():
    html = ('<html lang="en"><nav>Agir</nav><article><div lang="fr"><div>Cette</div></div>'
            '<p>Hello</p><a lang="uk" href="x">Укр</a></article><footer>Pied</footer></html>')
    regions = [(lang, html[a:b]) for a, b, lang in language_regions(html, "en", "fr")]
    assert regions == [
        ("fr", '<html lang="en"><nav>Agir</nav><article><div lang="fr"><div>Cette</div></div>'),
        ("en", "<p>Hello</p>"),
        ("uk", '<a lang="uk" href="x">Укр</a>'),
        ("fr", "</article><footer>Pied</footer></html>"),
    ]


def test_anchor_links_made_from_headings_are_not_dates_but_the_heading_text_is_read():
    """A listing heading "Year 2022 (page 10 of 13)" gets the id "2022-10-13": the permalink
    `href="#2022-10-13"` is no date. A real date in a heading is still found, in its text."""
    scanner = Scanner(registry=Registry())
    ctx = ScanContext(language="en", testimony=True)
    listing = ('<h1 id="2022-10-13">Year 2022 (page 10 of 13)'
               '<a class="headerlink" href="#2022-10-13">&para;</a></h1>')
    assert scanner.html(listing, "site/testimonies/year/2022/page/10/index.html", ctx) == []
    dated = '<h2 id="release-14-march-2023">Release on 14 March 2023<a href="#release-14-march-2023">&para;</a></h2>'
    kinds = [f.kind for f in scanner.html(dated, "site/testimonies/t/index.html", ctx)]
    assert kinds == ["exact_date"]


def test_pages_are_cut_between_tags_only_and_nothing_is_lost():
    page = ("<head>\n  <title>A page</title>\n    \n  <meta name=x>\n</head>\n<body><p>One line\n"
            "and <b>two</b>\n</p>\n\n   <p>Text after a tag>\nstill text</p>\n</body>")
    pieces = chunks(page)
    assert "\n".join(pieces) == page
    assert any("<p>One line\nand <b>two</b>" in p for p in pieces)  # text never cut
    assert any(p.endswith("<p>Text after a tag>\nstill text</p>") for p in pieces)
    assert "  <title>A page</title>" in pieces                    # cut after a blank line too
