"""auditor.synth.files: the one writer (folder, zip, split zips, zipped folder) and the shared CSV text."""

from __future__ import annotations

import csv
import io
import json
import zipfile

from auditor.synth import files


def test_write_files_writes_bytes_text_and_json(tmp_path):
    assert files.write_files(tmp_path, {"a/b.txt": "x\r\né\n", "c.bin": b"\x00\x01", "d.json": {"k": ["é"]}}) == tmp_path
    assert (tmp_path / "a" / "b.txt").read_bytes() == "x\r\né\n".encode()  # no newline translation
    assert (tmp_path / "c.bin").read_bytes() == b"\x00\x01"
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8")) == {"k": ["é"]}


def test_zip_files_is_deterministic_and_sorted(tmp_path):
    a = files.zip_files({"z.txt": "1", "a/b.json": {"k": 1}}, tmp_path / "one" / "a.zip")
    b = files.zip_files({"a/b.json": {"k": 1}, "z.txt": "1"}, tmp_path / "two" / "b.zip")
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as zf:
        assert zf.namelist() == ["a/b.json", "z.txt"]
        assert zf.getinfo("z.txt").date_time == (2026, 1, 1, 0, 0, 0)


def test_split_zips_puts_unlisted_files_in_the_last_part(tmp_path):
    parts = files.split_zips({"a": "1", "b": "2", "c": "3"}, tmp_path, "takeout", [["a"], ["b"]])
    assert [p.name for p in parts] == ["takeout-001.zip", "takeout-002.zip"]
    names = [zipfile.ZipFile(p).namelist() for p in parts]
    assert names == [["a"], ["b", "c"]]


def test_zip_folder_prefixes_relative_names(tmp_path):
    files.write_files(tmp_path / "src", {"x/y.txt": "y", "a.txt": "a"})
    with zipfile.ZipFile(files.zip_folder(tmp_path / "src", tmp_path / "out.zip", prefix="p/")) as zf:
        assert zf.namelist() == ["p/a.txt", "p/x/y.txt"]


def test_csv_text_parses_back_with_blanks_for_none():
    text = files.csv_text(["a", "b"], [[None, "x,y"]])
    assert text.endswith("\r\n")
    assert list(csv.reader(io.StringIO(text))) == [["a", "b"], ["", "x,y"]]
