"""Give fallback pages the language of the text they really show.

With fallback_to_default, /uk/x/ may render the English file with lang="uk": screen readers
then read English with Ukrainian rules, and search files it under Ukrainian (DESIGN §4).
Here such a page gets lang="en" on <html>; the template shows a notice in the reader's
language (overrides/partials/translation-notice.html).
"""
from mkdocs.plugins import event_priority

from peoplefirst.i18n import current_language, file_language


@event_priority(-110)
def on_post_page(output, page, config):
    shown = file_language(page)
    built = current_language(config)
    if shown and shown != built:
        output = output.replace(f'<html lang="{built}"', f'<html lang="{shown}"', 1)
    return output
