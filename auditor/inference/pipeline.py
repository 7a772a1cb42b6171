"""The entry point of pattern-of-life inference.

`infer(items, profile)` takes every Item of a scan, clusters the positioned ones in local time
(`clusters`, `timezones`), decides which places are a likely home, workplace or routine
(`patterns`), names them from the offline gazetteer (`places`) and the profile's sensitive
sites (`sites`), and returns pattern_of_life Findings whose remediation lists the fewest items
to fix to break each inference (`remedy`, `findings`), described by the POL rules (`rules`). It
never reads files, never opens a network connection, and claims nothing from too little
evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from auditor.config import Profile
from auditor.models import Finding, Item, Points

if TYPE_CHECKING:
    from auditor.inference import clusters as cl


class Collector:
    """Inference fed one Item at a time, as a streaming scan reads them.

    Of each item with a usable position it keeps one compact `clusters.Obs` (position, local
    time, the day facts, and a `clusters.Ref` shared by every item of the same file and id:
    path, id, platform; never the text), and drops the item; every other item is dropped at
    once. `findings()` runs the inference over what it kept. The caller may discard each item
    as soon as `add` returns. A location history comes as `models.Points` batches
    (`add_points`): the same Obs, point for point, without an Item, Position or UTC datetime
    per record.
    """

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._obs: list[cl.Obs] = []
        self._refs: cl.Refs | None = None
        self._seen = 0
        self._observe: Any = None
        self._local: Any = None
        self._points: Any = None

    def _start(self) -> None:
        from auditor.inference import clusters  # lazy: clustering only for a scan with positions
        from auditor.inference.timezones import local_time, local_times  # lazy: time zones only for a scan with positions

        self._observe, self._local, self._refs = clusters.observe, local_time, clusters.Refs()
        self._points = (clusters.observe_points, local_times)

    def add(self, item: Item) -> None:
        if item.position is None:
            return
        if self._observe is None:
            self._start()
        o = self._observe(item, self._seen, self._local, self._refs)
        self._seen += 1
        if o is not None:
            self._obs.append(o)

    def add_points(self, points: Points) -> None:
        """`add` of every point of a batch (`models.Points`), in order, without their Items."""
        if self._observe is None:
            self._start()
        observe_points, local_times = self._points
        local = local_times(points.lat, points.lon, points.time_us)
        self._obs.extend(observe_points(points, self._seen, local, self._refs))
        self._seen += len(points)

    def __len__(self) -> int:
        return len(self._obs)

    def findings(self) -> list[Finding]:
        if not self._obs:
            return []  # nothing positioned, nothing to infer (the builder would say the same)
        from auditor.inference.findings import build_from  # lazy: the builder only for a scan with positions
        from auditor.inference.rules import BY_CODE  # lazy: idem

        return build_from(self._obs, self.profile, BY_CODE)


def infer(items: Iterable[Item], profile: Profile) -> list[Finding]:
    c = Collector(profile)
    for it in items:
        c.add(it)
    return c.findings()


__all__ = ["Collector", "infer"]
