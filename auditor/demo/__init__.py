"""The demo persona: an invented Border Force officer whose exports show the whole chain an
adversary follows (geotag -> home -> employer -> colleagues -> work email).

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


__all__ = ["BUILDERS", "MARKER", "Step", "build_persona", "narrate", "render_narrative"]
