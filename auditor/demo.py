"""The demo persona: an invented Border Force officer whose exports show the whole chain an
adversary follows (geotag -> home -> employer -> colleagues -> work email).

`build_persona(dest)` writes, deterministically (same bytes every run, no clock, seeded
randomness), one export per supported platform in each platform's current layout (see
/work/shared/EXPORT_FORMATS.md) plus a phone camera folder with a four-week home / work / gym
routine. `narrate(data)` tells the chain from a scan result's dict form.

Everything here is invented; no real person's data. This module writes only under the folder it
is given, never scans (the CLI runs the ordinary engine on what it wrote) and never touches the
network. The X archive and the camera folder come from `auditor.synth`; the other exports are
written directly here as small files so the demo does not depend on other builders.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from auditor import synth

MARKER = "SYNTHETIC_PERSONA.txt"

# The persona. Invented name, handles and addresses; positions are a suburban street, the
# airport's international terminal and a gym nearby (Brisbane, UTC+10, no daylight saving).
NAME = "Morgan Quillfeather"
FIRST, LAST = "Morgan", "Quillfeather"
HANDLE = "morgan_quill_example"
PERSONAL_EMAIL = "morgan.quill.example@example.com"
WORK_EMAIL = "morgan.quillfeather@abf.gov.au"
EMPLOYER = "Australian Border Force"
ROLE = "Border Force Officer"
HOME = (-27.39421, 153.06112)
WORK = (-27.38420, 153.11750)
GYM = (-27.39910, 153.06820)
TZ = timezone(timedelta(hours=10))
COLLEAGUES = ("Tash Brennick", "Omar Velloza", "Jess Tamberlin")
START = datetime(2025, 5, 5)  # a Monday
DAYS = 26


def _ts(dt: datetime) -> int:
    """Epoch seconds of a Brisbane local time."""
    return int(dt.replace(tzinfo=TZ).timestamp())


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=TZ).astimezone(UTC)


def _write(root: Path, rel: str, data: str | bytes) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_bytes(data.encode("utf-8"))


def _json(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def _meta_json(obj: Any) -> str:
    """JSON the way Meta writes it: every UTF-8 byte of non-ASCII text as its own \\u00XX."""

    def mangle(v: Any) -> Any:
        if isinstance(v, str):
            return v.encode("utf-8").decode("latin-1")
        if isinstance(v, list):
            return [mangle(x) for x in v]
        if isinstance(v, dict):
            return {mangle(k): mangle(x) for k, x in v.items()}
        return v

    return json.dumps(mangle(obj), indent=2, ensure_ascii=True) + "\n"


def _csv(header: list[str], rows: Iterable[Iterable[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(list(r))
    return buf.getvalue()


# ---- camera folder and X archive (auditor.synth builders) -------------------------------------


def _camera(root: Path) -> None:
    shots = synth.routine_shots(START, DAYS, HOME, WORK, GYM, seed=8)
    synth.camera_folder(root / "camera_roll", shots, offset="+10:00", make="Examplephone", model="X1")


def _twitter(root: Path) -> None:
    t = START + timedelta(hours=19)
    tweets = [
        synth.tweet(
            "1920000000000000001", f"Two years with the {EMPLOYER} this week. Proud of this crew #AusBorderForce", _utc(t)
        ),
        synth.tweet(
            "1920000000000000002",
            "Early shift at Brisbane Airport again, new lanyard and all",
            _utc(t + timedelta(days=2, hours=-12)),
            geo=WORK,
        ),
        synth.tweet(
            "1920000000000000003",
            "Roster swaps for next week? email me morgan dot quillfeather at abf dot gov dot au",
            _utc(t + timedelta(days=6)),
        ),
        synth.tweet(
            "1920000000000000004",
            "@tash_b_example and @omar_v_example in uniform at the terminal, best team on shift",
            _utc(t + timedelta(days=9)),
            mentions=["tash_b_example", "omar_v_example"],
        ),
        synth.tweet("1920000000000000005", "Sunday sunset from the back deck", _utc(t + timedelta(days=13)), geo=HOME),
    ]
    synth.twitter_archive(
        root / "twitter-2025-06-01-archive",
        tweets,
        account={
            "email": WORK_EMAIL,
            "username": HANDLE,
            "accountId": "4100000008",
            "createdAt": "2023-02-13T08:00:00.000Z",
            "accountDisplayName": "Morgan Q",
            "createdVia": "web",
        },
        profile={"description": {"bio": f"{ROLE} | BNE | coffee and long runs", "website": "", "location": "Brisbane"}},
        email_changes=[
            {
                "emailAddressChange": {
                    "accountId": "4100000008",
                    "emailChange": {"changedAt": "2023-02-13T08:00:00.000Z", "changedFrom": "", "changedTo": WORK_EMAIL},
                }
            }
        ],
    )
    _write(root, "twitter-2025-06-01-archive/Your archive.html", "<html><body>Your archive (synthetic demo)</body></html>\n")


# ---- Meta: Facebook and Instagram (2024+ layouts) ---------------------------------------------


def _exif(lat: float, lon: float, when: datetime) -> dict[str, Any]:
    return {"exif_data": [{"latitude": lat, "longitude": lon, "taken_timestamp": _ts(when), "upload_ip": "192.0.2.44"}]}


FB_PHOTO = "your_facebook_activity/posts/media/Mobileuploads_AbC123/100000000000081_n.jpg"  # relative to the export root


def _facebook(root: Path) -> None:
    base = "facebook-morganquill-2025-06-01"
    parade = START + timedelta(days=4, hours=15)
    profile = {
        "profile_v2": {
            "name": {"full_name": NAME, "first_name": FIRST, "middle_name": "", "last_name": LAST},
            "emails": {
                "emails": [PERSONAL_EMAIL],
                "previous_emails": [WORK_EMAIL],
                "pending_emails": [],
                "ad_account_emails": [],
            },
            "current_city": {"name": "Brisbane, Queensland, Australia", "timestamp": _ts(START)},
            "hometown": {"name": "Toowoomba, Queensland, Australia", "timestamp": 0},
            "work_experiences": [
                {
                    "employer": EMPLOYER,
                    "title": ROLE,
                    "description": "Passenger processing, international terminal",
                    "location": "Brisbane Airport",
                    "start_timestamp": _ts(datetime(2023, 2, 13)),
                    "timestamp": _ts(datetime(2023, 2, 20)),
                }
            ],
            "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+61400000008", "verified": True}],
            "username": "morganquill.example",
            "registration_timestamp": _ts(datetime(2012, 3, 1)),
            "profile_uri": "https://www.facebook.com/morganquill.example",
        }
    }
    posts = [
        {
            "timestamp": _ts(parade),
            "data": [
                {"post": "Passing-out parade done! Proud to wear the uniform with this crew, Border Force officers at last"}
            ],
            "title": f"{NAME} added 2 new photos.",
            "tags": [{"name": COLLEAGUES[0]}, {"name": COLLEAGUES[1]}],
            "attachments": [
                {
                    "data": [
                        {
                            "media": {
                                "uri": FB_PHOTO,
                                "creation_timestamp": _ts(parade),
                                "title": "Mobile uploads",
                                "description": "Proud to wear the uniform with this crew",
                                "media_metadata": {"photo_metadata": _exif(*WORK, parade)},
                            }
                        }
                    ]
                }
            ],
        },
        {
            "timestamp": _ts(parade + timedelta(days=3)),
            "data": [{"post": "Coffee before the early shift"}],
            "title": f"{NAME} was at Brisbane Airport International Terminal.",
            "attachments": [
                {
                    "data": [
                        {
                            "place": {
                                "name": "Brisbane Airport International Terminal",
                                "coordinate": {"latitude": WORK[0], "longitude": WORK[1]},
                                "address": "Airport Drive, Brisbane Airport QLD",
                                "url": "https://example.com/place/bne-international",
                            }
                        }
                    ]
                }
            ],
            "tags": [],
        },
        {
            "timestamp": _ts(parade + timedelta(days=9)),
            "data": [{"post": "Finally a Sunday off. Café brunch round the corner from home"}],
            "title": f"{NAME} updated their status.",
            "tags": [{"name": COLLEAGUES[2]}],
        },
    ]
    friends = {
        "friends_v2": [{"name": n, "timestamp": _ts(datetime(2023, 3, 1 + i))} for i, n in enumerate(COLLEAGUES)]
        + [{"name": "Alex Sample", "timestamp": _ts(datetime(2015, 6, 1))}]
    }
    thread = {
        "participants": [{"name": COLLEAGUES[0]}, {"name": NAME}],
        "messages": [
            {
                "sender_name": NAME,
                "timestamp_ms": _ts(parade + timedelta(days=1)) * 1000,
                "content": "Can you swap Thursday? I'm rostered at the international terminal 6 till 2",
                "type": "Generic",
                "is_unsent": False,
            },
            {
                "sender_name": COLLEAGUES[0],
                "timestamp_ms": _ts(parade + timedelta(hours=20)) * 1000,
                "content": "Great photos from the parade!",
                "type": "Generic",
                "is_unsent": False,
            },
        ],
        "title": COLLEAGUES[0],
        "is_still_participant": True,
        "thread_type": "Regular",
    }
    _write(root, f"{base}/personal_information/profile_information/profile_information.json", _meta_json(profile))
    _write(root, f"{base}/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", _meta_json(posts))
    _write(root, f"{base}/connections/friends/your_friends.json", _meta_json(friends))
    # Facebook re-encodes uploads: the copy in the export carries no EXIF (the JSON keeps the GPS)
    _write(root, f"{base}/{FB_PHOTO}", synth.image_bytes(color=(60, 90, 120)))
    _write(root, f"{base}/your_facebook_activity/messages/inbox/tashbrennick_1000000081/message_1.json", _meta_json(thread))


def _instagram(root: Path) -> None:
    base = "instagram-morgan.quill-2025-06-01"
    first_shift = START + timedelta(days=1, hours=13)
    gym = START + timedelta(days=2, hours=6, minutes=20)
    profile = {
        "profile_user": [
            {
                "title": "User Information",
                "media_map_data": {},
                "string_map_data": {
                    "Email": {"href": "", "value": PERSONAL_EMAIL, "timestamp": 0},
                    "Phone Number": {"href": "", "value": "+61400000008", "timestamp": 0},
                    "Username": {"href": "", "value": "morgan.quill", "timestamp": 0},
                    "Name": {"href": "", "value": NAME, "timestamp": 0},
                    "Bio": {"href": "", "value": "BNE | #BorderForceLife | runs and coffee", "timestamp": 0},
                    "Private Account": {"href": "", "value": "False", "timestamp": 0},
                    "City Name": {"href": "", "value": "Brisbane", "timestamp": 0},
                },
            }
        ]
    }
    posts = [
        {
            "media": [
                {
                    "uri": "media/posts/202505/17900000000000081.jpg",
                    "creation_timestamp": _ts(first_shift),
                    "title": "New uniform, first shift with @tash.brennick and @omar.velloza at the international terminal #ABF",
                    "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": WORK[0], "longitude": WORK[1]}]}},
                }
            ]
        },
        {
            "media": [
                {
                    "uri": "media/posts/202505/17900000000000082.jpg",
                    "creation_timestamp": _ts(gym),
                    "title": "6am crew, same as every Monday, Wednesday and Friday 💪",
                    "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": GYM[0], "longitude": GYM[1]}]}},
                }
            ]
        },
    ]
    _write(root, f"{base}/personal_information/personal_information/personal_information.json", _meta_json(profile))
    _write(root, f"{base}/your_instagram_activity/media/posts_1.json", _meta_json(posts))
    # Instagram re-encodes uploads: the copies in the export carry no EXIF
    for n in (81, 82):
        _write(root, f"{base}/media/posts/202505/179000000000000{n}.jpg", synth.image_bytes(color=(120, 90, 60)))


# ---- LinkedIn (CSV) ---------------------------------------------------------------------------


def _linkedin(root: Path) -> None:
    base = "Basic_LinkedInDataExport_06-01-2025"
    _write(
        root,
        f"{base}/Profile.csv",
        _csv(
            "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers".split(
                ","
            ),
            [
                [
                    FIRST,
                    LAST,
                    "",
                    "",
                    "",
                    f"{ROLE} at {EMPLOYER}",
                    "Passenger processing and detector dog support at Brisbane Airport. Views my own.",
                    "Government Administration",
                    "",
                    "Brisbane, Queensland, Australia",
                    f"[{HANDLE}]",
                    "",
                    "",
                ]
            ],
        ),
    )
    _write(
        root,
        f"{base}/Positions.csv",
        _csv(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [
                [EMPLOYER, ROLE, "International terminal, Detector Dog Program support", "Brisbane Airport", "Feb 2023", ""],
                ["Example Logistics", "Warehouse Lead", "", "Brisbane", "Jan 2019", "Jan 2023"],
            ],
        ),
    )
    _write(
        root,
        f"{base}/Email Addresses.csv",
        _csv(
            ["Email Address", "Confirmed", "Primary", "Updated On"],
            [[PERSONAL_EMAIL, "Yes", "Yes", "1/1/24"], [WORK_EMAIL, "Yes", "No", "2/20/23"]],
        ),
    )
    preamble = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
    _write(
        root,
        f"{base}/Connections.csv",
        preamble
        + _csv(
            ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
            [
                [
                    *n.split(" "),
                    f"https://www.linkedin.com/in/{n.lower().replace(' ', '-')}-example",
                    "",
                    EMPLOYER,
                    ROLE,
                    "01 Mar 2023",
                ]
                for n in COLLEAGUES
            ],
        ),
    )
    _write(
        root,
        f"{base}/Shares.csv",
        _csv(
            ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
            [
                [
                    "2025-05-09 18:02:11",
                    "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7300000000000000081",
                    f"Proud to graduate with my cohort at the ABF College, thanks {COLLEAGUES[0]} and {COLLEAGUES[1]}!",
                    "",
                    "",
                    "MEMBER_NETWORK",
                ]
            ],
        ),
    )


# ---- Google Takeout: Photos sidecar and Location History --------------------------------------


def _google(root: Path) -> None:
    base = "takeout-20250601T000000Z-001/Takeout"
    _write(root, f"{base}/archive_browser.html", "<html><body>Takeout (synthetic demo)</body></html>\n")
    bbq = START + timedelta(days=12, hours=17, minutes=30)
    photo = f"{base}/Google Photos/Photos from 2025/IMG_{bbq:%Y%m%d_%H%M%S}.jpg"
    _write(root, photo, synth.photo(HOME[0], HOME[1], bbq, offset="+10:00", make="Examplephone", model="X1"))
    sidecar = {
        "title": Path(photo).name,
        "description": "Shift crew BBQ at ours",
        "imageViews": "4",
        "photoTakenTime": {"timestamp": str(_ts(bbq)), "formatted": ""},
        "creationTime": {"timestamp": str(_ts(bbq) + 60), "formatted": ""},
        "geoData": {"latitude": HOME[0], "longitude": HOME[1], "altitude": 12.0, "latitudeSpan": 0.0, "longitudeSpan": 0.0},
        "geoDataExif": {"latitude": HOME[0], "longitude": HOME[1], "altitude": 12.0, "latitudeSpan": 0.0, "longitudeSpan": 0.0},
        "people": [{"name": n} for n in COLLEAGUES],
        "url": "https://photos.google.com/photo/AF1QipDemo0000000081",
        "googlePhotosOrigin": {"mobileUpload": {"deviceFolder": {"localFolderName": ""}, "deviceType": "ANDROID_PHONE"}},
    }
    _write(root, photo + ".supplemental-metadata.json", _json(sidecar))
    records = []
    for day in range(0, 14):
        d = START + timedelta(days=day)
        for hour, (lat, lon) in ((7, HOME), (10, WORK), (15, WORK), (22, HOME)):
            if d.weekday() >= 5 and (lat, lon) == WORK:
                continue
            t = _utc(d.replace(hour=hour))
            records.append(
                {
                    "latitudeE7": round(lat * 1e7),
                    "longitudeE7": round(lon * 1e7),
                    "accuracy": 12,
                    "source": "GPS",
                    "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                }
            )
    _write(root, f"{base}/Location History (Timeline)/Records.json", _json({"locations": records}))

    def visit(place: tuple[float, float], name: str, kind: str, start: datetime, end: datetime) -> dict[str, Any]:
        return {
            "placeVisit": {
                "location": {
                    "latitudeE7": round(place[0] * 1e7),
                    "longitudeE7": round(place[1] * 1e7),
                    "placeId": f"ChIJdemo{kind}",
                    "address": name,
                    "name": name,
                    "semanticType": kind,
                    "locationConfidence": 97.5,
                },
                "duration": {
                    "startTimestamp": _utc(start).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "endTimestamp": _utc(end).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                },
                "placeConfidence": "HIGH_CONFIDENCE",
            }
        }

    objs = []
    for day in range(0, 5):
        d = START + timedelta(days=day)
        objs.append(visit(WORK, "Brisbane Airport International Terminal", "TYPE_WORK", d.replace(hour=6), d.replace(hour=14)))
        objs.append(visit(HOME, "Home", "TYPE_HOME", d.replace(hour=15), d.replace(hour=23)))
    _write(
        root, f"{base}/Location History (Timeline)/Semantic Location History/2025/2025_MAY.json", _json({"timelineObjects": objs})
    )


# ---- TikTok, Mastodon, Reddit, WhatsApp, Snapchat, Strava ------------------------------------


def _tiktok(root: Path) -> None:
    when = START + timedelta(days=10, hours=18)
    data = {
        "Profile And Settings": {
            "Profile Info": {
                "ProfileMap": {
                    "userName": "morgan.quill.bne",
                    "displayName": "Morgan Q",
                    "emailAddress": PERSONAL_EMAIL,
                    "telephoneNumber": "",
                    "bioDescription": "BNE airport life ✈️ ABF | opinions my own",
                    "birthDate": "",
                    "accountRegion": "AU",
                    "likesReceived": "312",
                }
            }
        },
        "Post": {
            "Posts": {
                "VideoList": [
                    {
                        "Date": f"{_utc(when):%Y-%m-%d %H:%M:%S}",
                        "Link": "https://www.tiktokv.com/share/video/7500000000000000081/",
                        "Likes": "58",
                        "WhoCanView": "Everyone",
                    }
                ]
            },
            "Recently Deleted Posts": {
                "PostList": [
                    {
                        "Date": f"{_utc(when - timedelta(days=3)):%Y-%m-%d %H:%M:%S}",
                        "DateDeleted": f"{_utc(when):%Y-%m-%d %H:%M:%S}",
                        "Link": "https://www.tiktokv.com/share/video/7500000000000000082/",
                        "Title": "POV: a day on the primary line in uniform #BorderForce",
                        "Location": "Brisbane Airport",
                    }
                ]
            },
        },
        "Comment": {
            "Comments": {
                "CommentsList": [
                    {
                        "date": f"{_utc(when):%Y-%m-%d %H:%M:%S}",
                        "comment": "haha we seized three of those at BNE last week",
                        "photo": "N/A",
                        "url": "",
                    }
                ]
            }
        },
    }
    _write(root, "tiktok/user_data_tiktok.json", _json(data))


def _mastodon(root: Path) -> None:
    base = "mastodon-archive-20250601"
    actor = {
        "@context": ["https://www.w3.org/ns/activitystreams"],
        "type": "Person",
        "preferredUsername": "mquill",
        "name": "Morgan Q",
        "summary": "<p>Runner, coffee snob. Day job with the Australian Border Force, views my own.</p>",
        "url": "https://mastodon.example/@mquill",
        "published": "2023-05-01T00:00:00Z",
        "attachment": [{"type": "PropertyValue", "name": "Work", "value": "Border Force Officer"}],
        "outbox": "outbox.json",
        "likes": "likes.json",
        "bookmarks": "bookmarks.json",
    }
    when = _utc(START + timedelta(days=15, hours=20))
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "OrderedCollection",
        "totalItems": 1,
        "orderedItems": [
            {
                "type": "Create",
                "published": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "object": {
                    "type": "Note",
                    "summary": None,
                    "inReplyTo": None,
                    "url": "https://mastodon.example/@mquill/114000000000000081",
                    "content": '<p>Big night shift with <span class="h-card"><a href="https://mastodon.example/@jtamberlin">@jtamberlin</a></span>, two seizures before midnight</p>',
                    "attachment": [],
                    "tag": [
                        {
                            "type": "Mention",
                            "href": "https://mastodon.example/@jtamberlin",
                            "name": "@jtamberlin@mastodon.example",
                        }
                    ],
                },
            }
        ],
    }
    _write(root, f"{base}/actor.json", _json(actor))
    _write(root, f"{base}/outbox.json", _json(outbox))
    _write(root, f"{base}/likes.json", _json({"type": "OrderedCollection", "orderedItems": []}))


def _reddit(root: Path) -> None:
    base = "reddit_export_morgan"
    when = _utc(START + timedelta(days=7, hours=21))
    _write(
        root,
        f"{base}/posts.csv",
        _csv(
            ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"],
            [
                [
                    "1k0demo",
                    "https://www.reddit.com/r/brisbane/comments/1k0demo/",
                    f"{when:%Y-%m-%d %H:%M:%S} UTC",
                    "",
                    "brisbane",
                    "0",
                    "Parking near the international terminal for 5am starts?",
                    "",
                    "I'm ABF on the early roster at Brisbane Airport, staff car park is full by 4:45. Tips?",
                ]
            ],
        ),
    )
    _write(
        root,
        f"{base}/comments.csv",
        _csv(
            ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"],
            [
                [
                    "mdemo81",
                    "https://www.reddit.com/r/australia/comments/1k1demo/_/mdemo81/",
                    f"{when + timedelta(days=2):%Y-%m-%d %H:%M:%S} UTC",
                    "",
                    "australia",
                    "0",
                    "https://www.reddit.com/r/australia/comments/1k1demo/",
                    "",
                    "Can confirm, we see this every shift at the Detector Dog Program",
                    "",
                ]
            ],
        ),
    )
    _write(root, f"{base}/checkfile.csv", _csv(["filename", "sha256"], [["posts.csv", ""], ["comments.csv", ""]]))


def _whatsapp(root: Path) -> None:
    d = START + timedelta(days=8)
    lines = [
        f"{d:%d/%m/%Y}, 04:58 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        f"{d:%d/%m/%Y}, 05:02 - {FIRST}: Running 5 late, save me a spot at the terminal",
        f"{d:%d/%m/%Y}, 05:03 - {COLLEAGUES[1]}: no worries, we're at gate 81 briefing",
        f"{d:%d/%m/%Y}, 21:40 - {FIRST}: location: https://maps.google.com/?q={HOME[0]:.5f},{HOME[1]:.5f}",
        f"{d:%d/%m/%Y}, 21:41 - {FIRST}: BBQ at mine Saturday, uniforms optional haha",
    ]
    _write(root, "whatsapp/WhatsApp Chat with BNE Shift Crew.txt", "\n".join(lines) + "\n")


def _snapchat(root: Path) -> None:
    base = "snapchat-mydata-2025-06-01/json"
    when = _utc(START + timedelta(days=11, hours=7))
    memories = {
        "Saved Media": [
            {
                "Date": f"{when:%Y-%m-%d %H:%M:%S} UTC",
                "Media Type": "Image",
                "Download Link": "https://app.snapchat.com/dmd/memories?uid=demo&sid=demo&mid=demo81&ts=0&sig=demo",
                "Location": f"Latitude, Longitude: {WORK[0]:.6f}, {WORK[1]:.6f}",
            }
        ]
    }
    locations = {
        "Frequent Locations": [
            {"City": "Brisbane", "Region": "Queensland", "Postal Code": "4000"},
        ],
        "Home, School & Work": {
            "inferredHome": f"lat {HOME[0]:.5f} ± 20 meters, long {HOME[1]:.5f} ± 20 meters",
            "inferredWork": f"lat {WORK[0]:.5f} ± 20 meters, long {WORK[1]:.5f} ± 20 meters",
        },
        "Location History": [[f"{when:%Y/%m/%d %H:%M:%S} UTC", f"{HOME[0]:.6f}, {HOME[1]:.6f}"]],
    }
    account = {"Basic Information": {"Username": "morganq.bne", "Name": NAME, "Creation Date": "2016-04-02 10:00:00 UTC"}}
    _write(root, f"{base}/memories_history.json", _json(memories))
    _write(root, f"{base}/location_history.json", _json(locations))
    _write(root, f"{base}/account.json", _json(account))


def _gpx(name: str, start: datetime, points: list[tuple[float, float]]) -> str:
    trkpts = "\n".join(
        f'   <trkpt lat="{lat:.6f}" lon="{lon:.6f}"><time>{_utc(start + timedelta(minutes=2 * i)):%Y-%m-%dT%H:%M:%SZ}</time></trkpt>'
        for i, (lat, lon) in enumerate(points)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1">\n'
        f" <metadata><time>{_utc(start):%Y-%m-%dT%H:%M:%SZ}</time></metadata>\n"
        f" <trk>\n  <name>{name}</name>\n  <type>running</type>\n  <trkseg>\n{trkpts}\n  </trkseg>\n </trk>\n</gpx>\n"
    )


def _strava(root: Path) -> None:
    base = "strava_export_81000008"
    rows = []
    for i, day in enumerate((1, 3, 8, 10, 15)):
        start = START + timedelta(days=day, hours=17, minutes=45)
        aid = f"1400000000{i}"
        # a loop that starts and ends at the front door: the classic fitness-app leak
        pts = [
            (HOME[0] + 0.004 * math.sin(2 * math.pi * k / 12), HOME[1] + 0.004 * (1 - math.cos(2 * math.pi * k / 12)))
            for k in range(13)
        ]
        _write(root, f"{base}/activities/{aid}.gpx", _gpx("Evening Run", start, pts))
        u = _utc(start)
        rows.append(
            [
                aid,
                f"{u:%b} {u.day}, {u:%Y}, {u.hour % 12 or 12}:{u:%M:%S %p}",
                "Evening Run" if i else "Post-shift run, airport to home",
                "Run",
                "",
                "1620",
                "5.02",
                f"activities/{aid}.gpx",
            ]
        )
    _write(
        root,
        f"{base}/activities.csv",
        _csv(
            [
                "Activity ID",
                "Activity Date",
                "Activity Name",
                "Activity Type",
                "Activity Description",
                "Elapsed Time",
                "Distance",
                "Filename",
            ],
            rows,
        ),
    )
    _write(
        root,
        f"{base}/profile.csv",
        _csv(
            ["Athlete ID", "Email Address", "First Name", "Last Name", "Sex", "Description", "City", "State", "Country"],
            [["81000008", WORK_EMAIL, FIRST, LAST, "", "ABF BNE running club", "Brisbane", "Queensland", "Australia"]],
        ),
    )


BUILDERS = (
    ("photos", _camera),
    ("twitter", _twitter),
    ("facebook", _facebook),
    ("instagram", _instagram),
    ("linkedin", _linkedin),
    ("google", _google),
    ("tiktok", _tiktok),
    ("mastodon", _mastodon),
    ("reddit", _reddit),
    ("whatsapp", _whatsapp),
    ("snapchat", _snapchat),
    ("strava", _strava),
)


def build_persona(dest: Path) -> list[Path]:
    """Write the persona's exports under dest (which must be empty or absent); return the files."""
    dest.mkdir(parents=True, exist_ok=True)
    for _platform, build in BUILDERS:
        build(dest)
    _write(
        dest,
        MARKER,
        f"Synthetic persona built by `auditor demo`: {NAME} is invented, as are every name, handle,\n"
        "address, position and message under this folder. No real person's data.\n"
        f"Platforms: {', '.join(p for p, _ in BUILDERS)}.\n",
    )
    return sorted(p for p in dest.rglob("*") if p.is_file())


# ---- the narrative ------------------------------------------------------------------------------


@dataclass
class Step:
    title: str
    found: bool
    lines: list[str] = field(default_factory=list)


def _when(f: dict[str, Any]) -> datetime | None:
    ts = f.get("timestamp")
    if not ts:
        return None
    try:
        return datetime.fromisoformat(str(ts))
    except ValueError:
        return None


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6_371_000 * math.asin(min(1.0, math.sqrt(h)))


def _groups(findings: list[dict[str, Any]], radius_m: float = 250) -> list[list[dict[str, Any]]]:
    """Greedy grouping of located findings within radius_m of a group's first member."""
    groups: list[tuple[tuple[float, float], list[dict[str, Any]]]] = []
    for f in findings:
        p = (f["location"]["lat"], f["location"]["lon"])
        for centre, members in groups:
            if _metres(centre, p) <= radius_m:
                members.append(f)
                break
        else:
            groups.append((p, [f]))
    return [m for _c, m in groups]


def _centre(members: list[dict[str, Any]]) -> str:
    lat = sum(f["location"]["lat"] for f in members) / len(members)
    lon = sum(f["location"]["lon"] for f in members) / len(members)
    return f"{lat:.3f}, {lon:.3f}"


def _platforms(findings: list[dict[str, Any]]) -> str:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f["platform"]] = counts.get(f["platform"], 0) + 1
    return ", ".join(f"{p} ({n})" for p, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _quoted(findings: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for f in findings:
        for q in re.findall(r'"([^"]{2,60})"', f.get("message") or ""):
            seen.setdefault(q, None)
    return list(seen)


def narrate(data: dict[str, Any]) -> list[Step]:
    """The adversary's chain, told from a scan result's dict form (never from the inputs).

    Home and workplace come from the scan's pattern-of-life findings when inference produced
    them; otherwise from a rough grouping of the geotag findings' positions by time of day,
    which the text says.
    """
    findings: list[dict[str, Any]] = list(data.get("findings", []))
    by_cat: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        by_cat.setdefault(f.get("category", ""), []).append(f)
    steps: list[Step] = []

    located = [f for f in by_cat.get("geotag", []) if f.get("location")]
    s = Step("1. Geotags", bool(located))
    if located:
        s.lines.append(f"{len(located)} photo(s) and post(s) carry a position: {_platforms(located)}.")
    steps.append(s)

    s = Step("2. Home and routine", False)
    pol = by_cat.get("pattern_of_life", [])
    if pol:
        s.found = True
        s.lines += [f.get("message", "") for f in pol[:4]]
    elif located:
        groups = _groups(located)
        night = [(sum(1 for f in g if (w := _when(f)) and (w.hour >= 19 or w.hour < 6)), g) for g in groups]
        day = [(sum(1 for f in g if (w := _when(f)) and w.weekday() < 5 and 9 <= w.hour < 17), g) for g in groups]
        home = max(night, key=lambda t: t[0], default=(0, []))
        work = max((t for t in day if t[1] is not home[1]), key=lambda t: t[0], default=(0, []))
        if home[0] >= 3:
            s.found = True
            s.lines.append(
                f"{home[0]} evening geotags fall within 250 m of {_centre(home[1])}: that is where this person sleeps."
            )
        if work[0] >= 3:
            s.found = True
            s.lines.append(f"{work[0]} weekday daytime geotags fall within 250 m of {_centre(work[1])}: the workplace.")
        if s.found:
            s.lines.append("(Grouped from the geotag findings' positions and times; no inference findings in this scan.)")
    steps.append(s)

    dept = by_cat.get("department_identifier", [])
    s = Step("3. Employer", bool(dept))
    if dept:
        named = _quoted([f for f in dept if "profile" in (f.get("message") or "").lower()] or dept)
        s.lines.append(f"{len(dept)} item(s) name the employer: {_platforms(dept)}.")
        if named:
            s.lines.append("Named as: " + ", ".join(f'"{n}"' for n in named[:4]) + ".")
        places = [f for f in by_cat.get("location_mention", []) if "work site" in (f.get("message") or "")]
        if places:
            s.lines.append(
                f"{len(places)} item(s) name a work site: " + ", ".join(_quoted(places)[:3] or [_platforms(places)]) + "."
            )
    steps.append(s)

    people = by_cat.get("colleague_exposure", []) + by_cat.get("uniform", [])
    s = Step("4. Colleagues", bool(people))
    if people:
        s.lines.append(f"{len(people)} item(s) show uniforms or colleagues: {_platforms(people)}.")
        s.lines += [f"- {f.get('message', '')}" for f in people[:3]]
    steps.append(s)

    mail = by_cat.get("account_registration", []) + by_cat.get("work_email", [])
    s = Step("5. Work email", bool(mail))
    if mail:
        s.lines.append(f"{len(mail)} item(s) tie accounts to a work address: {_platforms(mail)}.")
        s.lines += [f"- {f.get('message', '')}" for f in mail[:3]]
    steps.append(s)
    return steps


def render_narrative(steps: list[Step]) -> str:
    out = ["The chain an adversary follows (from this scan's findings):", ""]
    for s in steps:
        out.append(f"{s.title}: {'found' if s.found else 'not found in this scan'}")
        out += [f"   {line}" for line in s.lines]
    linked = sum(1 for s in steps if s.found)
    out += ["", f"{linked} of {len(steps)} links found. Work through checklist.md to break them."]
    return "\n".join(out) + "\n"
