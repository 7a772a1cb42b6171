"""The fix steps per platform and kind of item, read from `auditor/data/remediation.toml`.

Remediation is data, not code: each `[platform.kind]` table holds the current steps, the help
topic to check them against and when they were written down. `steps_for` picks the table for a finding: the
platform's own steps for its kind (and aspect: a position, identifying metadata) first, then
the steps that hold for that kind on every platform. It never falls back to another kind's
steps: a message is never told to "Edit audience", a connection never to "Remove mention".

Reads package data only; no rendering, no detection.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from auditor.models import ACTION_KINDS

ASPECT_OF_CATEGORY = {"geotag": "location", "metadata_identity": "metadata"}


@dataclass(frozen=True)
class Steps:
    key: str  # the table they came from: "facebook.message", "any.post", ...
    kind: str  # the item kind the table is for (without the aspect)
    steps: tuple[str, ...]
    help: str
    reviewed: str


@cache
def table() -> dict[str, Steps]:
    """Every `[platform.kind]` table of the data file, by "platform.kind" (or "platform.kind.aspect")."""
    raw = tomllib.loads(resources.files("auditor.data").joinpath("remediation.toml").read_text(encoding="utf-8"))
    out: dict[str, Steps] = {}
    for platform, kinds in raw.items():
        if not isinstance(kinds, dict):
            continue
        for key, entry in kinds.items():
            kind = key.split(".", 1)[0]
            out[f"{platform}.{key}"] = Steps(
                key=f"{platform}.{key}",
                kind=kind,
                steps=tuple(str(s) for s in entry["steps"]),
                help=str(entry.get("help", "")),
                reviewed=str(entry.get("reviewed", raw.get("reviewed", ""))),
            )
    return out


def kind_of(f: dict[str, Any], in_profiles: bool) -> str:
    """A finding's item kind: its own `item_kind`, or (a result saved before findings had one)
    what its category and checklist group say."""
    kind = f.get("item_kind")
    if kind in ACTION_KINDS:
        return str(kind)
    category = f.get("category")
    if category == "pattern_of_life":
        return "inference"
    if category == "account_registration":
        return "account"
    if in_profiles:
        return "profile_field"
    if f.get("platform") == "photos":
        return "photo_file"
    return "post"


def steps_for(platform: str, kind: str, category: str = "") -> Steps | None:
    """The steps for one kind of item on one platform (None when nothing is known for that kind)."""
    t = table()
    aspect = ASPECT_OF_CATEGORY.get(category)
    for key in (
        f"{platform}.{kind}.{aspect}" if aspect else "",
        f"{platform}.{kind}",
        f"any.{kind}.{aspect}" if aspect else "",
        f"any.{kind}",
    ):
        if key and key in t:
            return t[key]
    return None
