"""The guard in the build: a planted identifier fails `mkdocs build --strict` without ever being
printed; the real site passes. (Builds the whole site: about a minute each.)"""
import re

import pytest
import yaml

from conftest import REPO, copy_project, mkdocs_build

PHONE_SPELLINGS = ["+380 67 123 45 67", "+380671234567", "380671234567", "067 123 45 67", "0671234567",
                   "671234567", "123 45 67", "1234567"]


# A testimony that passes the testimony schema (hooks/testimonies.py), so only the guard objects.
PLANTED = """---
id: T-9999-0001
type: testimony
title: A fictional account
original_language: en
translation: original
groups: [civilian-detainee]
themes: [torture]
region: [kharkiv]
period: 2023-01/2023-06
consent:
  given: true
  scope: [publication-web]
  recorded: 2026-04
review:
  reviewer_role: legal-adviser
  month: 2026-11
content_warnings: []
pseudonyms: []
---

# A fictional account

The family can be reached on +380 67 123 45 67 in the evenings.
"""
PHONE_LINE = PLANTED.split("\n").index("The family can be reached on +380 67 123 45 67 in the evenings.") + 1


def test_the_guard_hook_is_registered():
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert "hooks/pii_build_guard.py" in config["hooks"]


# The guard reads beside the build in a process of its own (two cores or more), or in the
# build's process: the same failure either way (pii_guard/background.py).
@pytest.fixture(scope="module", params=["on", "off"], ids=["guard-process", "in-process"])
def planted_build(tmp_path_factory, request):
    project = copy_project(tmp_path_factory.mktemp("planted") / "project")
    config = project / "mkdocs.yml"
    if "hooks/pii_build_guard.py" not in config.read_text(encoding="utf-8"):
        # exercise the guard even while it is not registered (test_the_guard_hook_is_registered fails then)
        text = config.read_text(encoding="utf-8").replace("hooks:\n", "hooks:\n  - hooks/pii_build_guard.py\n", 1)
        config.write_text(text, encoding="utf-8")
    page = project / "docs" / "en" / "testimonies" / "t-9999-0001.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(PLANTED, encoding="utf-8")
    return mkdocs_build(project, tmp_path_factory.mktemp("planted-site"), PII_GUARD_PROCESS=request.param)


def test_a_planted_phone_fails_the_build_naming_file_and_line(planted_build):
    output = planted_build.stdout + planted_build.stderr
    assert planted_build.returncode == 1, output
    assert re.search(rf"docs/en/testimonies/t-9999-0001\.md:{PHONE_LINE}:30 phone \S+ \+380 ", output), output
    assert "Traceback" not in output


def test_the_build_output_never_contains_the_number(planted_build):
    output = planted_build.stdout + planted_build.stderr
    for spelling in PHONE_SPELLINGS:
        assert spelling not in output
    assert "380671234567" not in re.sub(r"\D", "", output)


def test_the_real_site_passes_the_guard(site):
    # the `site` fixture builds the repository strictly (with the guard) and asserts exit 0;
    # its pages name Oleksandra Matviichuk, Oleg Orlov and info@people1st.org
    text = "".join(p.read_text(encoding="utf-8") for p in site.rglob("index.html"))
    assert "info@people1st.org" in text
    assert "Matviichuk" in text or "Матвійчук" in text
