"""auditor.synth.snapchat: the export's JSON parses, with memories' location strings."""

from __future__ import annotations

import json
from datetime import datetime

from auditor.synth.snapchat import snapchat_export, snapchat_memory


def test_snapchat_export_json_parses(tmp_path):
    memories = [
        snapchat_memory(datetime(2024, 5, 1, 9), -35.0, 149.0),
        snapchat_memory(datetime(2024, 5, 2), None, None, "Video"),
    ]
    snapchat_export(tmp_path, memories=memories, location_history={"Frequent Locations": []}, account={}, chats={})
    saved = json.loads((tmp_path / "json" / "memories_history.json").read_text())["Saved Media"]
    assert saved[0]["Location"] == "Latitude, Longitude: -35.000000, 149.000000"
    assert saved[1]["Location"] == "Latitude, Longitude: 0.0, 0.0"
    for name in ("location_history", "account", "chat_history", "friends"):
        json.loads((tmp_path / "json" / f"{name}.json").read_text())
