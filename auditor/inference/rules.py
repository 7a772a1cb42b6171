"""Pattern-of-life rules: likely home, likely workplace, routine, sensitive site.

These rules see many items at once, so a scan runs them through `auditor.inference.pipeline.infer`
(after the item rules), not item by item: their `check` yields nothing for an ordinary Item.
An example, though, is a whole routine: `RoutineExample.item()` returns an Item that carries
its generated companions in ``extra["companions"]``, and `check` runs the same finding builder
over them, so the shared example test exercises the real code path. Everything here describes
the rules (`BY_CODE` is the metadata `auditor.inference.findings.build` is given); the logic
lives in the other `auditor.inference` modules. This module must not import `auditor.inference`
itself (the package imports it) nor any rule family; `auditor.rules.registry` lists these rules.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Platform, Severity
from auditor.rules.base import Example, Match, Rule

COMPANIONS = "companions"
_HOME = (-33.95231, 151.13702)  # Rockdale NSW (synthetic)
_WORK = (-33.93990, 151.17530)  # Sydney Airport
_GYM = (-33.96120, 151.14010)
_OFFICE = (-33.83900, 151.20700)  # North Sydney, not a profile site


@dataclass(frozen=True, slots=True)
class RoutineExample(Example):
    """An example that is a generated routine (see `auditor.inference.routine`), not one item."""

    pattern: str = "office"
    weeks: int = 6
    work: tuple[float, float] = _WORK
    gym: bool = False
    rate: float = 0.25
    seed: int = 7

    def item(self) -> Item:
        from auditor.inference.routine import Routine, routine_items  # lazy: only the examples' tests generate routines

        r = Routine(
            home=_HOME,
            work=self.work,
            pattern=self.pattern,
            weeks=self.weeks,
            gym=_GYM if self.gym else None,
            rate=self.rate,
            start=date(2025, 3, 3),
        )
        items = routine_items(r, random.Random(self.seed)).items
        first = replace(items[0]) if items else Item(platform=Platform.PHOTOS, kind=ItemKind.PHOTO, path="example")
        first.extra = {**first.extra, COMPANIONS: items[1:]}
        return first


def _scan_level(code: str):  # type: ignore[no-untyped-def]
    def check(item: Item, profile: Profile) -> Iterator[Match]:
        companions = item.extra.get(COMPANIONS)
        if not companions:
            return  # a scan runs this rule through auditor.inference.pipeline.infer, not per item
        from auditor.inference.findings import build  # lazy: the registry lists this rule; a scan never runs it per item

        for f in build([item, *companions], profile, BY_CODE):
            if f.code == code:
                yield Match(key=f.fingerprint_key, evidence=f.evidence, why=f.why, message=f.message, location=f.location)

    return check


class ScanLevelRule(Rule):
    """A POL rule: it concerns many items at once, so a scan runs it through
    `auditor.inference.pipeline` and it applies, one item at a time, only to an example's item
    that carries its companions (every location record of a long history skips it at once)."""

    def applies(self, item: Item) -> bool:
        return COMPANIONS in item.extra


_SPARSE = "three photos at home on three evenings"
RULES = [
    ScanLevelRule(
        code="POL101",
        needs_text=False,
        name="likely-home",
        category=Category.PATTERN_OF_LIFE,
        severity=Severity.HIGH,
        confidence=0.8,
        summary="Positions at night and at weekends over many days cluster at one place: your likely home.",
        rationale="Putting geotags together shows where you sleep; the policy warns of organised crime profiling officers through 'the exact geographic location of your home'.",
        remediation="Remove the location from these items (delete the posts or the GPS; `auditor strip` writes GPS-free copies of photos), pause location history, and stop geotagging at home.",
        check=_scan_level("POL101"),
        examples=(
            RoutineExample("six weeks of office-hours photos: evenings and weekends at home", True),
            RoutineExample(_SPARSE, False, weeks=1, rate=0.02),
        ),
    ),
    ScanLevelRule(
        code="POL102",
        needs_text=False,
        name="likely-workplace",
        category=Category.PATTERN_OF_LIFE,
        severity=Severity.HIGH,
        confidence=0.8,
        summary="Weekday or shift-hours positions cluster at one place away from home: your likely workplace (named when it is a profile site).",
        rationale="A workplace cluster on an airport, port or detention facility identifies you as an officer there and shows your shifts.",
        remediation="Remove the location from these items and never geotag at work; turn off location services for the camera and social apps.",
        check=_scan_level("POL102"),
        examples=(
            RoutineExample("six weeks of night shifts at Sydney Airport", True, pattern="night"),
            RoutineExample("six weeks on a rotating roster in a North Sydney office", True, pattern="roster", work=_OFFICE),
            RoutineExample(_SPARSE, False, weeks=1, rate=0.02),
        ),
    ),
    ScanLevelRule(
        code="POL103",
        needs_text=False,
        name="routine",
        category=Category.PATTERN_OF_LIFE,
        severity=Severity.MEDIUM,
        confidence=0.7,
        summary="A place visited over several weeks at a regular time (the gym at 6 am on Mon, Wed, Fri).",
        rationale="A predictable time and place tells an observer where to find you.",
        remediation="Remove the location from these items, vary what you share, and post after you have left rather than while there.",
        check=_scan_level("POL103"),
        examples=(
            RoutineExample("gym at 06:00 on Mon, Wed, Fri for six weeks", True, gym=True),
            RoutineExample("six weeks of office hours, no regular outing", False),
        ),
    ),
    ScanLevelRule(
        code="POL104",
        needs_text=False,
        name="sensitive-site",
        category=Category.PATTERN_OF_LIFE,
        severity=Severity.HIGH,
        confidence=0.9,
        summary="Positions inside or near a sensitive site of the profile (airport, seaport, mail or cargo centre, detention or training facility, office).",
        rationale="Being placed at a border site, repeatedly, points to where you work; the policy bars images or details that identify current work locations.",
        remediation="Remove the location from these items and do not post from work sites.",
        check=_scan_level("POL104"),
        examples=(
            RoutineExample("a week of photos including work at Sydney Airport", True, weeks=1, rate=0.4),
            RoutineExample("six weeks of office hours in North Sydney, home in Rockdale", False, work=_OFFICE),
        ),
    ),
]

# The rule metadata (name, remediation) the finding builder writes into each finding.
BY_CODE = {r.code: r for r in RULES}
