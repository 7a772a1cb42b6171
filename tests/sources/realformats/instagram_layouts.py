"""Generators of Instagram export layouts, with invented content.

- A single DM thread saved on its own: ``<user>_<id>/message_1.json`` with only ``messages``
  (``sender_name``, ``timestamp_ms``, ``content``, ``share``, ``is_geoblocked_for_viewer``), no
  ``participants`` and no ``title``: the shape analysis scripts load from one thread file
  (seen in a Streamlit DM analysis reading ``./data/instagram/*.json`` and dropping
  ``is_geoblocked_for_viewer``; the code search did not name its repository).
- ``your_instagram_activity/messages/secret_conversations.json``: ``ig_secret_conversations.
  armadillo_devices[]`` (device make, model, OS, last IP, last active time); the file is in the
  Instagram known-files list of the d3i data-donation port (``port.validate`` DDP categories)
  and the key path as an Instagram-export viewer reads it.
- Threads profile information inside the Instagram export: a ``threads/`` folder with a
  ``string_map_data`` profile record (Meta's usual record shape). Not seen in a public sample:
  built from the Meta record family; the reader keys on folder and shape, not on one name.
"""

from __future__ import annotations

import json
from pathlib import Path


def single_thread(folder: Path, n: int = 6) -> dict[str, int]:
    thread = folder / "river.sample_17841400000000001"
    thread.mkdir(parents=True)
    msgs = [
        {
            "sender_name": "river.sample" if i % 2 else "mo.example",
            "timestamp_ms": 1_700_000_000_000 + i * 60_000,
            "content": f"dm {i}",
            "is_geoblocked_for_viewer": False,
        }
        for i in range(n)
    ]
    msgs.append(
        {
            "sender_name": "river.sample",
            "timestamp_ms": 1_700_000_900_000,
            "share": {"link": "https://www.instagram.com/p/AbCdEf/"},
            "is_geoblocked_for_viewer": False,
        }
    )
    (thread / "message_1.json").write_text(json.dumps({"messages": msgs}), encoding="utf-8")
    return {"messages": n + 1}


def secret_and_threads(folder: Path) -> dict[str, int]:
    msgs = folder / "your_instagram_activity" / "messages"
    msgs.mkdir(parents=True)
    devices = {
        "ig_secret_conversations": {
            "armadillo_devices": [
                {
                    "device_type": "phone",
                    "device_manufacturer": "Example",
                    "device_model": "Phone 9",
                    "device_os_version": "14",
                    "last_connected_ip": "192.0.2.7",
                    "last_active_time": 1700000000,
                }
            ]
        }
    }
    (msgs / "secret_conversations.json").write_text(json.dumps(devices), encoding="utf-8")
    threads = folder / "your_instagram_activity" / "threads"
    threads.mkdir(parents=True)
    profile = {
        "text_post_app_profile_information": [
            {
                "title": "",
                "string_map_data": {
                    "Username": {"href": "", "value": "mo.example", "timestamp": 0},
                    "Bio": {"href": "", "value": "ferry crew at the example port", "timestamp": 0},
                    "Website": {"href": "", "value": "https://example.org/mo", "timestamp": 0},
                },
            }
        ]
    }
    (threads / "threads_profile_information.json").write_text(json.dumps(profile), encoding="utf-8")
    return {"devices": 1, "threads_fields": 3}
