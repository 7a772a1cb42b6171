"""The README stays true: its set-up is two commands, its officers' section names this wheel,
every `auditor check "..."` example gives the verdict it states, and the first set-up
command's scan of the bundled sample data runs.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from auditor import __version__
from tests.support.cli import run_cli

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO
README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", text, re.S)]


def test_readme_set_up_is_two_commands_and_ci_runs_the_second() -> None:
    head = README.split("## What it is for")[0]
    assert _blocks(head) == [
        "pip install -e . && auditor scan sample_data",
        'pip install -e ".[test]" && python -m pytest -n 2 -q',
    ]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.rstrip().splitlines()[-1] == "python3 -m pytest -n 2 -q"
    assert (REPO / "sample_data").is_dir()


def test_readme_officers_section_names_this_wheel_and_its_screenshot() -> None:
    section = README.split("## For officers")[1].split("\n## ")[0]
    assert _blocks(section) == [f"pipx install auditor-{__version__}-py3-none-any.whl\nauditor app"]
    shots = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", section)
    assert shots == ["docs/app.png"]
    png = (REPO / shots[0]).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) < 100_000


CODE_BLOCKS = re.findall(r"```bash\n(.*?)```", README, re.DOTALL)
# `auditor check "draft" [options]   # ... OK to post|Reconsider ...`
CHECK_LINE = re.compile(r'^auditor check (?P<args>"[^"]*"[^#\n]*?)\s*(?:#(?P<comment>.*))?$', re.MULTILINE)


def check_examples() -> list[tuple[list[str], str | None]]:
    out = []
    for block in CODE_BLOCKS:
        for m in CHECK_LINE.finditer(block):
            comment = m.group("comment") or ""
            stated = "reconsider" if "Reconsider" in comment else "ok" if "OK to post" in comment else None
            out.append((shlex.split(m.group("args")), stated))
    return out


EXAMPLES = check_examples()


def test_readme_has_check_examples_and_each_states_its_verdict():
    assert len(EXAMPLES) >= 3
    missing = [args for args, stated in EXAMPLES if stated is None]
    assert missing == [], f"README check examples without a stated verdict: {missing}"
    assert {stated for _a, stated in EXAMPLES} == {"ok", "reconsider"}  # both answers are shown


@pytest.mark.parametrize(("args", "stated"), EXAMPLES, ids=[a[0][:40] for a, _s in EXAMPLES])
def test_readme_check_example_gives_its_stated_verdict(args, stated):
    res = run_cli("check", *args)
    last = res.stdout.strip().splitlines()[-1]
    if stated == "ok":
        assert res.returncode == 0 and last.startswith("OK to post"), res.stdout
    else:
        assert res.returncode == 1 and last.startswith("Reconsider:"), res.stdout


def first_scan_command() -> list[str]:
    """The scan part of the README's first set-up command (`pip install -e . && auditor scan sample_data`)."""
    first = CODE_BLOCKS[0].strip().splitlines()[0]
    scan = next(part.strip() for part in first.split("&&") if part.strip().startswith("auditor scan"))
    return shlex.split(scan)[1:]


def stated_count() -> int | None:
    """A finding count the README states for that first scan ("... N finding(s) ..."), if any."""
    intro = README.split("```", 4)[4].split("## ", 1)[0]  # the prose after the two set-up blocks
    m = re.search(r"(\d+) findings?\b", intro)
    return int(m.group(1)) if m else None


def test_readme_first_scan_runs_and_prints_the_count_it_states():
    args = first_scan_command()
    assert args[:2] == ["scan", "sample_data"]
    res = run_cli(*[str(ROOT / a) if a == "sample_data" else a for a in args], "-q")
    assert res.returncode == 0, res.stderr
    printed = re.search(r"(\d+) finding\(s\) by category", res.stdout)
    assert printed, res.stdout[:400]
    golden = json.loads((ROOT / "tests" / "golden" / "sample_scan.json").read_text(encoding="utf-8"))
    assert int(printed.group(1)) == golden["summary"]["total"]
    if stated_count() is not None:
        assert int(printed.group(1)) == stated_count()
