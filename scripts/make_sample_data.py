#!/usr/bin/env python3
"""Build sample_data/: the synthetic persona "Riley Tanaka-Brooks", an ABF officer at Sydney
Airport, with an X archive and a phone camera folder. Everything is invented.

Run from the repo root: python scripts/make_sample_data.py  (rewrites sample_data/ in place;
the output is deterministic, so a clean re-run leaves git status unchanged).
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from auditor import synth

ROOT = Path(__file__).resolve().parent.parent / "sample_data"
HOME = (-33.95231, 151.13702)  # a street in Rockdale NSW (synthetic persona)
WORK = (-33.93990, 151.17530)  # Sydney Airport international terminal
GYM = (-33.96120, 151.14010)


def build_twitter(dest: Path) -> None:
    t0 = datetime(2025, 3, 3, 21, 10)
    tweets = [
        synth.tweet(
            "1897000000000000001", "First week done at the Australian Border Force! Proud to wear the uniform #AusBorderForce", t0
        ),
        synth.tweet(
            "1897000000000000002", "Night shift again at Sydney Airport, new lanyard and all", t0 + timedelta(days=3), geo=WORK
        ),
        synth.tweet(
            "1897000000000000003", "Anyone need the roster? email me riley.tb at abf dot gov dot au", t0 + timedelta(days=9)
        ),
        synth.tweet("1897000000000000004", "Our border collie Biscuit turned three today", t0 + timedelta(days=12), geo=HOME),
        synth.tweet("1897000000000000005", "Coffee in Parramatta then footy", t0 + timedelta(days=20)),
        synth.tweet(
            "1897000000000000006",
            "Great day out with @sam_k_example and the crew in uniform at T1",
            t0 + timedelta(days=25),
            mentions=["sam_k_example"],
        ),
        synth.tweet("1897000000000000007", "Parcel still held at customs, classic", t0 + timedelta(days=30)),
    ]
    synth.twitter_archive(
        dest,
        tweets,
        account={
            "email": "riley.tanaka-brooks@abf.gov.au",
            "username": "riley_tb_example",
            "accountId": "4000000001",
            "createdAt": "2019-05-01T09:00:00.000Z",
            "accountDisplayName": "Riley T-B",
            "createdVia": "web",
        },
        profile={"description": {"bio": "Border Force Officer | coffee | dogs", "website": "", "location": "Rockdale, Sydney"}},
        email_changes=[
            {
                "emailAddressChange": {
                    "accountId": "4000000001",
                    "emailChange": {
                        "changedAt": "2019-05-01T09:00:00.000Z",
                        "changedFrom": "",
                        "changedTo": "riley.tanaka-brooks@abf.gov.au",
                    },
                }
            }
        ],
        parts=2,
    )
    (dest / "Your archive.html").write_text("<html><body>Your archive (synthetic sample)</body></html>\n", encoding="utf-8")


def build_camera(dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    start = datetime(2025, 4, 1)
    n = 0
    for day in range(14):
        d = start + timedelta(days=day)
        weekend = d.weekday() >= 5
        shots = [(d.replace(hour=21, minute=15), HOME, 0)] + ([] if weekend else [(d.replace(hour=13, minute=5), WORK, 1)])
        if d.weekday() in (0, 2, 4):
            shots.append((d.replace(hour=6, minute=10), GYM, 2))
        for when, (lat, lon), k in shots:
            jitter = ((day * 7 + k) % 5 - 2) * 0.00004
            data = synth.photo(lat + jitter, lon - jitter, when, offset="+10:00", make="Examplephone", model="X1")
            n += 1
            (dest / f"IMG_{20250401 + day:08d}_{n:03d}.jpg").write_bytes(data)
    (dest / "screenshot_no_gps.png").write_bytes(synth.image_bytes("PNG"))


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    ROOT.mkdir()
    build_twitter(ROOT / "twitter-archive")
    build_camera(ROOT / "camera_roll")
    (ROOT / "README.md").write_text(
        "# Sample data (synthetic)\n\nA synthetic persona built by `scripts/make_sample_data.py`: an X archive and a phone camera folder.\n"
        "No real person's data. Rebuild with `python scripts/make_sample_data.py`.\n",
        encoding="utf-8",
    )
    print(f"wrote {sum(1 for _ in ROOT.rglob('*') if _.is_file())} files under {ROOT}")


if __name__ == "__main__":
    main()
