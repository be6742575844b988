"""What the core reports, said in the user's language: errors (worded in
error_wordings.py), fit verdicts, download waits, CPU-code and GPU fallbacks.

The core carries kinds and parameters; the sentences are made here, translatable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hearth.ui.error_wordings import user_message
from hearth.ui.units import GIB, data_size, gigabytes, speed_number

if TYPE_CHECKING:
    from hearth.engine.offload import Offload, OffloadFallback
    from hearth.library.retry import Retrying
    from hearth.planner import Verdict

__all__ = ["GIB", "data_size", "gigabytes", "speed_number", "user_message"]


# A plain name for Qt's translate(), so pyside6-lupdate finds every literal given to it.
translate = QCoreApplication.translate


def download_waiting(retry: Retrying, seconds: int, started: bool) -> str:
    """A download waiting to try again, `seconds` from now; offline, whether or not
    any of it is on disk yet (`started`)."""

    if not retry.offline:
        if seconds <= 0:
            return translate("Downloads", "Interrupted — trying again…")
        return translate("Downloads", "Interrupted — retrying in {seconds} s").format(
            seconds=seconds
        )
    if not started:
        if seconds <= 0:
            return translate(
                "Downloads", "Offline — it starts by itself when the network is back (trying now…)"
            )
        return translate(
            "Downloads",
            "Offline — it starts by itself when the network is back (next try in {seconds} s)",
        ).format(seconds=seconds)
    if seconds <= 0:
        return translate("Downloads", "Offline — trying again…")
    return translate("Downloads", "Offline — retrying in {seconds} s").format(seconds=seconds)


def download_waiting_tip(retry: Retrying) -> str:
    """What the waiting download's line says on hover: why, and that it goes on by itself."""
    if retry.offline:
        return translate(
            "Downloads",
            "Hearth cannot reach {host}. It keeps trying and the download goes on by itself "
            "when the network is back; what is downloaded so far is kept.",
        ).format(host=retry.error.params.get("host", ""))
    return user_message(retry.error)


def verdict_text(verdict: Verdict) -> str:
    """A fit verdict in the user's language, from its kind and numbers (not the English text)."""
    p = verdict.params
    rate_text = speed_number(p.get("tokens_per_s", 0.0))

    if verdict.kind == "gpu_full":
        return translate("Verdicts", "Runs fully on your GPU — about {rate} tokens/s").format(
            rate=rate_text
        )
    if verdict.kind == "gpu_partial":
        return translate(
            "Verdicts", "Partial GPU offload ({layers} of {total} layers) — about {rate} tokens/s"
        ).format(layers=p.get("layers"), total=p.get("n_layers"), rate=rate_text)
    if verdict.kind == "cpu":
        return translate("Verdicts", "Runs on CPU — about {rate} tokens/s").format(rate=rate_text)
    if verdict.kind == "too_large":
        return translate("Verdicts", "Too large — needs {need} GB, you have {have} GB").format(
            need=gigabytes(p.get("need_bytes", 0)), have=gigabytes(p.get("have_bytes", 0))
        )
    return verdict.text


def cpu_code_ruled_out(variant: str, kind: str, params: dict[str, object]) -> str:
    """Why llama.cpp's CPU code for one processor generation is not used here."""
    from hearth.hardware.cpu_code import variant_name

    name = variant_name(variant)
    signal = str(params.get("signal", ""))
    if kind == "selftest_crash":
        return translate(
            "Messages", "{name}: stopped the self-test with an error ({signal})"
        ).format(name=name, signal=signal)
    if kind == "reply_crash":
        return translate("Messages", "{name}: stopped during a reply ({signal})").format(
            name=name, signal=signal
        )
    if kind == "selftest_wrong":
        return translate("Messages", "{name}: computed wrong results in the self-test").format(
            name=name
        )
    return translate("Messages", "{name}: did not finish its self-test").format(name=name)


def cpu_code_fallback(crashed: str, signal: str, now: str) -> str:
    """Said in the chat when the engine died of CPU code and runs on another now."""
    from hearth.hardware.cpu_code import variant_name

    return translate(
        "Messages",
        "Your processor could not run llama.cpp's fastest code ({crashed}, {signal}). "
        "Hearth now uses the {now} code and is asking again.",
    ).format(crashed=variant_name(crashed), signal=signal, now=variant_name(now))


def offload_fallback(fallback: OffloadFallback, before: float | None, after: float | None) -> str:
    """Said in the chat when the GPU took fewer layers than planned, with what it costs."""
    if fallback.device_lost:
        text = translate(
            "Messages",
            "Your GPU stopped responding during the reply ({reason}). The model now runs "
            "on the CPU alone, and Hearth is asking again.",
        )
    elif fallback.now == 0:
        text = translate(
            "Messages",
            "Your GPU could not load this model ({reason}), so it runs on the CPU alone.",
        )
    else:
        text = translate(
            "Messages",
            "Your GPU could not hold all {requested} layers of this model ({reason}). "
            "{now} run on the GPU now, the rest on the CPU.",
        )
    text = text.format(reason=fallback.reason, requested=fallback.requested, now=fallback.now)
    if before and after:
        text += " " + translate(
            "Messages", "Expect about {after} tokens/s instead of {before}."
        ).format(after=speed_number(after), before=speed_number(before))
    return text


def offload_placement(offload: Offload | None) -> str:
    """Where the loaded model runs, for the status bar."""
    if offload is None:
        return ""
    if offload.on_cpu_only:
        return translate("Messages", "on the CPU")
    devices = ", ".join(offload.devices) or translate("Messages", "the GPU")
    if offload.gpu_layers >= offload.layers:
        return translate("Messages", "all {total} layers on {devices}").format(
            total=offload.layers, devices=devices
        )
    return translate(
        "Messages", "{layers} of {total} layers on {devices}, the rest on the CPU"
    ).format(layers=offload.gpu_layers, total=offload.layers, devices=devices)
