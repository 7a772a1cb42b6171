"""Writing a {relative path: content} map to disk: a folder, one zip, a split set of zips, or a
folder zipped as it stands; plus the CSV text form several exports share.

The one file writer every synth builder uses, so every export is written the same way: text as
UTF-8 bytes (no newline translation), JSON-able values as indented JSON, zips with sorted names
and a fixed timestamp so the bytes never change between runs. It must not know any platform's
layout (the platform modules decide paths and contents) and writes only under the folder or zip
path it is given.
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any


def _as_bytes(content: Any) -> bytes:
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode("utf-8")
    return json.dumps(content, indent=1, ensure_ascii=False).encode("utf-8")


def write_files(root: Path, files: dict[str, Any]) -> Path:
    """Write files (bytes, text, or JSON-able values) under root; returns root."""
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(_as_bytes(content))
    return root


def zip_files(files: dict[str, Any], dest: Path) -> Path:
    """Write files into one zip, deterministically (sorted names, fixed timestamps)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel in sorted(files):
            info = zipfile.ZipInfo(rel, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, _as_bytes(files[rel]))
    return dest


def split_zips(files: dict[str, Any], folder: Path, stem: str, parts: list[list[str]]) -> list[Path]:
    """A split set ``<stem>-001.zip``, ``-002.zip``...: part i holds the paths in parts[i]
    (files not listed go into the last part), the way Google Takeout splits an export."""
    listed = {p for part in parts for p in part}
    out = []
    for i, names in enumerate(parts):
        chunk = {n: files[n] for n in names}
        if i == len(parts) - 1:
            chunk.update({n: c for n, c in files.items() if n not in listed})
        out.append(zip_files(chunk, folder / f"{stem}-{i + 1:03d}.zip"))
    return out


def zip_folder(folder: Path, dest: Path, prefix: str = "") -> Path:
    """Zip a folder deterministically (sorted names, fixed timestamps)."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for name in sorted(filenames):
                full = Path(dirpath) / name
                rel = full.relative_to(folder).as_posix()
                info = zipfile.ZipInfo(f"{prefix}{rel}", date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, full.read_bytes())
    return dest


def csv_text(header: list[str], rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()
