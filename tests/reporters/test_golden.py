"""Golden files: every output format rendered from the fixed synthetic result, compared exactly.

Regenerate after an intended change with `UPDATE_GOLDEN=1 python -m pytest tests/reporters`,
then review the diff of tests/reporters/golden/ like code.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rich.console import Console

from auditor.baseline import diff
from auditor.reporters import json
from auditor.reporters.markdown import render_diff
from auditor.reporters.output import RenderOptions, render, show
from auditor.reporters.prepare import prepare
from tests.support.sample_result import sample_result

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _terminal(data: dict) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=100, color_system=None, force_terminal=False, no_color=True, legacy_windows=False)
    show(data, console)
    return buf.getvalue()


def _diff_md() -> str:
    old = sample_result()
    new = sample_result()
    gone = new["findings"].pop(2)  # one photo fixed
    assert gone["code"] == "GEO101"
    added = dict(new["findings"][0], fingerprint="fp0000000000000000000000000new01", path="x-archive/data/profile.js")
    new["findings"].append(added)
    return render_diff(diff(prepare(old), prepare(new)), "old.json", "new.json")


CASES = {
    "checklist.md": lambda: render(sample_result(), "markdown"),
    "checklist.html": lambda: render(sample_result(), "html"),
    "checklist.csv": lambda: render(sample_result(), "csv"),
    "summary.txt": lambda: _terminal(sample_result()),
    # the saved result itself, as the JSON reporter serialises it (not prepared)
    "result.json": lambda: json.render(sample_result()),
    "shared.md": lambda: render(
        sample_result(), "markdown", RenderOptions(coarse=True, baseline=frozenset({"fp00000000000000000000000000col1"}))
    ),
    # the redacted view, for sharing: people, contacts and evidence masked, positions rounded
    "redacted.md": lambda: render(sample_result(), "markdown", RenderOptions(redact=True)),
    "diff.md": _diff_md,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_output_matches(name: str) -> None:
    got = CASES[name]()
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8", newline="")
        pytest.skip(f"rewrote {path.name}")
    assert path.exists(), f"missing golden file {path.name}: run UPDATE_GOLDEN=1 python -m pytest tests/reporters"
    want = path.read_text(encoding="utf-8")
    assert got == want, f"{name} differs from its golden file; if intended, regenerate with UPDATE_GOLDEN=1"


def test_golden_rendering_is_deterministic() -> None:
    for make in CASES.values():
        assert make() == make()
