"""auditor.sources (the package): `all_sources()` returns one instance of every platform source in
`SOURCE_CLASSES` order, and importing the package loads no platform module."""

from __future__ import annotations

import subprocess
import sys

import auditor.sources as sources
from auditor.models import Platform
from auditor.sources import SOURCE_CLASSES, all_sources
from tests.conftest import REPO


def test_sources_all_sources_returns_every_platform_in_table_order():
    found = all_sources()
    assert [type(s).__name__ for s in found] == [cls for _, cls in SOURCE_CLASSES]
    assert [type(s).__module__ for s in found] == [f"auditor.sources.{mod}" for mod, _ in SOURCE_CLASSES]
    # Source is a Protocol: every instance has its shape
    for s in found:
        assert isinstance(s.platform, Platform) and s.name
        assert callable(s.detect) and callable(s.read)
    assert [str(s.platform) for s in found] == [mod for mod, _ in SOURCE_CLASSES]


def test_sources_all_sources_returns_fresh_instances_each_call():
    first, second = all_sources(), all_sources()
    assert all(a is not b for a, b in zip(first, second, strict=True))


def test_sources_table_names_each_platform_once():
    modules = [mod for mod, _ in SOURCE_CLASSES]
    assert len(set(modules)) == len(modules) == 11


def test_sources_exports_resolve():
    assert all(hasattr(sources, name) for name in sources.__all__)


def test_sources_import_loads_no_platform_module():
    code = "import sys, auditor.sources; print(sorted(m for m in sys.modules if m.startswith('auditor.sources.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO, timeout=120).stdout
    assert out.strip() == "['auditor.sources.base']"
