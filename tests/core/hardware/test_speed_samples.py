"""Speeds measured by real replies: kept per machine, turned into factors for the planner."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from hearth.hardware import speed_samples
from hearth.hardware.profile import CpuInfo, GpuInfo, HardwareProfile, MemoryInfo
from hearth.hardware.speed_samples import (
    MAX_SAMPLES,
    SpeedSample,
    calibration,
    load_samples,
    machine_key,
    record,
)


def _sample(decode: float, predicted: float = 50.0, **changes: object) -> SpeedSample:
    base = SpeedSample(
        machine="m", model="a.gguf", n_ctx=2048, threads=2, gpu_layers=0,
        decode_tps=decode, predicted_decode_tps=predicted,
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


def test_samples_are_kept_oldest_first_and_bounded(tmp_path: Path) -> None:
    path = tmp_path / "samples.json"
    for index in range(MAX_SAMPLES + 5):
        record(_sample(float(index + 1)), path)
    kept = load_samples(path)
    assert len(kept) == MAX_SAMPLES
    assert kept[0].decode_tps == 6.0 and kept[-1].decode_tps == MAX_SAMPLES + 5
    assert all(s.at > 0 for s in kept)
    assert not (tmp_path / "samples.json.tmp").exists()


def test_a_damaged_file_or_entry_loses_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "samples.json"
    path.write_text("{not json")
    assert load_samples(path) == []
    record(_sample(40.0), path)  # starts afresh instead of failing
    entries = json.loads(path.read_text())
    path.write_text(json.dumps([{"model": "broken"}, *entries]))
    assert [s.decode_tps for s in load_samples(path)] == [40.0]


def test_factors_are_medians_of_this_machines_plausible_ratios() -> None:
    samples = [
        _sample(40.0),  # 0.8
        _sample(60.0),  # 1.2
        _sample(45.0),  # 0.9
        _sample(5000.0),  # 100x: a broken timing, not the machine
        _sample(10.0, machine="another"),
        _sample(30.0, gpu_layers=31, model="b.gguf"),  # 0.6 on the GPU
        _sample(40.0, prompt_tps=300.0, predicted_prompt_tps=600.0),
    ]
    found = calibration(samples, "m")
    assert found.factors["cpu_decode"] == pytest.approx(0.85)  # median of .8 1.2 .9 .8
    assert found.factors["gpu_decode"] == pytest.approx(0.6)
    assert found.factors["cpu_prompt"] == pytest.approx(0.5)
    assert found.samples == 6
    assert found.measured == {"a.gguf": 40.0, "b.gguf": 30.0}
    assert calibration(samples, "nobody").factors == {}


def test_samples_of_other_hardware_do_not_count(hearth_home: Path) -> None:
    laptop = HardwareProfile(
        os="linux", os_version=None, arch="x86_64",
        cpu=CpuInfo(brand="Intel Core i5", logical_cores=8),
        memory=MemoryInfo(total_bytes=16 << 30),
    )  # fmt: skip
    record(_sample(40.0, machine=machine_key(laptop)))
    assert speed_samples.current(laptop).factors == {"cpu_decode": pytest.approx(0.8)}
    with_gpu = replace(laptop, gpus=[GpuInfo(vendor="nvidia", name="RTX 4060")])
    assert speed_samples.current(with_gpu).samples == 0
    more_ram = replace(laptop, memory=MemoryInfo(total_bytes=32 << 30))
    assert speed_samples.current(more_ram).samples == 0


def test_a_reply_without_a_speed_is_not_recorded(tmp_path: Path) -> None:
    path = tmp_path / "samples.json"
    record(_sample(0.0), path)
    record(_sample(40.0, predicted=0.0), path)
    assert load_samples(path) == []
