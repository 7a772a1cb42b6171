"""The fuzz harnesses' fixed short run (CI): each target, a couple of seconds of mutated seeds."""

from __future__ import annotations

import pytest

from fuzz.run import loop
from fuzz.targets import TARGETS


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_fuzz_target_short_run_finds_no_crash_or_hang(target):
    assert loop(target, 2.0) > 0
