"""Shared fixtures: the built site (once per session), a local HTTP server, headless Chromium."""
from __future__ import annotations

import dataclasses
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "uk", "ru", "fr", "es", "pt", "zh", "hi", "ar"]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ON_CI = os.environ.get("CI", "").lower() == "true"


def mkdocs_build(project: Path, site_dir: Path, *extra: str, **env_vars: str) -> subprocess.CompletedProcess:
    """Run a strict build of `project` the way `make build` does; return the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env_vars}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir), *extra],
        cwd=project, env=env, capture_output=True, text=True, timeout=1800,
    )


def copy_project(dest: Path) -> Path:
    """A throwaway copy of the repository (sources only) to plant test content in."""
    ignore = shutil.ignore_patterns(".git", ".venv", "site", "build", "__pycache__", ".pytest_cache", "*.egg-info")
    shutil.copytree(REPO, dest, ignore=ignore)
    return dest


def page_path(site: Path, lang: str, rel: str = "") -> Path:
    """Built file of a page: rel like 'demands/' or '' for the home page."""
    base = site if lang == "en" else site / lang
    return base / rel / "index.html"


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The repository's own site, built strictly once for the whole session."""
    out = tmp_path_factory.mktemp("site")
    result = mkdocs_build(REPO, out)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def served_site(site):
    """The built site on http://127.0.0.1:<free port>/ for the browser tests."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium through Playwright. Skips locally without it; fails on CI."""
    if not CHROMIUM.exists():
        reason = f"headless Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if ON_CI:
            pytest.fail(reason + ": browser tests are required under CI=true")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()


# Pages planted for the search tests (test_search.py), every detail fictional: Ukrainian pages
# with inflected forms only ("дітей", "депортованих", "полонених"; never "дитина", "депортовані"),
# an English page that becomes a fallback under /uk/, a Chinese sentence to segment.
SEARCH_SAMPLES = {
    "uk/pf-search/children.md": "---\ntranslation: original\n---\n# Повернення дітей\n\n"
                                "Кампанія вимагає повернення депортованих дітей до їхніх родин.\n",
    "uk/pf-search/captives.md": "---\ntranslation: original\n---\n# Звільнення цивільних\n\n"
                                "Родини полонених чекають на звістку про своїх близьких.\n",
    "en/pf-search/fallback.md": "# Lighthouse keepers\n\nThe lighthouse keepers wrote a letter about the campaign.\n",
    "zh/pf-search/children.md": "---\ntranslation: draft\n---\n# 儿童回家\n\n我们要求让被驱逐的儿童回家与家人团聚。\n",
}


@pytest.fixture(scope="session")
def site_with_testimonies(tmp_path_factory) -> Path:
    """A copy of the repository with testimony pages (two synthetic, fictional ones per language
    if it has none yet) and the search samples (SEARCH_SAMPLES, under pf-search/), built once per
    session: the page-type tests (accessibility, budgets) and the search tests share this build."""
    from peoplefirst.testimonies.synthetic import generate

    project = copy_project(tmp_path_factory.mktemp("with-testimonies") / "project")
    if not [p for p in (project / "docs" / "en" / "testimonies").rglob("*.md") if p.name != "index.md"]:
        generate(project / "docs", 2)
    for rel, text in SEARCH_SAMPLES.items():
        path = project / "docs" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    out = project.parent / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, f"strict build with testimonies and search samples failed:\n{result.stdout}\n{result.stderr}"
    return out


# --- releases published with mike: shared by test_versions.py and test_takedown.py ----------------
# Each `mike deploy` is a full build: the two modules share one pair of releases.
RELEASE_SITE_URL = "https://example.org/people-first/"
GIT_ID = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
          "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
# Fictional, and in no other page: what a takedown must make vanish everywhere (test_takedown.py).
TAKEDOWN_MARKER = {
    "en": "The synthetic orchard behind the grey warehouse smelled of pears and motor oil.",
    "uk": "Вигаданий сад за сірим складом пахнув грушами й мастилом.",
}
PLANTED_REDIRECT = "campaign-before-move.md"   # a moved page (test_versions.py), only in the copy


def run_in_project(cmd: list[str], project: Path, **env: str) -> subprocess.CompletedProcess:
    """A command in a project copy with the release environment (git identity, site_url, venv on PATH)."""
    bin_dir = str(Path(sys.executable).parent)
    full_env = {**os.environ, **GIT_ID, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": RELEASE_SITE_URL,
                "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), **env}
    return subprocess.run(cmd, cwd=project, env=full_env, capture_output=True, text=True, timeout=1800)


def redirect_target() -> str:
    """An existing English page to plant a redirect to (the site has moved no page yet)."""
    pages = sorted(p.relative_to(REPO / "docs" / "en").as_posix() for p in (REPO / "docs" / "en").rglob("*.md"))
    return next((p for p in pages if p != "index.md"), "index.md")


@dataclasses.dataclass(frozen=True)
class Releases:
    project: Path       # a git repository whose gh-pages branch holds the releases; never change it
    testimony: str      # e.g. testimonies/t-0000-0001.md: the page carrying TAKEDOWN_MARKER


@pytest.fixture(scope="session")
def published_releases(tmp_path_factory) -> Releases:
    """A copy of the repository with two synthetic testimonies per language (en, uk, ru; one
    carrying TAKEDOWN_MARKER) and a planted redirect, released as deploy.yml does: 2026.10,
    then 2026.11 with `latest` (a copy), `latest` as default, the root 404 page.
    Tests that change the branch (takedown) work on a copy of the project."""
    from peoplefirst.testimonies.synthetic import generate

    project = copy_project(tmp_path_factory.mktemp("releases") / "project")
    written = generate(project / "docs", per_language=2, languages=("en", "uk", "ru"), seed=7)
    testimony = f"testimonies/{sorted(p for p in written if p.parent.parent.name == 'en')[0].name}"
    for lang, sentence in TAKEDOWN_MARKER.items():
        path = project / "docs" / lang / testimony
        path.write_text(path.read_text(encoding="utf-8").rstrip() + f"\n\n{sentence}\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      redirect_maps: {}\n" in text, "mkdocs.yml: the redirects plugin block changed; update conftest.py"
    config.write_text(text.replace("      redirect_maps: {}\n",
                                   f"      redirect_maps:\n        {PLANTED_REDIRECT}: {redirect_target()}\n", 1),
                      encoding="utf-8")
    mike = str(Path(sys.executable).parent / "mike")
    steps = [
        ["git", "init", "-q", "-b", "main"], ["git", "add", "-A"], ["git", "commit", "-q", "-m", "sources"],
        [mike, "deploy", "--update-aliases", "2026.10"],
        [mike, "deploy", "--update-aliases", "2026.11", "latest"],
        [mike, "set-default", "latest"],
        [sys.executable, "-m", "peoplefirst.versions", "publish-404", "--from", "latest"],
    ]
    for cmd in steps:
        result = run_in_project(cmd, project)
        assert result.returncode == 0, f"{' '.join(cmd[1:])} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return Releases(project, testimony)
