"""auditor.budget: the per-input-file time budget abandons busy work, and is a documented no-op
where it cannot be enforced (no SIGALRM, not the main thread)."""

from __future__ import annotations

import threading
import time

import pytest

from auditor import budget


def _busy(seconds: float) -> int:
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        n += 1
    return n


@pytest.mark.skipif(not budget.available(), reason="needs POSIX interval timers")
def test_within_abandons_busy_work_and_restores_the_handler():
    start = time.monotonic()
    with pytest.raises(budget.OverBudget), budget.within(0.2):
        _busy(5)
    assert time.monotonic() - start < 2
    with budget.within(1.0):  # work that finishes in time is untouched, and no alarm is left over
        assert _busy(0.05) > 0
    _busy(1.2)


@pytest.mark.skipif(not budget.available(), reason="needs POSIX interval timers")
def test_overbudget_is_not_swallowed_by_a_readers_except_exception():
    def reader() -> str:
        try:
            _busy(5)
        except Exception:  # noqa: BLE001 - what a reader does with a bad file
            return "swallowed"
        return "done"

    with pytest.raises(budget.OverBudget), budget.within(0.2):
        reader()


def test_within_is_a_no_op_off_the_main_thread():
    seen: list[bool] = []

    def work() -> None:
        seen.append(budget.available())
        with budget.within(0.05):
            _busy(0.2)
        seen.append(True)

    t = threading.Thread(target=work)
    t.start()
    t.join(5)
    assert seen == [False, True]


def _slow_items(delays: list[float]):  # type: ignore[no-untyped-def]
    for i, d in enumerate(delays):
        _busy(d)
        yield i


@pytest.mark.skipif(not budget.available(), reason="needs POSIX interval timers")
def test_each_abandons_a_slow_next_and_restores_the_handler():
    before = budget.signal.getsignal(budget.signal.SIGALRM)
    got: list[int] = []
    start = time.monotonic()
    with pytest.raises(budget.OverBudget):
        for i in budget.each(_slow_items([0.0, 0.05, 5.0]), 0.3):
            got.append(i)
    assert got == [0, 1] and time.monotonic() - start < 2.5
    assert budget.signal.getsignal(budget.signal.SIGALRM) == before and budget.available()


@pytest.mark.skipif(not budget.available(), reason="needs POSIX interval timers")
def test_each_times_only_the_source_not_the_caller():
    got = []
    for i in budget.each(_slow_items([0.1, 0.1, 0.1]), 0.3):
        _busy(0.5)  # the caller's own work between items is never timed
        got.append(i)
    assert got == [0, 1, 2]
    _busy(1.2)  # and no alarm is left over


def test_each_without_timers_yields_everything():
    seen: list[list[int]] = []
    t = threading.Thread(target=lambda: seen.append(list(budget.each(iter(range(5)), 0.01))))
    t.start()
    t.join(5)
    assert seen == [[0, 1, 2, 3, 4]]
