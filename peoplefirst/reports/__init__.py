"""Analytical reports: dated pages under docs/<lang>/reports/, their listings, categories and feeds.

The engine is plain Python (no MkDocs objects): hooks/reports.py adapts it to build events.
  vocabulary    the controlled list of categories (data/report-categories.yml)
  metadata      front matter of one report, validated with file:line errors
  reading_time  minutes a reader needs, from the Markdown text
  listing       paginated listings (all reports, one category)
  feed          the Atom feed of one language
"""


class ReportError(ValueError):
    """Invalid report input; the message starts with 'file:line:' and names the field."""
