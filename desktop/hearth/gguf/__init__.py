"""Reading GGUF model files: magic, header metadata, tensor table and model numbers.

`read_header(path)` / `read_remote_header(conn, repo, file)` give a `GGUFHeader`;
`read_model_info(path)` or `from_header(header)` turn it into the `ModelInfo`
the planner works from.
"""

from hearth.gguf.model_info import ModelInfo, from_header, read_model_info
from hearth.gguf.reader import (
    GGUF_MAGIC,
    GGUFHeader,
    is_gguf,
    parse_header,
    read_header,
    read_metadata,
)
from hearth.gguf.remote import read_remote_header
from hearth.gguf.tensors import GGML_TYPES, TensorInfo, bytes_per_element

__all__ = [
    "GGML_TYPES",
    "GGUF_MAGIC",
    "GGUFHeader",
    "ModelInfo",
    "TensorInfo",
    "bytes_per_element",
    "from_header",
    "is_gguf",
    "parse_header",
    "read_header",
    "read_metadata",
    "read_model_info",
    "read_remote_header",
]
