"""CLI tests run the app in this process: what `--no-color` writes into the environment must not
outlive the test that passed it (a real run is its own process, so the app may set it there)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _no_color_stays_in_its_test() -> Iterator[None]:
    before = os.environ.get("NO_COLOR")
    yield
    if before is None:
        os.environ.pop("NO_COLOR", None)
    else:
        os.environ["NO_COLOR"] = before
