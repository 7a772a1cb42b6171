"""Saved results and baselines on disk: read a saved JSON result, write and read baseline files,
and compare two results by fingerprint.

A baseline is the fingerprints of the findings a person has accepted, and nothing else (no
text, no times, no positions), so it can be committed or shared. `scan --baseline` and
`report --baseline` hide those findings, `baseline` writes one, and `diff` says what was fixed
and what is new between two results.

Reads and validates files and works on dicts only: never scans, renders or redacts (that is
`auditor.reporters`), and never exits; callers turn `SavedFileError` into their own error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BASELINE_KIND = "auditor-baseline"
BASELINE_VERSION = 1
DEFAULT_BASELINE = ".auditor-baseline.json"  # written by `auditor baseline`, read by the next scan
RESULT_VERSION = 1  # the newest saved-result schema_version this auditor reads


MAX_SAVED_BYTES = 256 * 1024 * 1024  # a saved result larger than this is refused, not read whole


class SavedFileError(ValueError):
    """A saved result or baseline file that cannot be used (the CLI exits 2 with this message)."""


def read_json_bounded(path: str | Path, limit: int = MAX_SAVED_BYTES) -> Any:
    """JSON from a file a user hands us: at most `limit` bytes read (so /dev/zero or a pipe ends),
    and nesting too deep for the parser is a `SavedFileError`, never a RecursionError.

    Raises FileNotFoundError / OSError / UnicodeDecodeError / json.JSONDecodeError as `json` does.
    """
    with open(path, "rb") as fh:
        raw = fh.read(limit + 1)
    if len(raw) > limit:
        raise SavedFileError(f"{path}: larger than {limit // (1024 * 1024)} MiB; not a file this auditor wrote")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except RecursionError as exc:
        raise SavedFileError(f"{path}: JSON nested too deeply to read") from exc


def load_result(path: str | Path) -> dict[str, Any]:
    """A saved result (`auditor scan -f json -o FILE`), checked to be one this auditor reads."""
    p = Path(path)
    try:
        data = read_json_bounded(p)
    except FileNotFoundError as exc:
        raise SavedFileError(f"no such file: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SavedFileError(f"cannot read {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise SavedFileError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise SavedFileError(f"{path}: not an auditor result (no findings list); make one with 'auditor scan -f json -o FILE'")
    version = data.get("schema_version")
    if not isinstance(version, int) or version > RESULT_VERSION:
        raise SavedFileError(f"{path}: unsupported schema_version {version!r} (this auditor reads version 1)")
    return data


def baseline_of(data: dict[str, Any]) -> dict[str, Any]:
    """A baseline: the fingerprints of a result's findings, and nothing else (no text, no times)."""
    fps = sorted({str(f["fingerprint"]) for f in data.get("findings", []) if isinstance(f, dict) and f.get("fingerprint")})
    return {"kind": BASELINE_KIND, "version": BASELINE_VERSION, "fingerprints": fps}


def load_fingerprints(path: str | Path) -> set[str]:
    """Fingerprints from a baseline file, or from a full result file (both are accepted)."""
    p = Path(path)
    try:
        raw = read_json_bounded(p)
    except FileNotFoundError as exc:
        raise SavedFileError(f"no such baseline file: {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SavedFileError(f"{path}: not a baseline file ({exc})") from exc
    if isinstance(raw, dict) and raw.get("kind") == BASELINE_KIND and isinstance(raw.get("fingerprints"), list):
        return {str(x) for x in raw["fingerprints"]}
    if isinstance(raw, dict) and isinstance(raw.get("findings"), list):
        return {str(f.get("fingerprint")) for f in raw["findings"] if isinstance(f, dict) and f.get("fingerprint")}
    raise SavedFileError(f"{path}: not a baseline file (make one with 'auditor baseline RESULT.json -o FILE')")


def _keys(f: dict[str, Any]) -> set[str]:
    # a media finding saved by auditor 1 is known by the path-based fingerprint kept as "fingerprint_v1"
    return {str(k) for k in (f.get("fingerprint"), f.get("fingerprint_v1")) if k}


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What was fixed (in old, not in new), what is new, and how many stayed, by fingerprint.

    `warnings` says when the two results did not scan the same inputs (then a finding outside
    what both scanned shows as fixed or new without having changed).
    """
    old_f = _unique(old)
    new_f = _unique(new)
    old_keys = set().union(*(_keys(f) for f in old_f)) if old_f else set()
    new_keys = set().union(*(_keys(f) for f in new_f)) if new_f else set()
    fixed = [f for f in old_f if not _keys(f) & new_keys]
    added = [f for f in new_f if not _keys(f) & old_keys]
    warnings = []
    old_in, new_in = old.get("inputs"), new.get("inputs")
    if isinstance(old_in, list) and isinstance(new_in, list) and sorted(map(str, old_in)) != sorted(map(str, new_in)):
        warnings.append(
            f"the two results scanned different inputs ({', '.join(map(str, old_in)) or 'none'} then "
            f"{', '.join(map(str, new_in)) or 'none'}): what only one of them covers shows as fixed or new"
        )
    return {"fixed": fixed, "new": added, "unchanged": len(new_f) - len(added), "warnings": warnings}


def _unique(data: dict[str, Any]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for f in data.get("findings", []):
        if isinstance(f, dict) and str(f.get("fingerprint")) not in seen:
            seen.add(str(f.get("fingerprint")))
            out.append(f)
    return out
