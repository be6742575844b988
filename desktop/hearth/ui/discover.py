"""The Discover page: the catalog as cards, each saying whether and how a model runs here.

Every card has a fit badge, a stacked bar of the memory the model would take
(weights / KV cache / the rest) against what this machine offers, the predicted
speed, the download size, the licence and a Download button. Detection and
planning run on a worker thread; the GUI thread only lays out cards.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from PySide6.QtCore import QObject, QRectF, QSize, QThreadPool, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hearth.catalog.model import USES, CatalogDownload
from hearth.errors import HearthError
from hearth.hardware.profile import HardwareProfile
from hearth.planner.plan import Plan, Verdict
from hearth.planner.recommend import (
    Evaluation,
    evaluate_catalog,
    recommend,
    stable_first_model,
)
from hearth.ui.messages import gigabytes, speed_number, verdict_text
from hearth.ui.workers import Call

RECOMMENDED_CARDS = 5
SEGMENT_COLORS = {"weights": "#4a7bd0", "kv_cache": "#e0a030", "other": "#8a8f98"}
BADGE_COLORS = {
    "gpu_full": "#2e8540",
    "gpu_partial": "#6b8e23",
    "cpu": "#2f6f9f",
    "too_large": "#b0413e",
}


class CatalogEvaluator(QObject):
    """Plans the catalog on a worker thread.

    Signals: `ready(object)` carries (HardwareProfile, list[Evaluation], the first
    model to suggest: an Evaluation or None, worked out only when `first_pick`);
    `failed(object)` carries the HearthError that stopped it.
    """

    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, first_pick: bool = False) -> None:
        super().__init__(parent)
        self.first_pick = first_pick

    def evaluate(self, profile: HardwareProfile | None, n_ctx: int | None = None) -> None:
        def work() -> None:
            from hearth.catalog import default_catalog
            from hearth.hardware import detect

            try:
                machine = profile or detect()
                evaluations = evaluate_catalog(default_catalog(), machine, n_ctx)
                pick = (
                    stable_first_model(default_catalog(), machine, evaluations, n_ctx)
                    if self.first_pick
                    else None
                )
                self.ready.emit((machine, evaluations, pick))
            except HearthError as exc:
                self.failed.emit(exc)

        QThreadPool.globalInstance().start(Call(work))


class MemoryBar(QWidget):
    """A stacked bar: weights, KV cache and the rest, against the capacity they must fit in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: list[tuple[str, int]] = []
        self.capacity = 1
        self.setMinimumHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, segments: list[tuple[str, int]], capacity: int) -> None:
        self.segments = segments
        self.capacity = max(1, capacity)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, 14)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor("#e6e8eb"))
        scale = rect.width() / max(self.capacity, sum(v for _, v in self.segments))
        x = rect.left()
        for kind, value in self.segments:
            width = value * scale
            painter.fillRect(
                QRectF(x, rect.top(), width, rect.height()), QColor(SEGMENT_COLORS[kind])
            )
            x += width
        if sum(v for _, v in self.segments) > self.capacity:  # mark where the machine's room ends
            painter.setPen(QColor("#b0413e"))
            edge = rect.left() + self.capacity * scale
            painter.drawLine(int(edge), int(rect.top()), int(edge), int(rect.bottom()))
        painter.setPen(QColor("#9aa0a6"))
        painter.drawRect(rect)
        painter.end()


class ModelCard(QFrame):
    """One catalog entry on this machine. `download_requested(object)` carries a CatalogDownload."""

    download_requested = Signal(object)

    def __init__(
        self, evaluation: Evaluation, recommended: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.evaluation = evaluation
        self.setFrameShape(QFrame.Shape.StyledPanel)
        entry, quant, plan = evaluation.entry, evaluation.quant, evaluation.plan
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(f"<b>{entry.name}</b> · {quant.name}")
        top.addWidget(self.title, 1)
        self.badge = QLabel(self._badge_text(plan.verdict))
        self.badge.setObjectName("fitBadge")
        self.badge.setProperty("kind", plan.verdict.kind)
        color = BADGE_COLORS.get(plan.verdict.kind, "#555")
        self.badge.setStyleSheet(
            f"background:{color}; color:white; border-radius:6px; padding:2px 8px;"
        )
        top.addWidget(self.badge)
        layout.addLayout(top)
        self.verdict = QLabel(self.verdict_text(plan.verdict))
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.reason = QLabel(self.reason_text(recommended))
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(self.reason.text()))
        layout.addWidget(self.reason)
        self.bar = MemoryBar()
        device, split, capacity = self._memory(plan)
        other = split.compute + split.overhead
        self.bar.set_values(
            [("weights", split.weights), ("kv_cache", split.kv_cache), ("other", other)], capacity
        )
        layout.addWidget(self.bar)
        self.legend = QLabel(
            self.tr(
                "{device}: weights {w} GB · KV cache {kv} GB · other {o} GB — of {cap} GB"
            ).format(
                device=device,
                w=gigabytes(split.weights),
                kv=gigabytes(split.kv_cache),
                o=gigabytes(other),
                cap=gigabytes(capacity),
            )
        )
        layout.addWidget(self.legend)
        bottom = QHBoxLayout()
        # The speed is in the verdict line above; these are the facts about the download.
        facts = [
            self.tr("{size} GB download").format(size=f"{quant.size / 1e9:.1f}"),
            self.tr("licence: {name}").format(name=entry.license),
            self.tr("context %Ln tokens", "", plan.n_ctx),
        ]
        self.facts = QLabel(" · ".join(facts))
        self.facts.setWordWrap(True)
        bottom.addWidget(self.facts, 1)
        self.download = QPushButton(self.tr("Download"))
        self.download.setEnabled(entry.source == "hub")
        if entry.source != "hub":
            self.download.setText(self.tr("Included"))
        self.download.clicked.connect(
            lambda: self.download_requested.emit(CatalogDownload(entry, quant))
        )
        bottom.addWidget(self.download)
        layout.addLayout(bottom)

    def speed_text(self) -> str:
        """The speed, saying whether a reply here measured it or the planner predicts it."""
        budget = self.evaluation.plan.budget
        file_name = PurePosixPath(self.evaluation.quant.first_file).name
        measured = budget.measured_speeds.get(file_name)
        if measured:
            return self.tr("{rate} tokens/s as measured here").format(rate=speed_number(measured))
        rate = speed_number(self.evaluation.plan.tokens_per_s or 0.0)
        if budget.speed_factors:
            return self.tr("about {rate} tokens/s (predicted from replies here)").format(rate=rate)
        return self.tr("about {rate} tokens/s (predicted)").format(rate=rate)

    def reason_text(self, recommended: bool) -> str:
        """Why (or why not) in one line: where it runs, the room to spare, the speed."""
        plan = self.evaluation.plan
        budget = plan.budget
        if not plan.fits:
            return ""
        speed = self.speed_text()
        if plan.verdict.kind == "gpu_full":
            text = self.tr("fits your {total} GB GPU with {spare} GB to spare, {speed}").format(
                total=gigabytes(budget.vram_total),
                spare=gigabytes(budget.vram_budget - plan.vram.total),
                speed=speed,
            )
        elif plan.verdict.kind == "gpu_partial":
            text = self.tr(
                "{layers} of {total} layers on your GPU, the rest in RAM, {speed}"
            ).format(layers=plan.gpu_layers, total=plan.n_layers, speed=speed)
        else:
            text = self.tr("runs on your CPU with {spare} GB of RAM to spare, {speed}").format(
                spare=gigabytes(budget.ram_budget - plan.ram.total), speed=speed
            )
        return self.tr("Recommended: {reason}").format(reason=text) if recommended else text

    def _memory(self, plan: Plan) -> tuple[str, Any, int]:
        budget = plan.budget
        if plan.gpu_layers > 0 and plan.vram.total:
            label = self.tr("Shared memory") if budget.unified else self.tr("GPU memory")
            return label, plan.vram, budget.vram_budget
        return self.tr("RAM"), plan.ram, budget.ram_budget

    def _badge_text(self, verdict: Verdict) -> str:
        labels = {
            "gpu_full": self.tr("Runs on GPU"),
            "gpu_partial": self.tr("Partly on GPU"),
            "cpu": self.tr("Runs on CPU"),
            "too_large": self.tr("Too large"),
        }
        return labels.get(verdict.kind, verdict.kind)

    def verdict_text(self, verdict: Verdict) -> str:
        return verdict_text(verdict)


class DiscoverPage(QWidget):
    """Cards for the whole catalog, recommended ones first.

    `download_requested(object)` carries the CatalogDownload of the card whose
    Download button was pressed.
    """

    download_requested = Signal(object)

    def __init__(
        self, profile: HardwareProfile | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.evaluations: list[Evaluation] = []
        self.cards: list[ModelCard] = []
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Show the best for:")))
        self.use = QComboBox()
        names = {
            "chat": self.tr("General chat"),
            "coding": self.tr("Coding"),
            "reasoning": self.tr("Reasoning"),
            "multilingual": self.tr("Many languages"),
        }
        for use in USES:
            self.use.addItem(names[use], use)
        controls.addWidget(self.use)
        self.only_fitting = QCheckBox(self.tr("Only models that run here"))
        controls.addWidget(self.only_fitting)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.status = QLabel(self.tr("Looking at this computer…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.addStretch(1)
        self.scroll_area.setWidget(self.list_widget)
        layout.addWidget(self.scroll_area, 1)

        self.evaluator = CatalogEvaluator(self)
        self.evaluator.ready.connect(self.show_evaluations)
        self.evaluator.failed.connect(self.show_error)
        self.use.currentIndexChanged.connect(self._rebuild)
        self.only_fitting.toggled.connect(self._rebuild)
        self._started = False

    def refresh(self, n_ctx: int | None = None) -> None:
        """Plan the catalog again (off the GUI thread) for this profile, or a fresh detection."""
        self._started = True
        self.status.setText(self.tr("Working out what runs on this computer…"))
        self.status.show()
        self.evaluator.evaluate(self.profile, n_ctx)

    @Slot(object)
    def show_evaluations(
        self, result: tuple[HardwareProfile, list[Evaluation], Evaluation | None]
    ) -> None:
        self.profile, self.evaluations, _first = result
        self.status.hide()
        self._rebuild()

    @Slot(object)
    def show_error(self, error: HearthError) -> None:
        self.status.setText(
            self.tr("The model catalog could not be read: {error}").format(error=str(error))
        )
        self.status.show()

    @Slot()
    def _rebuild(self) -> None:
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        use = str(self.use.currentData())
        ranked = recommend(self.evaluations, use, RECOMMENDED_CARDS)
        rank = {r.evaluation.entry.id: i for i, r in enumerate(ranked)}
        order = sorted(
            self.evaluations,
            key=lambda e: (rank.get(e.entry.id, len(rank)), not e.fits, -e.entry.score(use)),
        )
        for evaluation in order:
            if self.only_fitting.isChecked() and not evaluation.fits:
                continue
            card = ModelCard(evaluation, evaluation.entry.id in rank)
            card.download_requested.connect(self.download_requested)
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._started:
            self.refresh()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 720)
