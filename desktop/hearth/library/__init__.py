"""Models on this computer, and getting more.

installed (the library as a list) lists from naming (model names and split
parts from file names), imported (the files the user added) and discovery
(other apps' models, used in place); manage (import, delete), hub (search and
list GGUF repositories); resumable, verified downloads in model_download (one
model: disk space, its files in turn, then in place), transfer (one file's
bytes over HTTP) and partials (the files on disk until they are a model);
downloads (the queue), tokens (the Hugging Face token in the keyring), cli
(`hearth pull`). Only `installed` and what it lists from are imported here:
the window starts without the rest.
"""

from hearth.library.installed import InstalledModel, list_installed, resolve_model

__all__ = ["InstalledModel", "list_installed", "resolve_model"]
