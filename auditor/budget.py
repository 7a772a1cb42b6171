"""A time budget per input file: `within(seconds)` abandons work that runs past it.

What it covers: reading one media file's metadata (`media.batch.read_one`, in the scan's own
process or in a worker) and each step of an export source (`engine` reads a source's Items one
`next()` at a time under the budget, so a file that keeps the parser busy without yielding is
abandoned and listed in `errors`; the rest of that one export is not read, which is said too).
The scan goes on with the next file or export.

How: a POSIX interval timer (`signal.setitimer`, SIGALRM) in the main thread of the process,
whose handler raises `OverBudget`. It interrupts Python code between bytecodes; one long call
into C (a single regex search, a zlib inflate) ends before it fires, which is why the parsers
stay linear-time and every read has a size cap.

Fallback: where there is no SIGALRM (Windows) or the caller is not the main thread, `within`
runs the work with no time limit, and `available()` says so; the linear-time parsers, size caps
and the per-item text cap are then the only bound. One budget at a time: inside another
`within`, the inner one adds no timer (the outer one still holds).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

FILE_BUDGET_S = 30.0  # the default for one input file (an export step or a media file)


class OverBudget(BaseException):  # noqa: N818 (not an error of the file: the time allowed ran out)
    """Raised in the budgeted work when its time is up. A BaseException, so a reader's own
    `except Exception` cannot swallow it."""


_ACTIVE = [False]


def available() -> bool:
    """Whether `within` can enforce a limit here (POSIX timers, main thread, none running)."""
    return (
        hasattr(signal, "setitimer")
        and hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
        and not _ACTIVE[0]
    )


def _expire(signum: int, frame: object) -> None:
    raise OverBudget


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Run the body with at most `seconds` of wall time; `OverBudget` is raised in it when over."""
    if seconds <= 0 or not available():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    _ACTIVE[0] = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _ACTIVE[0] = False
