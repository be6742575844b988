"""Per-conversation settings: system prompt, sampling with presets, context length."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hearth.chats.chat_template import ThinkingSwitch
from hearth.engine import ChatParams
from hearth.engine.presets import PRESETS, preset_of

APPLY_DELAY_MS = 400


class ConversationPanel(QWidget):
    """Signal `changed(dict)` carries {"system_prompt", "params", "n_ctx"} after an edit;
    "params" holds "thinking" too (True/False or an effort, None: the model's default)."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>This conversation</b>")))
        layout.addWidget(QLabel(self.tr("System prompt:")))
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setPlaceholderText(self.tr("How the model should behave (optional)"))
        self.system_prompt.setMaximumHeight(110)
        layout.addWidget(self.system_prompt)
        form = QFormLayout()
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Precise"), "precise")
        self.preset.addItem(self.tr("Balanced"), "balanced")
        self.preset.addItem(self.tr("Creative"), "creative")
        self.preset.addItem(self.tr("Custom"), "custom")
        form.addRow(self.tr("Preset:"), self.preset)
        self.temperature = self._double(0.0, 2.0, 0.05)
        form.addRow(self.tr("Temperature:"), self.temperature)
        self.top_p = self._double(0.0, 1.0, 0.01)
        form.addRow(self.tr("Top-p:"), self.top_p)
        self.top_k = QSpinBox()
        self.top_k.setRange(0, 1000)
        form.addRow(self.tr("Top-k:"), self.top_k)
        self.min_p = self._double(0.0, 1.0, 0.01)
        form.addRow(self.tr("Min-p:"), self.min_p)
        self.repeat_penalty = self._double(0.5, 2.0, 0.01)
        form.addRow(self.tr("Repeat penalty:"), self.repeat_penalty)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(0, 131_072)
        self.max_tokens.setSpecialValueText(self.tr("No limit"))
        form.addRow(self.tr("Max reply tokens:"), self.max_tokens)
        self.seed = QSpinBox()
        self.seed.setRange(-1, 2_147_483_647)
        self.seed.setSpecialValueText(self.tr("Random"))
        form.addRow(self.tr("Seed:"), self.seed)
        self.n_ctx = QSpinBox()
        self.n_ctx.setRange(0, 262_144)
        self.n_ctx.setSingleStep(1024)
        self.n_ctx.setSpecialValueText(self.tr("App default"))
        form.addRow(self.tr("Context length:"), self.n_ctx)
        # Shown for models whose template can switch reasoning (Qwen3, gpt-oss...).
        self.thinking = QComboBox()
        self.thinking.setToolTip(
            self.tr("Reasoning models can think before they answer: slower, often better.")
        )
        self.thinking_label = QLabel(self.tr("Thinking:"))
        form.addRow(self.thinking_label, self.thinking)
        self.set_thinking_switch(None)
        layout.addLayout(form)
        layout.addStretch(1)

        self._apply = QTimer(self)
        self._apply.setSingleShot(True)
        self._apply.setInterval(APPLY_DELAY_MS)
        self._apply.timeout.connect(self._emit)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.system_prompt.textChanged.connect(self._apply.start)
        for spin in self._sampling():
            spin.valueChanged.connect(self._sampling_edited)
        for spin in (self.max_tokens, self.seed, self.n_ctx):
            spin.valueChanged.connect(self._apply.start)
        self.thinking.currentIndexChanged.connect(self._apply.start)
        self._thinking_value: bool | str | None = None

    def set_thinking_switch(self, switch: ThinkingSwitch | None) -> None:
        """Offer the loaded model's thinking choices (hidden when it has none)."""
        with QSignalBlocker(self.thinking):
            self.thinking.clear()
            self.thinking.addItem(self.tr("Model's default"), None)
            labels = {
                True: self.tr("Think first"),
                False: self.tr("Answer directly"),
                "low": self.tr("Think briefly"),
                "medium": self.tr("Think"),
                "high": self.tr("Think hard"),
            }
            for choice in switch.choices if switch else ():
                self.thinking.addItem(labels.get(choice, str(choice)), choice)
            self._select_thinking(getattr(self, "_thinking_value", None))
        self.thinking.setVisible(switch is not None)
        self.thinking_label.setVisible(switch is not None)

    def _select_thinking(self, value: bool | str | None) -> None:
        for index in range(self.thinking.count()):
            data = self.thinking.itemData(index)
            if data == value and type(data) is type(value):
                self.thinking.setCurrentIndex(index)
                return
        self.thinking.setCurrentIndex(0)

    def _double(self, low: float, high: float, step: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(2)
        return spin

    def _sampling(self) -> tuple[Any, ...]:
        return (self.temperature, self.top_p, self.top_k, self.min_p, self.repeat_penalty)

    def show_settings(
        self,
        system_prompt: str,
        params: ChatParams,
        n_ctx: int | None,
        thinking: bool | str | None = None,
    ) -> None:
        """Show a conversation's settings without emitting `changed`."""
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.system_prompt,
                self.preset,
                *self._sampling(),
                self.max_tokens,
                self.seed,
                self.n_ctx,
                self.thinking,
            )
        ]
        self.system_prompt.setPlainText(system_prompt)
        self._show_params(params)
        self.n_ctx.setValue(n_ctx or 0)
        self._thinking_value = thinking
        self._select_thinking(thinking)
        del blockers
        self._apply.stop()

    def _show_params(self, params: ChatParams) -> None:
        self.temperature.setValue(params.temperature)
        self.top_p.setValue(params.top_p)
        self.top_k.setValue(params.top_k)
        self.min_p.setValue(params.min_p)
        self.repeat_penalty.setValue(params.repeat_penalty)
        self.max_tokens.setValue(params.max_tokens or 0)
        self.seed.setValue(-1 if params.seed is None else params.seed)
        self.preset.setCurrentIndex(self.preset.findData(preset_of(params)))

    def params(self) -> ChatParams:
        return ChatParams(
            temperature=self.temperature.value(),
            top_p=self.top_p.value(),
            top_k=self.top_k.value(),
            min_p=self.min_p.value(),
            repeat_penalty=self.repeat_penalty.value(),
            max_tokens=self.max_tokens.value() or None,
            seed=None if self.seed.value() < 0 else self.seed.value(),
        )

    @Slot(int)
    def _preset_chosen(self, _index: int) -> None:
        name = self.preset.currentData()
        if name in PRESETS:
            current = self.params()
            preset = PRESETS[name]
            blockers = [QSignalBlocker(w) for w in self._sampling()]
            for key in ("temperature", "top_p", "top_k", "min_p", "repeat_penalty"):
                setattr(current, key, getattr(preset, key))
            self._show_params(current)
            del blockers
        self._apply.start()

    @Slot()
    def _sampling_edited(self) -> None:
        with QSignalBlocker(self.preset):
            self.preset.setCurrentIndex(self.preset.findData(preset_of(self.params())))
        self._apply.start()

    @Slot()
    def _emit(self) -> None:
        thinking = self.thinking.currentData()
        self._thinking_value = thinking
        self.changed.emit(
            {
                "system_prompt": self.system_prompt.toPlainText(),
                "params": {**self.params().to_dict(), "thinking": thinking},
                "n_ctx": self.n_ctx.value() or None,
            }
        )
