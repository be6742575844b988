"""Every catalog family's real chat template, rendered by the real engine.

The starter model is copied with each family's template put in its GGUF
(gguf-new-metadata, from the `gguf` package), so llama-cpp-python renders the
very template that family ships. Each then gets the conversations Hearth and
other apps send: a system prompt, several turns, a reply cut off before its
first word followed by a new message, a regenerated reply, a history trimmed
to begin with an assistant turn, an assistant turn with no content, and one
carrying reasoning or harmony control tokens. Before the conversation layer
(chats/conversation.py), Gemma 2 answered HTTP 500 to the first of these and
gpt-oss to the second turn.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hearth.chats.chat_template import model_traits, template_traits
from hearth.chats.conversation import conversation_messages
from hearth.engine import ChatParams, Engine, EngineConfig, stream_chat
from tests.conftest import TEST_THREADS
from tests.support.templated import CHAT_TEMPLATES, templated_starter

TEMPLATES = CHAT_TEMPLATES
PARAMS = ChatParams(temperature=0, max_tokens=6)
SYSTEM = "You are a helpful assistant who answers briefly."
REASONED = {
    "think": "<think>\nThe user greets me.\n</think>\n\nHello!",
    "think_open": "The user greets me.\n</think>\n\nHello!",
    "harmony": "<|channel|>analysis<|message|>The user greets me.<|end|>"
    "<|start|>assistant<|channel|>final<|message|>Hello!",
    "plain": "Hello!",
}


def _templates() -> list[Path]:
    return sorted(TEMPLATES.glob("*.jinja"))


@pytest.fixture(scope="module")
def work_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("templated")


@pytest.fixture
def templated_engine(
    request: pytest.FixtureRequest, work_dir: Path, starter_model: Path
) -> Iterator[Engine]:
    template: Path = request.param
    model = templated_starter(starter_model, template, work_dir / f"{template.stem}.gguf")
    engine = Engine(EngineConfig(model, n_ctx=1024, n_threads=TEST_THREADS))
    engine.start(timeout=120)
    yield engine
    engine.stop()
    model.unlink()


def _reply(engine: Engine, messages: list[dict[str, object]]) -> str:
    return "".join(stream_chat(engine.base_url, messages, PARAMS, api_key=engine.secret))  # type: ignore[arg-type]


@pytest.mark.parametrize("templated_engine", _templates(), ids=lambda p: p.stem, indirect=True)
def test_every_conversation_shape_renders(templated_engine: Engine) -> None:
    engine = templated_engine
    traits = model_traits(engine.config.model_path)
    # What the window reads from the file is what the template says.
    template = (TEMPLATES / f"{engine.config.model_path.stem}.jinja").read_text()
    assert traits.reply_format == template_traits(template).reply_format
    assert traits.system_role == template_traits(template).system_role
    # As the window and `hearth chat` build it.
    first = conversation_messages(SYSTEM, [("user", "Hello, who are you?")], traits)
    answer = _reply(engine, first)
    turns = [("user", "Hello, who are you?"), ("assistant", answer), ("user", "Name a fruit.")]
    _reply(engine, conversation_messages(SYSTEM, turns, traits))
    # Cut off before its first word, then a new message (stored as two user turns).
    cut = [*turns, ("user", "Sorry, name a colour instead.")]
    _reply(engine, conversation_messages(SYSTEM, cut, traits))
    # Regenerate: the same history asked again after a reply that is dropped.
    again = [*turns, ("assistant", "Apple"), ("assistant", "")]
    _reply(engine, conversation_messages(SYSTEM, again, traits))

    # As other apps send it through `hearth serve`, unshaped: the engine shapes it.
    raw: list[list[dict[str, object]]] = [
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "Hi"}],
        [
            {"role": "user", "content": "Hi"},
            {"role": "user", "content": "Are you there?"},
        ],
        [  # context trimming left an assistant turn first
            {"role": "assistant", "content": "Earlier answer."},
            {"role": "user", "content": "And now?"},
        ],
        [
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": None},
            {"role": "user", "content": "Hello?"},
        ],
        [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": REASONED[traits.reply_format]},
            {"role": "user", "content": "Name a fruit."},
        ],
    ]
    for messages in raw:
        _reply(engine, messages)


def test_the_engine_reads_its_template_with_the_switches_it_loaded_with(
    work_dir: Path, starter_model: Path
) -> None:
    """DeepSeek-R1 distills' template opens <think> in the prompt only with thinking on:
    the engine's traits (which the window parses replies by) say so."""
    template = TEMPLATES / "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B.jinja"
    model = templated_starter(starter_model, template, work_dir / "r1-switch.gguf")
    kwargs = (("enable_thinking", True),)
    engine = Engine(EngineConfig(model, n_ctx=512, n_threads=TEST_THREADS, template_kwargs=kwargs))
    engine.start(timeout=120)
    try:
        assert engine.traits.reply_format == "think_open"
        assert engine.traits == model_traits(model, kwargs)
        assert model_traits(model).reply_format == "think"  # without the switch
    finally:
        engine.stop()
        model.unlink()
