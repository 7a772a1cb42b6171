"""Which items to fix first: the fewest removals that drop an inference below detection.

For each inference the detection thresholds in `patterns.Thresholds` are counts of distinct
days (all days, night/weekend days, regular-time visits) and of calendar weeks. Each count can
be broken on its own (except the weeks guard, see below); for each, the cheapest way is to remove the days with the fewest items
(greedy by distinct day, which is optimal for a count of days), and the cheapest of those ways
wins. The result is a list of observations; it never touches the items themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter

from auditor.inference.clusters import Obs
from auditor.inference.patterns import DEFAULT, Inference, Thresholds, hour_gap, routine_slot


def _drop_days(groups: dict[date, list[Obs]], keep_below: int) -> list[Obs] | None:
    """Remove whole groups (smallest first) until fewer than `keep_below` remain."""
    excess = len(groups) - (keep_below - 1)
    if excess <= 0:
        return []
    smallest = sorted(groups.items(), key=lambda kv: (len(kv[1]), kv[0]))[:excess]
    return [o for _, obs in smallest for o in obs]


def fewest_removals(inf: Inference, t: Thresholds = DEFAULT) -> list[Obs]:
    """The smallest set of observations whose removal drops `inf` below its thresholds."""
    c = inf.cluster
    options: list[list[Obs]] = []
    add: Callable[[list[Obs] | None], None] = lambda o: options.append(o) if o is not None else None  # noqa: E731
    if inf.kind == "home":
        add(_drop_days(c.days, t.home_days))
        rest = {d: [o for o in obs if o.rest] for d, obs in c.days.items() if d in c.rest_days}
        add(_drop_days(rest, t.home_rest_days))
    elif inf.kind == "workplace":
        add(_drop_days(c.days, t.work_days))
    elif inf.kind == "routine":
        add(_drop_days(c.days, t.routine_days))
        slot = routine_slot(c, t)
        if slot is not None:
            regular = {
                d: obs
                for d, obs in c.days.items()
                if hour_gap(min(o.hour for o in obs if o.hour is not None), slot[0]) <= t.routine_window_h
            }
            add(_drop_days(regular, t.routine_days))
    # The two-calendar-weeks threshold is not offered as a way out: it guards against claims
    # from a single trip, and a week of nights at one address still shows an observer a home.
    best = min(options, key=len) if options else []
    return sorted(best, key=attrgetter("key"))  # untimed first, then local time as its ISO text sorts, then arrival
