from __future__ import annotations

import pytest

from hearth.chats.reply_parse import (
    HARMONY_TOKENS,
    THINK_CLOSE,
    THINK_OPEN,
    ReplyFormat,
    ReplyParser,
    ReplyPiece,
    answer_only,
    split_reply,
)

# (name, format, raw reply, expected thinking, expected answer)
Sample = tuple[str, ReplyFormat, str, str, str]

QWEN3 = (
    "<think>\nOkay, the user wants the capital of France. That's Paris, no doubt.\n"
    "</think>\n\nThe capital of France is **Paris**."
)
HARMONY = (
    "<|channel|>analysis<|message|>User asks capital of France. Answer: Paris."
    "<|end|><|start|>assistant<|channel|>final<|message|>Paris is the capital.<|return|>"
)
HARMONY_PREAMBLE = (
    "<|start|>assistant<|channel|>analysis<|message|>Need the weather; say so first."
    "<|end|><|start|>assistant<|channel|>commentary<|message|>Let me check the forecast."
    "<|end|><|start|>assistant<|channel|>final<|message|>It will be sunny in Paris.<|return|>"
)
HARMONY_TOOL_CALL = (
    "<|channel|>analysis<|message|>Need weather; call the tool.<|end|>"
    "<|start|>assistant<|channel|>commentary to=functions.get_weather <|constrain|>json"
    '<|message|>{"city": "Paris"}<|call|>'
)

SAMPLES: list[Sample] = [
    (
        "qwen3",
        "think",
        QWEN3,
        "Okay, the user wants the capital of France. That's Paris, no doubt.\n",
        "The capital of France is **Paris**.",
    ),
    (
        "empty think block",
        "think",
        "<think>\n\n</think>\n\nHello! How can I help you today?",
        "",
        "Hello! How can I help you today?",
    ),
    (
        "whitespace before think",
        "think",
        "\n <think>Hm.</think>Ok.\n",
        "Hm.",
        "Ok.\n",
    ),
    (
        "lookalike tags inside thinking",
        "think",
        "<think>\nIs 1</2? The </table> tag, </thin ice, <think> again.\n</think>\n\nYes.",
        "Is 1</2? The </table> tag, </thin ice, <think> again.\n",
        "Yes.",
    ),
    (
        "no think block",
        "think",
        "Paris is the capital of France. <think> is just a word here.",
        "",
        "Paris is the capital of France. <think> is just a word here.",
    ),
    (
        "cut before the end of thinking",
        "think",
        "<think>\nThe user asks about the tallest mountain. Everest is",
        "The user asks about the tallest mountain. Everest is",
        "",
    ),
    (
        "cut inside the closing tag",
        "think",
        "<think>\nLet me think</thi",
        "Let me think</thi",
        "",
    ),
    (
        "only the start of a think tag",
        "think",
        "<thi",
        "",
        "<thi",
    ),
    (
        "deepseek-r1 forced open",
        "think_open",
        "Okay, the user asks for the capital of France. I know it's Paris.\n</think>\n\n"
        "The capital is Paris.",
        "Okay, the user asks for the capital of France. I know it's Paris.\n",
        "The capital is Paris.",
    ),
    (
        "forced open with a repeated <think>",
        "think_open",
        "<think>\nHmm, 2 < 5 holds.\n</think>\n\nYes, 2 < 5.",
        "Hmm, 2 < 5 holds.\n",
        "Yes, 2 < 5.",
    ),
    (
        "forced open, no thinking at all",
        "think_open",
        "\n</think>\n\nHi there.",
        "",
        "Hi there.",
    ),
    (
        "forced open, cut before </think>",
        "think_open",
        "Okay, let me recall the date of",
        "Okay, let me recall the date of",
        "",
    ),
    (
        "gpt-oss",
        "harmony",
        HARMONY,
        "User asks capital of France. Answer: Paris.",
        "Paris is the capital.",
    ),
    (
        "gpt-oss with a commentary preamble",
        "harmony",
        HARMONY_PREAMBLE,
        "Need the weather; say so first.\n\nLet me check the forecast.",
        "It will be sunny in Paris.",
    ),
    (
        "gpt-oss tool call",
        "harmony",
        HARMONY_TOOL_CALL,
        'Need weather; call the tool.\n\n{"city": "Paris"}',
        "",
    ),
    (
        "gpt-oss, non-ascii and lookalike tokens",
        "harmony",
        "<|channel|>analysis<|message|>Пользователь спрашивает: a<|b, x <|end?<|end|>"
        "<|start|>assistant<|channel|>final<|message|>Париж — столица. 🇫🇷<|return|>",
        "Пользователь спрашивает: a<|b, x <|end?",
        "Париж — столица. 🇫🇷",
    ),
    (
        "gpt-oss cut inside the analysis",
        "harmony",
        "<|channel|>analysis<|message|>We need to answer<|",
        "We need to answer<|",
        "",
    ),
    (
        "harmony model without control tokens",
        "harmony",
        "Paris is the capital of France.",
        "",
        "Paris is the capital of France.",
    ),
    (
        "plain keeps everything",
        "plain",
        "<think>\nraw\n</think>\n\nAnswer <|end|>",
        "",
        "<think>\nraw\n</think>\n\nAnswer <|end|>",
    ),
]

# Tags that must never reach the view, per format (plain shows the raw text).
HIDDEN: dict[ReplyFormat, tuple[str, ...]] = {
    "plain": (),
    "think": (THINK_OPEN, THINK_CLOSE),
    "think_open": (THINK_OPEN, THINK_CLOSE),
    "harmony": HARMONY_TOKENS,
}


def stream(fmt: ReplyFormat, chunks: list[str]) -> tuple[ReplyParser, list[ReplyPiece]]:
    parser = ReplyParser(fmt)
    pieces: list[ReplyPiece] = []
    for chunk in chunks:
        pieces += parser.feed(chunk)
    pieces += parser.finish()
    return parser, pieces


def check(sample: Sample, chunks: list[str]) -> None:
    name, fmt, _raw, thinking, answer = sample
    parser, pieces = stream(fmt, chunks)
    got_thinking = "".join(p.text for p in pieces if p.kind == "thinking")
    got_answer = "".join(p.text for p in pieces if p.kind == "answer")
    assert (got_thinking, got_answer) == (thinking, answer), (name, chunks)
    assert (parser.thinking, parser.answer) == (thinking, answer), (name, chunks)
    for piece in pieces:
        assert piece.text, (name, chunks)
        # The samples hold their hidden tags only as markup, never as content.
        if name != "lookalike tags inside thinking" and name != "no think block":
            for tag in HIDDEN[fmt]:
                assert tag not in piece.text, (name, chunks, piece)


@pytest.mark.parametrize("sample", SAMPLES, ids=[s[0] for s in SAMPLES])
def test_whole_reply(sample: Sample) -> None:
    _name, fmt, raw, thinking, answer = sample
    assert split_reply(raw, fmt) == (thinking, answer)
    check(sample, [raw])


@pytest.mark.parametrize("sample", SAMPLES, ids=[s[0] for s in SAMPLES])
def test_split_at_every_boundary(sample: Sample) -> None:
    raw = sample[2]
    for cut in range(len(raw) + 1):
        check(sample, [raw[:cut], raw[cut:]])


@pytest.mark.parametrize("sample", SAMPLES, ids=[s[0] for s in SAMPLES])
def test_char_by_char(sample: Sample) -> None:
    check(sample, list(sample[2]))


@pytest.mark.parametrize("sample", SAMPLES, ids=[s[0] for s in SAMPLES])
def test_three_chunks_around_tags(sample: Sample) -> None:
    # Every pair of cuts within a few characters of each other splits each tag into
    # three; a parser that only looks one chunk back loses one of them.
    raw = sample[2]
    for first in range(len(raw) + 1):
        for second in range(first, min(first + 12, len(raw)) + 1):
            check(sample, [raw[:first], raw[first:second], raw[second:]])


def test_lookalike_tags_stay_in_the_text() -> None:
    name, fmt, raw, thinking, _answer = SAMPLES[3]
    assert name == "lookalike tags inside thinking"
    assert "</table>" in thinking and "<think> again" in thinking
    assert split_reply(raw, fmt)[0] == thinking


def test_thinking_streams_before_the_block_closes() -> None:
    parser = ReplyParser("think")
    assert parser.feed("<think>\nStep one") == [ReplyPiece("thinking", "Step one")]
    assert parser.feed(", step two") == [ReplyPiece("thinking", ", step two")]
    assert parser.thinking == "Step one, step two"
    assert parser.answer == ""


def test_holds_back_only_a_possible_tag_start() -> None:
    parser = ReplyParser("think")
    assert parser.feed("<think>x 1</") == [ReplyPiece("thinking", "x 1")]
    # "</2" can no longer become "</think>", so it comes out at once.
    assert parser.feed("2 </th") == [ReplyPiece("thinking", "</2 ")]
    assert parser.feed("ink>\n\nDone <") == [ReplyPiece("answer", "Done <")]
    assert parser.finish() == []


def test_holds_back_a_split_harmony_token() -> None:
    parser = ReplyParser("harmony")
    assert parser.feed("<|chan") == []
    assert parser.feed("nel|>analy") == []
    assert parser.feed("sis<|message|>Hi <|") == [ReplyPiece("thinking", "Hi ")]
    assert parser.feed("b") == [ReplyPiece("thinking", "<|b")]
    assert parser.feed("<|end|><|start|>assistant<|channel|>fi") == []
    assert parser.feed("nal<|message|>Yo") == [ReplyPiece("answer", "Yo")]
    assert parser.finish() == []


def test_answer_after_think_is_never_held_back() -> None:
    parser = ReplyParser("think")
    parser.feed("<think>a</think>\n")
    # In the answer no tag can follow, so a trailing "<" is shown immediately.
    assert parser.feed("x </thi") == [ReplyPiece("answer", "x </thi")]


def test_leading_think_can_be_split() -> None:
    parser = ReplyParser("think")
    assert parser.feed("\n<th") == []
    assert parser.feed("ink>Hm") == [ReplyPiece("thinking", "Hm")]
    parser = ReplyParser("think")
    assert parser.feed("<th") == []
    assert parser.feed("e capital") == [ReplyPiece("answer", "<the capital")]


def test_same_kind_pieces_are_merged_within_one_feed() -> None:
    parser = ReplyParser("harmony")
    assert parser.feed(HARMONY_PREAMBLE) == [
        ReplyPiece("thinking", "Need the weather; say so first.\n\nLet me check the forecast."),
        ReplyPiece("answer", "It will be sunny in Paris."),
    ]


def test_plain_is_never_held_back() -> None:
    parser = ReplyParser("plain")
    assert parser.feed("a <") == [ReplyPiece("answer", "a <")]
    assert parser.feed("|chan") == [ReplyPiece("answer", "|chan")]


def test_answer_only() -> None:
    assert answer_only(QWEN3, "think") == "The capital of France is **Paris**."
    assert answer_only(HARMONY, "harmony") == "Paris is the capital."
    assert answer_only(HARMONY_PREAMBLE, "harmony") == "It will be sunny in Paris."
    assert answer_only(HARMONY_TOOL_CALL, "harmony") == ""
    assert answer_only("Thinking...\n</think>\n\nHi.\n", "think_open") == "Hi."
    assert answer_only("<think>\nunfinished", "think") == ""
    assert answer_only("  just text\n", "plain") == "just text"
    assert answer_only("<think>a</think>b", "plain") == "<think>a</think>b"
