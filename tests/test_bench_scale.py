"""bench/bench_scale.py: the scale benchmark's rows, its --only filter, and a --quick smoke run."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_scale", REPO / "bench" / "bench_scale.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_scale", mod)  # its dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_rows_cover_every_input_of_the_issue_and_only_filters_them(capsys) -> None:
    bench = _bench()
    names = bench.row_names(quick=False)
    for want in ("photos-1500", "photos-10000", "tweets-20000", "tweets-200000", "tweets-1000000"):
        assert want in names
    for want in ("messenger-300000", "whatsapp-500000", "locations-2000000", "help", "empty-scan", "check"):
        assert want in names
    assert bench.main(["--only", "no-such-row"]) == 2
    assert "no row named" in capsys.readouterr().err
    assert bench.main(["--only", "help", "--only", "no-such-row"]) == 2


def test_only_may_be_given_for_several_rows(capsys) -> None:
    bench = _bench()
    assert bench.main(["--only", "help", "--only", "empty-scan", "--runs", "1"]) == 0
    rows = [line.split()[0] for line in capsys.readouterr().out.splitlines()[3:]]
    assert rows == ["help", "empty-scan"]


def test_generated_tweets_are_realistic_and_parse(tmp_path: Path) -> None:
    bench = _bench()
    bench.make_tweets(tmp_path / "x", 800)
    text = (tmp_path / "x" / "data" / "tweets.js").read_text(encoding="utf-8")
    tweets = [r["tweet"] for r in json.loads(text[text.index("[") :])]
    assert len(tweets) == 800
    named = sum(1 for t in tweets if any(p in t["full_text"] for p in bench.PLACES))
    assert 80 <= named <= 120  # about one in eight names a place
    assert len({t["full_text"] for t in tweets}) == 800


def test_locations_generator_writes_exactly_n_points(tmp_path: Path) -> None:
    bench = _bench()
    bench.make_locations(tmp_path / "g", 3000)
    recs = json.loads((tmp_path / "g" / "Takeout" / "Location History" / "Records.json").read_text())["locations"]
    assert len(recs) == 3000 and all("latitudeE7" in r for r in recs)


@pytest.mark.slow  # about a minute on 2 shared cores: every row at --quick size
def test_quick_run_prints_one_table_with_every_row(capsys) -> None:
    bench = _bench()
    assert bench.main(["--quick", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    for name in bench.row_names(quick=True):
        assert f"\n{name} " in out
    assert "json.loads floor" in out
