"""Splitting a model's reply into its thinking and its answer, live, as it streams.

Models mark their reasoning in different ways. llama.cpp hands us the raw text,
tags included, and that raw text is also what the chat store keeps; this module
turns it into typed pieces for the view and into clean history for the model.

Formats:

- ``plain``: everything is answer.
- ``think``: an optional leading ``<think>``...``</think>`` block (Qwen3, QwQ,
  DeepSeek-R1 distills, Granite). Without a leading ``<think>`` all is answer;
  without ``</think>`` all after ``<think>`` is thinking.
- ``think_open``: the prompt already opened ``<think>`` (DeepSeek-R1's template),
  so the reply starts in thinking and only ``</think>`` switches to the answer.
  A repeated leading ``<think>`` is dropped. No ``</think>`` means all thinking.
- ``harmony`` (gpt-oss): ``<|channel|>analysis<|message|>...<|end|>`` and so on.
  ``final`` messages are answer; ``analysis``, ``commentary`` and any other
  channel are thinking. Control tokens and text outside messages are never
  shown. A reply without control tokens is answer.

Whitespace at the start of a thinking block and of the answer after a block is
dropped; trailing whitespace is kept, since a stream cannot know it is trailing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ReplyFormat = Literal["plain", "think", "think_open", "harmony"]
PieceKind = Literal["thinking", "answer"]
# Where text goes right now: a kind, the harmony channel header, or nowhere.
_Sink = Literal["thinking", "answer", "channel"] | None

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"
HARMONY_TOKENS = (
    "<|start|>",
    "<|end|>",
    "<|message|>",
    "<|channel|>",
    "<|return|>",
    "<|call|>",
    "<|constrain|>",
)
# Separates two harmony messages of the same kind (say analysis, then commentary).
_MESSAGE_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class ReplyPiece:
    """A run of reply text that is all thinking or all answer."""

    kind: PieceKind
    text: str


class ReplyParser:
    """Feeds on a streamed reply's chunks and returns the pieces that are certain.

    Only a suffix that could still become a tag is held back; ``finish()``
    flushes it when the stream ends. Call ``finish()`` once, after the last feed.
    """

    def __init__(self, fmt: ReplyFormat) -> None:
        self._fmt: ReplyFormat = fmt
        self._buf = ""
        # Still deciding whether the reply opens with <think>.
        self._leading = fmt in ("think", "think_open")
        self._sink: _Sink = "answer"
        self._channel = ""
        self._strip = False  # drop leading whitespace of the next text
        self._separate = False  # a new harmony message began
        self._texts: dict[PieceKind, list[str]] = {"thinking": [], "answer": []}

    @property
    def thinking(self) -> str:
        """All thinking text emitted so far."""
        return "".join(self._texts["thinking"])

    @property
    def answer(self) -> str:
        """All answer text emitted so far."""
        return "".join(self._texts["answer"])

    @property
    def in_thinking(self) -> bool:
        """Whether text arriving now would be thinking (the model is still reasoning)."""
        if self._leading:
            return self._fmt == "think_open" or self._buf.lstrip().startswith(THINK_OPEN)
        if self._fmt == "harmony":
            return self._sink == "thinking" or (self._sink != "answer" and not self.answer)
        return self._sink == "thinking"

    def feed(self, chunk: str) -> list[ReplyPiece]:
        """The pieces this chunk makes certain, same-kind neighbours merged."""
        self._buf += chunk
        out: list[ReplyPiece] = []
        self._run(out, final=False)
        return _merge(out)

    def finish(self) -> list[ReplyPiece]:
        """Flush what was held back because it might have begun a tag."""
        out: list[ReplyPiece] = []
        self._run(out, final=True)
        self._buf = ""
        return _merge(out)

    def _run(self, out: list[ReplyPiece], final: bool) -> None:
        while True:
            if self._leading:
                rest = self._buf.lstrip()
                if rest.startswith(THINK_OPEN):
                    self._buf = rest[len(THINK_OPEN) :]
                    self._leading = False
                    self._sink, self._strip = "thinking", True
                    continue
                if not final and THINK_OPEN.startswith(rest):
                    return  # only whitespace or the start of "<think>" so far
                self._leading = False
                self._sink = "thinking" if self._fmt == "think_open" else "answer"
                self._strip = True
            tags = self._tags()
            found = _earliest(self._buf, tags)
            if found is not None:
                at, tag = found
                self._emit(out, self._buf[:at])
                self._buf = self._buf[at + len(tag) :]
                self._on_tag(tag)
                continue
            keep = 0 if final else _held_back(self._buf, tags)
            self._emit(out, self._buf[: len(self._buf) - keep])
            self._buf = self._buf[len(self._buf) - keep :]
            return

    def _tags(self) -> tuple[str, ...]:
        if self._fmt == "harmony":
            return HARMONY_TOKENS
        if self._fmt in ("think", "think_open") and self._sink == "thinking":
            return (THINK_CLOSE,)
        # Once in the answer, a "</think>" is the model's own text.
        return ()

    def _on_tag(self, tag: str) -> None:
        if tag == THINK_CLOSE:
            self._sink, self._strip = "answer", True
        elif tag == "<|channel|>":
            self._sink, self._channel = "channel", ""
        elif tag == "<|constrain|>":
            # Part of the header ("commentary to=x <|constrain|>json"); keep collecting.
            if self._sink != "channel":
                self._sink = None
        elif tag == "<|message|>":
            words = self._channel.split()
            # Only "final" is meant for the user; a message without a channel is too.
            self._sink = "answer" if not words or words[0] == "final" else "thinking"
            self._channel, self._separate = "", True
        else:  # <|start|> opens a header; <|end|>, <|return|>, <|call|> close a message
            self._sink = None

    def _emit(self, out: list[ReplyPiece], text: str) -> None:
        sink = self._sink
        if sink is None or not text:
            return
        if sink == "channel":
            self._channel += text
            return
        if self._strip:
            text = text.lstrip()
            if not text:
                return
            self._strip = False
        if self._separate:
            if self._texts[sink]:
                text = _MESSAGE_SEPARATOR + text
            self._separate = False
        self._texts[sink].append(text)
        out.append(ReplyPiece(sink, text))


def _earliest(text: str, tags: tuple[str, ...]) -> tuple[int, str] | None:
    """The first tag in `text` and where it starts, if any."""
    best: tuple[int, str] | None = None
    for tag in tags:
        at = text.find(tag)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, tag)
    return best


def _held_back(text: str, tags: tuple[str, ...]) -> int:
    """Length of the longest suffix of `text` that is a proper prefix of a tag."""
    longest = max((len(tag) for tag in tags), default=1)
    for size in range(min(len(text), longest - 1), 0, -1):
        tail = text[-size:]
        if any(tag.startswith(tail) for tag in tags):
            return size
    return 0


def _merge(pieces: list[ReplyPiece]) -> list[ReplyPiece]:
    merged: list[ReplyPiece] = []
    for piece in pieces:
        if merged and merged[-1].kind == piece.kind:
            merged[-1] = ReplyPiece(piece.kind, merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged


def guess_format(text: str) -> ReplyFormat:
    """The format a stored reply was written in, judged from its own text (replies
    kept before formats were recorded, or from a model since removed)."""
    if "<|channel|>" in text or "<|message|>" in text:
        return "harmony"
    if THINK_CLOSE in text:
        return "think" if text.lstrip().startswith(THINK_OPEN) else "think_open"
    return "think" if text.lstrip().startswith(THINK_OPEN) else "plain"


def split_reply(text: str, fmt: ReplyFormat) -> tuple[str, str]:
    """(thinking, answer) of a complete reply, exactly as streaming would give them."""
    parser = ReplyParser(fmt)
    parser.feed(text)
    parser.finish()
    return parser.thinking, parser.answer


def answer_only(text: str, fmt: ReplyFormat) -> str:
    """What is sent back to the model as history: the final answer, never thinking or tags."""
    return split_reply(text, fmt)[1].strip()
