"""PII guard: finds details that could identify a survivor before anything is published.

Layers, each a small module:
  model.py      Span / Finding / ScanContext, the kinds (the CLI contract, DESIGN §3)
  detectors/    pure functions: text in, spans out (one module per family of kinds)
  registry.py   which detectors run, in which context (testimony rules only in testimonies)
  masking.py    how a finding is shown without repeating the identifier
  allowlist.py  public figures and organisational contacts that may be named (data/pii-allowlist.yml)
  sources/      where text hides: Markdown (front matter, comments, links, alt text, code, tables),
                rendered HTML, image metadata, PDF and Office metadata
  scan.py       files and folders in, findings out
  cli.py        `pii-guard scan PATH... [--format json]`
"""
