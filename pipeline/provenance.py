"""What a run or a report records about the code and the model that produced it."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from pathlib import Path

from .config import default_model_dir


def tool_version() -> str:
    """The installed afspraken version ("0.0.0" when running from a source tree without installing)."""
    try:
        return importlib.metadata.version("afspraken")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover
        return "0.0.0"


def model_provenance(model_dir: Path | None = None) -> dict[str, str | None]:
    """Version and checksum of the theme model from models/themes.json (weights' sha256, else the file's)."""
    meta = (model_dir or default_model_dir()) / "themes.json"
    if not meta.is_file():
        return {"model_version": None, "model_checksum": None}
    raw = meta.read_bytes()
    try:
        data = json.loads(raw)
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    # The weights' hash identifies the model best; themes.json's own hash stands in for other formats.
    checksum = (data.get("arrays_sha256") or data.get("checksum")
                or "themes.json sha256:" + hashlib.sha256(raw).hexdigest())
    return {"model_version": str(data.get("version")) if data.get("version") else None,
            "model_checksum": str(checksum)}


def provenance() -> dict[str, str | None]:
    """What a run records about the code and model that produced it."""
    return {"tool_version": tool_version(), **model_provenance()}
