"""The GUI's translation catalogues: resources/i18n/lanterna_<lang>.ts (sources) → .qm (compiled).

`python main.py translations` re-extracts the strings from gui/ with pyside6-lupdate (keeping every
translation already made) and compiles them; the set-up compiles them. Both tools ship with
PySide6-Essentials and run here as child processes, so the engine itself never imports Qt.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "pt_BR", "es")  # en holds only the plural forms of the English source


def catalogue(language: str) -> Path:
    return I18N_DIR / f"lanterna_{language}.ts"


def tool(name: str, python: Path | None = None) -> str:
    """The path of pyside6-<name> next to `python` (the project's environment), else on PATH."""
    folder = Path(python or sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} not found (it ships with PySide6-Essentials)")
    return found


def gui_sources() -> list[str]:
    return [str(path.relative_to(ROOT)) for path in sorted((ROOT / "gui").rglob("*.py"))]


def update(python: Path | None = None) -> None:
    """Re-extract the strings into every .ts, keeping translations; vanished strings are dropped."""
    for language in LANGUAGES:
        command = [tool("lupdate", python), *gui_sources(), "-no-obsolete", "-locations", "relative"]
        command += ["-source-language", "en", "-target-language", language, "-ts", str(catalogue(language))]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
        normalize(catalogue(language))


def normalize(path: Path) -> None:
    """One stable layout (4-space indent), whatever lupdate version wrote the file, so that a new
    string changes a few lines of the catalogue and not all of them."""
    tree = ElementTree.parse(path)
    ElementTree.indent(tree, "    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def compile_all(python: Path | None = None) -> list[Path]:
    """Compile every .ts into its .qm beside it (the files the GUI loads)."""
    compiled = []
    for language in LANGUAGES:
        source = catalogue(language)
        if source.exists():
            target = source.with_suffix(".qm")
            fresh = target.with_suffix(".qm.new")
            command = [tool("lrelease", python), str(source), "-qm", str(fresh)]
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
            # A running app maps the old file (QTranslator): rewriting it in place would pull pages
            # from under it (SIGBUS); a rename leaves the old inode to whoever still reads it.
            os.replace(fresh, target)
            compiled.append(target)
    return compiled


def unfinished(language: str) -> int:
    """How many messages of a catalogue still wait for a translation (Qt marks them type="unfinished")."""
    text = catalogue(language).read_text(encoding="utf-8")
    return text.count('type="unfinished"')


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="main.py translations", description=__doc__.splitlines()[0])
    parser.add_argument("--no-update", action="store_true", help="only compile the .ts files")
    options = parser.parse_args(argv)
    if not options.no_update:
        update()
    for path in compile_all():
        language = path.stem.removeprefix("lanterna_")
        print(f"{path.relative_to(ROOT)}: {unfinished(language)} unfinished")
    return 0
