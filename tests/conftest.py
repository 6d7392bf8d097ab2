"""Shared fixtures: the built site (once per session), a local HTTP server, headless Chromium."""
from __future__ import annotations

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


def mkdocs_build(project: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run a strict build of `project` the way `make build` does; return the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
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


@pytest.fixture(scope="session")
def site_with_testimonies(site, tmp_path_factory) -> Path:
    """The site with testimony pages: the repository's own build if it has testimonies, else a
    copy with two synthetic (fictional) testimonies per language, built once per session."""
    if any(p.name != "index.html" for p in (site / "testimonies").rglob("index.html")):
        return site
    from peoplefirst.testimonies.synthetic import generate

    project = copy_project(tmp_path_factory.mktemp("with-testimonies") / "project")
    generate(project / "docs", 2)
    out = project.parent / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, f"strict build with synthetic testimonies failed:\n{result.stdout}\n{result.stderr}"
    return out
