"""Architecture rules, read from the source's import statements (every import, also inside functions):

- the engine never imports Qt; the GUI never imports llama_cpp; one engine module owns llama_cpp;
- a feature package imports no other feature package (features meet in the shell: `gui/shell`,
  and on the engine side the CLI dispatcher `engine/cli.py` and the task table in `engine/process`);
- `engine/core` imports no feature package and not the engine process;
- a GUI feature package talks only to its own engine feature (plus `engine.core` and `engine.process`);
- no import circles between modules; no source file over 400 lines.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 400
SHARED = {"engine": {"core", "process", "cli"}, "gui": {"shell"}}
# A GUI feature whose engine side has another name (none today: the names match on purpose).
ENGINE_SIDE_OF: dict[str, str] = {}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files(top: str) -> list[Path]:
    return sorted(path for path in (ROOT / top).rglob("*.py") if "__pycache__" not in path.parts)


def imports_of(path: Path) -> set[str]:
    """Every module `path` imports, by full dotted name (`from a.b import c` gives a.b and a.b.c)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def project_graph() -> dict[str, set[str]]:
    """module -> the project modules it imports (names that are not modules, like classes, dropped)."""
    files = source_files("engine") + source_files("gui") + [ROOT / "main.py"]
    modules = {module_name(path): path for path in files}
    return {name: {other for other in imports_of(path) if other in modules} for name, path in modules.items()}


def package_of(module: str) -> tuple[str, str]:
    """("engine", "attention") for engine.attention.capture; ("engine", "cli") for engine.cli."""
    parts = module.split(".")
    return parts[0], parts[1] if len(parts) > 1 else ""


def is_feature(side: str, package: str) -> bool:
    return side in SHARED and package not in SHARED[side] and package != ""


def top_levels(path: Path) -> set[str]:
    return {name.split(".")[0] for name in imports_of(path)}


def test_engine_imports_no_qt() -> None:
    for path in source_files("engine"):
        assert not top_levels(path) & {"PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6"}, path


def test_gui_imports_no_llama_cpp() -> None:
    for path in source_files("gui"):
        assert "llama_cpp" not in top_levels(path), path


def test_one_engine_module_owns_llama_cpp() -> None:
    owners = [module_name(path) for path in source_files("engine") if "llama_cpp" in top_levels(path)]
    assert owners == ["engine.core.llama_backend"]


SETUP_MODULES = {"engine.core.install", "engine.core.install_tools", "engine.core.native_tools"}


def test_setup_script_needs_only_the_standard_library() -> None:
    """The set-up runs on the system Python before anything is installed: the standard library, and of
    the project only its own stdlib-only modules (the engine package's __init__ imports nothing)."""
    for name in SETUP_MODULES:
        path = ROOT / (name.replace(".", "/") + ".py")
        assert top_levels(path) <= set(sys.stdlib_module_names) | {"__future__", "engine"}, path
        modules = {m for m in imports_of(path) if (ROOT / (m.replace(".", "/") + ".py")).exists()}
        project = {module for module in modules if module.startswith("engine")}
        assert project <= SETUP_MODULES, path
    for package in ("engine/__init__.py", "engine/core/__init__.py"):
        assert not top_levels(ROOT / package) - {"__future__"}, package


def test_feature_packages_do_not_import_each_other() -> None:
    crossings = []
    for module, imported in project_graph().items():
        side, package = package_of(module)
        if not is_feature(side, package):
            continue
        for other in imported:
            other_side, other_package = package_of(other)
            if other_side == side and is_feature(side, other_package) and other_package != package:
                crossings.append(f"{module} -> {other}")
    assert crossings == []


def test_gui_features_talk_only_to_their_own_engine_feature() -> None:
    crossings = []
    for module, imported in project_graph().items():
        side, package = package_of(module)
        if side != "gui" or not is_feature("gui", package):
            continue
        allowed = {ENGINE_SIDE_OF.get(package, package), "core", "process"}
        crossings += [
            f"{module} -> {other}"
            for other in imported
            if package_of(other)[0] == "engine" and package_of(other)[1] not in allowed
        ]
    assert crossings == []


def test_engine_core_imports_no_feature_and_not_the_process() -> None:
    crossings = [
        f"{module} -> {other}"
        for module, imported in project_graph().items()
        if package_of(module) == ("engine", "core")
        for other in imported
        if package_of(other)[0] == "engine" and package_of(other)[1] != "core"
    ]
    assert crossings == []


def test_no_import_circles() -> None:
    graph = project_graph()
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for other in sorted(graph[module]):
            if state.get(other) == 1:
                circles.append([*path[path.index(other) :], other])
            elif other not in state:
                visit(other, [*path, other])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []


@pytest.mark.parametrize("top", ["engine", "gui"])
def test_no_source_file_over_400_lines(top: str) -> None:
    long_files = {
        str(path.relative_to(ROOT)): count
        for path in source_files(top)
        if (count := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert long_files == {}


def test_every_capability_has_a_package_on_both_sides() -> None:
    engine = {path.parent.name for path in (ROOT / "engine").glob("*/__init__.py")}
    gui = {path.parent.name for path in (ROOT / "gui").glob("*/__init__.py")}
    gui_features = {ENGINE_SIDE_OF.get(name, name) for name in gui - SHARED["gui"]}
    # every GUI feature has its engine package; the explorer's engine side is the core sampler
    assert gui_features - engine <= {"chat", "sampling"}
    assert {"core", "process"} <= engine


def test_the_layout_rules_see_a_crossing() -> None:
    """The checks above are not blind: a feature importing another is reported."""
    assert is_feature("gui", "chat") and not is_feature("gui", "shell")
    assert package_of("engine.attention.capture") == ("engine", "attention")
    assert "engine.core.session" in project_graph()["engine.attention.capture"]


def test_the_gui_process_never_loads_llama_cpp() -> None:
    """Not even indirectly: the engine process owns the model, the app only talks to it."""
    import subprocess

    code = (
        "import sys, gui.shell.app, gui.shell.main_window, gui.shell.stall_bench; "
        "print('llama_cpp' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "False"


def test_import_linter_contracts_are_kept() -> None:
    """The same rules as declarative contracts in pyproject.toml, read by import-linter."""
    import subprocess

    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout
