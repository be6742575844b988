"""Loading with fewer layers on the GPU when it cannot take what the plan asked.

The planner decides how many layers go to the GPU from the memory the device
reports. A load can still fail there: another app took memory since, the
driver refuses an allocation. Then the same model is loaded again with fewer
layers on the GPU, and last on the CPU alone, and the caller learns what
happened (OffloadFallback) so the user can be told what it costs. A model that
fails on the CPU too has its own problem, and that error is the one raised.
A device lost mid-reply is handled by Engine.after_crash (back to the CPU).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from hearth.engine.host import Engine, EngineConfig
from hearth.engine.offload import OffloadFallback
from hearth.errors import EngineError

log = logging.getLogger(__name__)

# A load failure that says the file itself is at fault: fewer GPU layers cannot help.
_FILE_PROBLEM = re.compile(r"error loading model|gguf_init|invalid magic|tensor data is not")


def fewer_layers(layers: int) -> list[int]:
    """The layer counts tried after `layers` failed: halves while worth it, then none."""
    steps = []
    count = layers // 2
    while count >= 4:
        steps.append(count)
        count //= 2
    return [*steps, 0]


def _file_problem(error: EngineError) -> bool:
    return bool(_FILE_PROBLEM.search(str(error.params.get("reason", ""))))


def start_with_fallback(
    config: EngineConfig,
    timeout: float,
    log_path: Path | None = None,
    starting: Callable[[Engine], bool] = lambda engine: True,
) -> tuple[Engine, OffloadFallback | None]:
    """Start an engine for `config`; if it fails to load with GPU layers, with fewer.

    `starting(engine)` is told of each engine before it starts (so a caller can
    cancel it with engine.stop()) and returns False to give up (the load was
    cancelled): the last error is raised then. Blocking: not on the GUI thread.
    """
    engine = Engine(config, log_path)
    if not starting(engine):
        raise EngineError("engine_cancelled", "Loading was cancelled.", path=str(config.model_path))
    try:
        engine.start(timeout=timeout)
        return engine, None
    except EngineError as error:
        if config.gpu_layers <= 0 or error.kind != "model_load_failed" or _file_problem(error):
            raise
        first = error
    last = first
    for layers in fewer_layers(config.gpu_layers):
        log.warning(
            "%s did not load with %d GPU layers (%s); trying %d",
            config.model_path.name,
            config.gpu_layers,
            first.params.get("reason", ""),
            layers,
        )
        # At 0 layers the GPU is left out entirely (prompt batches too).
        retry = replace(config, gpu_layers=layers, use_gpu=layers > 0)
        engine = Engine(retry, engine.log_path)
        if not starting(engine):
            raise last
        try:
            engine.start(timeout=timeout)
        except EngineError as error:
            if error.kind != "model_load_failed":
                raise
            last = error
            continue
        reason = str(first.params.get("reason", "")) or f"exit code {first.params.get('exit_code')}"
        return engine, OffloadFallback(config.gpu_layers, layers, reason)
    raise last
