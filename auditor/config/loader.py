"""Load a profile from a built-in name, a local TOML file or a pinned URL.

Reads and parses the file, merges it into the profile it extends and validates its shape
(`auditor.config.profile`). It must not import the rules: a command that loads a profile for a
scan or a check uses `auditor.rules.registry.load_profile`, which adds the rule-code check.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from auditor.config.fetch import is_url, load_url
from auditor.config.profile import Profile, ProfileError, read_builtin, resolve, validate


def load_profile(spec: str | None) -> Profile:
    """Load a built-in profile by name, a TOML file by path (which extends a built-in), or a
    pinned URL (``https://host/team.toml#sha256=HEX``, see `auditor.config.fetch`).

    Built-in profiles are loaded once per process and shared (treat a Profile as read-only).
    """
    spec = spec or "dibp"
    if is_url(spec):
        return load_url(spec)  # network only for an explicit, sha256-pinned URL
    path = Path(spec)
    if not (spec.endswith(".toml") or path.exists()):
        return _load_builtin_profile(spec)
    return _load_profile(spec)


@lru_cache(maxsize=16)
def _load_builtin_profile(spec: str) -> Profile:
    return _load_profile(spec)


def _load_profile(spec: str) -> Profile:
    path = Path(spec)
    if spec.endswith(".toml") or path.exists():
        if not path.is_file():
            raise ProfileError(f"profile file not found: {spec}")
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ProfileError(f"{spec}: invalid TOML: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise ProfileError(f"{spec}: not UTF-8 text") from exc
        validate(raw, origin=spec)  # the file's own errors, with its own list positions
        data = resolve(raw, origin=spec, seen=set())
        source = str(path)
    else:
        data = resolve(read_builtin(spec), origin=spec, seen=set())
        source = f"builtin:{spec}"
    validate(data, origin=spec)
    meta = data.get("profile", {})
    return Profile(
        name=str(meta.get("name") or path.stem),
        title=str(meta.get("title", "")),
        policy_name=str(meta.get("policy", "")),
        data=data,
        source=source,
    )
