"""ggml tensor types and the size in bytes of a tensor stored in one of them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GgmlType:
    name: str
    block_size: int  # elements per block
    type_size: int  # bytes per block


# enum ggml_type, with each type's block layout (ggml.c's type_traits). Values 4, 5
# (Q4_2, Q4_3) and 31-33, 36-38 (repacked kinds) were retired and never appear in files.
GGML_TYPES: dict[int, GgmlType] = {
    0: GgmlType("F32", 1, 4),
    1: GgmlType("F16", 1, 2),
    2: GgmlType("Q4_0", 32, 18),
    3: GgmlType("Q4_1", 32, 20),
    6: GgmlType("Q5_0", 32, 22),
    7: GgmlType("Q5_1", 32, 24),
    8: GgmlType("Q8_0", 32, 34),
    9: GgmlType("Q8_1", 32, 40),
    10: GgmlType("Q2_K", 256, 84),
    11: GgmlType("Q3_K", 256, 110),
    12: GgmlType("Q4_K", 256, 144),
    13: GgmlType("Q5_K", 256, 176),
    14: GgmlType("Q6_K", 256, 210),
    15: GgmlType("Q8_K", 256, 292),
    16: GgmlType("IQ2_XXS", 256, 66),
    17: GgmlType("IQ2_XS", 256, 74),
    18: GgmlType("IQ3_XXS", 256, 98),
    19: GgmlType("IQ1_S", 256, 50),
    20: GgmlType("IQ4_NL", 32, 18),
    21: GgmlType("IQ3_S", 256, 110),
    22: GgmlType("IQ2_S", 256, 82),
    23: GgmlType("IQ4_XS", 256, 136),
    24: GgmlType("I8", 1, 1),
    25: GgmlType("I16", 1, 2),
    26: GgmlType("I32", 1, 4),
    27: GgmlType("I64", 1, 8),
    28: GgmlType("F64", 1, 8),
    29: GgmlType("IQ1_M", 256, 56),
    30: GgmlType("BF16", 1, 2),
    34: GgmlType("TQ1_0", 256, 54),
    35: GgmlType("TQ2_0", 256, 66),
    39: GgmlType("MXFP4", 32, 17),
}
TYPE_BY_NAME = {t.name: code for code, t in GGML_TYPES.items()}


def bytes_per_element(type_name: str) -> float:
    """Average bytes one value takes in a ggml type ("F16" -> 2.0, "Q8_0" -> 34/32)."""
    kind = GGML_TYPES[TYPE_BY_NAME[type_name.upper()]]
    return kind.type_size / kind.block_size


@dataclass(frozen=True)
class TensorInfo:
    """One row of a GGUF file's tensor table."""

    name: str
    dims: tuple[int, ...]
    ggml_type: int
    offset: int  # from the start of the tensor data section

    @property
    def type_name(self) -> str:
        return GGML_TYPES[self.ggml_type].name

    @property
    def n_elements(self) -> int:
        count = 1
        for dim in self.dims:
            count *= dim
        return count

    @property
    def nbytes(self) -> int:
        kind = GGML_TYPES[self.ggml_type]
        return self.n_elements // kind.block_size * kind.type_size

    @property
    def layer(self) -> int | None:
        """The block ("blk.12.attn_q.weight" -> 12) this tensor belongs to, if any."""
        if not self.name.startswith("blk."):
            return None
        number = self.name.split(".", 2)[1]
        return int(number) if number.isdigit() else None
