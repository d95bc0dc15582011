"""Architecture rules: the engine never imports Qt; the GUI never imports llama_cpp; one engine
module owns llama_cpp."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module.split(".")[0])
        found[path.name] = names
    return found


def test_engine_imports_no_qt() -> None:
    for name, modules in imported_modules("engine").items():
        assert not modules & {"PySide6", "PyQt5", "PyQt6", "pyqtgraph", "shiboken6"}, name


def test_gui_imports_no_llama_cpp() -> None:
    for name, modules in imported_modules("gui").items():
        assert "llama_cpp" not in modules, name


def test_one_engine_module_owns_llama_cpp() -> None:
    owners = [name for name, modules in imported_modules("engine").items() if "llama_cpp" in modules]
    assert owners == ["llama_backend.py"]


def test_setup_script_needs_only_the_standard_library() -> None:
    import sys

    modules = imported_modules("engine")["install.py"]
    assert modules <= set(sys.stdlib_module_names) | {"__future__"}


def test_the_gui_process_never_loads_llama_cpp() -> None:
    """Not even indirectly: the engine process owns the model, the app only talks to it."""
    import subprocess
    import sys

    code = "import sys, gui.app, gui.main_window, gui.stall_bench; print('llama_cpp' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "False"
