"""Models on this computer, and getting more.

installed (the library as a list), discovery (other apps' models, used in
place), manage (import, delete), hub (search and list GGUF repositories),
model_download / transfer (resumable, verified downloads), downloads (the
queue), tokens (the Hugging Face token in the keyring), cli (`hearth pull`).
Only `installed` is imported here: the window starts without the rest.
"""

from hearth.library.installed import InstalledModel, list_installed, resolve_model

__all__ = ["InstalledModel", "list_installed", "resolve_model"]
