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

`each(items, seconds)` is the same budget for every `next()` of an iterator at a fraction of
the cost (a source's millions of location points): `within` swaps the signal handler twice per
call (about 12 microseconds, 24 s of CPU over 2,000,000 items), while `each` installs it once
and lets a coarse interval timer (`TICK_S`) check how long the running `next()` has taken.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

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


TICK_S = 1.0  # how often `each` checks the running next(): it is abandoned up to this late


def each(items: Iterator[T], seconds: float = FILE_BUDGET_S) -> Iterator[T]:
    """`items`, each `next()` with at most `seconds` of wall time (`OverBudget` raised in it
    when over), as `with within(seconds): next(items)` per item would, but with one handler
    and one periodic timer for the whole iteration. Between items (while the caller works
    on one) nothing is timed. No limit where `within` has none; closing this closes nothing
    but the timer."""
    if seconds <= 0 or not available():
        yield from items
        return
    began = [0.0]  # when the running next() began; 0.0 while none runs

    def check(signum: int, frame: object) -> None:
        if began[0] and time.monotonic() - began[0] >= seconds:
            raise OverBudget

    previous = signal.signal(signal.SIGALRM, check)
    _ACTIVE[0] = True
    tick = min(seconds, TICK_S)
    signal.setitimer(signal.ITIMER_REAL, tick, tick)
    try:
        while True:
            began[0] = time.monotonic()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                began[0] = 0.0
            yield item
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _ACTIVE[0] = False
