"""A clean persona: an invented new starter who has already done the onboarding checklist.

Their X archive and Instagram export hold ordinary posts (no places, no employer, no uniform,
no colleagues), accounts registered with a personal address, and photos uploaded without a
position. It is what `auditor onboard` passes: the gate's tests scan it end to end beside the
sample persona, which fails. Deterministic; invented content only; writes only under the folder
it is given and never scans.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from auditor import synth
from auditor.demo.persona import MARKER, meta_json, ts, utc, write

NAME = "Riley Fernsby"
HANDLE = "riley_ferns_example"
EMAIL = "riley.ferns.example@example.com"
START = datetime(2025, 5, 5, 19)
POSTS = (
    "Finally finished the sourdough starter, third attempt",
    "Anyone read a good mystery lately? Looking for recommendations",
    "Rain all weekend so it was board games and soup",
    "Trying a new running playlist, suggestions welcome",
)


def build_clean_persona(dest: Path) -> list[Path]:
    """Write the clean persona's exports under dest; return the files written."""
    dest.mkdir(parents=True, exist_ok=True)
    tweets = [synth.tweet(f"19300000000000000{i}", text, utc(START + timedelta(days=3 * i))) for i, text in enumerate(POSTS)]
    synth.twitter_archive(
        dest / "twitter-2025-06-01-archive",
        tweets,
        account={"email": EMAIL, "username": HANDLE, "accountId": "4100000099", "createdAt": "2019-04-02T08:00:00.000Z"},
        profile={"description": {"bio": "Bread, books and slow runs", "website": "", "location": ""}},
    )
    base = "instagram-riley.ferns-2025-06-01"
    profile = {
        "profile_user": [
            {
                "title": "User Information",
                "media_map_data": {},
                "string_map_data": {
                    "Email": {"href": "", "value": EMAIL, "timestamp": 0},
                    "Username": {"href": "", "value": "riley.ferns", "timestamp": 0},
                    "Name": {"href": "", "value": NAME, "timestamp": 0},
                    "Bio": {"href": "", "value": "bread and books", "timestamp": 0},
                    "Private Account": {"href": "", "value": "True", "timestamp": 0},
                },
            }
        ]
    }
    posts = [
        {
            "media": [
                {
                    "uri": "media/posts/202505/17900000000000099.jpg",
                    "creation_timestamp": ts(START + timedelta(days=2)),
                    "title": "Loaf number three",
                    "media_metadata": {"photo_metadata": {"exif_data": [{"scene_capture_type": "standard"}]}},
                }
            ]
        }
    ]
    write(dest, f"{base}/personal_information/personal_information/personal_information.json", meta_json(profile))
    write(dest, f"{base}/your_instagram_activity/media/posts_1.json", meta_json(posts))
    write(dest, f"{base}/media/posts/202505/17900000000000099.jpg", synth.image_bytes(color=(200, 180, 140)))
    write(dest, MARKER, f"Synthetic clean persona: {NAME} is invented, as is everything under this folder.\n")
    return sorted(p for p in dest.rglob("*") if p.is_file())
