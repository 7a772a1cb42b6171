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
from auditor.models import Finding, Item


class Collector:
    """Inference fed one Item at a time, as a streaming scan reads them: it keeps only what
    inference needs from the items with a position (every other item is dropped at once), and
    `findings()` runs the inference over what it kept."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._items: list[Item] = []

    def add(self, item: Item) -> None:
        if item.position is not None:
            self._items.append(item)

    def __len__(self) -> int:
        return len(self._items)

    def findings(self) -> list[Finding]:
        if not self._items:
            return []  # nothing positioned, nothing to infer (the builder would say the same)
        # lazy: clustering, places and sites are imported by a scan that has positions to infer from
        from auditor.inference.findings import build
        from auditor.inference.rules import BY_CODE

        return build(self._items, self.profile, BY_CODE)


def infer(items: Iterable[Item], profile: Profile) -> list[Finding]:
    c = Collector(profile)
    for it in items:
        c.add(it)
    return c.findings()


__all__ = ["Collector", "infer"]
