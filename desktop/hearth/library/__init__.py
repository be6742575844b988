"""Models on this computer, and getting more.

installed (the library as a list) lists from naming (model names and split
parts from file names), imported (the files the user added) and discovery
(other apps' models, used in place); manage (import, delete), hub (search and
list GGUF repositories), model_download / transfer (resumable, verified
downloads), downloads (the queue), tokens (the Hugging Face token in the
keyring), cli (`hearth pull`). Only `installed` and what it lists from are
imported here: the window starts without the rest.
"""

from hearth.library.installed import InstalledModel, list_installed, resolve_model

__all__ = ["InstalledModel", "list_installed", "resolve_model"]
