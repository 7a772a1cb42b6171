"""Organisation profiles: load, merge and validate (TOML via tomllib).

A profile is data: the organisation's names, acronyms, domains, uniform words, work sites and
the policy clause each category cites. Built-in profiles live in ``auditor/profiles/*.toml``;
a custom file extends one (``extends = "dibp"``, the default) and its lists are merged into the
built-in ones unless the key is given as ``replace_<key>``.

Profiles are passed explicitly to everything that needs them: there is no global settings
object. Validation errors raise `ProfileError` with a precise message (the CLI turns it into a
one-line error and exit code 2).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from auditor.models import Category


class ProfileError(ValueError):
    pass


LIST_SECTIONS = {
    "organisation": ("names", "former_names", "acronyms", "nicknames", "units", "roles", "hashtags", "handles", "domains"),
    "uniform": ("terms", "context", "exclude"),
    "places": ("work_sites",),
    "rules": ("disable", "enable"),
}
KNOWN_SECTIONS = {"profile", "organisation", "uniform", "places", "policy", "rules", "sites", "operations", "contact"}


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    policy_name: str
    data: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    def terms(self, section: str, key: str) -> list[str]:
        val = self.data.get(section, {}).get(key, [])
        return list(val) if isinstance(val, list) else []

    def policy(self, category: Category | str) -> str:
        return str(self.data.get("policy", {}).get(str(category), ""))

    @property
    def disabled(self) -> set[str]:
        return set(self.terms("rules", "disable"))

    @property
    def sites(self) -> list[dict[str, Any]]:
        return list(self.data.get("sites", []))


def builtin_names() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("auditor.profiles").iterdir() if p.name.endswith(".toml"))


def _read_builtin(name: str) -> dict[str, Any]:
    res = resources.files("auditor.profiles").joinpath(f"{name}.toml")
    if not res.is_file():
        raise ProfileError(f"unknown profile {name!r} (built-in profiles: {', '.join(builtin_names())})")
    return tomllib.loads(res.read_text(encoding="utf-8"))


def load_profile(spec: str | None) -> Profile:
    """Load a built-in profile by name, a TOML file by path (which extends a built-in), or a
    pinned URL (``https://host/team.toml#sha256=HEX``, see `auditor.profile_fetch`)."""
    spec = spec or "dibp"
    if spec.lower().startswith(("http://", "https://")):
        from auditor.profile_fetch import load_url  # network only for an explicit, sha256-pinned URL

        return load_url(spec)
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
        data = resolve(raw, origin=spec, seen=set())
        source = str(path)
    else:
        data = resolve(_read_builtin(spec), origin=spec, seen=set())
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


def resolve(raw: dict[str, Any], origin: str, seen: set[str]) -> dict[str, Any]:
    meta = raw.get("profile", {})
    if not isinstance(meta, dict):
        raise ProfileError(f"{origin}: [profile] must be a table")
    parent_name = meta.get("extends")
    if parent_name is None and origin.endswith(".toml"):
        parent_name = "dibp"
    if not parent_name:
        return raw
    if not isinstance(parent_name, str):
        raise ProfileError(f"{origin}: profile.extends must be a string")
    if parent_name in seen:
        raise ProfileError(f"{origin}: profile.extends loops through {parent_name!r}")
    parent = resolve(_read_builtin(parent_name), origin=parent_name, seen=seen | {parent_name})
    return merge(parent, raw)


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {k: (dict(v) if isinstance(v, dict) else v) for k, v in base.items()}
    for section, value in over.items():
        if section == "sites" and isinstance(value, list):
            out["sites"] = list(base.get("sites", [])) + value
            continue
        if not isinstance(value, dict):
            out[section] = value
            continue
        target = out.setdefault(section, {})
        for key, v in value.items():
            if key.startswith("replace_"):
                target[key[len("replace_") :]] = v
            elif isinstance(v, list) and isinstance(target.get(key), list):
                target[key] = list(dict.fromkeys([*target[key], *v]))
            else:
                target[key] = v
    return out


def validate(data: dict[str, Any], origin: str) -> None:
    for section in data:
        if section not in KNOWN_SECTIONS:
            raise ProfileError(f"{origin}: unknown section [{section}] (known: {', '.join(sorted(KNOWN_SECTIONS))})")
    for section, keys in LIST_SECTIONS.items():
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ProfileError(f"{origin}: [{section}] must be a table")
        for key in keys:
            val = table.get(key, [])
            if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
                raise ProfileError(f"{origin}: {section}.{key} must be a list of strings")
    for i, site in enumerate(data.get("sites", [])):
        if not isinstance(site, dict):
            raise ProfileError(f"{origin}: sites[{i}] must be a table")
        for key in ("name", "lat", "lon"):
            if key not in site:
                raise ProfileError(f"{origin}: sites[{i}] is missing {key!r}")
        if not (-90 <= float(site["lat"]) <= 90 and -180 <= float(site["lon"]) <= 180):
            raise ProfileError(f"{origin}: sites[{i}] ({site['name']}) has coordinates out of range")
    policy = data.get("policy", {})
    if not isinstance(policy, dict):
        raise ProfileError(f"{origin}: [policy] must be a table")
    for key in policy:
        if key not in {str(c) for c in Category}:
            raise ProfileError(f"{origin}: policy.{key} is not a finding category")
