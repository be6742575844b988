"""The curated model catalog (resources/catalog.json): entries, quants, exact hub files.

`default_catalog()` is the bundled catalog; `refresh_entry(entry, conn=...)` checks an
entry's files against the hub when online; `model_info_for(entry, quant)` gives
the planner a ModelInfo before anything is downloaded.
"""

from hearth.catalog.hub import RefreshResult, reconcile, refresh_entry
from hearth.catalog.info import model_info_for
from hearth.catalog.loader import catalog_path, default_catalog, load_catalog, parse_catalog
from hearth.catalog.model import (
    USES,
    ArchSpec,
    Catalog,
    CatalogDownload,
    CatalogEntry,
    CatalogError,
    CatalogFile,
    Quant,
)

__all__ = [
    "USES",
    "ArchSpec",
    "Catalog",
    "CatalogDownload",
    "CatalogEntry",
    "CatalogError",
    "CatalogFile",
    "Quant",
    "RefreshResult",
    "catalog_path",
    "default_catalog",
    "load_catalog",
    "model_info_for",
    "parse_catalog",
    "reconcile",
    "refresh_entry",
]
