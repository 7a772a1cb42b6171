"""Generators of TikTok "Download your data" layouts as real exports lay them out, with invented
content: sections in alphabetical order with a long advertising section first (2025), the
Autofill profile section and the "most recent location" record.

Layouts learned from abrignoni/RLEAPP `scripts/artifacts/tikTokArchiveJson.py` (a parser
"heavily tested against real exports"): section and record key names only; no data copied.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def user_data_2025(n_ads: int = 3000, n_messages: int = 40) -> dict[str, Any]:
    """A 2025 `user_data_tiktok.json`: alphabetical sections, `Ads and data` first and long."""
    ads = [
        {"TimeStamp": f"2025-01-01 00:{i // 60 % 60:02d}:{i % 60:02d}", "Source": f"shop{i}.example", "Event": "VIEW"}
        for i in range(n_ads)
    ]
    chat = [
        {"Date": f"2025-02-01 10:{i % 60:02d}:00", "From": "mo.example" if i % 2 else "river.sample", "Content": f"msg {i}"}
        for i in range(n_messages)
    ]
    return {
        "Ads and data": {
            "Ad Interests": {"AdInterestCategories": "Travel"},
            "Off TikTok Activity": {"OffTikTokActivityDataList": ads},
        },
        "App Settings": {"Settings": {"SettingsMap": {"Allow DownLoad": "On"}}, "Block List": {"BlockList": []}},
        "Comment": {
            "Comments": {"CommentsList": [{"date": "2025-02-02 09:00:00", "comment": "great ferry ride", "photo": "N/A"}]}
        },
        "Direct Message": {"Direct Messages": {"ChatHistory": {"Chat History with river.sample:": chat}}},
        "Location Review": {
            "Location Reviews": {
                "ReviewsList": [
                    {"PlaceName": "Example Bakery", "Date": "2025-03-01 12:00:00", "Rating": "5", "ReviewText": "best rolls"}
                ]
            }
        },
        "Post": {
            "Posts": {
                "VideoList": [{"Date": "2025-03-02 08:00:00", "Link": "https://www.tiktokv.com/share/video/7400000000000000001/"}]
            },
            "Recently Deleted Posts": {"PostList": []},
        },
        "Profile And Settings": {
            "Autofill": {"PhoneNumber": "+61 400 111 222", "Email": "mo.example@example.org", "FirstName": "Mo"},
            "Profile Info": {
                "ProfileMap": {
                    "userName": "mo.example",
                    "bioDescription": "ferries and bread",
                    "emailAddress": "mo.example@example.org",
                    "telephoneNumber": "+61 400 111 222",
                    "likesReceived": "3",
                }
            },
        },
        "Tiktok Live": {"Watch Live History": {"WatchLiveMap": {}}},
        "Your Activity": {
            "Login History": {"LoginHistoryList": [{"Date": "2025-03-03 07:00:00", "IP": "192.0.2.1", "DeviceModel": "X"}]},
            "Most Recent Location Data": {
                "LocationData": {"Date": "2025-03-04 18:30:00", "GpsData": "-35.2809, 149.1300", "LastRegion": "AU"}
            },
            "Watch History": {"VideoList": [{"Date": "2025-03-01 00:00:00", "Link": "https://www.tiktokv.com/share/video/1/"}]},
        },
    }


def write_2025(folder: Path, **kw: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "user_data_tiktok.json"
    path.write_text(json.dumps(user_data_2025(**kw), indent=2), encoding="utf-8")
    return folder
