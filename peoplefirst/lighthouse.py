"""`make lighthouse`: Lighthouse (npm lighthouse 12.2.3, Debian chromium, mobile) on the home
page, a testimony and a report; the scores go into README.md ("Performance") and
build/lighthouse/scores.json.

The site is built from a throwaway copy (with two synthetic testimonies if the repository has
none yet), with site_url set to the local address it is served from (canonical links must point
at the page audited), and served gzip-compressed as GitHub Pages serves it.

    python -m peoplefirst.lighthouse [--check]
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOOL = REPO / "tools" / "lighthouse"
OUT = REPO / "build" / "lighthouse"
README = REPO / "README.md"
START, END = "<!-- lighthouse-scores:start -->", "<!-- lighthouse-scores:end -->"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}
COPY_IGNORE = shutil.ignore_patterns(".git", ".venv", "site", "build", "__pycache__", ".pytest_cache",
                                     "*.egg-info", "node_modules")


def progress(message: str) -> None:
    print(f"lighthouse: {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_site(workdir: Path, site_url: str) -> Path:
    from peoplefirst.testimonies.synthetic import generate

    project = workdir / "project"
    shutil.copytree(REPO, project, ignore=COPY_IGNORE)
    if not [p for p in (project / "docs" / "en" / "testimonies").rglob("*.md") if p.name != "index.md"]:
        generate(project / "docs", 2)
        progress("no testimony in the repository: two synthetic ones added to the copy")
    site = OUT / "site"
    shutil.rmtree(site, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=project, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit("lighthouse: the build failed:\n" + "\n".join((result.stdout + result.stderr).splitlines()[-20:]))
    return site


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A static host like GitHub Pages: text files gzip-compressed when the browser accepts it."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix not in COMPRESSED or "gzip" not in self.headers.get("Accept-Encoding", "")
                or not path.is_file() or not self.path.split("?")[0].endswith((path.name, "/"))):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)


@contextmanager
def serve(site: Path, port: int):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()


def first_below(site: Path, section: str, marker: str | None = None) -> str:
    pages = sorted(p.parent.relative_to(site).as_posix() + "/" for p in (site / section).rglob("index.html")
                   if p.parent != site / section and "category" not in p.parts
                   and (marker is None or marker in p.read_text(encoding="utf-8")))
    if not pages:
        raise SystemExit(f"lighthouse: no page under /{section}/ in the built site")
    return "/" + pages[0]


def run_lighthouse(url: str, report: Path) -> dict[str, int]:
    binary = TOOL / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        raise SystemExit(f"lighthouse: {binary} missing: run `npm ci --prefix {TOOL.relative_to(REPO)}` (make lighthouse does)")
    cmd = [str(binary), url, "--quiet", "--output=json", f"--output-path={report}",
           f"--only-categories={','.join(CATEGORIES)}",
           "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"]
    result = subprocess.run(cmd, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True)
    if result.returncode != 0 or not report.exists():
        raise SystemExit(f"lighthouse: failed on {url}:\n{result.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round((data["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    failing = [f"{a['id']} ({a['score']})" for a in data["audits"].values()
               if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in ("binary", "numeric")
               and any(ref["id"] == a["id"] for c in CATEGORIES[1:] for ref in data["categories"][c]["auditRefs"]
                       if ref.get("weight"))]
    if failing:
        progress(f"  {url}: audits not passed: {', '.join(failing)}")
    return scores


def readme_block(results: dict[str, dict], when: str) -> str:
    head = "| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|\n"
    rows = "".join(f"| {name} (`{r['path']}`) | {r['performance']} | {r['accessibility']} | "
                   f"{r['best-practices']} | {r['seo']} |\n" for name, r in results.items())
    return (f"{START}\nLighthouse 12.2.3, mobile, Debian chromium, site served gzip-compressed; "
            f"recorded by `make lighthouse` on {when}.\n\n{head}{rows}{END}")


def record(results: dict[str, dict]) -> None:
    when = dt.date.today().isoformat()
    (OUT / "scores.json").write_text(json.dumps({"date": when, "pages": results}, indent=2) + "\n", encoding="utf-8")
    text = README.read_text(encoding="utf-8")
    if START in text and END in text:
        text = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda m: readme_block(results, when), text, flags=re.S)
        README.write_text(text, encoding="utf-8")
    else:
        progress(f"README.md has no {START} … {END} block: scores only in {OUT / 'scores.json'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make lighthouse", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a score is under its target")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="pf-lighthouse-") as tmp:
        progress("building the site ...")
        site = build_site(Path(tmp), f"http://127.0.0.1:{port}/")
    pages = {"home": "/", "testimony": first_below(site, "testimonies", 'class="pf-testimony"'), "report": first_below(site, "reports")}
    results = {}
    with serve(site, port) as base:
        for name, path in pages.items():
            progress(f"auditing {name} {path} ...")
            results[name] = {"path": path, **run_lighthouse(base + path, OUT / f"{name}.report.json")}
            progress(f"  {results[name]}")
    record(results)
    print(json.dumps(results))
    below = [f"{name} {c} {r[c]} < {TARGETS[c]}" for name, r in results.items() for c in CATEGORIES if r[c] < TARGETS[c]]
    if below:
        progress("under target: " + "; ".join(below))
        return 1 if args.check else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
