"""`mkdocs serve` keeps serving a site with a finding: the console says it loudly, the affected
page carries a banner, and neither shows the identifier. (Builds the whole site: about a minute.)"""
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from conftest import copy_project
from test_guard_build import PHONE_LINE, PHONE_SPELLINGS, PLANTED

STARTUP_SECONDS = 600


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("serve") / "project")
    (project / "docs" / "en" / "testimonies" / "t-9999-0001.md").write_text(PLANTED, encoding="utf-8")
    address = f"127.0.0.1:{_free_port()}"
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", address, "--no-livereload"],
                              cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    console: list[str] = []
    ready = threading.Event()

    def read():
        for line in server.stdout:
            console.append(line)
            if "Serving on" in line:
                ready.set()
    threading.Thread(target=read, daemon=True).start()
    try:
        if not ready.wait(STARTUP_SECONDS):
            pytest.fail("mkdocs serve did not start:\n" + "".join(console[-30:]))
        with urllib.request.urlopen(f"http://{address}/testimonies/t-9999-0001/", timeout=60) as response:
            page = response.read().decode("utf-8")
        time.sleep(1)
        yield server, "".join(console), page
    finally:
        server.terminate()
        server.wait(timeout=60)


def test_serve_keeps_serving_and_says_so_loudly(served):
    server, console, _ = served
    assert server.poll() is None, console                  # still serving
    assert f"ERROR   -  PII guard: docs/en/testimonies/t-9999-0001.md:{PHONE_LINE}:30 phone " in console
    assert "affected pages show a banner" in console and "Traceback" not in console


def test_the_affected_page_carries_a_banner_without_the_identifier(served):
    _, console, page = served
    assert 'class="pii-guard-banner" role="alert"' in page
    banner = page.split('class="pii-guard-banner"', 1)[1].split("</div>", 1)[0]
    assert f"t-9999-0001.md:{PHONE_LINE}:30 phone" in banner
    for spelling in PHONE_SPELLINGS:
        assert spelling not in banner and spelling not in console
