"""json_records: a JSON array's elements one at a time, equal to json.loads at every chunk size."""

from __future__ import annotations

import io
import json
import re
import time

import pytest

from auditor.sources import jsonstream
from auditor.sources.jsonstream import JsonStreamError, _records

_YTD = re.compile(r"^\s*window\.YTD\.\w+\.part\d+\s*=\s*")


def _prefix(head: str) -> int:
    return _YTD.match(head).end()  # type: ignore[union-attr]


def _read(raw: bytes, chunk: int, monkeypatch: pytest.MonkeyPatch, prefix=_prefix) -> list:
    monkeypatch.setattr(jsonstream, "CHUNK", chunk)
    return list(_records(io.BytesIO(raw).read, prefix))


RECORDS = [
    {"tweet": {"id_str": str(i), "full_text": 'héllo ☃ \U0001f600 \\ " ' * i, "n": 12345678901234, "f": -1.5e-3}}
    for i in range(40)
]


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 64, 4096, 1 << 20])
@pytest.mark.parametrize("indent", [None, 2])
def test_every_chunk_size_gives_what_json_loads_gives(chunk: int, indent: int | None, monkeypatch) -> None:
    body = json.dumps(RECORDS, ensure_ascii=False, indent=indent)
    raw = ("\ufeffwindow.YTD.tweets.part0 = " + body + " ;\n").encode()
    assert _read(raw, chunk, monkeypatch) == json.loads(body)


def test_a_number_cut_by_a_chunk_is_read_whole(monkeypatch) -> None:
    assert _read(b"[1, 123456789, 2]", 4, monkeypatch, prefix=None) == [1, 123456789, 2]


def test_a_top_level_object_is_one_record(monkeypatch) -> None:
    raw = b'var user_details = {"screen_name": "x", "a": [1, 2]};\n'
    assert _read(raw, 3, monkeypatch, prefix=lambda h: h.index("{")) == [{"screen_name": "x", "a": [1, 2]}]


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b"window.YTD.tweets.part0 = [1, 2", "does not close"),
        (b"window.YTD.tweets.part0 = [1 2]", "expected ','"),
        (b'window.YTD.tweets.part0 = [{"a": }]', "Expecting value"),
        (b"window.YTD.tweets.part0 = 42", "expected a JSON list"),
    ],
)
def test_broken_json_says_what_and_where(raw: bytes, why: str, monkeypatch) -> None:
    with pytest.raises(JsonStreamError, match=why):
        _read(raw, 1 << 20, monkeypatch)


def test_records_before_the_damage_are_given(monkeypatch) -> None:
    got = []
    with pytest.raises(JsonStreamError):
        for rec in _records(io.BytesIO(b'[{"a": 1}, {"b": 2}, {"c": ]').read, None):
            got.append(rec)
    assert got == [{"a": 1}, {"b": 2}]


def test_a_malformed_record_mid_file_fails_at_once_without_reading_on(monkeypatch) -> None:
    reads = []
    raw = io.BytesIO(b'[{"a": !}, ' + b'{"b": 2}, ' * 200_000 + b"{}]")

    def read(n: int) -> bytes:
        reads.append(n)
        return raw.read(n)

    monkeypatch.setattr(jsonstream, "CHUNK", 1024)
    with pytest.raises(JsonStreamError, match="Expecting value"):
        list(_records(read, None))
    assert len(reads) <= 5  # the prefix read only: not the 2 MB after it


def test_deep_nesting_is_a_bounded_error(monkeypatch) -> None:
    n = 100_000
    raw = b"[" + b"[" * n + b"]" * n + b"]"
    t0 = time.monotonic()
    with pytest.raises(JsonStreamError, match="nested too deeply"):
        _read(raw, 1 << 20, monkeypatch, prefix=None)
    assert time.monotonic() - t0 < 10


def test_invalid_utf8_is_a_decode_error(monkeypatch) -> None:
    with pytest.raises(UnicodeDecodeError):
        _read(b'[1, "\xff"]', 1 << 20, monkeypatch, prefix=None)


def test_a_record_over_the_cap_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(jsonstream, "RECORD_CAP", 1000)
    with pytest.raises(JsonStreamError, match="size cap"):
        _read(b'[1, "' + b"x" * 5000 + b'"]', 100, monkeypatch, prefix=None)
