"""Where a model's layers run, read from llama.cpp's own log lines (recorded on lavapipe)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hearth.engine.gpu_fallback import fewer_layers
from hearth.engine.offload import Offload, abort_reason, offload_from_log

LOGS = Path(__file__).parents[2] / "fixtures" / "engine_logs"


def test_a_full_offload_names_the_device() -> None:
    offload = offload_from_log((LOGS / "lavapipe_full.log").read_text())
    assert offload == Offload(31, 31, ("Vulkan0 (llvmpipe (LLVM 15.0.6, 256 bits))",))
    assert (
        offload.describe()
        == "31 of 31 layers on Vulkan0 (llvmpipe (LLVM 15.0.6, 256 bits)), 0 on the CPU"
    )


def test_without_a_gpu_backend_every_layer_is_on_the_cpu() -> None:
    offload = offload_from_log((LOGS / "cpu_only.log").read_text())
    assert offload == Offload(0, 31)
    assert offload.on_cpu_only and offload.describe() == "all 31 layers on the CPU"


def test_a_partial_offload_and_a_silent_log() -> None:
    text = "print_info: n_layer = 30\nload_tensors: offloaded 12/31 layers to GPU\n"
    offload = offload_from_log(text)
    assert offload is not None and (offload.gpu_layers, offload.layers) == (12, 31)
    assert offload_from_log("nothing here") is None


def test_a_lost_device_is_named_from_the_exception() -> None:
    assert abort_reason((LOGS / "device_lost.log").read_text()) == (
        "vk::Queue::submit: ErrorDeviceLost"
    )
    assert abort_reason("Segmentation fault") == ""


@pytest.mark.parametrize(
    ("layers", "then"),
    [(31, [15, 7, 0]), (81, [40, 20, 10, 5, 0]), (8, [4, 0]), (5, [0]), (1, [0])],
)
def test_fewer_layers_halves_then_gives_up_the_gpu(layers: int, then: list[int]) -> None:
    assert fewer_layers(layers) == then
