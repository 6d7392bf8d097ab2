"""Material's version selector only in builds that mike deploys.

The selector (and the outdated-version banner) fetch ../versions.json, which only mike writes,
on gh-pages. In a plain build (make build, make serve, tests, the offline copy) that request
fails on every page view: a console error and a wasted round trip. mike sets MIKE_DOCS_VERSION
for the builds it runs (`mike deploy`, `make deploy-local`, the deploy workflow).
"""
import os

from mike.mkdocs_utils import docs_version_var


def on_config(config):
    if not os.environ.get(docs_version_var):
        config.extra.pop("version", None)
    return config
