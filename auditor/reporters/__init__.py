"""Reporters render a ScanResult (or its saved JSON); they never read inputs or re-run rules."""

from __future__ import annotations

FORMATS = ("terminal", "json", "markdown")
