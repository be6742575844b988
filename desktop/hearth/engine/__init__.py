"""The llama.cpp engine: a child process serving the OpenAI chat protocol, and its client."""

from hearth.engine.client import ChatParams, ChatStream, StreamStats, count_tokens, stream_chat
from hearth.engine.host import Engine, EngineConfig

__all__ = [
    "ChatParams",
    "ChatStream",
    "Engine",
    "EngineConfig",
    "StreamStats",
    "count_tokens",
    "stream_chat",
]
