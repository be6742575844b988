"""The Hardware panel: what Hearth found on this computer, one memory bar per device."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hearth.hardware import HardwareProfile, MemoryBar, detect
from hearth.hardware.cpu_code import variant_name
from hearth.hardware.report import size
from hearth.ui.hardware_wordings import bar_label, note_text
from hearth.ui.messages import cpu_code_ruled_out
from hearth.ui.workers import Call

BAR_STEPS = 1000


class ProfileLoader(QObject):
    """Detects the hardware off the GUI thread; `ready(object)` carries the HardwareProfile."""

    ready = Signal(object)

    def load(self, refresh: bool = False) -> None:
        QThreadPool.globalInstance().start(Call(lambda: self.ready.emit(detect(refresh))))


class HardwarePanel(QDialog):
    """Shows a HardwareProfile; detects (again) in the background on open and Refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This computer"))
        self.setMinimumWidth(520)
        self.profile: HardwareProfile | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Looking at this computer…"))
        layout.addWidget(self.status)
        self.summary = QFormLayout()
        layout.addLayout(self.summary)
        self.bars_box = QGroupBox(self.tr("Memory"))
        self.bars = QVBoxLayout(self.bars_box)
        layout.addWidget(self.bars_box)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setOpenExternalLinks(True)
        layout.addWidget(self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.loader = ProfileLoader(self)
        self.loader.ready.connect(self.show_profile)
        self.refresh_button.clicked.connect(self.refresh)

    @Slot()
    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Looking at this computer…"))
        self.status.show()
        self.loader.load(refresh=self.profile is not None)

    @Slot(object)
    def show_profile(self, profile: HardwareProfile) -> None:
        self.profile = profile
        self.refresh_button.setEnabled(True)
        self.status.hide()
        _clear(self.summary)
        cpu = profile.cpu
        self.summary.addRow(
            self.tr("Processor:"),
            QLabel(
                self.tr("{brand} — {cores} cores, {threads} threads").format(
                    brand=cpu.brand or self.tr("unknown"),
                    cores=cpu.physical_cores or "?",
                    threads=cpu.logical_cores or "?",
                )
            ),
        )
        gpus = ", ".join(g.name for g in profile.gpus) or self.tr("none found")
        self.summary.addRow(self.tr("Graphics:"), QLabel(gpus))
        llama = ", ".join(f"{d.name} ({d.description})" for d in profile.llama_devices)
        self.summary.addRow(self.tr("llama.cpp uses:"), QLabel(llama or self.tr("unknown")))
        if profile.llama_cpu_variant:
            # Release builds pick the fastest CPU code this processor can run.
            self.summary.addRow(
                self.tr("CPU code:"),
                QLabel(
                    self.tr("built for {variant}").format(
                        variant=variant_name(profile.llama_cpu_variant)
                    )
                ),
            )
        if profile.llama_cpu_ruled_out:
            # Variants that crashed or computed wrong here (hardware/cpu_code.py).
            reasons = [
                cpu_code_ruled_out(variant, str(why.get("kind", "")), why.get("params") or {})
                for variant, why in profile.llama_cpu_ruled_out.items()
            ]
            label = QLabel("\n".join(reasons))
            label.setWordWrap(True)
            self.summary.addRow(self.tr("Not used:"), label)
        while self.bars.count():
            item = self.bars.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for bar in profile.memory_bars():
            self.bars.addWidget(QLabel(bar_label(bar)))
            self.bars.addWidget(self._memory_bar(bar))
        if profile.notes:
            items = "".join(f"<li>{html.escape(note_text(note))}</li>" for note in profile.notes)
            self.notes.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        else:
            self.notes.setText("")

    def _memory_bar(self, bar: MemoryBar) -> QProgressBar:
        widget = QProgressBar()
        widget.setRange(0, BAR_STEPS)
        if bar.used_bytes is None:
            widget.setValue(0)
            widget.setFormat(self.tr("{total} — use unknown").format(total=size(bar.total_bytes)))
        else:
            widget.setValue(round(BAR_STEPS * bar.used_bytes / max(bar.total_bytes, 1)))
            widget.setFormat(
                self.tr("{used} used of {total} ({free} available)").format(
                    used=size(bar.used_bytes),
                    total=size(bar.total_bytes),
                    free=size(bar.total_bytes - bar.used_bytes),
                )
            )
        return widget

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.profile is None and self.refresh_button.isEnabled():
            self.refresh()


def _clear(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)
