"""Reading GGUF model files: their magic and header metadata."""

from hearth.gguf.reader import GGUF_MAGIC, is_gguf, read_metadata

__all__ = ["GGUF_MAGIC", "is_gguf", "read_metadata"]
