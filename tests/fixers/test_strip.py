"""auditor.fixers.strip: GPS-free copies of every container, proven by re-reading (ours and ExifTool's).

The `auditor strip` command is tested in tests/cli/commands/test_strip.py.
"""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
from datetime import datetime

import pytest
from PIL import Image, ImageCms

from auditor import synth
from auditor.fixers import strip as stripmod
from auditor.fixers.exif import apply_to_bytes, tiff_edits
from auditor.fixers.strip import StripUsageError, strip_paths
from auditor.media.reader import read_media
from tests.conftest import exiftool_json, needs_exiftool

TAKEN = datetime(2024, 5, 1, 9, 30)


def _digest(root) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def _pixels(path) -> bytes:
    if path.suffix in (".heic", ".avif"):
        import pillow_heif

        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return im.convert("RGB").tobytes()


@pytest.fixture(scope="module")
def zoo_stripped(tmp_path_factory):
    src = tmp_path_factory.mktemp("zoo_in")
    positions = synth.media_zoo(src)
    before = _digest(src)
    out = tmp_path_factory.mktemp("zoo_out") / "clean"
    results = strip_paths([str(src)], str(out))
    return src, out, positions, before, results


def test_strip_every_format_is_stripped_and_reread_clean(zoo_stripped):
    src, out, positions, _, results = zoo_stripped
    by_path = {r.path: r for r in results}
    assert set(by_path) == set(positions)
    for rel in positions:
        r = by_path[rel]
        assert r.status == "stripped", (rel, r.reason)
        with open(out / rel, "rb") as fh:
            meta = read_media(fh)
        assert meta.gps is None and not meta.has_gps_block, rel
        with open(src / rel, "rb") as fh:
            assert read_media(fh).gps == pytest.approx(positions[rel], abs=1e-5)


def test_strip_never_touches_originals(zoo_stripped):
    src, _, _, before, _ = zoo_stripped
    assert _digest(src) == before


@needs_exiftool
def test_strip_exiftool_finds_no_gps_in_any_copy(zoo_stripped):
    src, out, positions, _, _ = zoo_stripped
    files = [out / rel for rel in positions]
    ref = exiftool_json(*files, args=("-GPS:all", "-XMP-exif:GPS*", "-GPSCoordinates", "-GPSLatitude", "-GPSLongitude"))
    assert len(ref) == len(files)
    for name, tags in ref.items():
        assert set(tags) == {"SourceFile"}, (name, tags)
    # and ExifTool still reads the originals' positions (the test can fail)
    orig = exiftool_json(*[src / rel for rel in positions], args=("-GPSLatitude",))
    assert all("GPSLatitude" in t for t in orig.values())


@pytest.mark.parametrize("rel", [r for r in synth.ZOO_POSITIONS if not r.startswith("video/") and not r.endswith(".xmp")])
def test_strip_pixels_identical(zoo_stripped, rel):
    src, out, *_ = zoo_stripped
    assert _pixels(out / rel) == _pixels(src / rel)


@needs_exiftool
def test_strip_keeps_orientation_and_capture_time(zoo_stripped):
    src, out, *_ = zoo_stripped
    rels = ["camera/IMG_0001.jpg", "camera/IMG_0002.heic", "camera/scan.tif", "edits/web.webp", "edits/magick.png"]
    tags = ("-Orientation", "-DateTimeOriginal", "-OffsetTimeOriginal", "-Artist", "-Make")
    a = exiftool_json(*[src / r for r in rels], args=tags)
    b = exiftool_json(*[out / r for r in rels], args=tags)
    for name in a:
        assert a[name].get("DateTimeOriginal") == "2024:05:01 09:30:00"
        assert {k: v for k, v in a[name].items() if k != "SourceFile"} == {
            k: v for k, v in b[name].items() if k != "SourceFile"
        }, name


def test_strip_jpeg_lossless_keeps_icc_and_scan_bytes(tmp_path):
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = synth.image_bytes("JPEG", size=(96, 64), exif=synth.exif_bytes(-35.3, 149.1, TAKEN, orientation=3), icc_profile=icc)
    data = synth.jpeg_insert(data, synth.jpeg_xmp_segment(synth.xmp_packet(-35.3, 149.1, element_form=True)))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.jpg").write_bytes(data)
    [res] = strip_paths([str(tmp_path / "in")], str(tmp_path / "out"))
    assert res.status == "stripped" and res.removed == ["EXIF GPS", "XMP GPS"]
    cleaned = (tmp_path / "out" / "p.jpg").read_bytes()
    assert len(cleaned) == len(data)  # every edit kept its length: nothing was re-encoded
    sos = data.index(b"\xff\xda")
    assert cleaned[sos:] == data[sos:]  # entropy-coded image data byte for byte
    with Image.open(io.BytesIO(cleaned)) as im:
        assert im.info.get("icc_profile") == icc
        assert im.getexif().get(0x0112) == 3
    assert b"GPSLatitude" not in cleaned


def test_strip_all_identifying_removes_owner_serial_artist(tmp_path):
    synth.media_zoo(tmp_path / "in")
    res = strip_paths([str(tmp_path / "in")], str(tmp_path / "out"), all_identifying=True)
    assert all(r.status == "stripped" for r in res), [(r.path, r.reason) for r in res if r.status != "stripped"]
    for r in res:
        with open(r.out, "rb") as fh:
            meta = read_media(fh)
        assert meta.identity == {}, (r.path, meta.identity)
    # without the flag identity stays (only GPS goes)
    keep = strip_paths([str(tmp_path / "in")], str(tmp_path / "out2"))
    with open(next(r.out for r in keep if r.path.endswith("IMG_0001.jpg")), "rb") as fh:
        assert read_media(fh).identity["Artist"] == "Pat Example"


def test_strip_zip_members_mirror_under_zip_name(tmp_path):
    folder = tmp_path / "export"
    (folder / "media").mkdir(parents=True)
    (folder / "media" / "a.jpg").write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    (folder / "media" / "b.mp4").write_bytes(synth.mp4_bytes(xyz=synth.iso6709(-35.2, 149.1)))
    (folder / "notes.txt").write_text("not media")
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    synth.zip_folder(folder, inputs / "takeout.zip")
    before = _digest(inputs)
    res = strip_paths([str(inputs)], str(tmp_path / "out"))
    assert sorted(r.path for r in res) == ["takeout.zip/media/a.jpg", "takeout.zip/media/b.mp4"]
    for r in res:
        assert r.status == "stripped"
        with open(tmp_path / "out" / r.path, "rb") as fh:
            assert read_media(fh).gps is None
    assert not (tmp_path / "out" / "takeout.zip" / "notes.txt").exists()
    assert _digest(inputs) == before
    with zipfile.ZipFile(inputs / "takeout.zip") as zf:
        assert read_media(zf.open("media/a.jpg")).gps is not None


def test_strip_refuses_output_inside_input(tmp_path):
    (tmp_path / "p.jpg").write_bytes(synth.photo(-35.2, 149.1))
    with pytest.raises(StripUsageError):
        strip_paths([str(tmp_path)], str(tmp_path / "clean"))
    assert not (tmp_path / "clean").exists()


def test_strip_piexif_overlapping_values_survive():
    # piexif lays the Exif IFD's values over its (missing) next-IFD pointer; a fill must not erase them
    exif = synth.exif_bytes(-35.2, 149.1, TAKEN, offset="+10:00", serial="S1")[6:]
    edits, removed = tiff_edits(exif, 0, len(exif), all_identifying=True)
    cleaned = apply_to_bytes(exif, edits)
    meta = read_media(io.BytesIO(synth.jpeg_insert(synth.image_bytes("JPEG"), synth.jpeg_exif_segment(cleaned))))
    assert meta.gps is None and "SerialNumber" not in meta.identity
    assert meta.taken == TAKEN.replace(tzinfo=meta.taken.tzinfo) and meta.offset == "+10:00"
    assert "EXIF GPS" in removed and "SerialNumber" in removed


def test_strip_looping_gps_ifd_does_not_hang(tmp_path):
    import struct

    entries = struct.pack(">HHII", 0x8825, 4, 1, 8)
    tiff = b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 1) + entries + struct.pack(">I", 8)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "loop.jpg").write_bytes(synth.jpeg_insert(synth.image_bytes("JPEG"), synth.jpeg_exif_segment(tiff)))
    [res] = strip_paths([str(tmp_path / "in")], str(tmp_path / "out"))
    assert res.status in ("stripped", "manual", "error")
    if res.status == "stripped":
        with open(res.out, "rb") as fh:
            assert not read_media(fh).has_gps_block


def test_strip_mutated_files_never_crash_and_never_leak(tmp_path):
    import random

    from auditor.fixers.containers import plan
    from auditor.fixers.exif import StripError, normalise
    from auditor.media.reader import MediaError, sniff

    synth.media_zoo(tmp_path)
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    rng = random.Random(7)
    cleaned = 0
    for _ in range(400):
        data = bytearray(rng.choice(files).read_bytes())
        for _ in range(rng.randint(1, 5)):
            data[rng.randrange(min(len(data), 600))] = rng.randrange(256)
        if rng.random() < 0.2:
            data = data[: rng.randrange(len(data))]
        raw = bytes(data)
        fmt = sniff(raw[:32])
        if fmt is None:
            continue
        try:
            edits = normalise(plan(fmt, raw, all_identifying=True)[0])
        except StripError:
            continue  # reported as a manual step
        try:
            meta = read_media(io.BytesIO(apply_to_bytes(raw, edits)))
        except MediaError:
            continue  # verify() would refuse to write it
        assert meta.gps is None and not meta.has_gps_block
        cleaned += 1
    assert cleaned > 100


# ---- hostile outputs: the original is never written, links are never written through ---------


def test_strip_refuses_an_output_folder_holding_the_input_file(tmp_path):
    photo = tmp_path / "a.jpg"
    photo.write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    before = photo.read_bytes()
    with pytest.raises(StripUsageError):
        strip_paths([str(photo)], str(tmp_path))
    assert photo.read_bytes() == before


def test_strip_never_writes_through_a_planted_part_link(tmp_path):
    (tmp_path / "in").mkdir()
    photo = tmp_path / "in" / "a.jpg"
    photo.write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    before = photo.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.jpg.part").symlink_to(photo)
    [res] = strip_paths([str(tmp_path / "in")], str(out), force=True)  # --force: into a folder holding the link
    assert res.status == "stripped"
    assert photo.read_bytes() == before  # the original was neither truncated nor rewritten
    assert (out / "a.jpg.part").is_symlink() and not (out / "a.jpg").is_symlink()
    with open(out / "a.jpg", "rb") as fh:
        assert read_media(fh).gps is None


def test_strip_output_names_carry_no_control_characters(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "evil\n\x1b]0;pwned\x07.jpg").write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    [res] = strip_paths([str(tmp_path / "in")], str(tmp_path / "out"))
    assert res.status == "stripped"
    [written] = [p.name for p in (tmp_path / "out").iterdir()]
    assert written == "evil__]0;pwned_.jpg"


def test_strip_refuses_a_non_empty_output_folder_unless_forced(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jpg").write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.jpg").write_bytes(b"the user's own file")
    with pytest.raises(StripUsageError, match="not empty"):
        strip_paths([str(tmp_path / "in")], str(out))
    assert (out / "a.jpg").read_bytes() == b"the user's own file"
    [res] = strip_paths([str(tmp_path / "in")], str(out), force=True)
    assert res.status == "stripped"
    assert strip_paths([str(tmp_path / "in")], str(tmp_path / "out2"))[0].status == "stripped"  # a new folder is fine


def test_strip_says_which_sidecars_still_hold_positions(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg"):
        (src / name).write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    (src / "IMG_1.jpg.supplemental-metadata.json").write_text(
        '{"title": "IMG_1.jpg", "geoData": {"latitude": -35.2, "longitude": 149.1}}'
    )
    (src / "IMG_2.jpg.json").write_text('{"title": "IMG_2.jpg", "geoData": {"latitude": 0.0, "longitude": 0.0}}')
    (src / "IMG_3.AAE").write_text("<plist><dict><key>LocationLatitude</key><real>-35.2</real></dict></plist>")
    (src / "notes.json").write_text('{"latitude": -35.2}')  # beside no photo: not a sidecar
    results = strip_paths([str(src)], str(tmp_path / "out"))
    flagged = sorted(r.path for r in results if r.status == "manual" and "sidecar" in r.reason)
    assert flagged == ["IMG_1.jpg.supplemental-metadata.json", "IMG_3.AAE"]
    assert not (tmp_path / "out" / "IMG_3.AAE").exists()


def test_strip_skips_a_symlink_pointing_outside_the_input(tmp_path):
    secret = tmp_path / "elsewhere.jpg"
    secret.write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    src = tmp_path / "in"
    src.mkdir()
    (src / "inside.jpg").write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    (src / "link_in.jpg").symlink_to(src / "inside.jpg")
    (src / "link_out.jpg").symlink_to(secret)
    results = {r.path: r for r in strip_paths([str(src)], str(tmp_path / "out"))}
    assert results["link_out.jpg"].status == "error" and "outside the input" in results["link_out.jpg"].reason
    assert results["link_in.jpg"].status == "stripped" and results["inside.jpg"].status == "stripped"
    assert not (tmp_path / "out" / "link_out.jpg").exists()


def test_strip_abandons_a_file_past_the_time_budget(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "slow.jpg").write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    (src / "ok.jpg").write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    monkeypatch.setattr(stripmod.budget, "FILE_BUDGET_S", 0.5)
    real = stripmod.plan

    def slow_plan(fmt, buf, all_identifying):
        slow_plan.calls += 1
        if slow_plan.calls == 1:  # files go in sorted order: ok.jpg first, then slow.jpg stalls
            return real(fmt, buf, all_identifying)
        end = time.monotonic() + 4
        while time.monotonic() < end:
            pass
        return real(fmt, buf, all_identifying)

    slow_plan.calls = 0
    monkeypatch.setattr(stripmod, "plan", slow_plan)
    results = {r.path: r for r in strip_paths([str(src)], str(tmp_path / "out"))}
    assert results["ok.jpg"].status == "stripped"
    assert results["slow.jpg"].status == "error" and "time budget" in results["slow.jpg"].reason
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ok.jpg"]  # no half-written copy left
