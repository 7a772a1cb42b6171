"""auditor.demo.social: each social export builder writes its platform's files, and they parse."""

from __future__ import annotations

import csv
import json

import pytest

from auditor.demo import social


@pytest.mark.parametrize(
    "build", [social.twitter, social.facebook, social.instagram, social.linkedin, social.tiktok, social.mastodon, social.reddit]
)
def test_social_builders_write_parseable_files(tmp_path, build):
    build(tmp_path)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written
    for p in written:
        if p.suffix == ".json":
            json.loads(p.read_text(encoding="utf-8"))
        elif p.suffix == ".csv":
            with p.open(newline="", encoding="utf-8-sig") as fh:
                list(csv.reader(fh))
        elif p.suffix == ".js":
            json.loads(p.read_text(encoding="utf-8").split("=", 1)[1])
