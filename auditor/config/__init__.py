"""Organisation profiles: the public face of `auditor.config`.

`Profile` and `ProfileError` (`auditor.config.profile`), `load_profile` for a built-in name, a
local TOML file or a pinned URL (`auditor.config.loader`, `auditor.config.fetch`), and the
names of the built-in profiles. Nothing here knows the rules: `auditor.rules.registry` checks
the rule codes a profile names and refuses a profile that switches every rule off.
"""

from __future__ import annotations

from auditor.config.loader import load_profile
from auditor.config.profile import Profile, ProfileError, builtin_names

__all__ = ["Profile", "ProfileError", "builtin_names", "load_profile"]
