"""The demo personas: an invented officer per built-in profile whose exports show the whole
chain an adversary follows (geotag -> home -> employer -> colleagues -> work email).

`dibp` is the full Border Force persona below (every platform); qld, vic, tas and aps are
`agencies.AGENCIES` personas written by `agency.build_agency_persona` in their organisation's
own names, sites and systems; `build_for(profile, dest)` picks one. `clean` is a new starter
with nothing to find (the onboarding gate's passing case).

`build_persona(dest)` writes, deterministically (same bytes every run, no clock, seeded
randomness), one export per supported platform in each platform's current layout plus a phone
camera folder with a four-week home / work / gym routine (`persona`, `social`, `location`).
`narrate(data)` tells the chain from a scan result's dict form (`narrative`).

Everything is invented; no real person's data. This package writes only under the folder it is
given, never scans (the CLI runs the ordinary engine on what it wrote) and never touches the
network.
"""

from __future__ import annotations

from pathlib import Path

from auditor.demo import location, social
from auditor.demo.agencies import AGENCIES
from auditor.demo.agency import build_agency_persona
from auditor.demo.narrative import Step, narrate, render_narrative
from auditor.demo.persona import MARKER, NAME, write

BUILDERS = (
    ("photos", location.camera),
    ("twitter", social.twitter),
    ("facebook", social.facebook),
    ("instagram", social.instagram),
    ("linkedin", social.linkedin),
    ("google", location.google),
    ("tiktok", social.tiktok),
    ("mastodon", social.mastodon),
    ("reddit", social.reddit),
    ("whatsapp", location.whatsapp),
    ("snapchat", location.snapchat),
    ("strava", location.strava),
)


def build_persona(dest: Path) -> list[Path]:
    """Write the persona's exports under dest (which must be empty or absent); return the files."""
    dest.mkdir(parents=True, exist_ok=True)
    for _platform, build in BUILDERS:
        build(dest)
    write(
        dest,
        MARKER,
        f"Synthetic persona built by `auditor demo`: {NAME} is invented, as are every name, handle,\n"
        "address, position and message under this folder. No real person's data.\n"
        f"Platforms: {', '.join(p for p, _ in BUILDERS)}.\n",
    )
    return sorted(p for p in dest.rglob("*") if p.is_file())


PROFILES = ("dibp", *AGENCIES)


def build_for(profile: str, dest: Path) -> list[Path]:
    """The demo persona of a built-in profile under dest; KeyError for a profile without one."""
    if profile == "dibp":
        return build_persona(dest)
    return build_agency_persona(AGENCIES[profile], dest)


def persona_name(profile: str) -> str:
    return NAME if profile == "dibp" else AGENCIES[profile].name


__all__ = [
    "BUILDERS",
    "MARKER",
    "PROFILES",
    "Step",
    "build_for",
    "build_persona",
    "narrate",
    "persona_name",
    "render_narrative",
]
