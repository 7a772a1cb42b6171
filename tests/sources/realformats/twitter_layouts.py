"""Generator of an X archive as X ships it since 2020, with invented content: ``Your archive.html``,
the viewer's own ``assets/`` (scripts, avatars and emoji PNGs) beside ``data/``.

Layout seen in shauntmcgovern/SABBusinessEntrepreneurialConcept-GateyExploreEducator-MarketerArtistRoze-ededededed89
(``Your archive.html``, ``assets/images/defaultAvatar.svg``, ``assets/js/runtime.*.js``); the
``data/*.js`` wrapper as EXPORT_FORMATS.md §4 describes it.
"""

from __future__ import annotations

import json
from pathlib import Path

from auditor.synth.media import image_bytes, photo


def archive_with_viewer_assets(folder: Path, emoji: int = 60, photos: int = 3) -> dict[str, int]:
    data = folder / "data"
    (data / "tweets_media").mkdir(parents=True, exist_ok=True)
    account = [{"account": {"email": "alex@example.org", "username": "alex_example", "accountId": "1"}}]
    (data / "account.js").write_text("window.YTD.account.part0 = " + json.dumps(account), encoding="utf-8")
    tweets = [
        {"tweet": {"id_str": str(1600 + i), "created_at": "Sat Feb 18 12:33:11 +0000 2023", "full_text": f"t{i}"}}
        for i in range(photos)
    ]
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(tweets), encoding="utf-8")
    for i in range(photos):
        (data / "tweets_media" / f"{1600 + i}-AbCdEf{i}.jpg").write_bytes(photo())
    png = image_bytes("PNG", size=(8, 8))
    emoji_dir = folder / "assets" / "images" / "twemoji" / "v" / "latest" / "72x72"
    emoji_dir.mkdir(parents=True)
    for i in range(emoji):
        (emoji_dir / f"1f{600 + i:03x}.png").write_bytes(png)
    (folder / "assets" / "images" / "defaultAvatar.svg").write_text("<svg/>", encoding="utf-8")
    (folder / "assets" / "js").mkdir(parents=True)
    (folder / "assets" / "js" / "runtime.e7f6b883.js").write_text("!function(){}();", encoding="utf-8")
    (folder / "Your archive.html").write_text("<html></html>", encoding="utf-8")
    return {"emoji": emoji, "photos": photos, "viewer_files": emoji + 2}
