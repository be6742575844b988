"""Starting the GUI: the application object, translations, crash handler, main window."""

from __future__ import annotations

import gc
import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hearth import __version__
from hearth.resources import icon_path
from hearth.ui.crash import CrashReporter
from hearth.ui.languages import install_translations
from hearth.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Hearth")
    app.setApplicationDisplayName("Hearth")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Hearth")
    app.setDesktopFileName("hearth")
    app.setWindowIcon(QIcon(str(icon_path())))
    from hearth import settings

    install_translations(app, settings.load().language)
    return app


def run_gui() -> int:
    from hearth.ui.single_instance import InstanceServer, connect_window

    app = create_app()
    crash = CrashReporter()
    crash.install()
    # Listening before the window is built: a second start in the meantime
    # waits for this one (hand-overs are read once the event loop runs).
    instance = InstanceServer(app)
    instance.listen()
    window = MainWindow()
    connect_window(instance, window, window.library.import_file)
    window.show()
    freeze_startup_objects()
    log.info("Hearth %s window shown", __version__)
    if os.environ.get("HEARTH_EXIT_WHEN_IDLE"):
        # bench/frozen_startup.py times the real entry point, frozen or not, to here.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: _report_idle(app)))
    code = app.exec()
    instance.close()  # removes the socket file; finish_process skips Qt's teardown
    finish_process(code)
    return code  # not reached


def _report_idle(app: QApplication) -> None:
    import psutil

    print("IDLE", psutil.Process().memory_info().rss, flush=True)
    app.closeAllWindows()
    app.quit()


def freeze_startup_objects() -> None:
    """Exempt what exists now (Qt wrappers, modules, lexers) from garbage collection.

    A full collection walks every tracked object: with the window built that
    took 25-30 ms on the GUI thread, a visible hitch in a streaming reply
    (bench/ui_latency.py). These objects live as long as the app anyway.
    Freezing without collecting first is instant; the little start-up garbage
    it keeps is the price.
    """
    gc.freeze()


def finish_process(code: int) -> None:
    """End the process once the window has closed and saved everything.

    Past this point only interpreter teardown is left, and PySide6 can abort
    in it ("bool_dealloc" at garbage collection after a long streamed reply),
    which desktops report as a crash. The window's close already stopped the
    engine and closed the chat database; stop any other engine, flush the
    logs, and leave without the teardown.
    """
    from hearth.engine import host

    host.stop_all_engines()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
