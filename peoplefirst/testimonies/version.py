"""The version a citation names: SITE_VERSION, else the git tag of HEAD, else 'dev'.

Releases are calendar-versioned tags (e.g. 2026.11) deployed with mike; the deploy sets
SITE_VERSION so the frozen copy cites itself.
"""
from __future__ import annotations

import os
import subprocess
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def site_version(repo: Path) -> str:
    explicit = os.environ.get("SITE_VERSION", "").strip()
    if explicit:
        return explicit
    try:
        tag = subprocess.run(["git", "describe", "--tags", "--exact-match"], cwd=repo,
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "dev"
    return tag.stdout.strip() if tag.returncode == 0 and tag.stdout.strip() else "dev"
