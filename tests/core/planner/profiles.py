"""The fixture machines in tests/fixtures/profiles, by name."""

from __future__ import annotations

import json
from pathlib import Path

from hearth.hardware import HardwareProfile

PROFILES = Path(__file__).resolve().parents[2] / "fixtures" / "profiles"
NAMES = sorted(p.stem for p in PROFILES.glob("*.json"))


def profile(name: str) -> HardwareProfile:
    return HardwareProfile.from_dict(json.loads((PROFILES / f"{name}.json").read_text()))
