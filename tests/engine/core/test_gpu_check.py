"""The GPU check (`bench-gpu`): on a CPU-only build it says so; its measurements are right where both
sides are known to agree (here "GPU" layers fall back to the CPU, so the two runs must match exactly)."""

from __future__ import annotations

import json

import pytest

from engine.cli import main as cli
from engine.core.gpu_check import check_model
from engine.core.install import cmake_args
from engine.core.llama_backend import supports_gpu_offload


def test_bench_gpu_says_whether_this_build_can_offload(capsys: pytest.CaptureFixture[str]) -> None:
    if supports_gpu_offload():
        pytest.skip("a GPU build: the figures are measured by running bench-gpu itself")
    assert cli(["bench-gpu", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["gpu_offload_supported"] is False
    assert "setup --gpu cuda" in result["message"] and result["models"] == []


def test_check_model_compares_distributions_tokens_and_attention() -> None:
    result = check_model("smollm2-135m", tokens=8)
    attention = result["attention"]
    assert attention["layers"] == 30
    assert attention["max_row_sum_error"] < 1e-4 and attention["max_above_diagonal"] == 0.0
    if supports_gpu_offload():
        assert result["max_abs_dp"] < 1e-2 and attention["max_abs_diff_vs_cpu"] < 1e-2
    else:  # both runs on the CPU: identical numbers, or the comparison itself is wrong
        assert result["max_abs_dp"] == 0.0 and attention["max_abs_diff_vs_cpu"] == 0.0
    assert result["same_greedy_tokens"] is True
    assert result["cpu_tok_s"] > 0 and result["gpu_tok_s"] > 0


def test_cuda_builds_can_target_one_architecture() -> None:
    assert "-DCMAKE_CUDA_ARCHITECTURES=90" in cmake_args("cuda", "90")
    assert "-DGGML_CUDA=on" in cmake_args("cuda", None)
    assert "CMAKE_CUDA_ARCHITECTURES" not in cmake_args("vulkan", "90")
    assert "CUDA" not in cmake_args(None, "90")
