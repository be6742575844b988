"""Numbers as people read them: memory in GB, download sizes in the user's locale, speeds."""

from __future__ import annotations

from PySide6.QtCore import QLocale

GIB = 1024**3


def gigabytes(value: object) -> str:
    """Bytes as the number of GB (GiB, as operating systems show memory), one decimal,
    written the user's way ("2.3" in English, "2,3" in German)."""
    number = (value if isinstance(value, (int, float)) else 0) / GIB
    return QLocale().toString(number, "f", 1)


def data_size(value: object) -> str:
    """A download or file size, in the user's locale ("1.2 GB")."""
    n = int(value) if isinstance(value, (int, float)) else 0
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def speed_number(rate: float) -> str:
    """Tokens/s as shown: no decimals from 10 up, one below, in the user's locale."""
    return QLocale().toString(float(rate), "f", 0 if rate >= 10 else 1)
