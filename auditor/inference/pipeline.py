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

from auditor.config import Profile
from auditor.inference import clusters as cl
from auditor.inference.findings import build_from
from auditor.inference.rules import BY_CODE
from auditor.inference.timezones import local_time
from auditor.models import Finding, Item


class Collector:
    """Inference fed one Item at a time, as a streaming scan reads them.

    Of each item with a usable position it keeps one compact `clusters.Obs` (position, local
    time, the day facts, and a `clusters.Ref` shared by every item of the same file and id:
    path, id, platform; never the text), and drops the item; every other item is dropped at
    once. `findings()` runs the inference over what it kept. The caller may discard each item
    as soon as `add` returns.
    """

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._obs: list[cl.Obs] = []
        self._refs = cl.Refs()
        self._seen = 0

    def add(self, item: Item) -> None:
        if item.position is None:
            return
        o = cl.observe(item, self._seen, local_time, self._refs)
        self._seen += 1
        if o is not None:
            self._obs.append(o)

    def __len__(self) -> int:
        return len(self._obs)

    def findings(self) -> list[Finding]:
        return build_from(self._obs, self.profile, BY_CODE)


def infer(items: Iterable[Item], profile: Profile) -> list[Finding]:
    c = Collector(profile)
    for it in items:
        c.add(it)
    return c.findings()


__all__ = ["Collector", "infer"]
