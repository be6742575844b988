"""Models on this computer: the bundled starter model and Hearth's models folder."""

from hearth.library.installed import InstalledModel, list_installed, resolve_model

__all__ = ["InstalledModel", "list_installed", "resolve_model"]
