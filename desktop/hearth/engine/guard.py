"""The engine's front door: who may talk to a model on this computer, and how.

Loopback is not a boundary. Every web page the user opens can send requests to
127.0.0.1, and every other account on the machine can connect to it (DNS
rebinding against Ollama, CVE-2024-28224; drive-by requests to local APIs).
So before anything else reads a request, and before its body is read:

- the Host header must name this machine (127.0.0.1, localhost, [::1], or a
  name the user bound to on purpose): a rebinding page's own name is refused;
- a key must be sent as `Authorization: Bearer ...`: the per-launch secret of
  the app that started the engine, or the user's key for other apps (compared
  in constant time);
- a POST must say `Content-Type: application/json`: the cross-site requests a
  browser sends without asking (text/plain forms) are refused;
- a body may be at most MAX_BODY_BYTES (plenty for chat; 413 beyond).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_BODY_BYTES = 4 * 1024 * 1024


def host_name(header: str) -> str:
    """The name in a Host header, without its port ("[::1]:8080" -> "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class RequestGuard:
    """ASGI middleware enforcing the rules above in front of `app`."""

    def __init__(self, app: ASGIApp, keys: Iterable[str], hosts: Iterable[str] = ()) -> None:
        self.app = app
        self._keys = [key.encode() for key in keys if key]
        if not self._keys:
            raise ValueError("an engine without a key would serve anyone")
        self._hosts = LOOPBACK_NAMES | {host_name(h) for h in hosts if h}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {name.lower(): value for name, value in scope.get("headers") or []}
        host = headers.get(b"host", b"").decode("latin-1")
        if host_name(host) not in self._hosts:
            await _refuse(send, 421, "This server answers only to its own address.")
            return
        which = self._key_index(headers.get(b"authorization", b""))
        if which is None:
            await _refuse(send, 401, "Invalid API key", {"WWW-Authenticate": "Bearer"})
            return
        # The first key is the app's own secret: its requests go first (request_queue.py).
        scope["hearth.own_app"] = which == 0
        if scope["method"] == "POST":
            kind = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
            if kind != b"application/json":
                await _refuse(send, 415, "Requests must be sent as application/json.")
                return
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            await _refuse(send, 413, "The request is too large.")
            return
        await self.app(scope, _capped(receive), send)

    def _key_index(self, header: bytes) -> int | None:
        """Which key the request carries (0: the app's secret), None for none."""
        scheme, _, token = header.partition(b" ")
        if scheme.lower() != b"bearer":
            return None
        token = token.strip()
        # Every key is compared, in constant time, whatever matched first.
        matches = [hmac.compare_digest(token, key) for key in self._keys]
        return matches.index(True) if any(matches) else None


def _capped(receive: Receive) -> Receive:
    """A receive() that ends a body running past MAX_BODY_BYTES (sent chunked, with no
    length to refuse it by) as if the client had gone."""
    received = 0

    async def capped() -> Message:
        nonlocal received
        if received > MAX_BODY_BYTES:
            return {"type": "http.disconnect"}
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > MAX_BODY_BYTES:
                return {"type": "http.disconnect"}
        return message

    return capped


def machine_names(bound: str) -> set[str]:
    """The names other computers may reach a server bound to `bound` by."""
    import socket

    names = {bound}
    if bound in ("0.0.0.0", "::"):
        import psutil

        names = {socket.gethostname(), socket.getfqdn()}
        for addresses in psutil.net_if_addrs().values():
            names |= {a.address.split("%")[0] for a in addresses if a.family in _IP_FAMILIES}
    return names


_IP_FAMILIES = (2, 10)  # AF_INET, AF_INET6


async def send_json(
    send: Send, status: int, content: Any, extra: dict[str, str] | None = None
) -> None:
    """A whole JSON response (the engine's one way of answering without the library)."""
    headers = [(b"content-type", b"application/json")]
    headers += [(k.lower().encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": json.dumps(content).encode()})


async def _refuse(
    send: Send, status: int, message: str, extra: dict[str, str] | None = None
) -> None:
    error = {"message": message, "type": "invalid_request_error"}
    await send_json(send, status, {"error": error}, extra)
