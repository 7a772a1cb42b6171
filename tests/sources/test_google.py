"""Google Takeout source: Photos sidecars in every naming generation, Location History,
Semantic Location History, the on-device Timeline and My Activity, as folders, zips and a
two-part takeout set. All data is synthetic (auditor.synth)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import Audience, Category, ItemKind, Platform
from auditor.sources import Coverage, SourceContext
from auditor.sources import google as google_mod
from auditor.sources.google import GoogleSource, sidecar_media_names
from auditor.tree import InputTree, close_all

T0 = datetime(2020, 1, 1, 11, 0, tzinfo=UTC)
SUFFIXES_2024 = [".supplemental-metadata", ".supplemental-metadat", ".supplemental-me", ".suppl", ".s", "."]
LAYOUT = {
    "2019": {
        "photos": "Google Photos",
        "edited": "-edited",
        "lh": "Location History",
        "records": "Location History.json",
        "semantic": "Semantic Location History",
        "month": "2020_JANUARY.json",
        "activity": "My Activity/Maps/MyActivity.json",
        "album_meta": "metadata.json",
    },
    "2024": {
        "photos": "Google Photos",
        "edited": "-edited",
        "lh": "Location History (Timeline)",
        "records": "Records.json",
        "semantic": "Semantic Location History",
        "month": "2020_JANUARY.json",
        "activity": "My Activity/Maps/MyActivity.json",
        "album_meta": "metadata.json",
    },
    "de": {
        "photos": "Google Fotos",
        "edited": "-bearbeitet",
        "lh": "Standortverlauf",
        "records": "Records.json",
        "semantic": "Semantischer Standortverlauf",
        "month": "2020_JANUAR.json",
        "activity": "Meine Aktivitäten/Maps/MeineAktivitäten.json",
        "album_meta": "Metadaten.json",
    },
}
# (media name, geoData, geoDataExif, people, description); None = Google's 0.0, 0.0
PHOTOS = [
    ("IMG_0001.jpg", (-33.9399, 151.1753), (-33.9399, 151.1753), ("Sam Sample",), "Night shift done"),
    ("IMG_0002.jpg", None, (-35.3081, 149.1244), (), ""),
    ("IMG_0003.jpg", None, None, ("Alex Placeholder", "Sam Sample"), ""),
    ("IMG_0004.jpg", (-37.669, 144.841), None, (), ""),
    ("IMG_0005.jpg", (-27.3842, 153.1175), None, (), ""),
    ("IMG_0006.jpg", (-31.9403, 115.9669), None, (), ""),
    ("image.png", (-12.4146, 130.8778), None, (), ""),
    ("image(1).png", (-12.4, 130.87), None, (), "the duplicate"),
    ("IMG_0008.jpg", (-34.9285, 138.6007), None, (), "has an edited copy"),
]
HOME, WORK, OTHER, CAND = (-33.80, 151.10), (-33.9399, 151.1753), (-33.87, 151.21), (-33.95, 151.18)


def sidecar_name(gen: str, media: str, i: int) -> str:
    counter = ""
    if "(1)" in media:
        media, counter = media.replace("(1)", ""), "(1)"
    suffix = "" if gen == "2019" else SUFFIXES_2024[i % len(SUFFIXES_2024)]
    return f"{media}{suffix}{counter}.json"


def plant(gen: str):
    """Files of one Takeout generation, and the items the source must yield from them."""
    lay = LAYOUT[gen]
    files: dict[str, object] = {"Takeout/archive_browser.html": "<html></html>"}
    album = f"Takeout/{lay['photos']}/Photos from 2020"
    photos = []
    for i, (media, geo, gexif, people, desc) in enumerate(PHOTOS):
        when = T0 + timedelta(days=i)
        pid = f"AF1Qip{gen}{i:03d}"
        sc = f"{album}/{sidecar_name(gen, media, i)}"
        files[sc] = synth.photo_sidecar(media, when, geo, gexif, people, desc, photo_id=pid)
        lat_lon = gexif if gexif else (None, None)
        fmt = "PNG" if media.endswith(".png") else "JPEG"
        files[f"{album}/{media}"] = (
            synth.photo(*lat_lon, taken=when.replace(tzinfo=None), fmt=fmt) if fmt == "JPEG" else synth.image_bytes("PNG")
        )
        paths = [f"{album}/{media}"]
        if media == "IMG_0008.jpg":
            edited = f"{album}/IMG_0008{lay['edited']}.jpg"
            files[edited] = synth.photo(taken=when.replace(tzinfo=None))
            paths.append(edited)
        pos = geo or gexif
        photos.append((pid, pos, when, people, desc, sc, tuple(paths)))
    files[f"Takeout/{lay['photos']}/Trip/{lay['album_meta']}"] = {
        "title": "Trip",
        "description": "",
        "access": "protected",
        "date": {"timestamp": "1577876400", "formatted": "x"},
    }
    locs = []
    lh = f"Takeout/{lay['lh']}"
    pts = [(-33.80, 151.10, T0), (-33.81, 151.11, T0 + timedelta(minutes=5)), (-33.9399, 151.1753, T0 + timedelta(hours=1))]
    rec = synth.records_json([*pts, (0.0, 0.0, T0)], iso=gen != "2019")
    files[f"{lh}/{lay['records']}"] = rec
    locs += [("records.json", lat, lon, when, None) for lat, lon, when in pts]
    d1, d2 = T0 + timedelta(hours=2), T0 + timedelta(hours=10)
    ms = gen == "2019"
    objs = [
        synth.place_visit(*HOME, T0, d1, "Home", "1 Sample St", semantic_type="TYPE_HOME", ms=ms),
        synth.place_visit(
            *WORK,
            d1,
            d2,
            "Example Office",
            "2 Example Rd",
            ms=ms,
            candidates=[synth.candidate(*WORK, "TYPE_WORK", "Example Office", place_id=f"ChIJ{abs(synth.e7(WORK[0]))}")],
        ),
        synth.place_visit(
            *OTHER, d2, d2 + timedelta(hours=1), "Cafe", ms=ms, candidates=[synth.candidate(*CAND, "TYPE_WORK", "Office 2")]
        ),
        synth.activity_segment(HOME, WORK, T0 + timedelta(hours=1), d1),
    ]
    files[f"{lh}/{lay['semantic']}/2020/{lay['month']}"] = {"timelineObjects": objs}
    locs += [
        ("semantic.placeVisit", *HOME, T0, "TYPE_HOME"),
        ("semantic.placeVisit", *WORK, d1, "TYPE_WORK"),
        ("semantic.placeVisit", *OTHER, d2, None),
        ("semantic.candidate", *CAND, d2, "TYPE_WORK"),
        ("semantic.activitySegment", *HOME, T0 + timedelta(hours=1), None),
        ("semantic.activitySegment", *WORK, d1, None),
    ]
    files[f"Takeout/{lay['activity']}"] = [
        {
            "header": "Maps",
            "title": "Searched for pharmacy",
            "time": "2020-01-03T09:00:00.000Z",
            "products": ["Maps"],
            "locationInfos": [
                {
                    "name": "Around this area",
                    "url": "https://www.google.com/maps/@?api=1&map_action=map&center=-33.868800,151.209300&zoom=13",
                    "source": "From your places (Home)",
                }
            ],
        },
        {"header": "Maps", "title": "Viewed area", "time": "2020-01-04T09:00:00Z", "products": ["Maps"]},
    ]
    locs.append(("myactivity.locationInfos", -33.8688, 151.2093, datetime(2020, 1, 3, 9, tzinfo=UTC), None))
    return files, photos, locs


def read(paths: list[Path]):
    tree = InputTree.build([str(p) for p in paths])
    ctx = SourceContext()
    items, covs = [], []
    src = GoogleSource()
    try:
        for root in src.detect(tree):
            cov = Coverage("google", root)
            items.extend(src.read(tree, root, ctx, cov))
            covs.append(cov)
    finally:
        close_all()
    return items, covs, ctx.errors


def materialise(tmp_path: Path, files: dict, form: str, first_sidecar: str) -> list[Path]:
    if form == "folder":
        return [synth.write_files(tmp_path / "export", files)]
    if form == "zip":
        return [synth.zip_files(files, tmp_path / "takeout-20260101T000000Z-001.zip")]
    # a two-part set; the first photo's sidecar sits in part 2, the photo in part 1
    part1 = [n for n in files if n != first_sidecar]
    half = len(part1) // 2
    synth.split_zips(files, tmp_path / "set", "takeout-20260101T000000Z", [part1[:half], [first_sidecar, *part1[half:]]])
    return [tmp_path / "set"]


def _r(x):
    return None if x is None else round(x, 6)


@pytest.mark.parametrize("form", ["folder", "zip", "split"])
@pytest.mark.parametrize("gen", sorted(LAYOUT))
def test_google_yields_exactly_the_planted_items(tmp_path, gen, form):
    files, photos, locs = plant(gen)
    items, covs, errors = read(materialise(tmp_path, files, form, photos[0][5]))
    assert errors == []
    (cov,) = covs
    assert cov.root.endswith("Takeout")
    got_photos = {
        (
            i.item_id,
            (_r(i.position.lat), _r(i.position.lon)) if i.position else None,
            i.timestamp,
            i.people,
            i.text,
            i.export_path,
            tuple(p.split("Takeout/", 1)[1] for p in i.extra["media_paths"]),
        )
        for i in items
        if i.kind == ItemKind.PHOTO
    }
    want_photos = {
        (
            pid,
            (_r(p[0]), _r(p[1])) if p else None,
            when,
            people,
            desc,
            sc.split("/", 1)[1],
            tuple(x.split("Takeout/", 1)[1] for x in paths),
        )
        for pid, p, when, people, desc, sc, paths in photos
    }
    assert got_photos == want_photos
    got_locs = sorted(
        (i.position.source, _r(i.position.lat), _r(i.position.lon), i.timestamp, i.extra.get("semantic_type"))
        for i in items
        if i.kind == ItemKind.LOCATION_RECORD
    )
    assert got_locs == sorted((s, _r(a), _r(b), w, st) for s, a, b, w, st in locs)
    assert len(items) == len(photos) + len(locs)
    assert all(i.platform == Platform.GOOGLE and i.timestamp.tzinfo is not None for i in items)
    assert all(i.audience == Audience.PRIVATE for i in items)
    assert len(cov.parsed) == len(photos) + 3  # sidecars, records, semantic month, my activity
    assert len(cov.skipped) == 2 and cov.not_understood == []  # archive_browser.html, album metadata
    assert cov.items == len(items)


def test_google_split_set_pairs_sidecar_with_photo_in_other_part(tmp_path):
    files, photos, _ = plant("2024")
    first = photos[0][5]
    paths = materialise(tmp_path, files, "split", first)
    items, _, _ = read(paths)
    item = next(i for i in items if i.item_id == photos[0][0])
    assert item.path.startswith("takeout-20260101T000000Z-002.zip/")
    assert item.extra["media_path"].startswith("takeout-20260101T000000Z-001.zip/")
    assert item.extra["media_path"].endswith("/IMG_0001.jpg")
    assert item.position.source == "google.geoData"
    fallback = next(i for i in items if i.item_id == photos[1][0])
    assert fallback.position.source == "google.geoDataExif"
    assert next(i for i in items if i.item_id == photos[2][0]).position is None


@pytest.mark.parametrize(
    ("sidecar", "title", "expected"),
    [
        ("IMG_1.jpg.json", None, "IMG_1.jpg"),
        ("IMG_1.jpg.supplemental-metadata.json", None, "IMG_1.jpg"),
        ("IMG_1.jpg.supplemental-metadat.json", None, "IMG_1.jpg"),
        ("IMG_1.jpg.supplemental-me.json", None, "IMG_1.jpg"),
        ("IMG_1.jpg.suppl.json", None, "IMG_1.jpg"),
        ("IMG_1.jpg.s.json", None, "IMG_1.jpg"),
        ("IMG_1.jpg..json", None, "IMG_1.jpg"),
        ("image.png.supplemental-metadata(1).json", "image.png", "image(1).png"),
        ("image.png(2).json", None, "image(2).png"),
        (
            "Screenshot_20200101-120000_Some_Long_App_Nam.json",
            "Screenshot_20200101-120000_Some_Long_App_Name.jpg",
            "Screenshot_20200101-120000_Some_Long_App_Name.jpg",
        ),
    ],
)
def test_google_sidecar_media_names_every_form(sidecar, title, expected):
    assert expected in sidecar_media_names(sidecar, title)


def test_google_truncated_base_name_pairs_by_prefix(tmp_path):
    long = "Screenshot_20200101-120000_Some_Long_App_Name_Here.jpg"
    files = {
        f"Takeout/Google Photos/A/{long}": synth.photo(),
        "Takeout/Google Photos/A/Screenshot_20200101-120000_Some_Long_App_N.json": synth.photo_sidecar(
            "renamed.jpg", T0, (-33.0, 151.0)
        ),
        "Takeout/Google Photos/A/VID_1.mp4.supplemental-metadata.json": synth.photo_sidecar("VID_1.mp4", T0, None),
        "Takeout/Google Photos/A/VID_1.mp4": b"not really a video",
    }
    items, _, _ = read([synth.write_files(tmp_path / "t", files)])
    by_title = {i.extra["title"]: i for i in items}
    assert by_title["renamed.jpg"].extra["media_path"].endswith(long)
    assert by_title["VID_1.mp4"].kind == ItemKind.VIDEO and by_title["VID_1.mp4"].extra["media_path"].endswith("VID_1.mp4")


def test_google_records_streamed_when_large(tmp_path, monkeypatch):
    files, _, locs = plant("2024")
    root = synth.write_files(tmp_path / "t", files)
    whole, _, _ = read([root])
    monkeypatch.setattr(google_mod, "STREAM_MIN_BYTES", 10)
    streamed, _, errors = read([root])
    assert errors == []

    def rec(items):
        return [
            (i.position.lat, i.position.lon, i.timestamp) for i in items if i.position and i.position.source == "records.json"
        ]

    assert rec(streamed) == rec(whole) and len(rec(whole)) == 3


def test_google_truncated_large_records_keeps_what_was_read(tmp_path, monkeypatch):
    pts = [(-33.8 - k / 1000, 151.1, T0 + timedelta(minutes=k)) for k in range(50)]
    text = json.dumps(synth.records_json(pts))
    files = {"Takeout/Location History/Records.json": text[: len(text) // 2]}
    monkeypatch.setattr(google_mod, "STREAM_MIN_BYTES", 10)
    items, _, errors = read([synth.write_files(tmp_path / "t", files)])
    assert 0 < len(items) < 50
    assert len(errors) == 1 and "Records" in errors[0].reason


def test_google_on_device_timeline_android_and_ios(tmp_path):
    android = {
        "semanticSegments": [
            {
                "startTime": "2024-03-01T08:00:00.000+11:00",
                "endTime": "2024-03-01T17:00:00.000+11:00",
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": 0.9,
                    "topCandidate": {
                        "placeId": "ChIJwork",
                        "semanticType": "INFERRED_WORK",
                        "probability": 0.95,
                        "placeLocation": {"latLng": synth.deg(*WORK)},
                    },
                },
            },
            {
                "startTime": "2024-03-01T17:00:00.000Z",
                "endTime": "2024-03-01T18:00:00.000Z",
                "activity": {
                    "start": {"latLng": synth.deg(*WORK)},
                    "end": {"latLng": synth.deg(*HOME)},
                    "topCandidate": {"type": "IN_BUS"},
                },
            },
            {
                "startTime": "2024-03-01T17:00:00.000Z",
                "endTime": "2024-03-01T19:00:00.000Z",
                "timelinePath": [
                    {"point": synth.deg(-33.90, 151.15), "time": "2024-03-01T17:15:00.000Z"},
                    {"point": "0.000000°, 0.000000°", "time": "2024-03-01T17:20:00.000Z"},
                ],
            },
        ],
        "rawSignals": [
            {
                "position": {
                    "LatLng": synth.deg(-33.91, 151.16),
                    "accuracyMeters": 5,
                    "source": "GPS",
                    "timestamp": "2024-03-01T17:30:00.000Z",
                }
            }
        ],
        "userLocationProfile": {
            "frequentPlaces": [
                {"placeId": "h", "placeLocation": synth.deg(*HOME), "label": "HOME"},
                {"placeId": "w", "placeLocation": synth.deg(*WORK), "label": "WORK"},
            ]
        },
    }
    ios = [
        {
            "startTime": "2024-03-02T08:00:00.000+11:00",
            "endTime": "2024-03-02T17:00:00.000+11:00",
            "visit": {"topCandidate": {"semanticType": "Work", "placeLocation": f"geo:{WORK[0]},{WORK[1]}", "placeID": "ChIJw"}},
        },
        {
            "startTime": "2024-03-02T06:00:00.000Z",
            "endTime": "2024-03-02T07:00:00.000Z",
            "timelinePath": [{"point": "geo:-33.85,151.12", "durationMinutesOffsetFromStartTime": "30"}],
        },
    ]
    root = synth.write_files(
        tmp_path / "phone", {"Timeline.json": android, "iphone/location-history.json": ios, "notes.txt": "x"}
    )
    items, covs, errors = read([root])
    assert errors == []

    def key(x):
        return (x[0], x[1], x[2], x[3] or datetime.min.replace(tzinfo=UTC), x[4] or "")

    got = sorted(
        ((i.position.source, _r(i.position.lat), _r(i.position.lon), i.timestamp, i.extra.get("place_label")) for i in items),
        key=key,
    )
    z = datetime(2024, 3, 1, tzinfo=UTC)
    assert got == sorted(
        [
            ("timeline.visit", *WORK, datetime(2024, 2, 29, 21, tzinfo=UTC), "work"),  # 08:00+11:00
            ("timeline.activity", *WORK, z.replace(hour=17), None),
            ("timeline.activity", *HOME, z.replace(hour=18), None),
            ("timeline.path", -33.90, 151.15, z.replace(hour=17, minute=15), None),
            ("timeline.rawSignal", -33.91, 151.16, z.replace(hour=17, minute=30), None),
            ("timeline.frequentPlace", *HOME, None, "home"),
            ("timeline.frequentPlace", *WORK, None, "work"),
            ("timeline.visit", *WORK, datetime(2024, 3, 1, 21, tzinfo=UTC), "work"),
            ("timeline.path", -33.85, 151.12, datetime(2024, 3, 2, 6, 30, tzinfo=UTC), None),
        ],
        key=key,
    )
    (cov,) = covs
    assert sorted(cov.parsed) == ["Timeline.json", "iphone/location-history.json"] and cov.skipped == ["notes.txt"]


def test_google_scan_geotag_from_sidecar_geodata(tmp_path, dibp):
    files, photos, _ = plant("2024")
    paths = materialise(tmp_path, files, "split", photos[0][5])
    result = scan([str(p) for p in paths], dibp)
    geo = [f for f in result.findings if f.category == Category.GEOTAG and f.platform == Platform.GOOGLE]
    sidecar = [f for f in geo if f.path.endswith(".json")]
    pid, pos, *_ = photos[0]
    hit = next(f for f in sidecar if f.item_id == pid)
    assert (round(hit.location.lat, 4), round(hit.location.lon, 4)) == pos
    assert hit.fix == "manual"
    # every sidecar with a real position fires, the one at 0,0 does not
    assert {f.item_id for f in sidecar} == {p[0] for p in photos if p[1]}
    # the photo files' own EXIF GPS fires separately
    assert any(f.path.endswith("IMG_0001.jpg") for f in geo)
    cov = next(c for c in result.coverage if c["platform"] == "google")
    assert cov["files_parsed"] == len(photos) + 3


def test_google_malformed_files_end_in_errors_and_scan_continues(tmp_path, dibp):
    files, photos, _ = plant("2024")
    files["Takeout/Google Photos/Photos from 2020/BROKEN.jpg.supplemental-metadata.json"] = b'{"title": "BROKEN.jpg", "photoTaken'
    files["Takeout/Location History (Timeline)/Records.json"] = b'{"locations": [{"latitudeE7": 1,'
    files["Takeout/Location History (Timeline)/Semantic Location History/2020/2020_FEBRUARY.json"] = b"\xff\xfe\x00garbage"
    files["Takeout/Some Product/odd.json"] = {"something": "else"}
    root = synth.write_files(tmp_path / "t", files)
    items, (cov,), errors = read([root])
    assert {e.path.rsplit("/", 1)[-1] for e in errors} == {
        "BROKEN.jpg.supplemental-metadata.json",
        "Records.json",
        "2020_FEBRUARY.json",
    }
    assert cov.not_understood == ["Some Product/odd.json"]
    assert sum(1 for i in items if i.kind == ItemKind.PHOTO) == len(photos)
    result = scan([str(root)], dibp)
    assert len([e for e in result.errors if e.path.endswith(".json")]) == 3
    assert any(f.category == Category.GEOTAG and f.path.endswith(".json") for f in result.findings)


def test_google_malformed_timeline_and_activity_end_in_errors(tmp_path, dibp):
    good = {"userLocationProfile": {"frequentPlaces": [{"placeLocation": synth.deg(*WORK), "label": "WORK"}]}}
    files = {
        "phone/Timeline.json": good,
        "old-phone/Timeline.json": b'{"semanticSegments": [{"startTime": ',
        "Takeout/My Activity/Maps/MyActivity.json": b'[{"header": "Maps", "time": ',
        "Takeout/My Activity/Search/MyActivity.json": [{"header": "Search", "title": "x", "time": "2020-01-01T00:00:00Z"}],
    }
    root = synth.write_files(tmp_path / "t", files)
    items, covs, errors = read([root])
    assert sorted(e.path for e in errors) == ["Takeout/My Activity/Maps/MyActivity.json", "old-phone/Timeline.json"]
    assert [i.extra["place_label"] for i in items] == ["work"]
    assert sorted(c.root for c in covs) == ["Takeout", "old-phone", "phone"]
    result = scan([str(root)], dibp)
    assert sorted(e.path for e in result.errors) == ["Takeout/My Activity/Maps/MyActivity.json", "old-phone/Timeline.json"]


def test_google_records_unsigned_e7_and_bad_entries(tmp_path):
    rec = {
        "locations": [
            {"latitudeE7": 2**32 - 338688200, "longitudeE7": 1512092900, "timestampMs": "1600000000000"},
            {"latitudeE7": "north", "longitudeE7": 1, "timestampMs": "1600000000000"},
            {"latitudeE7": 950000000, "longitudeE7": 1512092900},
            "not a record",
        ]
    }
    items, _, errors = read([synth.write_files(tmp_path / "t", {"Takeout/Location History/Records.json": rec})])
    assert errors == []
    assert [(round(i.position.lat, 7), round(i.position.lon, 7), i.timestamp) for i in items] == [
        (-33.86882, 151.20929, datetime(2020, 9, 13, 12, 26, 40, tzinfo=UTC))
    ]


def test_google_not_detected_from_other_platforms_location_files(tmp_path):
    files = {
        "snap/json/location_history.json": {
            "Frequent Locations": [],
            "Location History": [{"Time": "x", "Latitude, Longitude": "1, 2"}],
        },
        "fb/your_activity_across_facebook/location_history_v2.json": {"location_history_v2": []},
        "misc/IMG_1.jpg.json": {"width": 10},
    }
    assert read([synth.write_files(tmp_path / "t", files)])[1] == []
