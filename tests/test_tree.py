"""The read-only input tree: folders, zips, split sets, nesting, wrappers and hostile input."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from auditor.tree import InputError, InputTree, close_all, forget_open_zips, open_locator


def _zip(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_tree_folder_display_paths_are_relative(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("x")
    tree = InputTree.build([str(tmp_path)])
    assert [e.display for e in tree] == ["a/b/x.txt"]


def test_tree_zip_members_are_prefixed_by_zip_path(tmp_path):
    (tmp_path / "exports").mkdir()
    _zip(tmp_path / "exports" / "twitter.zip", {"data/tweets.js": b"[]", "Your archive.html": b"<html>"})
    tree = InputTree.build([str(tmp_path)])
    assert sorted(e.display for e in tree) == ["exports/twitter.zip/Your archive.html", "exports/twitter.zip/data/tweets.js"]
    assert tree.entries[0].read() in (b"[]", b"<html>")


def test_tree_single_zip_argument(tmp_path):
    _zip(tmp_path / "x.zip", {"data/account.js": b"a"})
    tree = InputTree.build([str(tmp_path / "x.zip")])
    (e,) = tree.entries
    assert e.display == "x.zip/data/account.js"
    assert e.vpath == "data/account.js"


def test_tree_split_zip_set_shares_one_virtual_root(tmp_path):
    _zip(tmp_path / "takeout-20260101T000000Z-001.zip", {"Takeout/Google Photos/IMG_1.jpg": b"jpg"})
    _zip(tmp_path / "takeout-20260101T000000Z-002.zip", {"Takeout/Google Photos/IMG_1.jpg.json": b"{}"})
    tree = InputTree.build([str(tmp_path)])
    vdirs = {os.path.dirname(e.vpath) for e in tree}
    assert vdirs == {"takeout-20260101T000000Z/Takeout/Google Photos"}
    assert {e.display.split("/")[0] for e in tree} == {"takeout-20260101T000000Z-001.zip", "takeout-20260101T000000Z-002.zip"}


def test_tree_split_parts_given_as_separate_arguments_merge(tmp_path):
    _zip(tmp_path / "takeout-x-001.zip", {"Takeout/a.jpg": b"1"})
    _zip(tmp_path / "takeout-x-002.zip", {"Takeout/a.jpg.json": b"2"})
    tree = InputTree.build([str(tmp_path / "takeout-x-001.zip"), str(tmp_path / "takeout-x-002.zip")])
    assert {os.path.dirname(e.vpath) for e in tree} == {"takeout-x/Takeout"}
    assert sorted(e.display for e in tree) == ["takeout-x-001.zip/Takeout/a.jpg", "takeout-x-002.zip/Takeout/a.jpg.json"]


def test_tree_several_arguments_are_prefixed_by_base_name(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_text("a")
    (tmp_path / "two" / "b.txt").write_text("b")
    tree = InputTree.build([str(tmp_path / "one"), str(tmp_path / "two")])
    assert sorted(e.display for e in tree) == ["one/a.txt", "two/b.txt"]


def test_tree_nested_zip_is_read_in_place(tmp_path):
    inner = io.BytesIO()
    _zip(inner, {"chat.txt": b"hello"})
    _zip(tmp_path / "outer.zip", {"whatsapp/inner.zip": inner.getvalue()})
    tree = InputTree.build([str(tmp_path)])
    (e,) = tree.entries
    assert e.display == "outer.zip/whatsapp/inner.zip/chat.txt"
    assert e.read() == b"hello"


def test_tree_member_names_cannot_escape(tmp_path):
    _zip(tmp_path / "evil.zip", {"../../etc/passwd": b"x", "/abs/path.txt": b"y", "a\\b\\c.txt": b"z"})
    tree = InputTree.build([str(tmp_path / "evil.zip")])
    assert sorted(e.vpath for e in tree) == ["a/b/c.txt", "abs/path.txt", "etc/passwd"]
    assert not (tmp_path.parent / "etc").exists()


def test_tree_truncated_zip_is_an_error_not_a_crash(tmp_path):
    _zip(tmp_path / "ok.zip", {"a.txt": b"a" * 1000})
    data = (tmp_path / "ok.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    tree = InputTree.build([str(tmp_path)])
    assert [e.display for e in tree] == ["ok.zip/a.txt"]
    assert any(e.path == "cut.zip" and "truncated" in e.reason for e in tree.errors)


def test_tree_truncated_zip_argument_is_an_input_error(tmp_path):
    (tmp_path / "cut.zip").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InputError, match="not a readable zip"):
        InputTree.build([str(tmp_path / "cut.zip")])


def test_tree_overlapping_members_are_refused(tmp_path):
    # two central-directory entries pointing at the same local data: the "overlap" zip bomb
    buf = io.BytesIO()
    _zip(buf, {"a.txt": b"A" * 100, "b.txt": b"B" * 100})
    raw = bytearray(buf.getvalue())
    cd = raw.rfind(b"PK\x01\x02")  # second central directory record (b.txt)
    raw[cd + 42 : cd + 46] = (0).to_bytes(4, "little")  # its local header offset -> a.txt's
    (tmp_path / "bomb.zip").write_bytes(bytes(raw))
    tree = InputTree.build([str(tmp_path / "bomb.zip")])
    assert not tree.entries
    assert any("overlap" in e.reason for e in tree.errors)


def test_tree_high_ratio_member_is_refused(tmp_path):
    with zipfile.ZipFile(tmp_path / "ratio.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("zeros.bin", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(40):
                fh.write(chunk)
    tree = InputTree.build([str(tmp_path / "ratio.zip")])
    assert not tree.entries
    assert any("bomb" in e.reason for e in tree.errors)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_tree_fifo_is_skipped_without_opening(tmp_path):
    os.mkfifo(tmp_path / "pipe.jpg")
    (tmp_path / "real.txt").write_text("x")
    tree = InputTree.build([str(tmp_path)])
    assert [e.display for e in tree] == ["real.txt"]
    assert any(e.path == "pipe.jpg" and "FIFO" in e.reason for e in tree.errors)


def test_tree_symlink_loop_is_skipped(tmp_path):
    (tmp_path / "d").mkdir()
    os.symlink(tmp_path, tmp_path / "d" / "loop")  # directory link back to the root
    os.symlink(tmp_path / "d" / "self", tmp_path / "d" / "self")  # a file link to itself
    (tmp_path / "d" / "f.txt").write_text("x")
    tree = InputTree.build([str(tmp_path)])
    assert [e.display for e in tree] == ["d/f.txt"]
    assert any(e.path == "d/self" for e in tree.errors)


def test_tree_forget_open_zips_reopens_members_afresh(tmp_path):
    # what a forked worker does first: drop the inherited handles (without closing the parent's) and reopen
    _zip(tmp_path / "a.zip", {"x.txt": b"hello"})
    [entry] = InputTree.build([str(tmp_path / "a.zip")]).entries
    with open_locator(entry.locator) as fh:
        assert fh.read() == b"hello"
    forget_open_zips()
    with open_locator(entry.locator) as fh:
        assert fh.read() == b"hello"
    close_all()


class _Cp437Info(zipfile.ZipInfo):
    """A member named as Windows' built-in zip writes it: CP437 bytes, no UTF-8 flag (bit 11)."""

    def _encodeFilenameFlags(self):  # noqa: N802 - zipfile's own hook
        return self.filename.encode("cp437"), self.flag_bits & ~0x800


def test_a_windows_zip_with_cp437_names_is_not_called_a_bomb(tmp_path):
    path = tmp_path / "win.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name in ("Café.jpg", "Señor.txt", "Zoë.json"):
            zf.writestr(_Cp437Info(name), b"x" * 10)
    with zipfile.ZipFile(path) as zf:
        assert not any(i.flag_bits & 0x800 for i in zf.infolist())
    tree = InputTree.build([str(path)])
    try:
        names = sorted(e.name for e in tree)
    finally:
        close_all()
    assert names == ["Café.jpg", "Señor.txt", "Zoë.json"]
    assert not tree.errors


def test_tree_symlinks_followed_only_inside_the_input(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("not the user's export")
    root = tmp_path / "in"
    (root / "d").mkdir(parents=True)
    (root / "d" / "real.txt").write_text("x")
    os.symlink(root / "d" / "real.txt", root / "alias.txt")  # stays inside: read
    os.symlink(outside / "secret.txt", root / "leak.txt")  # points outside: skipped, said
    os.symlink(outside, root / "leakdir")  # a folder outside: never walked, said
    tree = InputTree.build([str(root)])
    assert [e.display for e in tree] == ["alias.txt", "d/real.txt"]
    reasons = {e.path: e.reason for e in tree.errors}
    assert "outside the input" in reasons["leak.txt"] and "outside the input" in reasons["leakdir"]


def _flag_bad_utf8_name(data: bytes, name: bytes) -> bytes:
    """The zip `data` with member `name` renamed to invalid UTF-8 and flagged UTF-8 (bit 11)."""
    buf = bytearray(data)
    bad = name[:-4] + b"\xff\xfe" + name[-2:]
    for sig, flag_at in ((b"PK\x03\x04", 7), (b"PK\x01\x02", 9)):
        at = buf.find(name, buf.find(sig))
        head = buf.rfind(sig, 0, at)
        buf[at : at + len(name)] = bad
        buf[head + flag_at] |= 0x08
    return bytes(buf)


def test_tree_one_member_with_an_invalid_utf8_name_is_listed_alone(tmp_path):
    _zip(tmp_path / "plain.zip", {"a.txt": b"first", "badname.txt": b"bad", "z.txt": b"last"})
    path = tmp_path / "export.zip"
    path.write_bytes(_flag_bad_utf8_name((tmp_path / "plain.zip").read_bytes(), b"badname.txt"))
    tree = InputTree.build([str(path)])
    assert [e.display for e in tree] == ["export.zip/a.txt", "export.zip/z.txt"]
    assert [e.read() for e in tree] == [b"first", b"last"]
    [err] = tree.errors
    assert err.path.startswith("export.zip/badna") and "not valid UTF-8" in err.reason
