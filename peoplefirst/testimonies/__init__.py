"""Testimonies: the schema of a testimony file, its controlled vocabularies, the collection
(index, facets, pagination) and the synthetic generator used by tests and benchmarks.

Modules, each with one job:
  vocabularies.py  data/testimony-vocabularies.yml: controlled lists and labels in nine languages
  frontmatter.py   split a Markdown file into front matter and body; find a field's line
  schema.py        validate one testimony file: Testimony or a list of located problems
  collection.py    every testimony of docs/*/testimonies/, validated once per build process
  listing.py       facets, pagination and the HTML of listings and filter panels
  page.py          what a testimony page shows: metadata panel, warning, citation, languages
  version.py       the site version cited in "cite this testimony"
  synthetic.py     obviously synthetic testimonies for tests and `make bench` (never in docs/)
  scaffold.py      `make new-testimony`: a new file with the schema and comments
"""
