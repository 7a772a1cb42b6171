"""Integrity-team and onboarding features: anonymised aggregates (`stats`), their upload
(`upload`), the onboarding checklist and walk-through (`onboard`).

Kept light (no eager imports): the CLI commands import the submodule they need. Nothing here
runs a scan, and only `upload` may open a network connection, when the user asks it to.
"""
