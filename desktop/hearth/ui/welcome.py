"""The first-run welcome: what Hearth found here, the first model to get, and a way to start now.

Shown once, over the main window and without blocking it, until the person
picks a way to start or closes it (settings.welcome_done). Detection and
planning run on a worker (CatalogEvaluator); the built-in model can be chosen
from the first moment, so the first chat never waits for the planner or the
network.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from hearth.catalog.model import CatalogDownload
from hearth.errors import HearthError
from hearth.hardware.profile import GpuInfo, HardwareProfile
from hearth.library import InstalledModel
from hearth.planner.recommend import Evaluation, comfortable
from hearth.ui.discover import CatalogEvaluator
from hearth.ui.hardware_wordings import note_text
from hearth.ui.messages import data_size, gigabytes, user_message

if TYPE_CHECKING:
    from hearth.ui.library_ui import LibraryActions
    from hearth.ui.model_loader import ModelLoader
    from hearth.ui.navigation import PageSwitcher

# English runs about three words to four tokens; people read about four words a second.
WORDS_PER_TOKEN = 0.75
READING_WORDS_PER_S = 4.0


def installed_copy(evaluation: Evaluation, models: list[InstalledModel]) -> InstalledModel | None:
    """The installed model that is this catalog file (downloaded before, or another app's)."""
    wanted = evaluation.quant.first_file.rsplit("/", 1)[-1].lower()
    return next((m for m in models if m.path.name.lower() == wanted), None)


def _processor_name(brand: str) -> str:
    """Without trademarks or clock: "Intel(R) Core(TM) i5 CPU @ 1.6GHz" -> "Intel Core i5"."""
    name = re.sub(r"\((R|TM)\)|\bCPU\b|@.*$|(\d+-Core )?Processor\s*$", " ", brand, flags=re.I)
    return " ".join(name.split())


class WelcomeDialog(QDialog):
    """The welcome over the main window. Its buttons choose a model through `loader`,
    start a download through `library` and show one of `pages`; `on_seen` is
    called however it ends (the window remembers it was shown)."""

    def __init__(
        self,
        loader: ModelLoader,
        library: LibraryActions,
        pages: PageSwitcher,
        chat_input: QWidget,
        n_ctx: int | None,
        on_seen: Callable[[], None],
        parent: QWidget | None = None,
        profile: HardwareProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.loader = loader
        self.library = library
        self.pages = pages
        self.chat_input = chat_input
        self.on_seen = on_seen
        self.choice: Evaluation | None = None
        self.installed: InstalledModel | None = None
        models = loader.models
        self.starter = next((m for m in models if m.source == "starter"), None)
        self.setWindowTitle(self.tr("Welcome to Hearth"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self._add_greeting(layout)
        layout.addWidget(self._machine_box([m for m in models if m.source != "starter"]))
        layout.addWidget(self._model_box())
        self._add_start_buttons(layout)
        layout.addStretch(1)

        self.evaluator = CatalogEvaluator(self, first_pick=True)
        self.evaluator.ready.connect(self.show_machine)
        self.evaluator.failed.connect(self.show_failure)
        self.evaluator.evaluate(profile, n_ctx)

    def _add_greeting(self, layout: QVBoxLayout) -> None:
        title = QLabel(self.tr("Welcome to Hearth"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Hearth runs AI chat models on this computer. What you write stays here, "
                "and a model on this computer works without the internet."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

    def _machine_box(self, others: list[InstalledModel]) -> QGroupBox:
        """What was found: filled in by show_machine; `others` are models already here."""
        machine = QGroupBox(self.tr("What Hearth found on this computer"))
        machine_layout = QVBoxLayout(machine)
        self.busy = QProgressBar()  # detection takes a moment; it has no percentage
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        machine_layout.addWidget(self.busy)
        self.status = QLabel(self.tr("Looking at this computer…"))
        self.status.setWordWrap(True)
        machine_layout.addWidget(self.status)
        self.facts = QFormLayout()
        machine_layout.addLayout(self.facts)
        if len(others) == 1:
            found = self.tr(
                "Hearth also found a model already on this computer; "
                "you can choose it from the Model list."
            )
        else:
            found = self.tr(
                "Hearth also found %n models already on this computer; "
                "you can choose them from the Model list.",
                "",
                len(others),
            )
        self.others = QLabel(found)
        self.others.setWordWrap(True)
        self.others.setVisible(bool(others))
        machine_layout.addWidget(self.others)
        return machine

    def _model_box(self) -> QGroupBox:
        """The recommended first model: filled in by _show_choice."""
        model = QGroupBox(self.tr("Recommended first model"))
        model_layout = QVBoxLayout(model)
        self.model_name = QLabel(self.tr("Working out which model suits it…"))
        self.model_name.setWordWrap(True)
        model_layout.addWidget(self.model_name)
        self.model_facts = QFormLayout()
        model_layout.addLayout(self.model_facts)
        self.more = QLabel(
            self.tr(
                "Discover models, at the top of the window, lists more and says how each runs here."
            )
        )
        self.more.setWordWrap(True)
        self.more.hide()
        model_layout.addWidget(self.more)
        return model

    def _add_start_buttons(self, layout: QVBoxLayout) -> None:
        self.download_button = QCommandLinkButton()
        self.download_button.hide()
        self.download_button.clicked.connect(self.take_recommendation)
        layout.addWidget(self.download_button)
        self.start_button = QCommandLinkButton()
        self._describe_start_button()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_now)
        self.start_button.setFocus()
        layout.addWidget(self.start_button)

    def _describe_start_button(self) -> None:
        if self.starter is not None:
            self.start_button.setText(self.tr("Start chatting now with the small built-in model"))
            self.start_button.setDescription(
                self.tr(
                    "{name} is ready now and works without the internet. It is small and "
                    "simple: fine for trying Hearth, but do not rely on its answers."
                ).format(name=self.starter.name)
            )
            return
        current = self.loader.current_model()
        if current is not None:
            self.start_button.setText(
                self.tr("Start chatting now with {name}").format(name=current.name)
            )
            self.start_button.setDescription(self.tr("It is already on this computer."))
        else:
            self.start_button.setText(self.tr("Not now"))
            self.start_button.setDescription(
                self.tr("You can get a model later from Discover models.")
            )

    # ----- what was found ----------------------------------------------------

    @Slot(object)
    def show_machine(
        self, result: tuple[HardwareProfile, list[Evaluation], Evaluation | None]
    ) -> None:
        profile, _evaluations, pick = result
        self.busy.hide()
        self.status.hide()
        self.more.show()
        self._show_facts(profile)
        self.choice = pick
        self._show_choice()
        QTimer.singleShot(0, self._fit)

    @Slot(object)
    def show_failure(self, error: HearthError) -> None:
        self.busy.hide()
        self.status.setText(
            self.tr("Hearth could not finish looking at this computer: {error}").format(
                error=user_message(error)
            )
        )
        self.model_name.setText(
            self.tr(
                "Without that, Hearth cannot recommend a model yet. You can start with the "
                "built-in model now and look for others later under Discover models."
            )
        )
        QTimer.singleShot(0, self._fit)

    def _show_facts(self, profile: HardwareProfile) -> None:
        cpu, memory = profile.cpu, profile.memory
        processor = _processor_name(cpu.brand or "") or self.tr("Unknown processor")
        if cpu.physical_cores == 1:
            processor = self.tr("{name}, one core").format(name=processor)
        elif cpu.physical_cores:
            processor = self.tr("{name}, %n cores", "", cpu.physical_cores).format(name=processor)
        self.facts.addRow(self.tr("Processor:"), _label(processor))
        ram = (
            self.tr("{size} GB").format(size=gigabytes(memory.total_bytes))
            if memory.total_bytes
            else self.tr("unknown")
        )
        self.facts.addRow(self.tr("Memory:"), _label(ram))
        usable = profile.gpu_offload_supported is not False and bool(profile.llama_gpu_devices())
        gpus = [self._gpu_text(gpu) for gpu in profile.gpus]
        if not gpus:
            graphics = self.tr("None that Hearth can use; models run on the processor.")
        elif not usable:
            graphics = self.tr("{gpus} (Hearth runs models on the processor here)").format(
                gpus="; ".join(gpus)
            )
        else:
            graphics = "; ".join(gpus)
        self.facts.addRow(self.tr("Graphics:"), _label(graphics))
        if gpus and not usable:
            # What would put the GPU to work (hardware.notes: this build lacks its backend).
            unused = [note_text(note) for note in profile.notes if note.kind == "gpu_unused"]
            if unused:
                self.facts.addRow("", _label(unused[0]))

    def _gpu_text(self, gpu: GpuInfo) -> str:
        if gpu.unified_memory:
            return self.tr("{name}, sharing the main memory").format(name=gpu.name)
        if gpu.integrated or not gpu.vram_total_bytes:
            return self.tr("{name}, built in").format(name=gpu.name)
        return self.tr("{name} with {size} GB of its own memory").format(
            name=gpu.name, size=gigabytes(gpu.vram_total_bytes)
        )

    def _show_choice(self) -> None:
        choice = self.choice
        if choice is None:
            self.model_name.setText(
                self.tr(
                    "This computer has little memory or speed to spare for chat models, so "
                    "the built-in model is the best fit for it. It is small, but it works, "
                    "even without the internet."
                )
            )
            return
        entry, quant, plan = choice.entry, choice.quant, choice.plan
        self.model_name.setText(f"<b>{html.escape(entry.name)}</b>")
        self.model_facts.addRow(self.tr("Download:"), _label(data_size(quant.size)))
        speed = _label(self.speed_number(plan.tokens_per_s or 0.0))
        speed.setToolTip(
            self.tr("Estimated {rate} tokens per second (a token is a word or part of one)").format(
                rate=f"{plan.tokens_per_s or 0.0:.0f}"
            )
        )
        self.model_facts.addRow(self.tr("Speed here:"), speed)
        self.model_facts.addRow(self.tr("Why:"), _label(self._why_text(choice)))
        self.installed = installed_copy(choice, self.loader.models)
        if self.installed is not None:
            self.download_button.setText(
                self.tr("Start chatting with {name}").format(name=entry.name)
            )
            self.download_button.setDescription(self.tr("It is already on this computer."))
            self.download_button.setDefault(True)
            self.download_button.setFocus()
        else:
            self.download_button.setText(
                self.tr("Download {name} ({size})").format(
                    name=entry.name, size=data_size(quant.size)
                )
            )
            self.download_button.setDescription(
                self.tr(
                    "It is ready to chat when the download finishes. Meanwhile you can "
                    "already chat with the built-in model."
                )
            )
        self.download_button.show()

    def speed_number(self, tokens_per_s: float) -> str:
        words = max(1, round(tokens_per_s * WORDS_PER_TOKEN))
        if words == 1:
            rate = self.tr("about one word per second")
        else:
            rate = self.tr("about %n words per second", "", words)
        if words >= 1.5 * READING_WORDS_PER_S:
            pace = self.tr("faster than you can read")
        elif words >= READING_WORDS_PER_S * 0.75:
            pace = self.tr("about as fast as you read")
        else:
            pace = self.tr("slower than you read, so long answers take a while")
        return self.tr("{rate}, {pace}").format(rate=rate, pace=pace)

    def _why_text(self, choice: Evaluation) -> str:
        plan = choice.plan
        budget = plan.budget
        kind = plan.verdict.kind
        if kind == "gpu_full" and budget.unified:
            fit = self.tr("It fits in this computer's shared memory, with {spare} GB to spare.")
            spare = budget.vram_budget - plan.vram.total
        elif kind == "gpu_full":
            fit = self.tr("It fits on your graphics card, with {spare} GB to spare.")
            spare = budget.vram_budget - plan.vram.total
        elif kind == "gpu_partial":
            fit = self.tr("Most of it runs on your graphics card, the rest on the processor.")
            spare = 0
        else:
            fit = self.tr(
                "It runs on the processor and leaves {spare} GB of memory for other programs."
            )
            spare = budget.ram_budget - plan.ram.total
        if comfortable(choice):
            best = self.tr(
                "Of the models that answer quickly here, it is the best for everyday chat."
            )
        else:
            best = self.tr("Of the models that run here, it is the best for everyday chat.")
        return fit.format(spare=gigabytes(spare)) + " " + best

    @Slot()
    def _fit(self) -> None:
        """Grow to what was found (called once the layout has taken in the new rows)."""
        self.resize(self.width(), max(self.heightForWidth(self.width()), self.height()))

    # ----- the way to start -------------------------------------------------

    @Slot()
    def take_recommendation(self) -> None:
        """Chat with the recommended model if it is here already, else download it."""
        if self.installed is not None:
            self._chat_with(self.installed)
            return
        if self.choice is None:
            return
        download = CatalogDownload(self.choice.entry, self.choice.quant)
        self.library.download_catalog_model(download)
        self.pages.show_page("downloads")
        self.accept()

    @Slot()
    def start_now(self) -> None:
        self._chat_with(self.starter or self.loader.current_model())

    def _chat_with(self, model: InstalledModel | None) -> None:
        if model is not None:
            self.loader.choose(model)  # loads it, unless it is the current one
        self.pages.show_page("chat")
        self.accept()
        # Once the dialog is gone, so the window takes the focus back with it.
        QTimer.singleShot(0, self.chat_input.setFocus)

    def reject(self) -> None:
        """Esc and the close button: the same as starting now with the built-in model."""
        self.start_now()

    def done(self, result: int) -> None:
        """However the welcome ends, it has been seen: it does not come back."""
        self.on_seen()
        super().done(result)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
