"""Golden whole-scan outputs of the bundled `sample_data/`: the behaviour every refactor keeps.

Each case scans `sample_data/` from its absolute path through the command line (in process,
`auditor.cli.main(argv)`, the entry point of `python -m auditor` and the `auditor` script) and
compares the output byte for byte with `tests/golden/`, after two normalisations only: the
absolute folder the repository sits in becomes `<ROOT>`, and the tool version becomes
`<VERSION>`. A change to any finding, message, fingerprint, ordering or format shows up here.

Regenerate after an intended change with `UPDATE_GOLDEN=1 python -m pytest tests/test_golden_scan.py`,
then review the diff of `tests/golden/` in the same commit, like code. Never regenerate blind.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from auditor import __version__
from tests.support.cli import run_cli

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_data"
GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# name -> extra `auditor scan` arguments
CASES = {
    "sample_scan.json": ["--format", "json"],
    "sample_scan_evidence.json": ["--format", "json", "--show-evidence"],
    "sample_scan.md": ["--format", "markdown"],
    "sample_scan.csv": ["--format", "csv"],
}


def _normalise(text: str) -> str:
    text = text.replace(str(REPO), "<ROOT>")
    return text.replace(f'"tool_version": "{__version__}"', '"tool_version": "<VERSION>"')


def _scan(tmp_path: Path, args: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    proc = run_cli("scan", str(SAMPLE), "-q", "-o", str(out), *args)
    assert proc.returncode == 0, proc.stderr
    return _normalise(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_scan_of_sample_data_is_unchanged(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    got = _scan(tmp_path, CASES[name], monkeypatch)
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8")
    want = path.read_text(encoding="utf-8")
    if name.endswith(".json"):
        # compare parsed first for a readable failure, then the exact bytes
        assert json.loads(got) == json.loads(want)
    assert got == want


def test_golden_sample_has_no_finding_on_the_owner_or_a_plain_bio() -> None:
    """Issue 16: the owner is never their own colleague; a bio's hobbies and a place alone are not harm."""
    data = json.loads((GOLDEN / "sample_scan.json").read_text(encoding="utf-8"))
    ident = data["identity"]
    assert "Morgan Quillfeather" in ident["names"]
    own = [n.casefold() for n in ident["names"]]
    for f in data["findings"]:
        said = f"{f.get('message', '')} {f.get('why', '')}".casefold()
        assert not any(name in said for name in own), f["message"]
        if f["category"] == "operational_detail":
            assert "runner" not in said, f["message"]
        if f["code"] == "LOC101" and "Profile field" in f["message"]:
            assert f["severity"] == "low", f["message"]
