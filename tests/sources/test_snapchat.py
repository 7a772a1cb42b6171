"""Snapchat source: memories with locations, every location-history key variant, inferred
home/work, account email/phone, saved chats, bad files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import Audience, ItemKind, Platform
from auditor.sources import SourceContext
from auditor.sources.base import Coverage
from auditor.sources.snapchat import SnapchatSource, parse_coordinates
from auditor.tree import InputTree, close_all

HOME = (-35.2500, 149.1000)
WORK = (-35.3080, 149.1240)

MEMORIES = [
    synth.snapchat_memory(datetime(2023, 1, 2, 3, 4, 5, tzinfo=UTC), *HOME),
    synth.snapchat_memory(datetime(2023, 1, 3, 3, 4, 5, tzinfo=UTC), *WORK, media_type="VIDEO"),
    synth.snapchat_memory(datetime(2023, 1, 4, 3, 4, 5, tzinfo=UTC), None, None, media_type="PHOTO"),
]


def _history(new_keys: bool) -> dict:
    hw_key = "Home, School & Work" if new_keys else "Home & Work"
    places_key = "Businesses and places you may have visited" if new_keys else "Businesses and public places you may have visited"
    return {
        "Frequent Locations": [{"City": "Canberra", "Country": "AU", "Region": "ACT"}],
        "Latest Location": [{"City": "Canberra", "Country": "AU", "Region": "ACT"}],
        hw_key: {
            "inferredHome": f"lat {HOME[0]} ± 20 meters, long {HOME[1]} ± 20 meters",
            "inferredWork": f"lat {WORK[0]} ± 20 meters, long {WORK[1]} ± 20 meters",
            "inferredSchool": "Not enough data",
        },
        "Daily Top Locations": [{"City": "Queanbeyan", "Region": "NSW", "Country": "AU"}],
        "Top Locations Per Six-Day Period": "No data",
        "Location History": [
            {"Time": "2023/02/01 08:00:00 UTC", "Latitude, Longitude": f"{WORK[0]} ± 14.96 meters, {WORK[1]} ± 14.96 meters"},
            ["2023/02/02 08:00:00 UTC", f"{HOME[0]}, {HOME[1]}"],
            f"Latitude, Longitude: {HOME[0]}, {HOME[1]}",
        ],
        places_key: [{"Date": "2023/02/03 12:00:00 UTC", "Name": "Example Cafe", "Category": "Cafe"}],
        "Areas you may have visited in the last two years": [
            {"Time": "2021/06/01 12:00:00 UTC", "City": "Sydney", "Region": "NSW", "Postal Code": "2000"}
        ],
    }


ACCOUNT = {
    "Basic Information": {"Username": "alex_snaps", "Name": "Alex Example", "Creation Date": "2016-01-01 00:00:00 UTC"},
    "Account Information": {"Email": "alex.example@homeaffairs.gov.au", "Phone Number": "+61400000001"},
    "Device Information": {"Make": "Examplephone"},
}
CHATS = {
    "sam_snaps": [
        {
            "From": "sam_snaps",
            "Media Type": "TEXT",
            "Created": "2023-05-01 10:00:00 UTC",
            "Content": "see you at the ABF College",
            "IsSender": False,
        },
        {
            "From": "alex_snaps",
            "Media Type": "MEDIA",
            "Created": "2023-05-01 10:01:00 UTC",
            "Content": "",
            "IsSender": True,
            "Media IDs": "b~x",
        },
    ]
}


def _read(path: Path):
    tree = InputTree.build([str(path)])
    src = SnapchatSource()
    ctx = SourceContext()
    items, covs = [], []
    try:
        for root in src.detect(tree):
            cov = Coverage(platform="snapchat", root=root)
            covs.append(cov)
            items.extend(src.read(tree, root, ctx, cov))
    finally:
        close_all()
    return items, ctx, covs


@pytest.mark.parametrize("new_keys", [True, False])
@pytest.mark.parametrize("as_zip", [False, True])
def test_snapchat_reads_planted_items(tmp_path: Path, as_zip: bool, new_keys: bool) -> None:
    root = tmp_path / "mydata"
    synth.snapchat_export(root, MEMORIES, _history(new_keys), ACCOUNT, CHATS)
    path = synth.zip_folder(root, tmp_path / "mydata~1700000000.zip") if as_zip else root
    items, ctx, covs = _read(path)
    assert ctx.errors == []
    media = [i for i in items if i.kind in (ItemKind.PHOTO, ItemKind.VIDEO)]
    assert [i.kind for i in media] == [ItemKind.PHOTO, ItemKind.VIDEO, ItemKind.PHOTO]
    assert [(i.position.lat, i.position.lon) if i.position else None for i in media] == [HOME, WORK, None]
    assert media[0].timestamp == datetime(2023, 1, 2, 3, 4, 5, tzinfo=UTC)
    records = [i for i in items if i.kind == ItemKind.LOCATION_RECORD]
    semantic = {
        i.extra["semantic_type"]: (i.position.lat, i.position.lon, i.position.accuracy_m)
        for i in records
        if "semantic_type" in i.extra
    }
    assert semantic == {"home": (*HOME, 20.0), "work": (*WORK, 20.0)}
    hist = [i for i in records if i.extra["section"] == "Location History"]
    assert [(i.position.lat, i.position.lon) for i in hist] == [WORK, HOME, HOME]
    assert hist[0].timestamp == datetime(2023, 2, 1, 8, 0, tzinfo=UTC) and hist[0].position.accuracy_m == 14.96
    texts = {i.extra["section"]: i.text for i in records}
    assert texts["Frequent Locations"] == "Canberra, ACT, AU"
    assert texts["Areas you may have visited in the last two years"] == "Sydney, NSW, 2000"
    assert any(t == "Example Cafe, Cafe" for t in texts.values())
    assert len(records) == 2 + 2 + 1 + 3 + 1 + 1
    fields = sorted((i.field, i.text) for i in items if i.kind == ItemKind.PROFILE_FIELD)
    assert fields == [
        ("display_name", "Alex Example"),
        ("email", "alex.example@homeaffairs.gov.au"),
        ("phone", "+61400000001"),
        ("username", "alex_snaps"),
    ]
    chats = [i for i in items if i.kind == ItemKind.MESSAGE]
    assert [(c.text, c.people, c.audience) for c in chats] == [("see you at the ABF College", ("sam_snaps",), Audience.PRIVATE)]
    assert all(i.platform == Platform.SNAPCHAT and i.export_path.startswith("json/") for i in items)
    cov = covs[0]
    assert sorted(cov.parsed) == [
        "json/account.json",
        "json/chat_history.json",
        "json/location_history.json",
        "json/memories_history.json",
    ]
    assert sorted(cov.skipped) == ["html/account.html", "index.html", "json/friends.json"]


def test_snapchat_coordinate_strings() -> None:
    assert parse_coordinates("Latitude, Longitude: -33.868800, 151.209300", "t").lat == -33.8688
    p = parse_coordinates("lat 51.515 ± 20 meters, long -0.09 ± 20 meters", "t")
    assert (p.lat, p.lon, p.accuracy_m) == (51.515, -0.09, 20.0)
    assert parse_coordinates("Latitude, Longitude: 0.0, 0.0", "t") is None
    assert parse_coordinates("Canberra, ACT", "t") is None


def test_snapchat_scan_finds_registration_and_geotag(tmp_path: Path, dibp) -> None:
    synth.snapchat_export(tmp_path, MEMORIES, _history(True), ACCOUNT, CHATS)
    result = scan([str(tmp_path)], dibp)
    cats = {f.category for f in result.findings if f.platform == "snapchat"}
    assert {"account_registration", "geotag", "department_identifier"} <= cats
    gps = [f for f in result.findings if f.code == "GEO101"]
    assert len(gps) == 2 and all(f.fix == "manual" for f in gps)  # the memory lives on Snapchat's servers


def test_snapchat_malformed_file_is_an_error_and_scan_continues(tmp_path: Path, dibp) -> None:
    synth.snapchat_export(tmp_path, MEMORIES, _history(True), ACCOUNT, CHATS)
    (tmp_path / "json" / "location_history.json").write_text('{"Location History": [', encoding="utf-8")
    (tmp_path / "json" / "chat_history.json").write_text('["not", "an object"]', encoding="utf-8")
    items, ctx, _ = _read(tmp_path)
    assert sorted(e.path for e in ctx.errors) == ["json/chat_history.json", "json/location_history.json"]
    assert sum(1 for i in items if i.kind == ItemKind.PHOTO) == 2
    result = scan([str(tmp_path)], dibp)
    assert len([e for e in result.errors if e.path.startswith("json/")]) == 2
    assert any(f.category == "account_registration" for f in result.findings)


def test_snapchat_html_only_export_is_reported(tmp_path: Path) -> None:
    (tmp_path / "x" / "html").mkdir(parents=True)
    for name in ("memories_history.html", "location_history.html", "account.html"):
        (tmp_path / "x" / "html" / name).write_text("<html><body>synthetic</body></html>", encoding="utf-8")
    items, ctx, covs = _read(synth.zip_folder(tmp_path / "x", tmp_path / "mydata.zip"))
    assert items == [] and len(covs) == 1
    assert [e.path for e in ctx.errors] == ["mydata.zip"] and "HTML variant" in ctx.errors[0].reason
    assert sorted(covs[0].skipped) == ["html/account.html", "html/location_history.html", "html/memories_history.html"]
