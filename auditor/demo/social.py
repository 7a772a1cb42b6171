"""The demo persona's social exports: X (via auditor.synth), Facebook and Instagram (2024+
layouts, Meta mojibake included), LinkedIn (CSV), TikTok, Mastodon and Reddit.

Small files in each platform's current layout (see EXPORT_FORMATS.md), written directly so the
demo does not depend on other builders. Deterministic; invented content only. Writes only
under the folder it is given; must not read the clock, the network or any real export, and must
not import the scanner (sources, rules, engine).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from auditor import synth
from auditor.demo.persona import (
    COLLEAGUES,
    EMPLOYER,
    FIRST,
    GYM,
    HANDLE,
    HOME,
    LAST,
    NAME,
    PERSONAL_EMAIL,
    ROLE,
    START,
    WORK,
    WORK_EMAIL,
    meta_json,
    to_csv,
    to_json,
    ts,
    utc,
    write,
)

# ---- X archive (auditor.synth builder) ---------------------------------------------------------


def twitter(root: Path) -> None:
    t = START + timedelta(hours=19)
    tweets = [
        synth.tweet(
            "1920000000000000001", f"Two years with the {EMPLOYER} this week. Proud of this crew #AusBorderForce", utc(t)
        ),
        synth.tweet(
            "1920000000000000002",
            "Early shift at Brisbane Airport again, new lanyard and all",
            utc(t + timedelta(days=2, hours=-12)),
            geo=WORK,
        ),
        synth.tweet(
            "1920000000000000003",
            "Roster swaps for next week? email me morgan dot quillfeather at abf dot gov dot au",
            utc(t + timedelta(days=6)),
        ),
        synth.tweet(
            "1920000000000000004",
            "@tash_b_example and @omar_v_example in uniform at the terminal, best team on shift",
            utc(t + timedelta(days=9)),
            mentions=["tash_b_example", "omar_v_example"],
        ),
        synth.tweet("1920000000000000005", "Sunday sunset from the back deck", utc(t + timedelta(days=13)), geo=HOME),
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
    write(root, "twitter-2025-06-01-archive/Your archive.html", "<html><body>Your archive (synthetic demo)</body></html>\n")


# ---- Meta: Facebook and Instagram (2024+ layouts) ---------------------------------------------


def _exif(lat: float, lon: float, when: datetime) -> dict[str, Any]:
    return {"exif_data": [{"latitude": lat, "longitude": lon, "taken_timestamp": ts(when), "upload_ip": "192.0.2.44"}]}


FB_PHOTO = "your_facebook_activity/posts/media/Mobileuploads_AbC123/100000000000081_n.jpg"  # relative to the export root


def facebook(root: Path) -> None:
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
            "current_city": {"name": "Brisbane, Queensland, Australia", "timestamp": ts(START)},
            "hometown": {"name": "Toowoomba, Queensland, Australia", "timestamp": 0},
            "work_experiences": [
                {
                    "employer": EMPLOYER,
                    "title": ROLE,
                    "description": "Passenger processing, international terminal",
                    "location": "Brisbane Airport",
                    "start_timestamp": ts(datetime(2023, 2, 13)),
                    "timestamp": ts(datetime(2023, 2, 20)),
                }
            ],
            "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+61400000008", "verified": True}],
            "username": "morganquill.example",
            "registration_timestamp": ts(datetime(2012, 3, 1)),
            "profile_uri": "https://www.facebook.com/morganquill.example",
        }
    }
    posts = [
        {
            "timestamp": ts(parade),
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
                                "creation_timestamp": ts(parade),
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
            "timestamp": ts(parade + timedelta(days=3)),
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
            "timestamp": ts(parade + timedelta(days=9)),
            "data": [{"post": "Finally a Sunday off. Café brunch round the corner from home"}],
            "title": f"{NAME} updated their status.",
            "tags": [{"name": COLLEAGUES[2]}],
        },
    ]
    friends = {
        "friends_v2": [{"name": n, "timestamp": ts(datetime(2023, 3, 1 + i))} for i, n in enumerate(COLLEAGUES)]
        + [{"name": "Alex Sample", "timestamp": ts(datetime(2015, 6, 1))}]
    }
    thread = {
        "participants": [{"name": COLLEAGUES[0]}, {"name": NAME}],
        "messages": [
            {
                "sender_name": NAME,
                "timestamp_ms": ts(parade + timedelta(days=1)) * 1000,
                "content": "Can you swap Thursday? I'm rostered at the international terminal 6 till 2",
                "type": "Generic",
                "is_unsent": False,
            },
            {
                "sender_name": COLLEAGUES[0],
                "timestamp_ms": ts(parade + timedelta(hours=20)) * 1000,
                "content": "Great photos from the parade!",
                "type": "Generic",
                "is_unsent": False,
            },
        ],
        "title": COLLEAGUES[0],
        "is_still_participant": True,
        "thread_type": "Regular",
    }
    write(root, f"{base}/personal_information/profile_information/profile_information.json", meta_json(profile))
    write(root, f"{base}/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", meta_json(posts))
    write(root, f"{base}/connections/friends/your_friends.json", meta_json(friends))
    # Facebook re-encodes uploads: the copy in the export carries no EXIF (the JSON keeps the GPS)
    write(root, f"{base}/{FB_PHOTO}", synth.image_bytes(color=(60, 90, 120)))
    write(root, f"{base}/your_facebook_activity/messages/inbox/tashbrennick_1000000081/message_1.json", meta_json(thread))


def instagram(root: Path) -> None:
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
                    "creation_timestamp": ts(first_shift),
                    "title": "New uniform, first shift with @tash.brennick and @omar.velloza at the international terminal #ABF",
                    "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": WORK[0], "longitude": WORK[1]}]}},
                }
            ]
        },
        {
            "media": [
                {
                    "uri": "media/posts/202505/17900000000000082.jpg",
                    "creation_timestamp": ts(gym),
                    "title": "6am crew, same as every Monday, Wednesday and Friday 💪",
                    "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": GYM[0], "longitude": GYM[1]}]}},
                }
            ]
        },
    ]
    write(root, f"{base}/personal_information/personal_information/personal_information.json", meta_json(profile))
    write(root, f"{base}/your_instagram_activity/media/posts_1.json", meta_json(posts))
    # Instagram re-encodes uploads: the copies in the export carry no EXIF
    for n in (81, 82):
        write(root, f"{base}/media/posts/202505/179000000000000{n}.jpg", synth.image_bytes(color=(120, 90, 60)))


# ---- LinkedIn (CSV) ---------------------------------------------------------------------------


def linkedin(root: Path) -> None:
    base = "Basic_LinkedInDataExport_06-01-2025"
    write(
        root,
        f"{base}/Profile.csv",
        to_csv(
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
    write(
        root,
        f"{base}/Positions.csv",
        to_csv(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            [
                [EMPLOYER, ROLE, "International terminal, Detector Dog Program support", "Brisbane Airport", "Feb 2023", ""],
                ["Example Logistics", "Warehouse Lead", "", "Brisbane", "Jan 2019", "Jan 2023"],
            ],
        ),
    )
    write(
        root,
        f"{base}/Email Addresses.csv",
        to_csv(
            ["Email Address", "Confirmed", "Primary", "Updated On"],
            [[PERSONAL_EMAIL, "Yes", "Yes", "1/1/24"], [WORK_EMAIL, "Yes", "No", "2/20/23"]],
        ),
    )
    preamble = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
    write(
        root,
        f"{base}/Connections.csv",
        preamble
        + to_csv(
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
    write(
        root,
        f"{base}/Shares.csv",
        to_csv(
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


# ---- TikTok, Mastodon, Reddit ------------------------------------


def tiktok(root: Path) -> None:
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
                        "Date": f"{utc(when):%Y-%m-%d %H:%M:%S}",
                        "Link": "https://www.tiktokv.com/share/video/7500000000000000081/",
                        "Likes": "58",
                        "WhoCanView": "Everyone",
                    }
                ]
            },
            "Recently Deleted Posts": {
                "PostList": [
                    {
                        "Date": f"{utc(when - timedelta(days=3)):%Y-%m-%d %H:%M:%S}",
                        "DateDeleted": f"{utc(when):%Y-%m-%d %H:%M:%S}",
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
                        "date": f"{utc(when):%Y-%m-%d %H:%M:%S}",
                        "comment": "haha we seized three of those at BNE last week",
                        "photo": "N/A",
                        "url": "",
                    }
                ]
            }
        },
    }
    write(root, "tiktok/user_data_tiktok.json", to_json(data))


def mastodon(root: Path) -> None:
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
    when = utc(START + timedelta(days=15, hours=20))
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
    write(root, f"{base}/actor.json", to_json(actor))
    write(root, f"{base}/outbox.json", to_json(outbox))
    write(root, f"{base}/likes.json", to_json({"type": "OrderedCollection", "orderedItems": []}))


def reddit(root: Path) -> None:
    base = "reddit_export_morgan"
    when = utc(START + timedelta(days=7, hours=21))
    write(
        root,
        f"{base}/posts.csv",
        to_csv(
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
    write(
        root,
        f"{base}/comments.csv",
        to_csv(
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
    write(root, f"{base}/checkfile.csv", to_csv(["filename", "sha256"], [["posts.csv", ""], ["comments.csv", ""]]))
