"""The README's set-up stays two commands, and its officers' section stays true to the package.

The two set-up commands are the ones CI runs (`.ci/run` installs, then runs the test command);
the officers' section names the wheel this version builds and the screenshot it shows exists
and stays small (it is refreshed by tests/app/test_browser.py with UPDATE_SCREENSHOT=1).
"""

from __future__ import annotations

import re
from pathlib import Path

from auditor import __version__

REPO = Path(__file__).resolve().parent.parent
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
