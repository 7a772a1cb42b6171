"""Meta export machinery: mojibake repair, epoch times, record shapes, positions and threads."""

from __future__ import annotations

from datetime import UTC, datetime

from auditor.models import Audience, ItemKind, Platform
from auditor.sources import meta_common as mc
from auditor.tree import InputTree


def test_meta_common_repairs_mojibake_and_leaves_real_text():
    broken = "Caf\u00c3\u00a9"  # "Café" written byte by byte
    assert mc.fix_mojibake({broken: [broken, 1]}) == {"Café": ["Café", 1]}
    assert mc.fix_text("Café") == "Café" and mc.fix_text("東京") == "東京"


def test_meta_common_epoch_takes_seconds_or_milliseconds():
    want = datetime(2024, 5, 1, tzinfo=UTC)
    assert mc.epoch(1714521600) == want and mc.epoch(1714521600000) == want and mc.epoch("1714521600") == want
    assert mc.epoch(0) is None and mc.epoch(True) is None and mc.epoch("x") is None


def test_meta_common_positions_from_coordinate_objects():
    pos = mc.coordinate_position({"coordinate": {"latitude": -35.3, "longitude": 149.1}}, "post.place")
    assert (pos.lat, pos.lon, pos.source) == (-35.3, 149.1, "post.place")
    assert mc.coordinate_position({"latitude": 0, "longitude": 0}, "x") is None
    assert mc.smd_lookup({"Comment": {"value": "hi", "timestamp": 5}}, mc.TEXT_ALIASES) == ("hi", 5)


def test_meta_common_thread_items_are_private_messages(tmp_path):
    (tmp_path / "message_1.json").write_text("{}")
    [entry] = InputTree.build([str(tmp_path)]).entries
    data = {
        "participants": [{"name": "Pat"}, {"name": "Sam"}],
        "messages": [
            {"sender_name": "Pat", "timestamp_ms": 1714521600000, "content": "see you at the depot"},
            {"sender_name": "Sam", "timestamp_ms": 1714521601000},
        ],
    }
    assert mc.is_thread(data)
    [item] = list(mc.thread_items(data, entry, Platform.FACEBOOK))
    assert (item.kind, item.audience, item.text) == (ItemKind.MESSAGE, Audience.PRIVATE, "see you at the depot")
    assert item.people == ("Pat", "Sam") and item.extra["sender"] == "Pat"
