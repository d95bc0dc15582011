"""llama.cpp's own programs built from the source llama-cpp-python ships: the `ggml-rpc-server` worker
(setup --with-rpc) and `llama-server` (setup --with-server).

Standard library only, like the rest of the set-up. The programs are built once per version and flag
set into ~/.cache/lanterna/tools/<key>/bin and copied next to the environment's python, where
engine.core.native_tools finds them. They are linked statically against their own ggml, built from
the same vendored source as the wheel, so the RPC protocol of worker and client is the same.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import tarfile
import time
from collections.abc import Callable
from pathlib import Path


def tools_cache_dir(version: str, flags: list[str]) -> Path:
    key_text = "|".join([version, *flags, platform.system(), platform.machine()])
    key = hashlib.sha256(key_text.encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "lanterna" / "tools"
    return base / key


def cmake_flags(no_amx: str | None) -> list[str]:
    """Configure flags: a static, CPU-only build with the RPC backend and the server (without its web
    UI, which would be downloaded); only the programs asked for are compiled. AMX stays off on x86
    exactly as in the wheel."""
    flags = [
        "-DCMAKE_BUILD_TYPE=Release",
        "-DBUILD_SHARED_LIBS=OFF",
        "-DGGML_RPC=ON",
        "-DLLAMA_CURL=OFF",
        "-DLLAMA_OPENSSL=OFF",
        "-DLLAMA_BUILD_TESTS=OFF",
        "-DLLAMA_BUILD_EXAMPLES=OFF",
        "-DLLAMA_BUILD_UI=OFF",
        "-DLLAMA_USE_PREBUILT_UI=OFF",
        "-DLLAMA_BUILD_SERVER=ON",
    ]
    if no_amx:
        flags += [f"-DCMAKE_C_FLAGS={no_amx}", f"-DCMAKE_CXX_FLAGS={no_amx}"]
    return flags


def fetch_sdist(python: Path, version: str, folder: Path, run: Callable[..., None]) -> Path:
    """llama-cpp-python's source archive (it carries llama.cpp under vendor/), downloaded once."""
    found = sorted(folder.glob(f"llama_cpp_python-{version}.tar.gz"))
    if found:
        return found[-1]
    folder.mkdir(parents=True, exist_ok=True)
    pip = [str(python), "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(folder)]
    run([*pip, f"llama-cpp-python=={version}"])
    return sorted(folder.glob(f"llama_cpp_python-{version}.tar.gz"))[-1]


def extract_llama_source(sdist: Path, destination: Path) -> Path:
    """vendor/llama.cpp of the archive, unpacked under `destination` (tarfile's data filter refuses
    links and paths that leave it)."""
    source = destination / "src"
    if (source / "CMakeLists.txt").exists():
        return source
    prefix = f"{sdist.name.removesuffix('.tar.gz')}/vendor/llama.cpp/"
    with tarfile.open(sdist) as archive:
        members = [m for m in archive.getmembers() if m.name.startswith(prefix)]
        for member in members:
            member.name = member.name[len(prefix) :]
        archive.extractall(source, members=[m for m in members if m.name], filter="data")
    return source


def build_tools(
    python: Path,
    version: str,
    targets: list[str],
    no_amx: str | None,
    sdist: Path | None,
    run: Callable[..., None],
    say: Callable[[str], None],
) -> list[Path]:
    """Build `targets` (cached) and copy them next to `python`; return the installed paths."""
    flags = cmake_flags(no_amx)
    folder = tools_cache_dir(version, flags)
    missing = [name for name in targets if not (folder / "bin" / name).exists()]
    if not missing:
        say(f"reusing {', '.join(targets)} from {folder}")
    else:
        archive = sdist or fetch_sdist(python, version, folder.parent / "sdist", run)
        source = extract_llama_source(archive, folder)
        build = folder / "build"
        started = time.monotonic()
        say(f"building {', '.join(missing)} from llama.cpp's source (several minutes)")
        run(["cmake", "-S", str(source), "-B", str(build), *flags])
        jobs = str(os.cpu_count() or 1)
        run(["cmake", "--build", str(build), "--config", "Release", "-j", jobs, "--target", *missing])
        (folder / "bin").mkdir(exist_ok=True)
        for name in missing:
            shutil.copy2(build / "bin" / name, folder / "bin" / name)
        say(f"built {', '.join(missing)} in {time.monotonic() - started:.0f} s")
        shutil.rmtree(build, ignore_errors=True)
        shutil.rmtree(source, ignore_errors=True)
    installed = []
    for path in (folder / "bin" / name for name in targets):
        target = python.parent / path.name
        shutil.copy2(path, target)
        installed.append(target)
    return installed
