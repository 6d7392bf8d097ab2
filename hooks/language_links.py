"""Language links: the switcher stays inside the version (and the copy) the reader is in; the
<head> alternates are absolute for search engines (peoplefirst.language_links).

The i18n plugin gives the switcher absolute links built from site_url; under mike the
`latest/` copy then links to `/2026.11/uk/`, and the offline copy to `file:///uk/`. Made
relative to the site root, the theme's `url` filter turns them into page-relative links.
The theme prints the same list in <head>, where relative addresses are ignored by search
engines: those are rewritten to absolute addresses after rendering.
"""
from mkdocs.plugins import event_priority

from peoplefirst.language_links import absolute_head_alternates
from peoplefirst.versions import site_relative_link


@event_priority(-110)  # after the i18n plugin has set this page's alternates
def on_page_context(context, page, config, nav):
    # the plugin sets the list as an attribute of `extra` on pages, as a key elsewhere;
    # templates read the attribute first
    for alternates in (getattr(config.extra, "alternate", None), config.extra.get("alternate")):
        for alternate in alternates or []:
            alternate["link"] = site_relative_link(alternate.get("link", ""), config.site_url)
    return context


def on_post_page(output, page, config):
    return absolute_head_alternates(output, page.canonical_url)
