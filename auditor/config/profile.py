"""The organisation profile as data: `Profile`, merging a custom file into a built-in, validation.

A profile is data: the organisation's names, acronyms, domains, uniform words, work sites and
the policy clause each category cites. Built-in profiles live in ``auditor/profiles/*.toml``;
a custom file extends one (``extends = "dibp"``, the default) and its lists are merged into the
built-in ones unless the key is given as ``replace_<key>``.

Profiles are passed explicitly to everything that needs them: there is no global settings
object. Validation errors raise `ProfileError` with a precise message (the CLI turns it into a
one-line error and exit code 2). This module checks the profile's own shape only: it must not
import the rules (whether the codes in ``[rules]`` exist is `auditor.rules.registry`'s check).
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from auditor.models import Category


class ProfileError(ValueError):
    pass


LIST_SECTIONS = {
    "organisation": (
        "names",
        "former_names",
        "acronyms",
        "nicknames",
        "units",
        "roles",
        "hashtags",
        "handles",
        "domains",
        "ambiguous_names",
        "capitalised",
        "weak_roles",
        "context",
        "exclude",
        "employer_names",
        "functions",
        "customer_cues",
        "public_brands",
        "site_classes",
        "staff_titles",
    ),
    "uniform": ("terms", "strong_terms", "garments", "context", "exclude"),
    "contact": ("work_cues", "not_work_cues"),
    "places": ("work_sites", "exclude"),
    "operations": (
        "terms",
        "weak_terms",
        "court",
        "court_work",
        "court_insider",
        "systems",
        "system_problems",
        "clearances",
        "site_words",
        "secrecy",
        "exclude",
        "activity_words",
        "work_frames",
        "customer_side",
    ),
    "colleagues": ("cues", "titles", "senior_titles", "not_people", "exclude"),
    "comment": ("targets", "clients", "topics"),
    "rules": ("disable", "enable", "text_models"),
    "onboarding": ("checks",),  # the onboarding gate's checks (auditor.teams.gate knows the ids)
}
KNOWN_SECTIONS = {
    "profile",
    "organisation",
    "uniform",
    "places",
    "policy",
    "rules",
    "sites",
    "operations",
    "contact",
    "colleagues",
    "comment",
    "onboarding",
}
PROFILE_KEYS = {"name", "title", "policy", "extends", "description"}


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
    """Organisation profiles shipped with auditor (``_base`` holds shared defaults and is not listed)."""
    return sorted(
        p.name[:-5]
        for p in resources.files("auditor.profiles").iterdir()
        if p.name.endswith(".toml") and not p.name.startswith("_")
    )


def read_builtin(name: str) -> dict[str, Any]:
    res = resources.files("auditor.profiles").joinpath(f"{name}.toml")
    if not res.is_file():
        raise ProfileError(f"unknown profile {name!r} (built-in profiles: {', '.join(builtin_names())})")
    return tomllib.loads(res.read_text(encoding="utf-8"))


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
    parent = resolve(read_builtin(parent_name), origin=parent_name, seen=seen | {parent_name})
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


def suggest(word: str, choices: list[str] | set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def validate(data: dict[str, Any], origin: str) -> None:
    """Raise `ProfileError` for the first thing wrong with a profile's shape, naming where it is.

    Checks run in file order (sections, keys, list values, sites, policy) so the message points
    at the first mistake a person would see; a near miss gets a "did you mean" suggestion."""
    _check_sections(data, origin)
    for section, keys in LIST_SECTIONS.items():
        _check_lists(data, section, keys, origin)
    _check_sites(data.get("sites", []), origin)
    _check_policy(data.get("policy", {}), origin)


def _check_sections(data: dict[str, Any], origin: str) -> None:
    for section in data:
        if section not in KNOWN_SECTIONS:
            raise ProfileError(
                f"{origin}: unknown section [{section}]{suggest(section, KNOWN_SECTIONS)} (known: {', '.join(sorted(KNOWN_SECTIONS))})"
            )
    for key in data.get("profile", {}):
        if key not in PROFILE_KEYS:
            raise ProfileError(f"{origin}: unknown key profile.{key}{suggest(key, PROFILE_KEYS)}")


def _check_lists(data: dict[str, Any], section: str, keys: tuple[str, ...], origin: str) -> None:
    table = data.get(section, {})
    if not isinstance(table, dict):
        raise ProfileError(f"{origin}: [{section}] must be a table")
    for key in table:
        # replace_<key> overrides an inherited list instead of merging: the same key underneath
        bare = key[len("replace_") :] if key.startswith("replace_") else key
        if bare not in keys:
            raise ProfileError(f"{origin}: unknown key {section}.{key}{suggest(bare, set(keys))} (known: {', '.join(keys)})")
    for key in [k for k in keys if k in table] + [f"replace_{k}" for k in keys if f"replace_{k}" in table]:
        val = table[key]
        if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
            raise ProfileError(f"{origin}: {section}.{key} must be a list of strings")
        for i, term in enumerate(val):
            if not term.strip():  # an empty term would match everywhere once compiled
                raise ProfileError(f"{origin}: {section}.{key}[{i}] is empty")


def _check_sites(sites: Any, origin: str) -> None:
    if not isinstance(sites, list):
        raise ProfileError(f"{origin}: sites must be an array of tables ([[sites]])")
    for i, site in enumerate(sites):
        if not isinstance(site, dict):
            raise ProfileError(f"{origin}: sites[{i}] must be a table")
        for key in ("name", "lat", "lon"):
            if key not in site:
                raise ProfileError(f"{origin}: sites[{i}] is missing {key!r}")
        # TOML quotes are easy to add by mistake; a string latitude would fail later in a scan
        if not isinstance(site["lat"], int | float) or not isinstance(site["lon"], int | float):
            raise ProfileError(f"{origin}: sites[{i}] ({site['name']}) lat and lon must be numbers")
        # swapped lat/lon is the common mistake, and it usually lands out of range
        if not (-90 <= float(site["lat"]) <= 90 and -180 <= float(site["lon"]) <= 180):
            raise ProfileError(f"{origin}: sites[{i}] ({site['name']}) has coordinates out of range")


def _check_policy(policy: Any, origin: str) -> None:
    if not isinstance(policy, dict):
        raise ProfileError(f"{origin}: [policy] must be a table")
    categories = {str(c) for c in Category}
    for key, value in policy.items():
        if key not in categories:
            raise ProfileError(f"{origin}: policy.{key} is not a finding category{suggest(key, categories)}")
        if not isinstance(value, str):
            raise ProfileError(f"{origin}: policy.{key} must be a string")
