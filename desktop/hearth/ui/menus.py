"""The main window's menus and keyboard shortcuts, and the shortcuts help built from them."""

from __future__ import annotations

from collections.abc import Callable

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
    tr = window.tr
    actions: dict[str, QAction] = {}
    actions |= {
        "new_chat": _action(
            window, tr("&New chat"), QKeySequence.StandardKey.New, chat.new_conversation
        ),
        "search": _action(window, tr("&Search chats"), "Ctrl+F", search_box.setFocus),
        "export": _action(window, tr("&Export chat…"), "Ctrl+E", conversations.export_current),
        "stop": _action(window, tr("S&top reply"), "Esc", chat.stop),
        "choose_model": _action(window, tr("Choose &model"), "Ctrl+M", loader.open_picker),
        "chat_settings": _action(
            window, tr("Chat se&ttings"), "Ctrl+Shift+S", chat_settings_toggle.toggle
        ),
        "chat_page": _action(
            window, tr("Show the &chat"), "Ctrl+1", lambda: pages.show_page("chat")
        ),
        "discover": _action(
            window, tr("&Discover models"), "Ctrl+D", lambda: pages.show_page("discover")
        ),
        "hub": _action(
            window, tr("Search &Hugging Face"), "Ctrl+Shift+F", lambda: pages.show_page("hub")
        ),
        "downloads": _action(
            window, tr("Do&wnloads"), "Ctrl+J", lambda: pages.show_page("downloads")
        ),
        "import": _action(window, tr("&Add a model file…"), "Ctrl+O", library.import_with_dialog),
        "reveal": _action(
            window, tr("Show the model in the &file manager"), None, library.reveal_current
        ),
        "delete_model": _action(window, tr("&Delete this model…"), None, library.delete_current),
        "settings": _action(window, tr("&Settings…"), "Ctrl+,", open_settings),
        "quit": _action(window, tr("&Quit"), QKeySequence.StandardKey.Quit, window.close),
        "hardware": _action(window, tr("This &computer…"), "Ctrl+I", open_hardware),
        "shortcuts": _action(
            window, tr("&Keyboard shortcuts"), "F1", lambda: show_shortcuts(window, actions)
        ),
        "about": _action(window, tr("&About Hearth"), None, lambda: about(window)),
    }
    chat_menu = window.menuBar().addMenu(tr("&Chat"))
    for name in ("new_chat", "search", "export", "stop", "choose_model", "chat_settings"):
        chat_menu.addAction(actions[name])
    models_menu = window.menuBar().addMenu(tr("&Models"))
    for name in ("chat_page", "discover", "hub", "downloads"):
        models_menu.addAction(actions[name])
    models_menu.addSeparator()
    for name in ("import", "reveal", "delete_model"):
        models_menu.addAction(actions[name])
    chat_menu.addSeparator()
    chat_menu.addAction(actions["settings"])
    chat_menu.addAction(actions["quit"])
    help_menu = window.menuBar().addMenu(tr("&Help"))
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
    dialog.setWindowTitle(dialog.tr("Keyboard shortcuts"))
    layout = QVBoxLayout(dialog)
    rows = [
        *shortcut_rows(actions),
        (dialog.tr("Send the message"), dialog.tr("Enter")),
        (dialog.tr("New line in the message"), dialog.tr("Shift+Enter")),
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
        parent.tr("About Hearth"),
        parent.tr("Hearth {version}\nOpen language models on your own computer, offline.").format(
            version=__version__
        ),
    )
