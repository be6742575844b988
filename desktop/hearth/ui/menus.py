"""The main window's menus and keyboard shortcuts, and the shortcuts help built from them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hearth import __version__
from hearth.ui.chat_controller import ChatController
from hearth.ui.conversations_ui import ConversationActions
from hearth.ui.library_ui import LibraryActions
from hearth.ui.model_loader import ModelLoader
from hearth.ui.navigation import PageSwitcher

# A plain name for Qt's translate(), so pyside6-lupdate finds every literal given to it.
translate = QCoreApplication.translate


def _action(
    parent: QWidget, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def build(
    window: QMainWindow,
    *,
    chat: ChatController,
    conversations: ConversationActions,
    library: LibraryActions,
    loader: ModelLoader,
    pages: PageSwitcher,
    search_box: QWidget,
    chat_settings_toggle: QAbstractButton,
    open_settings: Callable[[], None],
    open_hardware: Callable[[], None],
) -> dict[str, QAction]:
    """Create the window's menus; returns the actions by name (the tests and help use them).

    Everything they act on exists already: the window builds its helpers first.
    """
    actions: dict[str, QAction] = {}
    actions |= {
        "new_chat": _action(
            window,
            translate("Menus", "&New chat"),
            QKeySequence.StandardKey.New,
            chat.new_conversation,
        ),
        "search": _action(
            window, translate("Menus", "&Search chats"), "Ctrl+F", search_box.setFocus
        ),
        "export": _action(
            window, translate("Menus", "&Export chat…"), "Ctrl+E", conversations.export_current
        ),
        "stop": _action(window, translate("Menus", "S&top reply"), "Esc", chat.stop),
        "choose_model": _action(
            window, translate("Menus", "Choose &model"), "Ctrl+M", loader.open_picker
        ),
        "chat_settings": _action(
            window,
            translate("Menus", "C&hat settings"),
            "Ctrl+Shift+S",
            chat_settings_toggle.toggle,
        ),
        "chat_page": _action(
            window, translate("Menus", "Show the &chat"), "Ctrl+1", lambda: pages.show_page("chat")
        ),
        "discover": _action(
            window,
            translate("Menus", "&Discover models"),
            "Ctrl+D",
            lambda: pages.show_page("discover"),
        ),
        "hub": _action(
            window,
            translate("Menus", "Search &Hugging Face"),
            "Ctrl+Shift+F",
            lambda: pages.show_page("hub"),
        ),
        "downloads": _action(
            window, translate("Menus", "Do&wnloads"), "Ctrl+J", lambda: pages.show_page("downloads")
        ),
        "import": _action(
            window, translate("Menus", "&Add a model file…"), "Ctrl+O", library.import_with_dialog
        ),
        "reveal": _action(
            window,
            translate("Menus", "Show the model in the &file manager"),
            None,
            library.reveal_current,
        ),
        "delete_model": _action(
            window, translate("Menus", "De&lete this model…"), None, library.delete_current
        ),
        "settings": _action(window, translate("Menus", "Settin&gs…"), "Ctrl+,", open_settings),
        "quit": _action(
            window, translate("Menus", "&Quit"), QKeySequence.StandardKey.Quit, window.close
        ),
        "hardware": _action(window, translate("Menus", "This &computer…"), "Ctrl+I", open_hardware),
        "shortcuts": _action(
            window,
            translate("Menus", "&Keyboard shortcuts"),
            "F1",
            lambda: show_shortcuts(window, actions),
        ),
        "about": _action(window, translate("Menus", "&About Hearth"), None, lambda: about(window)),
    }
    chat_menu = window.menuBar().addMenu(translate("Menus", "&Chat"))
    for name in ("new_chat", "search", "export", "stop", "choose_model", "chat_settings"):
        chat_menu.addAction(actions[name])
    models_menu = window.menuBar().addMenu(translate("Menus", "&Models"))
    for name in ("chat_page", "discover", "hub", "downloads"):
        models_menu.addAction(actions[name])
    models_menu.addSeparator()
    for name in ("import", "reveal", "delete_model"):
        models_menu.addAction(actions[name])
    chat_menu.addSeparator()
    chat_menu.addAction(actions["settings"])
    chat_menu.addAction(actions["quit"])
    help_menu = window.menuBar().addMenu(translate("Menus", "&Help"))
    for name in ("hardware", "shortcuts", "about"):
        help_menu.addAction(actions[name])
    return actions


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, as the menus say it."""
    rows = []
    for action in actions.values():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


def show_shortcuts(parent: QWidget, actions: dict[str, QAction]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Menus", "Keyboard shortcuts"))
    layout = QVBoxLayout(dialog)
    rows = [
        *shortcut_rows(actions),
        (translate("Menus", "Send the message"), translate("Menus", "Enter")),
        (translate("Menus", "New line in the message"), translate("Menus", "Shift+Enter")),
    ]
    table = "".join(
        f"<tr><td>{what}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>" for what, keys in rows
    )
    layout.addWidget(QLabel(f"<table>{table}</table>"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.open()
    return dialog


def about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        translate("Menus", "About Hearth"),
        translate(
            "Menus", "Hearth {version}\nOpen language models on your own computer, offline."
        ).format(version=__version__),
    )
