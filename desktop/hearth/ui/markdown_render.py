"""Turning a reply's Markdown into the HTML subset Qt's text widgets show.

CommonMark with tables (markdown-it-py); fenced code highlighted by Pygments
with inline colours (Qt's rich text has no style sheets for classes) and a
"Copy" link per block; raw HTML in the model's text is shown as text, never
interpreted. Reasoning models' thinking (`<think>…</think>`, harmony channels)
is split off so the GUI can show it collapsed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from hearth.chats.reply_parse import ReplyFormat, ReplyParser, guess_format

COPY_SCHEME = "copy"


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)  # for the Copy links, by index


@dataclass
class Thinking:
    thinking: str  # what the model thought ("" if none)
    answer: str  # what it said after thinking
    still_thinking: bool  # <think> opened and not yet closed (streaming)


def settled_length(text: str) -> int:
    """Where the last finished Markdown block of `text` ends (0 if none).

    A block is finished at a blank line that is not inside a code fence: what
    comes before it no longer changes as more text streams in.
    """
    end = text.rfind("\n\n")
    while end > 0 and text.count("```", 0, end) % 2:
        end = text.rfind("\n\n", 0, end)
    return max(end, 0)


def warm_up() -> None:
    """Load the parser and the common code lexers (call on a worker thread).

    Pygments imports each language's lexer on first use (up to ~50 ms): done
    here, that never lands on the GUI thread in the middle of a reply.
    """
    renderer = MarkdownRenderer()
    for language in COMMON_LANGUAGES:
        renderer.render(f"```{language}\nx = 1\n```\n| a |\n|---|\n| 1 |\n")


COMMON_LANGUAGES = (
    "python",
    "javascript",
    "typescript",
    "bash",
    "json",
    "c",
    "cpp",
    "java",
    "rust",
    "go",
    "html",
    "css",
    "sql",
    "yaml",
    "text",
)


def split_thinking(text: str, fmt: ReplyFormat | None = None, complete: bool = True) -> Thinking:
    """Separate what the model thought from its answer, by the reply's format
    (hearth.chats.reply_parse; judged from the text when None). `complete`: the
    reply has ended (else a tag still arriving is held back)."""
    parser = ReplyParser(fmt or guess_format(text))
    parser.feed(text)
    still = parser.in_thinking and not complete
    if complete:
        parser.finish()
    return Thinking(parser.thinking.strip(), parser.answer, still)


class MarkdownRenderer:
    """Renders Markdown to Qt-friendly HTML. One per GUI thread (not thread-safe)."""

    def __init__(self, dark: bool = False, copy_label: str = "Copy") -> None:
        # Imported here, not with the module: the window starts without them
        # (split_thinking and friends are needed earlier and are light).
        from markdown_it import MarkdownIt
        from pygments.formatters import HtmlFormatter

        self._copy_label = html.escape(copy_label)
        self._md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")

        def fence(_renderer: Any, tokens: list[Any], idx: int, _options: Any, _env: Any) -> str:
            return self._fence(tokens[idx].content, tokens[idx].info or "")

        self._md.add_render_rule("fence", fence)
        self._md.add_render_rule("code_block", fence)
        style = "monokai" if dark else "friendly"
        self._formatter = HtmlFormatter(noclasses=True, nowrap=True, style=style)
        self._code_background = "#272822" if dark else "#f6f8fa"
        self._blocks: list[str] = []
        self._first_block = 0

    def render(self, text: str, first_block: int = 0) -> Rendered:
        """HTML for `text`; its code blocks' Copy links count from `first_block`."""
        self._blocks = []
        self._first_block = first_block
        body = self._md.render(text)
        # Qt draws table borders only when asked on the element itself.
        body = body.replace("<table>", "<table border='1' cellspacing='0' cellpadding='4'>")
        return Rendered(body, list(self._blocks))

    def _fence(self, code: str, info: str) -> str:
        language = info.strip().split(" ")[0]
        index = self._first_block + len(self._blocks)
        self._blocks.append(code)
        from pygments import highlight
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound

        try:
            lexer = get_lexer_by_name(language or "text")
            body = highlight(code, lexer, self._formatter)
        except ClassNotFound:
            body = html.escape(code)
        label = html.escape(language or "code")
        return (
            f"<table width='100%' cellspacing='0' cellpadding='6' "
            f"style='background:{self._code_background}'><tr><td>"
            f"<span style='color:#888'>{label}</span> &nbsp; "
            f"<a href='{COPY_SCHEME}:{index}'>{self._copy_label}</a>"
            f"<pre style='margin:0'>{body}</pre></td></tr></table>"
        )
