"""Canonical JSON: the versioned contract (see README, "JSON contract").

Serialises a result dict as it is; `reporters.output.render` prepares it (redaction, coarse
positions, baseline) first. Never changes a key or its order.
"""

from __future__ import annotations

import json
from typing import Any


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
