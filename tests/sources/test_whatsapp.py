"""WhatsApp chat source: locale date styles, direction marks, narrow spaces, continuation lines,
system messages, attachments, shared locations, day/month inference, bad files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import Audience, ItemKind, Platform
from auditor.sources import SourceContext
from auditor.sources.base import Coverage
from auditor.sources.whatsapp import WhatsAppSource, infer_order, looks_like_whatsapp
from auditor.tree import InputTree, close_all

ATTACH = {
    "android": "IMG-20240316-WA0001.jpg (file attached)",
    "android_us": "IMG-20240316-WA0001.jpg (file attached)",
    "android_es": "IMG-20240316-WA0001.jpg (file attached)",
    "ios": "<attached: 00000042-PHOTO-2024-03-16-07-00-00.jpg>",
    "ios_us": "<attached: 00000042-PHOTO-2024-03-16-07-00-00.jpg>",
    "finnish": "2024-03-16-PHOTO-00000001.jpg <\u200eattached>",
}
ATTACH_NAME = {
    "android": "IMG-20240316-WA0001.jpg",
    "ios": "00000042-PHOTO-2024-03-16-07-00-00.jpg",
    "finnish": "2024-03-16-PHOTO-00000001.jpg",
}
SECONDS = {"ios", "ios_us", "finnish"}


def _messages(style: str) -> list[tuple[datetime, str | None, str]]:
    return [
        (datetime(2024, 3, 4, 9, 5, 7), "Alex", "Morning all"),
        (datetime(2024, 3, 4, 13, 30, 9), "Sam Lee", "Call me on the work line\nline two: still the same message"),
        (datetime(2024, 3, 15, 0, 1, 0), None, "Sam Lee changed the group description"),
        (datetime(2024, 3, 15, 18, 45, 1), "Alex", "location: https://maps.google.com/?q=-35.280900,149.130000"),
        (datetime(2024, 3, 16, 7, 0, 2), "Alex", ATTACH[style]),
        (datetime(2024, 3, 16, 12, 0, 3), "Alex", "email me at alex.example@abf.gov.au"),
    ]


def _read(path: Path):
    tree = InputTree.build([str(path)])
    src = WhatsAppSource()
    ctx = SourceContext()
    items, covs = [], []
    try:
        for root in src.detect(tree):
            cov = Coverage(platform="whatsapp", root=root)
            covs.append(cov)
            items.extend(src.read(tree, root, ctx, cov))
    finally:
        close_all()
    return items, ctx, covs


@pytest.mark.parametrize("style", list(ATTACH))
def test_whatsapp_reads_every_locale_style(tmp_path: Path, style: str) -> None:
    msgs = _messages(style)
    (tmp_path / "WhatsApp Chat with Sam Lee.txt").write_text(synth.whatsapp_chat(msgs, style), encoding="utf-8")
    items, ctx, covs = _read(tmp_path)
    assert ctx.errors == []
    planted = [m for m in msgs if m[1] is not None]
    assert len(items) == len(planted)
    for item, (when, author, text) in zip(items, planted, strict=True):
        expected = when if style in SECONDS else when.replace(second=0)
        assert item.timestamp == expected and item.timestamp.tzinfo is None
        assert item.extra["naive_time"] is True and item.extra["author"] == author
        assert item.extra["chat"] == "Sam Lee"
        assert item.kind == ItemKind.MESSAGE and item.audience == Audience.PRIVATE and item.platform == Platform.WHATSAPP
        assert item.text == text
    located = [i for i in items if i.position]
    assert [(i.position.lat, i.position.lon) for i in located] == [(-35.2809, 149.13)]
    attached = [i.extra.get("attachment") for i in items if "attachment" in i.extra]
    assert attached == [ATTACH_NAME.get(style, ATTACH_NAME["android"] if style.startswith("android") else ATTACH_NAME["ios"])]
    assert covs[0].parsed == ["WhatsApp Chat with Sam Lee.txt"] and covs[0].items == 5


def test_whatsapp_zip_with_ios_chat_and_media(tmp_path: Path) -> None:
    folder = tmp_path / "chat"
    folder.mkdir()
    (folder / "_chat.txt").write_text(synth.whatsapp_chat(_messages("ios"), "ios"), encoding="utf-8")
    (folder / "00000042-PHOTO-2024-03-16-07-00-00.jpg").write_bytes(synth.photo())
    z = synth.zip_folder(folder, tmp_path / "WhatsApp Chat - Sam Lee.zip")
    items, ctx, covs = _read(z)
    assert ctx.errors == [] and len(items) == 5
    assert items[0].path == "WhatsApp Chat - Sam Lee.zip/_chat.txt" and items[0].export_path == "_chat.txt"
    assert items[0].item_id and len({i.item_id for i in items}) == 5


def test_whatsapp_detects_by_content_not_name(tmp_path: Path) -> None:
    (tmp_path / "renamed export.txt").write_text(synth.whatsapp_chat(_messages("android")), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Shopping list\n12/03/2024 is not a chat\n", encoding="utf-8")
    items, ctx, covs = _read(tmp_path)
    assert len(items) == 5
    assert covs[0].parsed == ["renamed export.txt"] and covs[0].skipped == ["notes.txt"]
    assert not looks_like_whatsapp("Shopping list\nmilk\n")
    assert not looks_like_whatsapp("2024-01-01 12:00:00 INFO: service started\n2024-01-01 12:00:01 WARN: low disk\n")
    assert looks_like_whatsapp("\ufeff2018-06-13 21:25 - Alex: hej\n")


def test_whatsapp_ios_group_system_lines_are_dropped(tmp_path: Path) -> None:
    text = (
        "[04.03.24, 09:05:07] Team: \u200eMessages and calls are end-to-end encrypted.\n"
        "[04.03.24, 09:05:08] Team: \u200eAlex added Sam Lee\n"
        "[16.03.24, 09:06:00] Alex: \u200eimage omitted\n"
        "[16.03.24, 09:07:00] Sam Lee: hello\n"
    )
    (tmp_path / "_chat.txt").write_text(text, encoding="utf-8")
    items, _, _ = _read(tmp_path)
    assert [(i.extra["author"], i.extra.get("media_omitted", False)) for i in items] == [("Alex", True), ("Sam Lee", False)]


def test_whatsapp_edited_and_deleted_messages(tmp_path: Path) -> None:
    t = datetime(2024, 3, 14, 9, 0)
    msgs = [
        (t, "Alex", "on shift at T1 <This message was edited>"),
        (t, "Alex", "This message was deleted"),
        (t, "Sam", "You deleted this message"),
    ]
    (tmp_path / "WhatsApp Chat with Sam.txt").write_text(synth.whatsapp_chat(msgs), encoding="utf-8")
    items, _, _ = _read(tmp_path)
    assert [(i.text, i.extra.get("edited")) for i in items] == [("on shift at T1", True)]


def test_whatsapp_infers_day_month_order() -> None:
    assert infer_order([(23, 6, 2018)]) == "dmy"
    assert infer_order([(6, 23, 18)]) == "mdy"
    assert infer_order([(2018, 6, 13)]) == "ymd"
    # all values <= 12: the position that changes more often is the day
    assert infer_order([(3, 1, 24), (3, 2, 24), (3, 3, 24), (4, 3, 24)]) == "mdy"
    assert infer_order([(1, 3, 24), (2, 3, 24), (3, 3, 24), (3, 4, 24)]) == "dmy"


def test_whatsapp_ambiguous_file_uses_change_frequency(tmp_path: Path) -> None:
    msgs = [(datetime(2024, 3, d, 10, 0), "Alex", f"day {d}") for d in range(1, 8)]
    (tmp_path / "WhatsApp Chat with B.txt").write_text(synth.whatsapp_chat(msgs, "android_us"), encoding="utf-8")
    items, _, _ = _read(tmp_path)
    assert [i.timestamp for i in items] == [m[0] for m in msgs]
    assert items[0].extra["date_order"] == "mdy"


def test_whatsapp_scan_finds_work_email_and_location(tmp_path: Path, dibp) -> None:
    (tmp_path / "WhatsApp Chat with Sam Lee.txt").write_text(synth.whatsapp_chat(_messages("android")), encoding="utf-8")
    result = scan([str(tmp_path)], dibp)
    cats = {f.category for f in result.findings if f.platform == "whatsapp"}
    assert {"work_email", "geotag"} <= cats
    geo = next(f for f in result.findings if f.category == "geotag")
    assert geo.severity == "medium"  # a private message reaches fewer people than a post


def test_whatsapp_undecodable_chat_is_an_error_and_scan_continues(tmp_path: Path, dibp) -> None:
    good = synth.whatsapp_chat(_messages("android"))
    (tmp_path / "WhatsApp Chat with A.txt").write_text(good, encoding="utf-8")
    (tmp_path / "WhatsApp Chat with B.txt").write_bytes(good.encode()[:200] + b"\xff\xfe\xfa broken\n")
    items, ctx, _ = _read(tmp_path)
    assert [e.path for e in ctx.errors] == ["WhatsApp Chat with B.txt"]
    assert len(items) == 5
    result = scan([str(tmp_path)], dibp)
    assert any(e.path.endswith("B.txt") for e in result.errors)
    assert any(f.category == "work_email" for f in result.findings)


class _Bytes:
    """An Entry stand-in whose open() counts the bytes of each read."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.reads: list[int] = []

    def open(self):
        import io

        outer = self

        class _F(io.BytesIO):
            def read(self, n=-1):
                b = super().read(n)
                outer.reads.append(len(b))
                return b

        return _F(self.raw)


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 4096])
def test_whatsapp_lines_are_what_splitlines_gives_at_every_chunk_size(chunk: int, monkeypatch) -> None:
    from auditor.sources import whatsapp

    text = "\ufeff1/2/24, 9:05 - A: one\r\ntwo\u2028three\rfour\n\nfive\x85six é ☃ \U0001f600\r\n\r\nlast"
    monkeypatch.setattr(whatsapp, "CHUNK", chunk)
    entry = _Bytes(text.encode())
    assert list(whatsapp._lines(entry)) == text.lstrip("\ufeff").splitlines()
    assert max(entry.reads) <= chunk


def test_whatsapp_chat_is_streamed_in_two_passes_not_read_whole(tmp_path: Path, monkeypatch, dibp) -> None:
    from auditor.sources import whatsapp

    reads: list[int] = []
    real = whatsapp._lines

    def counted(e):
        reads.append(1)
        return real(e)

    monkeypatch.setattr(whatsapp, "_lines", counted)
    lines = [f"1/{1 + i % 28}/24, 9:{i % 60:02d} - Sam Lee: message {i}" for i in range(2000)]
    (tmp_path / "WhatsApp Chat with Sam Lee.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(whatsapp, "CHUNK", 4096)
    result = scan([str(tmp_path)], dibp)
    assert result.stats["whatsapp"]["items"] == 2000 and not result.errors
    assert len(reads) == 2  # one pass for the date order, one for the messages
