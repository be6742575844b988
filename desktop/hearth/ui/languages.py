"""The window's language: Hearth's translations and Qt's own, chosen at start.

The system's language by default; Settings > Language overrides it (from the
next start: widgets are built with their texts once).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

# The languages Hearth ships a translation for (resources/translations/hearth_*.ts),
# by locale name, each in its own words for the Settings menu.
LANGUAGES = {
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ja": "日本語",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
}


def install_translations(app: QApplication, language: str = "") -> QLocale:
    """Qt's own strings, and Hearth's when a translation for the locale ships; the
    locale numbers, sizes and dates follow. `language` ("ja", ...) overrides the
    system's ("en": English whatever the system's); unknown or empty means the system's."""
    from hearth.resources import translations_dir

    chosen = language in LANGUAGES or language == "en"
    locale = QLocale(language) if chosen else QLocale.system()
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("hearth", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
    return locale
