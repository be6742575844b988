"""The `hearth` command: the GUI by default, and subcommands over the same core.

    hearth                                   open the window
    hearth --version
    hearth detect [--json]                   this computer's CPU, memory, GPUs, llama.cpp devices
    hearth recommend [--json] [--ctx N] [--use USE]   what runs well here, and why
    hearth models [--json]                   installed models
    hearth pull REPO [FILE | --quant Q4_K_M]  download a model from Hugging Face
    hearth FILE.gguf                         add a model file and open the window with it
                                             (a running Hearth gets it instead: one at a time)
    hearth chat MODEL --prompt TEXT [--system TEXT] [--max-tokens N] [--threads N] [--ctx N]
    hearth serve [MODEL] [--port N] [--api-key KEY]   OpenAI-compatible API for other apps

Imports stay inside the subcommands so `hearth --version` and the window start
without loading what they do not use.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from hearth import __version__
from hearth.errors import EngineError, HearthError

if TYPE_CHECKING:
    from hearth.chats.reply_parse import ReplyPiece
    from hearth.engine import Engine, EngineConfig
    from hearth.engine.offload import OffloadFallback


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hearth", description="Run open language models on your own computer."
    )
    parser.add_argument("--version", action="version", version=f"Hearth {__version__}")
    sub = parser.add_subparsers(dest="command")

    detect = sub.add_parser("detect", help="show what Hearth knows about this computer")
    detect.add_argument("--json", action="store_true", help="machine-readable output")

    from hearth.library.cli import add_pull_parser
    from hearth.planner.cli import add_recommend_parser

    add_recommend_parser(sub)
    add_pull_parser(sub)

    models = sub.add_parser("models", help="list the models you can chat with")
    models.add_argument("--json", action="store_true", help="machine-readable output")

    serve = sub.add_parser(
        "serve", help="let other programs use a model through an OpenAI-compatible API"
    )
    serve.add_argument("model", nargs="?", help="model id, name or .gguf path (default: last used)")
    serve.add_argument("--port", type=int, default=None, help="port (default: settings, 8080)")
    serve.add_argument(
        "--api-key",
        default=None,
        help="the key clients must send (better: HEARTH_API_KEY, which `ps` does not show; "
        "default: the key in the keyring, or a new one)",
    )
    serve.add_argument(
        "--allow-host",
        action="append",
        default=[],
        help="another name clients may reach this computer by (with --host)",
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on; anything but 127.0.0.1 exposes the model to your network",
    )
    serve.add_argument("--threads", type=int, default=None, help="CPU threads")
    serve.add_argument("--ctx", type=int, default=None, help="context length in tokens")

    chat = sub.add_parser("chat", help="send one prompt to a model and print the reply")
    chat.add_argument("model", help="a model id or name from `hearth models`, or a .gguf path")
    chat.add_argument("--prompt", required=True, help="what to say to the model")
    chat.add_argument("--system", default="", help="how the model should behave (system prompt)")
    chat.add_argument("--max-tokens", type=int, default=None, help="longest reply, in tokens")
    chat.add_argument("--threads", type=int, default=None, help="CPU threads (default: settings)")
    chat.add_argument("--ctx", type=int, default=None, help="context length in tokens")
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--seed", type=int, default=None)
    return parser


def _cmd_models(as_json: bool) -> int:
    from hearth.library import list_installed

    models = list_installed()
    if as_json:
        print(json.dumps([m.to_json() for m in models], indent=2))
        return 0
    if not models:
        print("No models installed yet.")
        return 0
    width = max(len(m.id) for m in models)
    for model in models:
        size = model.size_bytes / 1e9
        print(f"{model.id:<{width}}  {model.display_name}  ({size:.2f} GB, {model.source})")
    return 0


def _cmd_detect(as_json: bool) -> int:
    from hearth.hardware import detect, format_summary

    profile = detect()
    if as_json:
        print(json.dumps(profile.to_dict(), indent=2))
    else:
        print(format_summary(profile))
    return 0


def _offload_news(fallback: OffloadFallback, config: EngineConfig) -> str:
    """What running fewer layers on the GPU than planned costs, for the terminal."""
    from hearth.planner.engine_settings import offload_speeds

    before, after = offload_speeds(
        config.model_path, config.n_ctx, (fallback.requested, fallback.now)
    )
    what = (
        f"the GPU stopped answering ({fallback.reason})"
        if fallback.device_lost
        else f"the GPU could not load all {fallback.requested} layers ({fallback.reason})"
    )
    where = (
        "the model now runs on the CPU alone"
        if fallback.now == 0
        else f"{fallback.now} layers now run on it, the rest on the CPU"
    )
    cost = f" (about {before:.0f} -> {after:.0f} tokens/s)" if before and after else ""
    return f"hearth: {what}; {where}{cost}."


def _start(config: EngineConfig, timeout: float, log_path: Path | None = None) -> Engine:
    """An engine loaded with `config`, or with fewer GPU layers where the GPU refused them."""
    from hearth.engine.gpu_fallback import start_with_fallback

    engine, fallback = start_with_fallback(config, timeout, log_path)
    if fallback is not None:
        print(_offload_news(fallback, config), file=sys.stderr, flush=True)
    if engine.offload is not None:
        print(f"hearth: {engine.offload.describe()}", file=sys.stderr, flush=True)
    return engine


def _fall_back(engine: Engine, timeout: float) -> Engine | None:
    """After the engine died: a GPU that was lost leaves the model on the CPU; CPU code
    this processor cannot run is replaced by the next. The new engine, started; None
    when it was something else or there is nothing to fall back to."""
    from hearth.engine.offload import OffloadFallback
    from hearth.hardware.cpu_code import variant_name

    restart = engine.after_crash()
    if restart is None:
        return None
    fallback, config = restart
    if isinstance(fallback, OffloadFallback):
        print("\n" + _offload_news(fallback, config), file=sys.stderr, flush=True)
    else:
        print(
            f"\nhearth: your processor could not run llama.cpp's {variant_name(fallback.crashed)} "
            f"code ({fallback.signal}); now using the {variant_name(fallback.now)} code.",
            file=sys.stderr,
            flush=True,
        )
    return _start(config, timeout, engine.log_path)


def _print_pieces(pieces: list[ReplyPiece]) -> None:
    for piece in pieces:
        out = sys.stdout if piece.kind == "answer" else sys.stderr
        out.write(piece.text)
        out.flush()


def _cmd_chat(args: argparse.Namespace) -> int:
    from hearth import settings as settings_mod
    from hearth.chats.conversation import conversation_messages
    from hearth.chats.reply_parse import ReplyParser
    from hearth.engine import ChatParams, stream_chat
    from hearth.library import resolve_model
    from hearth.planner.engine_settings import planned_engine_config

    settings = settings_mod.load()
    model = resolve_model(args.model)
    config = planned_engine_config(
        model.path,
        n_ctx=args.ctx or settings.n_ctx or None,
        n_threads=args.threads or settings_mod.effective_threads(settings),
    )
    print(f"Loading {model.display_name} ...", file=sys.stderr, flush=True)
    engine = _start(config, settings.load_timeout_s)
    params = ChatParams(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    traits = engine.traits
    messages = conversation_messages(args.system, [("user", args.prompt)], traits)
    retried = False
    try:
        while True:
            stream = stream_chat(engine.base_url, messages, params, engine.secret)
            # The answer goes to stdout; what a reasoning model thinks, to stderr.
            parser = ReplyParser(traits.reply_format)
            try:
                for text in stream:
                    _print_pieces(parser.feed(text))
                _print_pieces(parser.finish())
                break
            except EngineError:
                # Survived once: an engine killed by CPU code it cannot run is
                # restarted on the next code and asked again.
                replacement = None if retried else _fall_back(engine, settings.load_timeout_s)
                if replacement is None:
                    raise
                retried, engine = True, replacement
    except KeyboardInterrupt:
        stream.cancel()
        print("\n[stopped]", file=sys.stderr)
        return 130
    finally:
        engine.stop()
    sys.stdout.write("\n")
    speed = stream.stats.tokens_per_second
    if speed:
        print(f"[{stream.stats.tokens} tokens, {speed:.1f} tokens/s]", file=sys.stderr)
    return 0


def _serve_key(args: argparse.Namespace) -> tuple[str, bool]:
    """The key other apps must send, and whether the user chose it (else it is new).

    From HEARTH_API_KEY, --api-key (visible to other users in `ps`: discouraged) or
    the keyring; else a new one, kept in the keyring for next time.
    """
    import contextlib
    import os
    import secrets

    from hearth.library import tokens

    chosen = os.environ.get("HEARTH_API_KEY", "").strip() or (args.api_key or "").strip()
    if args.api_key:
        print(
            "Warning: a key given with --api-key can be read by other users of this "
            "computer; set HEARTH_API_KEY instead.",
            file=sys.stderr,
        )
    chosen = chosen or tokens.get_token(tokens.SERVE_KEY_ACCOUNT) or ""
    if chosen:
        return chosen, True
    key = secrets.token_urlsafe(24)
    with contextlib.suppress(HearthError):  # no keyring: a new key each time
        tokens.set_token(key, tokens.SERVE_KEY_ACCOUNT)
    return key, False


def _cmd_serve(args: argparse.Namespace) -> int:
    import time

    from hearth import settings as settings_mod
    from hearth.engine.guard import LOOPBACK_NAMES, host_name
    from hearth.library import list_installed, resolve_model
    from hearth.planner.engine_settings import planned_engine_config

    settings = settings_mod.load()
    wanted = args.model or settings.last_model
    if wanted:
        model = resolve_model(wanted)
    else:
        installed = list_installed()
        if not installed:
            print("hearth: no models installed yet", file=sys.stderr)
            return 1
        model = installed[0]
    port = args.port or settings.serve_port
    key, chosen = _serve_key(args)
    beyond_loopback = host_name(args.host) not in LOOPBACK_NAMES
    if beyond_loopback and not chosen:
        print(
            f"hearth: listening on {args.host} lets other computers use this model, so it "
            "needs a key you chose: set HEARTH_API_KEY, or the API key in Settings > Other "
            "apps, and start again.",
            file=sys.stderr,
        )
        return 2
    config = planned_engine_config(
        model.path,
        n_ctx=args.ctx or settings.n_ctx or None,
        n_threads=args.threads or settings_mod.effective_threads(settings),
        host=args.host,
        port=port,
        api_key=key,
    )
    print(f"Loading {model.display_name} ...", file=sys.stderr, flush=True)
    engine = _start(replace(config, allowed_hosts=tuple(args.allow_host)), settings.load_timeout_s)
    print(
        f"Serving {model.display_name} at http://{args.host}:{engine.port}/v1 "
        f"(model name: {model.id}). Press Ctrl+C to stop.",
        flush=True,
    )
    if beyond_loopback:
        print(f"Other computers on your network can reach it at port {engine.port}.", flush=True)
    if not chosen:
        # Said once, on the user's own terminal; never logged.
        print(f"Apps must send this API key: {key}", flush=True)
    try:
        while True:
            while engine.is_running():
                time.sleep(0.5)
            # A lost GPU, or CPU code it cannot run: serve on (same port).
            replacement = _fall_back(engine, settings.load_timeout_s)
            if replacement is None:
                break
            engine = replacement
            print(f"Serving again at http://{args.host}:{engine.port}/v1", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        engine.stop()
    code = engine.exit_code()
    if code not in (0, None, -15):
        print(
            f"hearth: the engine stopped unexpectedly (exit code {code}); see {engine.log_path}",
            file=sys.stderr,
        )
        return 1
    return 0


def _import_for_window(path: str) -> int:
    """`hearth FILE.gguf` (and opening a .gguf from the file manager): add it, select it."""
    from hearth import settings as settings_mod
    from hearth.library.manage import import_model

    try:
        model = import_model(Path(path))
    except HearthError as exc:
        print(f"hearth: {exc}", file=sys.stderr)
        return 1
    settings = settings_mod.load()
    settings.last_model = model.id
    settings_mod.save(settings)
    return 0


def _hand_over_to_running(files: list[str]) -> bool:
    """One Hearth at a time: give the files to a running window, if there is one."""
    from hearth.ui.single_instance import hand_over

    if not hand_over(files):
        return False
    if files:
        print(f"Hearth is already running; opened {Path(files[0]).name} there.")
    else:
        print("Hearth is already running; switched to its window.")
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--engine-child"]:
        # The frozen app starts its engine as itself (see engine.host.engine_command).
        from hearth.engine.child import main as engine_main

        return engine_main(argv[1:])
    if argv[:1] == ["--ggml-probe"]:
        # The frozen app lists llama.cpp's devices in a child started as itself.
        from hearth.hardware.ggml_probe import main as probe_main

        return probe_main(argv[1:])
    if argv[:1] == ["--cpu-selftest"]:
        # The frozen app self-tests llama.cpp's CPU code in a child started as itself.
        from hearth.hardware.cpu_selftest import main as selftest_main

        return selftest_main(argv[1:])
    from hearth import logging_setup

    if not argv or (len(argv) == 1 and argv[0].lower().endswith(".gguf")):
        # The window: straight there, without building every subcommand's parser.
        logging_setup.configure()
        if _hand_over_to_running(argv):
            return 0
        if argv:
            code = _import_for_window(argv[0])
            if code:
                return code
        from hearth.ui.app import run_gui

        return run_gui()
    args = _parser().parse_args(argv)
    logging_setup.configure()
    try:
        if args.command == "pull":
            from hearth.library.cli import run_pull

            return run_pull(args)
        if args.command == "recommend":
            from hearth.planner.cli import run_recommend

            return run_recommend(args)
        if args.command == "detect":
            return _cmd_detect(args.json)
        if args.command == "models":
            return _cmd_models(args.json)
        if args.command == "chat":
            return _cmd_chat(args)
        if args.command == "serve":
            return _cmd_serve(args)
    except HearthError as exc:
        print(f"hearth: {exc}", file=sys.stderr)
        return 1
    from hearth.ui.app import run_gui

    return run_gui()
