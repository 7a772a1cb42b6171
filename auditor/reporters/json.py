"""Canonical JSON: the versioned contract (see README, "JSON contract").

Serialises a result dict as it is; `reporters.output.render` prepares it (redaction, coarse
positions, baseline) first. Never changes a key or its order.

The text is exactly `json.dumps(data, indent=2, ensure_ascii=False)`, built one finding at a
time: with an indent, the standard library encodes in Python and holds every small piece of the
whole document in a list before joining them (several times the output's size for a large
export); here each finding is encoded on its own, so the pieces held at once are one finding's.
"""

from __future__ import annotations

import json
import secrets
from typing import Any


def render(data: dict[str, Any]) -> str:
    findings = data.get("findings")
    if not isinstance(findings, list) or len(findings) < 2:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    # the findings list is written in place of a placeholder no content can contain
    mark = f"auditor-findings-{secrets.token_hex(16)}"
    head = json.dumps({**data, "findings": mark}, indent=2, ensure_ascii=False)
    body = ",\n".join(_indented(json.dumps(f, indent=2, ensure_ascii=False)) for f in findings)
    before, after = head.split(f'"{mark}"', 1)
    return f"{before}[\n{body}\n  ]{after}\n"


def _indented(text: str) -> str:
    """A finding's JSON at the depth of the findings list (two levels of two spaces)."""
    return "    " + text.replace("\n", "\n    ")
