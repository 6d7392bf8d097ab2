"""Versioned releases with mike: version names, language links that stay inside a version,
and the root 404 page that mike never writes.

Releases are calendar versions (2026.11), `latest` is a copy of the newest release and `dev`
a copy of main (GitHub Pages serves no symlinks). Run as a command:

    python -m peoplefirst.versions check-version v2026.11     # prints 2026.11 or fails
    python -m peoplefirst.versions publish-404 [--from latest] [--or dev] [--branch gh-pages]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from urllib.parse import urlsplit

CALENDAR_VERSION = re.compile(r"^(20\d\d)\.(0?[1-9]|1[0-2])(?:\.(\d+))?$")


class VersionError(ValueError):
    """A release name or a gh-pages state that cannot be published."""


def release_version(tag: str) -> str:
    """'v2026.11' or '2026.11' (a third part for a corrected re-release: 2026.11.1) -> '2026.11'."""
    name = tag[1:] if tag.startswith("v") else tag
    if not CALENDAR_VERSION.match(name):
        raise VersionError(f"release tag {tag!r}: expected a calendar version such as v2026.11 or v2026.11.1")
    return name


def site_relative_link(link: str, site_url: str | None) -> str:
    """An absolute language-switcher link ('/people-first/2026.11/uk/') made relative to the
    site root ('uk/'), so that the `url` filter turns it into a page-relative link.

    The i18n plugin writes absolute paths from site_url: under mike they point every alias
    (`latest/`) at the frozen version, and from file:// at the root of the disk.
    """
    if not link.startswith("/"):
        return link
    base = urlsplit(site_url or "/").path.rstrip("/") + "/"
    if not link.startswith(base):
        return link
    rest = link[len(base):]
    return rest or "./"


# --- gh-pages --------------------------------------------------------------------------------

def _git(*args: str, data: bytes | None = None) -> bytes:
    result = subprocess.run(["git", *args], input=data, capture_output=True)
    if result.returncode != 0:
        raise VersionError(f"git {' '.join(args)}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def publish_root_404(source: str = "latest", branch: str = "gh-pages", fallback: str | None = None) -> str:
    """Copy <source>/404.html to the root of the branch and commit it.

    GitHub Pages answers every missing address with the root 404.html, which mike never
    touches. The copy keeps working because MkDocs writes the 404 page with absolute links
    into its version (/<repo>/2026.11/assets/...).
    """
    from mike import git_utils  # mike is pinned (2.2.0); its fast-import writer keeps history linear

    try:
        page = _git("show", f"{branch}:{source}/404.html")
    except VersionError:
        if fallback and fallback != source:  # e.g. only `dev` is deployed, no release yet
            return publish_root_404(fallback, branch)
        raise VersionError(f"{branch}:{source}/404.html not found: deploy {source!r} with mike first") from None
    try:
        current = _git("show", f"{branch}:404.html")
    except VersionError:
        current = None
    if current == page:
        return f"root 404.html already matches {source}/404.html"
    with git_utils.Commit(branch, f"Root 404 page from {source}") as commit:
        commit.add_file(git_utils.FileInfo("404.html", page))
    return f"root 404.html <- {source}/404.html (committed on {branch})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m peoplefirst.versions", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check-version", help="validate a release tag and print its version")
    check.add_argument("tag")
    pub = sub.add_parser("publish-404", help="copy a version's 404 page to the root of gh-pages")
    pub.add_argument("--from", dest="source", default="latest")
    pub.add_argument("--or", dest="fallback", metavar="VERSION", help="used while --from is not deployed")
    pub.add_argument("--branch", default="gh-pages")
    args = parser.parse_args(argv)
    try:
        if args.command == "check-version":
            print(release_version(args.tag))
        else:
            print(publish_root_404(args.source, args.branch, args.fallback))
    except VersionError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
