"""Shared helpers for inference tests: generated routines (see auditor.synth.Routine)."""

from __future__ import annotations

import random
from pathlib import Path

from auditor import synth
from auditor.models import Finding

HOME = (-33.95231, 151.13702)  # Rockdale NSW (synthetic)
AIRPORT = (-33.93990, 151.17530)  # inside the dibp profile's Sydney Airport site
OFFICE = (-33.83900, 151.20700)  # North Sydney, on no profile site
GYM = (-33.96120, 151.14010)
NEW_HOME = (-33.89800, 151.17900)  # Newtown NSW
HOTEL = (-16.92000, 145.77000)  # Cairns QLD, far from the routine
HIT_M = 250.0
REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data"


def kinds(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.extra.get("inference") == kind]


def persona(seed: int = 1, **kw) -> synth.Persona:  # type: ignore[no-untyped-def]
    kw.setdefault("home", HOME)
    kw.setdefault("work", AIRPORT)
    return synth.routine_items(synth.Routine(**kw), random.Random(seed))
