"""Canonical JSON: the versioned contract (see README, "JSON contract")."""

from __future__ import annotations

import json
from typing import Any

from auditor.models import ScanResult


def render(result: ScanResult, show_evidence: bool = False) -> str:
    return json.dumps(result.to_dict(show_evidence=show_evidence), indent=2, ensure_ascii=False) + "\n"


def render_dict(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
