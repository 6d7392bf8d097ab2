"""GitHub Actions: zizmor finds nothing, and the rules it does not check are checked here."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = REPO / ".github" / "workflows"
ZIZMOR = Path(sys.executable).parent / "zizmor"


def workflow(name: str) -> dict:
    # YAML 1.1 reads the key `on` as True
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))
    return data


def all_workflows() -> dict[str, dict]:
    return {path.name: workflow(path.name) for path in sorted(WORKFLOWS.glob("*.yml"))}


def test_zizmor_finds_nothing():
    zizmor = str(ZIZMOR) if ZIZMOR.exists() else shutil.which("zizmor")
    assert zizmor, "zizmor is not installed (requirements-test.txt)"
    # --strict-collection: a workflow zizmor cannot parse is an error, not a silent skip
    result = subprocess.run([zizmor, "--offline", "--strict-collection", "--no-progress", ".github"],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"zizmor:\n{result.stdout}\n{result.stderr}"
    assert "No findings" in result.stdout + result.stderr


def test_the_two_workflows_exist():
    assert {"ci.yml", "deploy.yml"} <= set(all_workflows())


@pytest.mark.parametrize("name", ["ci.yml", "deploy.yml"])
def test_actions_pinned_by_commit_sha_with_version(name):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)(.*)", text)
    assert uses
    for ref, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", ref), f"{name}: {ref} is not pinned by full commit SHA"
        assert re.search(r"#\s*v\d", comment), f"{name}: {ref} has no version comment"


@pytest.mark.parametrize("name", ["ci.yml", "deploy.yml"])
def test_least_privilege_and_concurrency(name):
    data = workflow(name)
    assert data.get("permissions") == {}, f"{name}: the default token must start with no permission"
    for job_name, job in data["jobs"].items():
        assert "permissions" in job, f"{name}: job {job_name} must declare what it needs"
    assert data.get("concurrency", {}).get("group"), f"{name}: no concurrency group"
    assert "pull_request_target" not in data["on"]
    for job in data["jobs"].values():
        for step in job["steps"]:
            if "actions/checkout@" in step.get("uses", ""):
                assert step["with"]["persist-credentials"] is False


def test_ci_runs_the_same_entry_point_on_pull_requests_and_pushes():
    data = workflow("ci.yml")
    assert "pull_request" in data["on"] and "push" in data["on"]
    runs = [step.get("run", "") for job in data["jobs"].values() for step in job["steps"]]
    assert any(run.strip() == "bash .ci/run" for run in runs)
    assert all(perm == "read" for job in data["jobs"].values() for perm in job["permissions"].values())


def test_deploy_publishes_main_as_dev_and_tags_as_release_plus_latest():
    data = workflow("deploy.yml")
    assert data["on"]["push"]["branches"] == ["main"] and data["on"]["push"]["tags"] == ["v*"]
    assert data["concurrency"]["cancel-in-progress"] is False
    steps = [step for job in data["jobs"].values() for step in job["steps"]]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "make deploy-local VERSION=dev" in runs
    assert 'make deploy-local VERSION="$version" ALIAS=latest' in runs
    assert "check-version" in runs and "push origin gh-pages" in runs
    assert "make offline" in runs and "build/people-first-offline.zip" in runs
    assert "${{" not in runs, "expressions in run: are template-injection risks; pass them through env"


def test_dependabot_covers_pip_and_actions():
    data = yaml.safe_load((REPO / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    ecosystems = {update["package-ecosystem"] for update in data["updates"]}
    assert {"pip", "github-actions"} <= ecosystems
    pip = next(u for u in data["updates"] if u["package-ecosystem"] == "pip")
    assert any(i["dependency-name"] == "mkdocs-redirects" for i in pip.get("ignore", []))
