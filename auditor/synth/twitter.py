"""X (Twitter) archives: the current `data/*.js` layout (YTD files and the manifest), extra YTD
files, and the pre-2018 "Grailbird" layout.

Writes only under the folder it is given, through `auditor.synth.files`; knows X's layout and
nothing about how the X source reads it. Deterministic; invented content only.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from auditor.synth.files import csv_text, write_files


def ytd(name: str, records: list[Any], part: int = 0) -> str:
    return f"window.YTD.{name}.part{part} = " + json.dumps(records, indent=2, ensure_ascii=False)


def tweet(
    tid: str,
    text: str,
    created: datetime,
    geo: tuple[float, float] | None = None,
    wrap: bool = True,
    mentions: list[str] | None = None,
) -> dict[str, Any]:
    t: dict[str, Any] = {
        "id_str": tid,
        "id": tid,
        "created_at": created.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "full_text": text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
        "favorite_count": "0",
        "retweet_count": "0",
        "lang": "en",
        "entities": {
            "hashtags": [],
            "symbols": [],
            "urls": [],
            "user_mentions": [{"screen_name": m, "name": m, "id_str": "0", "indices": ["0", "1"]} for m in (mentions or [])],
        },
    }
    if geo:
        t["geo"] = {"type": "Point", "coordinates": [str(geo[0]), str(geo[1])]}
        t["coordinates"] = {"type": "Point", "coordinates": [str(geo[1]), str(geo[0])]}
    return {"tweet": t} if wrap else t


def twitter_archive(
    root: Path,
    tweets: list[dict[str, Any]],
    account: dict[str, Any],
    profile: dict[str, Any] | None = None,
    email_changes: list[dict[str, Any]] | None = None,
    parts: int = 1,
    legacy_name: bool = False,
) -> dict[str, str]:
    """Write an X archive's data/ files under root (a folder); returns {relative path: text}."""
    files: dict[str, str] = {}
    base = "tweet" if legacy_name else "tweets"
    per = max(1, -(-len(tweets) // parts))
    for i in range(parts):
        chunk = tweets[i * per : (i + 1) * per]
        name = f"data/{base}.js" if i == 0 else f"data/{base}-part{i}.js"
        files[name] = ytd(base, chunk, i)
    files["data/account.js"] = ytd("account", [{"account": account}])
    if profile is not None:
        files["data/profile.js"] = ytd("profile", [{"profile": profile}])
    if email_changes is not None:
        files["data/email-address-change.js"] = ytd("email_address_change", email_changes)
    data_types: dict[str, Any] = {}
    for rel in files:
        m = re.match(r"window\.YTD\.(\w+)\.part(\d+)", files[rel])
        if m:
            data_types.setdefault(m.group(1), {"files": []})["files"].append(
                {"fileName": rel, "globalName": f"YTD.{m.group(1)}.part{m.group(2)}", "count": "1"}
            )
    manifest = {"userInfo": {"userName": account.get("username", "")}, "dataTypes": data_types}
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2)
    write_files(root, files)
    return files


def twitter_files(root: Path, files: dict[str, tuple[str, list[Any]]], part: int = 0) -> None:
    """Write extra X archive files: {relative path: (YTD name, records)}."""
    write_files(root, {rel: ytd(name, records, part) for rel, (name, records) in files.items()})


def twitter_grailbird(root: Path, tweets: list[dict[str, Any]], user: dict[str, Any]) -> None:
    """A pre-2018 ("Grailbird") X archive: data/js/tweets/YYYY_MM.js per month, user_details.js,
    the viewer's own scripts, and tweets.csv. Tweets are unwrapped API-style dicts."""
    by_month: dict[str, list[dict[str, Any]]] = {}
    for t in tweets:
        when = datetime.strptime(t["created_at"], "%Y-%m-%d %H:%M:%S %z")
        by_month.setdefault(f"{when.year}_{when.month:02d}", []).append(t)
    files: dict[str, str | bytes] = {
        f"data/js/tweets/{m}.js": f"Grailbird.data.tweets_{m} = \n" + json.dumps(ts, indent=1) for m, ts in by_month.items()
    }
    files["data/js/user_details.js"] = "var user_details =  " + json.dumps(user, indent=1)
    files["data/js/payload_details.js"] = "var payload_details =  " + json.dumps({"tweets": len(tweets)})
    files["js/application.js"] = "(function(){ /* archive viewer */ })();"
    files["lib/jquery.min.js"] = "/* library */"
    files["index.html"] = "<html></html>"
    files["tweets.csv"] = csv_text(["tweet_id", "timestamp", "text"], [[t["id_str"], t["created_at"], t["text"]] for t in tweets])
    write_files(root, files)
