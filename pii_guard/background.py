"""The build guard in a second process, beside MkDocs.

MkDocs renders a site's pages one after the other, on one core. The guard's reading of a page
needs nothing from the pages after it, so under `mkdocs build` each page is handed to a guard
process (forked when the build starts: the same BuildGuard, the same calls in the same order,
the same findings) and MkDocs goes on rendering; at the end of the build it waits for the
guard's report, which fails the build exactly as an in-process guard would. The guard's work is
unchanged; on a machine with two cores or more it is no longer added to the time a build takes.

Stays in process (`run_beside_build` is False): under `mkdocs serve` (a page's banner needs its
findings before the page is served), with one core (a second process would only add copying),
where `fork` does not exist (Windows), where the process's queue cannot be made (a container
without working semaphores), and with `PII_GUARD_PROCESS=off`.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import traceback
from pathlib import Path

from .buildguard import BuildGuard, relative_path
from .detectors import _word_memo
from .model import GuardError
from .registry import remembering_registry

_POLL_SECONDS = 0.5


def run_beside_build(serving: bool) -> bool:
    setting = os.environ.get("PII_GUARD_PROCESS", "auto").strip().lower()
    if serving or setting in ("off", "0", "no", "false"):
        return False
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores > 1 or setting in ("on", "1", "yes", "true")


def new_build_guard(serving: bool) -> BuildGuard | BackgroundGuard:
    """The guard for this build: beside it where that helps and works, else in its process
    (a container without working semaphores cannot make the guard process's queue)."""
    if run_beside_build(serving):
        try:
            return BackgroundGuard()
        except (OSError, ImportError):
            pass
    return BuildGuard(registry=remembering_registry(), serving=serving)


def _serve(requests, replies) -> None:
    """The guard process: runs each request on one BuildGuard, in order.

    A failure in a call nobody waits for (a bug, not a finding: findings are data) is kept and
    raised by the next call the build waits for, so it fails the build like it would in process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C is the build's: it stops this process
    guard = BuildGuard(registry=remembering_registry())
    failure: BaseException | None = None
    while (request := requests.get()) is not None:
        name, args, wanted = request
        try:
            value, ok = getattr(guard, name)(*args), True
        except GuardError as err:
            value, ok = err, False
        except Exception:                      # noqa: BLE001 - carried to the build, never lost
            value, ok = RuntimeError(f"PII guard failed in {name}:\n{traceback.format_exc()}"), False
        if not ok and not wanted:
            failure = failure or value
        elif wanted:
            if failure is not None:
                value, ok, failure = failure, False, None
            replies.send((ok, value))
    _word_memo.save_all()       # what the build taught it about words (atexit does not run here)


class BackgroundGuard:
    """BuildGuard's build-time calls, run in a guard process. Calls whose answer the build needs
    (configure, stats, report) wait for it; the others are queued and return at once."""

    serving = False

    def __init__(self):
        context = multiprocessing.get_context("fork")
        self._requests = context.Queue()       # put() never blocks: a thread feeds the pipe
        self._replies, writer = context.Pipe(duplex=False)
        self._process = context.Process(target=_serve, args=(self._requests, writer),
                                        name="pii-guard", daemon=True)
        # The build's objects, which the guard process inherits but never uses, are frozen: its
        # garbage collector then does not walk them all (and so copy their memory).
        gc.freeze()
        try:
            self._process.start()
        finally:
            gc.unfreeze()
        writer.close()                         # only the guard process writes: EOF if it dies
        self.root: Path | None = None
        self._rel_paths: dict = {}

    def _send(self, name: str, *args) -> None:
        self._requests.put((name, args, False))

    def _ask(self, name: str, *args):
        self._requests.put((name, args, True))
        try:
            while not self._replies.poll(_POLL_SECONDS):
                if not self._process.is_alive():
                    break
            ok, value = self._replies.recv()
        except (EOFError, OSError):
            raise GuardError(f"the PII guard's process stopped (exit code {self._process.exitcode}) "
                             "before it finished: nothing was checked; run again, or with "
                             "PII_GUARD_PROCESS=off to check in the build's own process") from None
        if not ok:
            raise value
        return value

    def configure(self, config_file, site_url=None, site_name=None) -> None:
        self.root = Path(config_file).resolve().parent
        self._ask("configure", config_file, site_url, site_name)

    def _rel(self, path) -> str:
        return relative_path(path, self.root, self._rel_paths)

    is_scanned_source = staticmethod(BuildGuard.is_scanned_source)
    summary = BuildGuard.summary

    def check_asset(self, abs_src_path) -> None:
        self._send("check_asset", abs_src_path)

    def check_page_source(self, abs_src_path, src_uri, markdown, language=None) -> None:
        self._send("check_page_source", abs_src_path, src_uri, markdown, language)

    def rendered_body(self, source_path, body_html) -> None:
        self._send("rendered_body", source_path, body_html)

    def check_page_html(self, output, dest_uri, source_path, language, skip_body=True) -> list:
        self._send("check_page_html", output, dest_uri, source_path, language, skip_body)
        return []                              # what is found comes in the report

    def stats(self) -> str:
        return self._ask("stats")

    def report(self) -> tuple[list[str], list[str]]:
        return self._ask("report")

    def close(self) -> None:
        """Stop the guard process and wait for it (its CPU time is then counted as the build's)."""
        if self._process.is_alive():
            self._requests.put(None)
            self._requests.close()
            self._requests.join_thread()
            self._process.join(timeout=60)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
