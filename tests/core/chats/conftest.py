"""A fresh ChatStore in the test's HEARTH_HOME."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hearth.chats import ChatStore


@pytest.fixture
def store() -> Iterator[ChatStore]:
    chat_store = ChatStore()
    yield chat_store
    chat_store.close()
