"""Snapchat "My Data" exports: memories with their location strings, location history, account
and chat JSON.

Writes only under the folder it is given, through `auditor.synth.files`. Deterministic;
invented content only.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from auditor.synth.files import write_files


def snapchat_export(
    root: Path,
    memories: list[dict[str, Any]] | None = None,
    location_history: dict[str, Any] | None = None,
    account: dict[str, Any] | None = None,
    chats: dict[str, Any] | None = None,
) -> None:
    files: dict[str, str | bytes] = {"index.html": "<html></html>", "html/account.html": "<html></html>"}
    if memories is not None:
        files["json/memories_history.json"] = json.dumps({"Saved Media": memories}, indent=2)
    if location_history is not None:
        files["json/location_history.json"] = json.dumps(location_history, indent=2, ensure_ascii=False)
    if account is not None:
        files["json/account.json"] = json.dumps(account, indent=2)
    if chats is not None:
        files["json/chat_history.json"] = json.dumps(chats, indent=2)
    files["json/friends.json"] = json.dumps({"Friends": []})
    write_files(root, files)


def snapchat_memory(when: datetime, lat: float | None, lon: float | None, media_type: str = "Image") -> dict[str, Any]:
    loc = f"Latitude, Longitude: {lat:.6f}, {lon:.6f}" if lat is not None and lon is not None else "Latitude, Longitude: 0.0, 0.0"
    return {
        "Date": when.strftime("%Y-%m-%d %H:%M:%S UTC"),
        "Media Type": media_type,
        "Download Link": "https://app.snapchat.com/dmd/memories?uid=0&sid=0&mid=0&ts=0&sig=0",
        "Location": loc,
    }
