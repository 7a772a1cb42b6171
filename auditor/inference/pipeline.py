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
from auditor.inference.findings import build
from auditor.inference.rules import BY_CODE
from auditor.models import Finding, Item


def infer(items: Iterable[Item], profile: Profile) -> list[Finding]:
    return build(list(items), profile, BY_CODE)


__all__ = ["infer"]
