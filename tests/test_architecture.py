"""The structure of the package, enforced: one-way layers, no import cycles, no private reach-ins.

Reads every module under `auditor/` with `ast` (nothing is imported), builds the import graph
counting imports inside functions too, and checks it against the layer table below, which is
the same table as ARCHITECTURE.md. A new cycle, an upward import, a module that imports another
module's `_private` name, an unmarked function-level import or a module over the size limit
fails here, in CI, with the offending edge named.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "auditor"
MAX_LINES = 600

# Each component may import only the components listed for it (and itself). Components are
# the first one or two parts of a module name; the most specific entry wins. Keep this table
# and the one in ARCHITECTURE.md the same.
ALLOWED: dict[str, set[str]] = {
    "auditor": set(),  # the package root: __version__ only
    "auditor.models": {"auditor"},
    "auditor.geo": {"auditor"},
    "auditor.portable": {"auditor"},
    "auditor.budget": {"auditor"},
    "auditor.tree": {"auditor", "auditor.models"},
    "auditor.config": {"auditor", "auditor.models"},
    "auditor.media": {"auditor", "auditor.models", "auditor.tree", "auditor.portable", "auditor.budget"},
    "auditor.sources": {"auditor", "auditor.models", "auditor.tree"},
    "auditor.rules.regexcode": {"auditor"},
    "auditor.rules.terms": {"auditor", "auditor.rules.regexcode"},
    "auditor.rules.base": {"auditor", "auditor.models", "auditor.config", "auditor.rules.terms", "auditor.rules.regexcode"},
    "auditor.inference": {"auditor", "auditor.models", "auditor.config", "auditor.geo", "auditor.rules.base"},
    "auditor.rules": {"auditor", "auditor.models", "auditor.config", "auditor.geo", "auditor.rules.base", "auditor.inference"},
    "auditor.engine": {
        "auditor",
        "auditor.budget",
        "auditor.models",
        "auditor.config",
        "auditor.tree",
        "auditor.media",
        "auditor.sources",
        "auditor.rules.base",
        "auditor.rules",
        "auditor.inference",
        "auditor.exposure",
        "auditor.portable",
        "auditor.rewrite",
        "auditor.streaming",
    },
    "auditor.streaming": {
        "auditor",
        "auditor.exposure",
        "auditor.models",
        "auditor.config",
        "auditor.portable",
        "auditor.rules.base",
        "auditor.rules",
        "auditor.rewrite",
    },
    "auditor.rewrite": {
        "auditor",
        "auditor.models",
        "auditor.config",
        "auditor.geo",
        "auditor.rules.base",
        "auditor.rules",
        "auditor.rewritenames",
    },
    "auditor.rewritenames": {"auditor", "auditor.models", "auditor.rules.base"},
    "auditor.exposure": {"auditor", "auditor.models"},
    "auditor.baseline": {"auditor", "auditor.models"},
    "auditor.reporters": {"auditor", "auditor.models"},
    "auditor.fixers": {"auditor", "auditor.models", "auditor.tree", "auditor.media", "auditor.portable", "auditor.budget"},
    "auditor.synth": {"auditor", "auditor.models", "auditor.inference", "auditor.sources"},
    "auditor.demo": {"auditor", "auditor.models", "auditor.geo", "auditor.synth"},
    "auditor.teams": {"auditor", "auditor.models", "auditor.config"},
    "auditor.app": set(),  # filled below: the local page may import every layer below the interface
    "auditor.cli": set(),  # filled below: the interface may import every layer
    "auditor.__main__": {"auditor", "auditor.cli"},
}
ALLOWED["auditor.app"] = set(ALLOWED) - {"auditor.app", "auditor.cli", "auditor.__main__"}
ALLOWED["auditor.cli"] = set(ALLOWED) - {"auditor.cli", "auditor.__main__"}

# Imports inside functions are allowed only for optional heavy dependencies and for deliberate
# lazy loading, which the line says with a `# lazy:` comment.
OPTIONAL_HEAVY = {"pytesseract", "zxingcpp", "playwright", "requests", "pillow_heif", "qrcode"}


@dataclass(frozen=True)
class Import:
    src: str  # importing module
    target: str  # imported module (resolved inside auditor where it can be)
    name: str | None  # the name imported from it (`from m import name`), or None
    line: int
    in_function: bool
    marked_lazy: bool


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@lru_cache(maxsize=1)
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PKG.rglob("*.py"))}


def _resolve(mod: str, node: ast.ImportFrom | ast.Import) -> list[tuple[str, str | None]]:
    mods = modules()
    if isinstance(node, ast.Import):
        return [(a.name, None) for a in node.names]
    if node.level:
        base = mod.split(".") if mods[mod].name == "__init__.py" else mod.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    out = []
    for a in node.names:
        full = f"{target}.{a.name}"
        if full in mods:
            # `from pkg import sub` runs pkg/__init__ first: it depends on the package as well
            out += [(target, None), (full, None)]
        else:
            out.append((target, a.name))
    return out


def _marked_lazy(lines: list[str], first: int, last: int) -> bool:
    """`# lazy:` on the import's own lines, or on the comment line that heads its block of imports."""
    if any("# lazy:" in line for line in lines[first - 1 : last]):
        return True
    n = first - 2  # the line above the import, then upwards over the imports of the same block
    while n >= 0 and lines[n].strip().startswith(("from ", "import ")):
        n -= 1
    return n >= 0 and lines[n].strip().startswith("# lazy:")


@lru_cache(maxsize=1)
def imports() -> tuple[Import, ...]:
    found: list[Import] = []
    for mod, path in modules().items():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)

        def visit(node: ast.AST, in_fn: bool, mod: str = mod, lines: list[str] = lines) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                    continue  # typing-only imports never run
                fn = in_fn or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                if isinstance(child, (ast.Import, ast.ImportFrom)):
                    lazy = _marked_lazy(lines, child.lineno, child.end_lineno or child.lineno)
                    for target, name in _resolve(mod, child):
                        found.append(Import(mod, target, name, child.lineno, in_fn, lazy))
                visit(child, fn)

        visit(tree, False)
    return tuple(found)


def _owner(target: str) -> str | None:
    """The auditor module a dotted import target lands in (the longest known prefix)."""
    mods = modules()
    while target:
        if target in mods:
            return target
        target = target.rpartition(".")[0]
    return None


def component(mod: str) -> str:
    best = "auditor"
    for comp in ALLOWED:
        if (mod == comp or mod.startswith(comp + ".")) and len(comp) > len(best):
            best = comp
    return best


def internal_edges() -> list[tuple[str, str, Import]]:
    out = []
    for imp in imports():
        if not imp.target.startswith("auditor"):
            continue
        owner = _owner(imp.target)
        if owner and owner != imp.src:
            out.append((imp.src, owner, imp))
    return out


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_architecture_module_graph_has_no_cycle() -> None:
    graph: dict[str, set[str]] = {}
    for src, dst, _ in internal_edges():
        graph.setdefault(src, set()).add(dst)
    assert _cycles(graph) == []


def test_architecture_component_graph_has_no_cycle() -> None:
    graph: dict[str, set[str]] = {}
    for src, dst, _ in internal_edges():
        a, b = component(src), component(dst)
        if a != b:
            graph.setdefault(a, set()).add(b)
    assert _cycles(graph) == []


def test_architecture_every_import_follows_the_layer_table() -> None:
    bad = []
    for src, dst, imp in internal_edges():
        a, b = component(src), component(dst)
        if a != b and b not in ALLOWED[a]:
            bad.append(f"{src}:{imp.line} imports {dst} ({a} may not import {b})")
    assert bad == []


def test_architecture_no_module_imports_a_private_name_of_another() -> None:
    bad = []
    for src, dst, imp in internal_edges():
        leaf = dst.rpartition(".")[2]
        private_module = leaf.startswith("_") and not leaf.startswith("__")
        private_name = imp.name is not None and imp.name.startswith("_") and not imp.name.startswith("__")
        if private_module or private_name:
            bad.append(f"{src}:{imp.line} imports {dst}.{imp.name or ''}")
    assert bad == []


def test_architecture_function_level_imports_are_lazy_on_purpose() -> None:
    bad = []
    for imp in imports():
        if not imp.in_function or imp.marked_lazy:
            continue
        if imp.target.split(".")[0] in OPTIONAL_HEAVY:
            continue
        bad.append(f"{imp.src}:{imp.line} imports {imp.target} inside a function without '# lazy: <why>'")
    assert bad == []


def test_architecture_no_module_over_the_size_limit() -> None:
    sizes = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in modules().items()}
    assert {m: n for m, n in sizes.items() if n > MAX_LINES} == {}


def test_architecture_every_module_has_a_docstring() -> None:
    missing = [m for m, p in modules().items() if p.stat().st_size and ast.get_docstring(ast.parse(p.read_text())) is None]
    assert missing == []


def _imported_by(args: list[str], codes: tuple[int, ...] = (0, 1)) -> set[str]:
    proc = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode in codes, proc.stderr[-2000:]
    return {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}


def test_architecture_import_of_the_cli_loads_no_library_layer() -> None:
    loaded = _imported_by(["-c", "import auditor.cli"])
    assert {m for m in loaded if m.startswith(("auditor.sources", "auditor.engine", "auditor.rules", "auditor.media"))} == set()


@pytest.mark.parametrize("argv", [["--help"], ["check", "Lovely day at the beach"]])
def test_architecture_help_and_check_import_no_platform_source(argv: list[str]) -> None:
    # what `auditor --help` and `auditor check` load: never a platform source, never the engine
    loaded = _imported_by(["-m", "auditor", *argv])
    platforms = {m for m in loaded if m.startswith("auditor.sources.") and m != "auditor.sources.base"}
    assert platforms == set()
    if argv == ["--help"]:
        assert {m for m in loaded if m in ("auditor.engine", "auditor.rules.registry", "numpy")} == set()


def _top(loaded: set[str], *names: str) -> set[str]:
    return {m for m in loaded if m.split(".")[0] in names}


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["--version"], []])
def test_architecture_top_level_help_loads_no_typer_rich_numpy_or_library_layer(argv: list[str]) -> None:
    # `auditor --help` answers from the command table (auditor.cli.usage): typer, pydantic and
    # rich cost about 150 ms to import, and nothing of the scanner is needed to say what it does
    # no arguments at all: the help, and exit 2 (as typer's no_args_is_help)
    loaded = _imported_by(["-m", "auditor", *argv], codes=(0,) if argv else (2,))
    assert _top(loaded, "typer", "click", "pydantic", "rich", "numpy") == set()
    assert {m for m in loaded if m.startswith("auditor.")} <= {
        "auditor.__main__",
        "auditor.cli",
        "auditor.cli.commands",
        "auditor.cli.usage",
    }


def test_architecture_empty_scan_loads_no_numpy_typer_rich_reporter_or_inference(tmp_path: Path) -> None:
    # `auditor scan EMPTY`: the engine, the rules (the profile's codes are checked) and every
    # platform's detection run; nothing that only scoring a text (numpy), parsing options
    # (typer, pydantic), drawing (rich), a report or positions (inference) needs is imported
    loaded = _imported_by(["-m", "auditor", "scan", str(tmp_path), "-q"], codes=(2,))
    assert _top(loaded, "typer", "click", "pydantic", "rich", "numpy") == set()
    assert {m for m in loaded if m.startswith("auditor.reporters.")} <= {"auditor.reporters.output"}
    heavy_inference = ("auditor.inference.findings", "auditor.inference.clusters", "auditor.inference.patterns")
    assert {m for m in loaded if m in heavy_inference} == set()
    # the platform modules are imported: detection is each one's `detect` (by file names, paths
    # and contents), which `sources.all_sources()` loads; a scan of no files could skip them
    assert "auditor.engine" in loaded  # the test measures a real scan, not a usage error


# packages that hold data files only (TOML profiles, the gazetteer CSV): nothing to test as code
DATA_PACKAGES = {"auditor.data", "auditor.profiles"}


def _defines_code(path: Path) -> bool:
    return any(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for n in ast.parse(path.read_text()).body)


def expected_test_file(path: Path) -> Path | None:
    """Where the tests of one module live: `auditor/a/b.py` -> `tests/a/test_b.py`, a package
    `__init__.py` with code -> `tests/<pkg>/test_init.py`, `auditor/__main__.py` -> `tests/test_main.py`;
    None for an `__init__.py` that only re-exports."""
    parts = path.relative_to(PKG).parts
    if path.name == "__main__.py" and len(parts) == 1:
        return ROOT / "tests" / "test_main.py"
    if path.name == "__init__.py":
        return ROOT / "tests" / Path(*parts[:-1]) / "test_init.py" if _defines_code(path) else None
    return ROOT / "tests" / Path(*parts[:-1]) / f"test_{path.name}"


def test_architecture_tests_mirror_the_package() -> None:
    missing = []
    for mod, path in modules().items():
        if any(mod == p or mod.startswith(p + ".") for p in DATA_PACKAGES):
            continue
        expected = expected_test_file(path)
        if expected is not None and not expected.is_file():
            missing.append(f"{path.relative_to(ROOT)} -> {expected.relative_to(ROOT)}")
    assert missing == []
