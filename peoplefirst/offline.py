"""The offline copy: a zip of the whole site (every language) that works from file://.

Material's `offline` plugin (enabled by PF_OFFLINE=true, see mkdocs.yml) turns off directory
URLs and inlines the search index into a script; it would load its Web Worker shim from a CDN,
so configure_offline() points it at the vendored copy in overrides/assets/vendor/. The build
is separate from the mike deploys: those keep directory URLs.

    python -m peoplefirst.offline [--out build/people-first-offline.zip]
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHIM = "assets/vendor/iframe-worker/shim.js"
OFFLINE_THEME = "offline"  # folder under the theme custom_dir (overrides/)
ZIP_ROOT = "people-first"
class OfflineError(RuntimeError):
    pass


def offline_enabled(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


def configure_offline(config):
    if not offline_enabled(config):
        # Material's search is configured for the offline copy only. Disabled, it still sits in
        # the plugin collection, where the i18n plugin would ask it for an index it never made.
        for name in ("material/search", "search"):
            plugin = config.plugins.get(name)
            if plugin is not None and not plugin.config.enabled:
                del config.plugins[name]
        return config
    offline_theme = str(Path(config.theme.custom_dir, OFFLINE_THEME))
    if offline_theme not in config.theme.dirs:
        config.theme.dirs.insert(0, offline_theme)  # Material's search partial, not Pagefind's
    polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
    config.extra["polyfills"] = [*polyfills, SHIM]
    config.extra.pop("version", None)
    return config


def third_party_references(site_dir: Path) -> list[str]:
    """'file: reference' for every request a page or script would make to another origin.

    Links a reader clicks (<a href="https://...">) are allowed; what loads by itself is not."""
    found = []
    for path in sorted(site_dir.rglob("*")):
        if path.suffix not in {".html", ".js", ".css"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            text = re.sub(r"<a\s[^>]*>", "", text)  # clickable links only load when clicked
            text = re.sub(r'<link rel="(?:canonical|alternate)"[^>]*>', "", text)
        # what loads by itself: scripts, stylesheets, frames, images from another origin
        for match in re.finditer(r"unpkg\.com|cdn\.jsdelivr\.net|fonts\.(?:googleapis|gstatic)\.com"
                                 r"|<script[^>]+src=\"(?:https?:)?//[^\"]+|<link[^>]+stylesheet[^>]+href=\"(?:https?:)?//[^\"]+"
                                 r"|<i?frame[^>]+src=\"(?:https?:)?//[^\"]+|<img[^>]+src=\"(?:https?:)?//[^\"]+", text):
            found.append(f"{path.relative_to(site_dir)}: {match.group(0)[:80]}")
    return found


_CSP_SCRIPT_SRC = re.compile(r'(<meta http-equiv="Content-Security-Policy" content="[^"]*?script-src )([^;"]*)')


def relax_csp_for_file_urls(site_dir: Path) -> int:
    """Let the iframe-worker shim run its inline bootstrap script; return the pages changed.

    The shim starts the search worker in an iframe whose inline script names the worker by its
    absolute file:// address, which depends on where the reader unzipped the copy: no hash can
    allow it. Hashes switch 'unsafe-inline' off, so they go. The online site keeps its hashes;
    a copy on the reader's own disk has no mirror or proxy in its path to defend against.
    """
    changed = 0
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        relaxed = _CSP_SCRIPT_SRC.sub(lambda m: m.group(1) + "'self' 'unsafe-inline'", text)
        if relaxed != text:
            page.write_text(relaxed, encoding="utf-8")
            changed += 1
    return changed


def build_site(project: Path, site_dir: Path) -> None:
    env = {**os.environ, "PF_OFFLINE": "true", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise OfflineError(f"offline build failed:\n{result.stdout[-4000:]}{result.stderr[-4000:]}")


def write_zip(site_dir: Path, out: Path) -> int:
    """Zip site_dir under a single top folder (readers unzip one folder); return the file count."""
    out.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in site_dir.rglob("*") if p.is_file())
    tmp = out.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in files:
            # fixed timestamps: the same sources give the same zip
            info = zipfile.ZipInfo(f"{ZIP_ROOT}/{path.relative_to(site_dir).as_posix()}", (2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    tmp.replace(out)
    return len(files)


def make_offline(project: Path, out: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="pf-offline-") as tmp:
        site_dir = Path(tmp, "site")
        build_site(project, site_dir)
        if not (site_dir / SHIM).is_file():
            raise OfflineError(f"{SHIM} missing from the offline build: the search worker would not start from file://")
        # Pagefind's index (the online search) cannot load from file://: dead weight here
        shutil.rmtree(site_dir / "pagefind", ignore_errors=True)
        relax_csp_for_file_urls(site_dir)
        leaks = third_party_references(site_dir)
        if leaks:
            raise OfflineError("the offline copy would contact another origin:\n  " + "\n  ".join(leaks[:20]))
        count = write_zip(site_dir, out)
    return f"{out}: {count} files, {out.stat().st_size / 1e6:.1f} MB; open {ZIP_ROOT}/index.html after unzipping"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m peoplefirst.offline", description="Build the offline zip.")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "people-first-offline.zip")
    parser.add_argument("--project", type=Path, default=REPO)
    args = parser.parse_args(argv)
    try:
        print(make_offline(args.project.resolve(), args.out.resolve()))
    except OfflineError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
