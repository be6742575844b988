"""Core errors said in the user's language.

Core errors carry a kind and parameters (hearth.errors); this turns them into
translatable sentences. A kind without an entry falls back to the core's
English message, so nothing is ever shown as a bare identifier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from hearth.errors import HearthError

if TYPE_CHECKING:
    from hearth.engine.offload import Offload, OffloadFallback
    from hearth.library.retry import Retrying
    from hearth.planner import Verdict

GIB = 1024**3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def speed_number(rate: float) -> str:
    """Tokens/s as shown: no decimals from 10 up, one below."""
    return f"{rate:.0f}" if rate >= 10 else f"{rate:.1f}"


def user_message(error: HearthError) -> str:
    """One or two sentences a person can act on."""
    p = error.params
    name = str(p.get("name") or p.get("path") or "")
    if error.kind == "model_missing":
        return _tr("The model file {path} is missing. It may have been moved or deleted.").format(
            path=p.get("path", "")
        )
    if error.kind == "not_gguf":
        return _tr("{path} is not a model file Hearth can use (it is not in GGUF format).").format(
            path=p.get("path", "")
        )
    if error.kind == "model_load_failed":
        return _tr(
            "The model {name} could not be loaded. The file may be incomplete or damaged; "
            "downloading it again usually helps. (llama.cpp said: {reason})"
        ).format(name=name, reason=p.get("reason") or _tr("no reason given"))
    if error.kind == "engine_start_timeout":
        return _tr(
            "The model took longer than {seconds} seconds to load, so loading was stopped."
        ).format(seconds=p.get("seconds", "?"))
    if error.kind in ("engine_connection_lost", "engine_died"):
        return _tr(
            "The model stopped working in the middle of the reply. "
            "What it wrote so far is kept. Reload the model to go on."
        )
    if error.kind == "engine_request_failed":
        return _tr("The model could not answer this message: {detail}").format(
            detail=p.get("detail", "")
        )
    if error.kind == "model_too_large":
        return _tr(
            "{name} is too large for this computer: it needs {need} GB and there are {have} GB."
        ).format(
            name=name,
            need=gigabytes(p.get("need_bytes", 0)),
            have=gigabytes(p.get("have_bytes", 0)),
        )
    hub = _hub_message(error)
    if hub:
        return hub
    return error.message


def gigabytes(value: object) -> str:
    """Bytes as the number of GB (GiB, as operating systems show memory), one decimal."""
    return f"{(value if isinstance(value, (int, float)) else 0) / GIB:.1f}"


def data_size(value: object) -> str:
    """A download or file size, in the user's locale ("1.2 GB")."""
    n = int(value) if isinstance(value, (int, float)) else 0
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _hub_message(error: HearthError) -> str:
    """Hugging Face and download failures ("" for other kinds)."""
    p, kind = error.params, error.kind
    if kind == "hub_gated":
        if p.get("has_token"):
            return _tr(
                "This model is gated: accept the license on the model's page ({url}), "
                "then try again."
            ).format(url=p.get("url", ""))
        return _tr(
            "This model is gated: accept the license on the model's page ({url}), then add "
            "your Hugging Face token in Settings."
        ).format(url=p.get("url", ""))
    if kind == "hub_bad_path":
        return _tr(
            "The model hub listed a file named {path}, which would be saved outside the "
            "models folder, so it was not downloaded. If you set a mirror, it may be broken."
        ).format(path=p.get("path", ""))
    if kind == "hub_bad_repo_id":
        return _tr(
            "{repo} is not a model name on the hub; they look like owner/name "
            "(for example bartowski/Llama-3.2-3B-Instruct-GGUF)."
        ).format(repo=p.get("repo", ""))
    if kind == "hub_repo_not_found":
        return _tr("There is no model {repo} on {host}.").format(
            repo=p.get("repo", ""), host=p.get("host", "")
        )
    if kind == "hub_file_not_found":
        return _tr("The model {repo} has no file {file}.").format(
            repo=p.get("repo", ""), file=p.get("file", "")
        )
    if kind == "hub_token_invalid":
        return _tr("The hub did not accept your Hugging Face token. Check it in Settings.")
    if kind == "hub_forbidden":
        return _tr(
            "The hub refused access (403). Your token may lack permission, or access may be "
            "blocked where you are: try a mirror as the hub address in Settings."
        )
    if kind == "hub_rate_limited":
        return _tr(
            "The hub is limiting downloads right now. Resume in a few minutes; "
            "nothing downloaded so far is lost."
        )
    if kind == "hub_server_error":
        return _tr(
            "The hub had a problem on its side (HTTP {status}). Resume later; nothing "
            "downloaded so far is lost."
        ).format(status=p.get("status", ""))
    if kind == "hub_offline":
        return _tr(
            "Cannot reach {host}. Check the internet connection, then resume: nothing "
            "downloaded so far is lost."
        ).format(host=p.get("host", ""))
    if kind == "disk_space":
        return _tr(
            "Not enough free disk space: this model needs {needed} and there is {free} free."
        ).format(needed=data_size(p.get("needed", 0)), free=data_size(p.get("free", 0)))
    if kind == "disk_full":
        return _tr("The disk is full. Free some space, then resume.")
    if kind in ("download_corrupt", "download_size_mismatch"):
        return _tr(
            "{file} arrived damaged and was deleted; it is never used for chat. "
            "Resume to download it again."
        ).format(file=p.get("file", ""))
    return ""


def download_waiting(retry: Retrying, seconds: int, started: bool) -> str:
    """A download waiting to try again, `seconds` from now; offline, whether or not
    any of it is on disk yet (`started`)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Downloads", text)

    if not retry.offline:
        if seconds <= 0:
            return tr("Interrupted — trying again…")
        return tr("Interrupted — retrying in {seconds} s").format(seconds=seconds)
    if not started:
        if seconds <= 0:
            return tr("Offline — it starts by itself when the network is back (trying now…)")
        return tr(
            "Offline — it starts by itself when the network is back (next try in {seconds} s)"
        ).format(seconds=seconds)
    if seconds <= 0:
        return tr("Offline — trying again…")
    return tr("Offline — retrying in {seconds} s").format(seconds=seconds)


def download_waiting_tip(retry: Retrying) -> str:
    """What the waiting download's line says on hover: why, and that it goes on by itself."""
    if retry.offline:
        return QCoreApplication.translate(
            "Downloads",
            "Hearth cannot reach {host}. It keeps trying and the download goes on by itself "
            "when the network is back; what is downloaded so far is kept.",
        ).format(host=retry.error.params.get("host", ""))
    return user_message(retry.error)


def verdict_text(verdict: Verdict) -> str:
    """A fit verdict in the user's language, from its kind and numbers (not the English text)."""
    p = verdict.params
    rate_text = speed_number(p.get("tokens_per_s", 0.0))

    def tr(text: str) -> str:
        return QCoreApplication.translate("Verdicts", text)

    if verdict.kind == "gpu_full":
        return tr("Runs fully on your GPU — about {rate} tokens/s").format(rate=rate_text)
    if verdict.kind == "gpu_partial":
        return tr(
            "Partial GPU offload ({layers} of {total} layers) — about {rate} tokens/s"
        ).format(layers=p.get("layers"), total=p.get("n_layers"), rate=rate_text)
    if verdict.kind == "cpu":
        return tr("Runs on CPU — about {rate} tokens/s").format(rate=rate_text)
    if verdict.kind == "too_large":
        return tr("Too large — needs {need} GB, you have {have} GB").format(
            need=gigabytes(p.get("need_bytes", 0)), have=gigabytes(p.get("have_bytes", 0))
        )
    return verdict.text


def cpu_code_ruled_out(variant: str, kind: str, params: dict[str, object]) -> str:
    """Why llama.cpp's CPU code for one processor generation is not used here."""
    from hearth.hardware.cpu_code import variant_name

    name = variant_name(variant)
    signal = str(params.get("signal", ""))
    if kind == "selftest_crash":
        return _tr("{name}: stopped the self-test with an error ({signal})").format(
            name=name, signal=signal
        )
    if kind == "reply_crash":
        return _tr("{name}: stopped during a reply ({signal})").format(name=name, signal=signal)
    if kind == "selftest_wrong":
        return _tr("{name}: computed wrong results in the self-test").format(name=name)
    return _tr("{name}: did not finish its self-test").format(name=name)


def cpu_code_fallback(crashed: str, signal: str, now: str) -> str:
    """Said in the chat when the engine died of CPU code and runs on another now."""
    from hearth.hardware.cpu_code import variant_name

    return _tr(
        "Your processor could not run llama.cpp's fastest code ({crashed}, {signal}). "
        "Hearth now uses the {now} code and is asking again."
    ).format(crashed=variant_name(crashed), signal=signal, now=variant_name(now))


def offload_fallback(fallback: OffloadFallback, before: float | None, after: float | None) -> str:
    """Said in the chat when the GPU took fewer layers than planned, with what it costs."""
    if fallback.device_lost:
        text = _tr(
            "Your GPU stopped responding during the reply ({reason}). The model now runs "
            "on the CPU alone, and Hearth is asking again."
        )
    elif fallback.now == 0:
        text = _tr("Your GPU could not load this model ({reason}), so it runs on the CPU alone.")
    else:
        text = _tr(
            "Your GPU could not hold all {requested} layers of this model ({reason}). "
            "{now} run on the GPU now, the rest on the CPU."
        )
    text = text.format(reason=fallback.reason, requested=fallback.requested, now=fallback.now)
    if before and after:
        text += " " + _tr("Expect about {after} tokens/s instead of {before}.").format(
            after=speed_number(after), before=speed_number(before)
        )
    return text


def offload_placement(offload: Offload | None) -> str:
    """Where the loaded model runs, for the status bar."""
    if offload is None:
        return ""
    if offload.on_cpu_only:
        return _tr("on the CPU")
    devices = ", ".join(offload.devices) or _tr("the GPU")
    if offload.gpu_layers >= offload.layers:
        return _tr("all {total} layers on {devices}").format(total=offload.layers, devices=devices)
    return _tr("{layers} of {total} layers on {devices}, the rest on the CPU").format(
        layers=offload.gpu_layers, total=offload.layers, devices=devices
    )
