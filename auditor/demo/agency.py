"""The exports of one `Agency` persona: a phone camera folder with four weeks of home / work /
gym routine, an X archive, a LinkedIn export and an Instagram export, all in that organisation's
own terms (its employer name, work site, systems, hashtag and email domain).

`build_agency_persona(agency, dest)` writes them deterministically (same bytes every run, no
clock, seeded randomness) through auditor.synth's writers, in each platform's current layout
(see EXPORT_FORMATS.md). Invented content only; writes only under the folder it is given; never
scans and never touches the network.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from auditor import synth
from auditor.demo.agencies import Agency
from auditor.demo.persona import MARKER, meta_json, to_csv, write

DAYS = 26


def _tz(a: Agency) -> timezone:
    sign = -1 if a.offset.startswith("-") else 1
    hours, minutes = a.offset[1:].split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def _utc(a: Agency, dt: datetime) -> datetime:
    return dt.replace(tzinfo=_tz(a)).astimezone(UTC)


def _ts(a: Agency, dt: datetime) -> int:
    return int(dt.replace(tzinfo=_tz(a)).timestamp())


def camera(a: Agency, root: Path) -> None:
    shots = synth.routine_shots(a.start, DAYS, a.home, a.work, a.gym, seed=len(a.profile))
    synth.camera_folder(root / "camera_roll", shots, offset=a.offset, make="Examplephone", model="X1")


def twitter(a: Agency, root: Path) -> None:
    t = a.start + timedelta(hours=19)
    c1, c2 = (c.split(" ")[0].lower() + "_example" for c in a.colleagues[:2])
    texts = [
        (f"Five years with {a.employer} this week. Proud of this crew {a.hashtag}", 0, None, []),
        (f"Early shift at {a.site} again, new lanyard and all", 2, a.work, []),
        (f"{a.system} {a.system_problem} again at work today, staff on paper forms", 4, None, []),
        (f"@{c1} and @{c2} in uniform at {a.site}, best team on shift", 9, None, [c1, c2]),
        (f"Dealing with a {a.operation} at work again today, {a.site} is chaos", 11, None, []),
        ("Sunday sunset from the back deck", 13, a.home, []),
    ]
    tweets = [
        synth.tweet(f"19400000000000000{i}", text, _utc(a, t + timedelta(days=d)), geo=geo, mentions=m or None)
        for i, (text, d, geo, m) in enumerate(texts)
    ]
    synth.twitter_archive(
        root / "twitter-2025-06-01-archive",
        tweets,
        account={
            "email": a.work_email,
            "username": a.handle,
            "accountId": f"42000000{len(a.profile)}",
            "createdAt": "2021-03-01T08:00:00.000Z",
            "accountDisplayName": a.first,
        },
        profile={"description": {"bio": f"{a.role} | {a.city} | coffee and long runs", "website": "", "location": a.city}},
    )


def linkedin(a: Agency, root: Path) -> None:
    base = "Basic_LinkedInDataExport_06-01-2025"
    profile_cols = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location"
    write(
        root,
        f"{base}/Profile.csv",
        to_csv(
            profile_cols.split(","),
            [
                [
                    a.first,
                    a.last,
                    "",
                    "",
                    "",
                    f"{a.role} at {a.employer}",
                    f"Working at {a.site}. Views my own.",
                    "Government Administration",
                    "",
                    a.city,
                ]
            ],
        ),
    )
    write(
        root,
        f"{base}/Positions.csv",
        to_csv(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [[a.employer, a.role, f"{a.site}, day and night rosters", a.site, "Mar 2020", ""]],
        ),
    )
    write(
        root,
        f"{base}/Email Addresses.csv",
        to_csv(
            ["Email Address", "Confirmed", "Primary", "Updated On"],
            [[a.personal_email, "Yes", "Yes", "1/1/24"], [a.work_email, "Yes", "No", "3/2/20"]],
        ),
    )
    write(
        root,
        f"{base}/Connections.csv",
        to_csv(
            ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
            [
                [
                    *c.split(" "),
                    f"https://www.linkedin.com/in/{c.lower().replace(' ', '-')}-example",
                    "",
                    a.employer,
                    a.role,
                    "01 Mar 2021",
                ]
                for c in a.colleagues
            ],
        ),
    )


def instagram(a: Agency, root: Path) -> None:
    base = f"instagram-{a.handle}-2025-06-01"
    shift = a.start + timedelta(days=1, hours=13)
    tags = " and ".join("@" + c.split(" ")[0].lower() + ".example" for c in a.colleagues[:2])
    profile = {
        "profile_user": [
            {
                "title": "User Information",
                "media_map_data": {},
                "string_map_data": {
                    "Email": {"href": "", "value": a.personal_email, "timestamp": 0},
                    "Username": {"href": "", "value": a.handle, "timestamp": 0},
                    "Name": {"href": "", "value": a.name, "timestamp": 0},
                    "Bio": {"href": "", "value": f"{a.city} | {a.hashtag} | runs and coffee", "timestamp": 0},
                    "Private Account": {"href": "", "value": "False", "timestamp": 0},
                },
            }
        ]
    }
    posts = [
        {
            "media": [
                {
                    "uri": "media/posts/202505/17910000000000001.jpg",
                    "creation_timestamp": _ts(a, shift),
                    "title": f"New uniform, first shift with {tags} at {a.site} {a.hashtag}",
                    "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": a.work[0], "longitude": a.work[1]}]}},
                }
            ]
        }
    ]
    write(root, f"{base}/personal_information/personal_information/personal_information.json", meta_json(profile))
    write(root, f"{base}/your_instagram_activity/media/posts_1.json", meta_json(posts))
    write(root, f"{base}/media/posts/202505/17910000000000001.jpg", synth.image_bytes(color=(90, 110, 130)))


BUILDERS = (("photos", camera), ("twitter", twitter), ("linkedin", linkedin), ("instagram", instagram))


def build_agency_persona(a: Agency, dest: Path) -> list[Path]:
    """Write the agency persona's exports under dest (empty or absent); return the files."""
    dest.mkdir(parents=True, exist_ok=True)
    for _platform, build in BUILDERS:
        build(a, dest)
    write(
        dest,
        MARKER,
        f"Synthetic persona built by `auditor demo --profile {a.profile}`: {a.name} is invented, as are every\n"
        "name, handle, address, position and message under this folder. No real person's data.\n"
        f"Platforms: {', '.join(p for p, _ in BUILDERS)}.\n",
    )
    return sorted(p for p in dest.rglob("*") if p.is_file())
