"""The engine child process: llama.cpp behind llama-cpp-python's OpenAI-compatible server.

Started by hearth.engine.host, never by a person. Its keys arrive as the first
line of stdin ({"secret": ..., "api_key": ...}), never on the command line,
where every local user could read them. It speaks to its parent on stdout
with one JSON line per event ({"event": "ready", "port": N} or
{"event": "error", "reason": ...}); everything llama.cpp prints goes to stderr,
which the parent sends to the engine log file. It exits on its own when the
parent goes away: the parent holds the other end of its stdin, so EOF there
means the parent has exited or been killed. Every request passes guard.py.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

PARENT_POLL_S = 0.5
ENGINE_NICENESS = 5


def _parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hearth-engine")
    parser.add_argument("--model", required=True)
    parser.add_argument("--n-ctx", type=int, default=4096)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--gpu-layers", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--parent-pid", type=int, default=0)
    parser.add_argument(
        "--allow-host", action="append", default=[], help="a name clients may use for this host"
    )
    parser.add_argument("--cpu-variant", default=None)
    parser.add_argument("--cpu-only", action="store_true", help="load no GPU backend")
    parser.add_argument("--template-kwargs", default=None, help="JSON object")
    return parser.parse_args(argv)


def _watch_parent(parent_pid: int) -> None:
    """Exit as soon as the parent is gone, so no engine is ever left behind."""

    def stdin_closed() -> None:
        try:
            while sys.stdin.buffer.read(1024):
                pass
        except OSError:
            pass
        os._exit(0)

    def parent_polled() -> None:
        # Backup for the stdin pipe: a re-parented child (POSIX) or a vanished pid.
        import psutil

        while True:
            time.sleep(PARENT_POLL_S)
            if os.name != "nt" and os.getppid() != parent_pid:
                os._exit(0)
            if not psutil.pid_exists(parent_pid):
                os._exit(0)

    threading.Thread(target=stdin_closed, name="parent-stdin", daemon=True).start()
    if parent_pid:
        threading.Thread(target=parent_polled, name="parent-poll", daemon=True).start()


def _yield_to_the_desktop() -> None:
    """Run below normal priority, so the window (and the rest of the desktop)
    gets a core the moment it needs one while llama.cpp keeps every core busy.
    Generation loses only the little time the GUI actually uses."""
    try:
        if os.name == "nt":
            import psutil

            psutil.Process().nice(psutil.BELOW_NORMAL_PRIORITY_CLASS)  # type: ignore[attr-defined]
        else:
            os.nice(int(os.environ.get("HEARTH_ENGINE_NICENESS", ENGINE_NICENESS)))
    except (OSError, AttributeError):
        pass


def _emit(channel: TextIO, event: str, **fields: Any) -> None:
    channel.write(json.dumps({"event": event, **fields}) + "\n")
    channel.flush()


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(sys.argv[1:] if argv is None else argv)
    # Keep the event channel for ourselves and point fd 1 at the log (stderr),
    # so nothing llama.cpp or a library prints can corrupt the protocol.
    events = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        keys = json.loads(sys.stdin.buffer.readline() or b"{}")
    except ValueError:
        keys = {}
    if not keys.get("secret"):
        _emit(events, "error", reason="no engine secret on stdin")
        return 5
    _watch_parent(args.parent_pid)
    _yield_to_the_desktop()

    try:
        import uvicorn
        from llama_cpp.server.app import create_app
        from llama_cpp.server.settings import ModelSettings, ServerSettings

        from hearth.chats.chat_template import model_traits, traits_to_json
        from hearth.engine import ggml_backends, server_tuning
        from hearth.engine.fast_stream import FastChatStream
        from hearth.engine.guard import RequestGuard, machine_names

        template_kwargs = json.loads(args.template_kwargs) if args.template_kwargs else {}
        variant = ggml_backends.ensure_loaded(args.cpu_variant, gpu=not args.cpu_only)
        if variant:
            print(f"hearth-engine: llama.cpp CPU code for {variant}", file=sys.stderr, flush=True)

        model_settings = ModelSettings(
            model=args.model,
            model_alias="hearth",
            n_ctx=args.n_ctx,
            n_threads=args.threads,
            n_threads_batch=args.threads,
            n_gpu_layers=args.gpu_layers,
            # The server's default computes logits for every prompt token, which
            # only logprobs need; it slows prompt processing for nothing.
            logits_all=False,
            # Switches the chat template reads (enable_thinking, reasoning_effort...).
            chat_template_kwargs=template_kwargs or None,
            verbose=True,
        )
        server_settings = ServerSettings(
            host=args.host,
            port=args.port,
            api_key=None,  # checked in front of the app, before any body is read
            # Requests queue (request_queue.py): none is cut off by another.
            interrupt_requests=False,
        )
        llama_thread = server_tuning.tune_llama_server()
        # Load on the same thread that will run the model (see server_tuning).
        app = llama_thread.submit(
            create_app, server_settings=server_settings, model_settings=[model_settings]
        ).result()
        server_tuning.strip_middleware(app)
        # Every request's messages are made safe for this model's chat template.
        # As rendered with the switches it loads with: thinking on can open the reply
        # inside a <think> block (think_open), which the parser must know.
        traits = model_traits(Path(args.model), tuple(template_kwargs.items()))
        app = FastChatStream(app, llama_thread, traits)
        hosts = [*machine_names(args.host), *args.allow_host]
        app = RequestGuard(app, [keys["secret"], keys.get("api_key") or ""], hosts)
    except Exception as exc:  # any load failure becomes one message for the parent
        print(f"hearth-engine: model load failed: {exc!r}", file=sys.stderr, flush=True)
        _emit(events, "error", reason=str(exc) or type(exc).__name__)
        return 3

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        _emit(events, "error", reason=f"cannot listen on {args.host}:{args.port}: {exc}")
        return 4
    sock.listen(64)
    # Connections made from here on wait in the listen backlog until uvicorn
    # serves them, so "ready" is true the moment it is said.
    # With the template's traits: the parent needs them and would otherwise read the
    # whole vocabulary again (~0.2 s of the GUI process's time at every load).
    _emit(
        events, "ready", port=sock.getsockname()[1], pid=os.getpid(), traits=traits_to_json(traits)
    )
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=1)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
