"""The stage list in one place: PDF -> pages -> Layout -> Document of Afspraken (themes filled in last).

The orchestrator for one or two documents: `parse`, `clean`, `meta`, `segment` and `themes` for `extract`, and
`compare` over two of those for `compare_files`. Stages never import it; what reads PDFs through it (`batch`,
`train`, `evaluate`, `cli`) sits above it.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from .bundle import agreement_part
from .clean import clean
from .config import CleanSettings, ParseSettings, SegmentSettings
from .errors import NoTextLayer, UnreadablePdf
from .meta import detect_meta
from .parse import check_file, iter_pages
from .segment import segment, segment_unnumbered
from .types import Document, DocumentMeta, Page

log = logging.getLogger(__name__)

META_FIELDS = ("type", "years", "gemeenten", "corporaties", "huurdersorganisaties")


def file_sha256(path: str | Path) -> str:
    """The content hash that identifies a document (and makes afspraak ids stable)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def readable_sha256(path: str | Path) -> str:
    """file_sha256, with a file that cannot be read (missing, a folder, no permission) as UnreadablePdf."""
    check_file(Path(path))
    try:
        return file_sha256(path)
    except OSError as exc:  # gone or changed between the check and the read
        raise UnreadablePdf(f"cannot be read ({exc.strerror or exc})", path=str(path)) from None


def read_pages(path: str | Path, settings: ParseSettings) -> tuple[tuple[Page, ...], list[str]]:
    """Parse all pages; fail clearly on a scan without any text layer, warn on scanned pages in between."""
    pages = tuple(iter_pages(path, settings))
    skipped = [p.number for p in pages if p.skipped]
    empty = [p.number for p in pages if not p.lines and not p.tables and not p.skipped]
    warnings = []
    if skipped:
        warnings.append(f"pages skipped, content over the size limit: {', '.join(map(str, skipped[:20]))}")
    if pages and len(skipped) == len(pages):
        raise UnreadablePdf("every page's content is over the size limit (a drawing or a damaged file?)",
                            path=str(path))
    if pages and len(empty) == len(pages):
        raise NoTextLayer(
            "no text layer on any page (a scan?): run with --ocr (needs ocrmypdf and tesseract with Dutch, "
            "'apt-get install ocrmypdf tesseract-ocr-nld') or OCR it first",
            path=str(path),
        )
    if empty:
        warnings.append(f"pages without text (scanned?): {', '.join(map(str, empty[:20]))}")
    return pages, warnings


def extract(
    path: str | Path,
    *,
    parse: ParseSettings | dict | None = None,
    cleaning: CleanSettings | dict | None = None,
    segmenting: SegmentSettings | dict | None = None,
    model: Any = "default",
    overrides: dict[str, Any] | None = None,
    explain: bool = False,
    ocr: bool = False,
) -> Document:
    """Turn one PDF into its afspraken with provenance and themes.

    Args:
        path: the PDF.
        parse, cleaning, segmenting: stage settings (instances, dicts or None for the defaults).
        model: a ThemeModel, a path to one, "default" for the shipped model, or None to skip themes.
        overrides: metadata to use instead of what is detected (type, years, gemeenten, corporaties, ...).
        explain: also keep the terms that drove each theme prediction.
        ocr: when no page has a text layer, add one with ocrmypdf/tesseract (Dutch) and read that; the
            document keeps the original file's hash.

    Raises:
        UnreadablePdf, EncryptedPdf, NoTextLayer: the file cannot be read (or changed while it was read);
        ModelNotFound: a given model is missing.
    """
    parse_settings = ParseSettings.resolve(parse)
    sha256 = readable_sha256(path)
    try:
        pages, warnings = read_pages(path, parse_settings)
    except NoTextLayer:
        if not ocr:
            raise
        from .parse.ocr import ocr_pdf

        pages, warnings = read_pages(ocr_pdf(path), parse_settings)
        warnings.append("text layer added by OCR: check the text against the PDF")
    if readable_sha256(path) != sha256:
        # The hash identifies the document in the store: it must be the hash of the bytes that were parsed.
        raise UnreadablePdf("the file changed while it was being read: read it again once it is complete",
                            path=str(path))
    layout = agreement_part(clean(pages, cleaning))  # a raadsvoorstel with the agreement attached: the agreement
    detected = detect_meta(layout.blocks)
    for key, value in (overrides or {}).items():
        if key not in META_FIELDS:
            raise ValueError(f"cannot override {key!r}; choose from {', '.join(META_FIELDS)}")
        if value:
            detected[key] = tuple(value) if key != "type" else value
            if key == "years":
                detected["year"] = None  # the year the document is about follows the given years
    meta = DocumentMeta(path=str(path), sha256=sha256, pages=len(pages), **detected)  # type: ignore[arg-type]
    afspraken = segment(layout, meta, segmenting)
    if not afspraken:
        afspraken = segment_unnumbered(layout, meta, segmenting)
        if afspraken:  # said once on stderr by the CLI: these are read, not printed as numbered items
            warnings.append(f"no numbered afspraken: read {len(afspraken)} commitment paragraphs as afspraken "
                            "without a number")
    if not afspraken:
        warnings.append("no afspraken found")
    doc = Document(meta=meta, afspraken=afspraken, footnotes=layout.footnotes, warnings=tuple(warnings))
    return add_themes(doc, model, explain=explain)


def add_themes(doc: Document, model: Any = "default", *, explain: bool = False) -> Document:
    """The last stage of `extract`: each afspraak's theme and scores, or a warning when there is no model.

    Apart, so that an ingest's worker (`pipeline.batch.worker.Extractor`) classifies only documents that have
    afspraken.

    Args:
        model: as for `extract`; None leaves the document as it is.

    Raises:
        ModelNotFound: a given model is missing.
    """
    if model is None or not doc.afspraken:
        return doc
    from .themes import classify_document, resolve_model  # on first use: reading alone needs no model

    resolved = resolve_model(model)
    if resolved is None:
        return replace(doc, warnings=(*doc.warnings, "no theme model found: themes left empty"))
    return classify_document(doc, resolved, explain=explain)


def compare_files(
    old: str | Path | Document,
    new: str | Path | Document,
    *,
    parse: ParseSettings | dict | None = None,
    model: Any = "default",
    settings: Any = None,
) -> Any:
    """Extract two documents (paths or Documents) and compare them; returns a Comparison."""
    from .changes import compare  # on first use: align loads scipy and scikit-learn, which extract never needs

    old_doc = old if isinstance(old, Document) else extract(old, parse=parse, model=model)
    new_doc = new if isinstance(new, Document) else extract(new, parse=parse, model=model)
    return compare(old_doc, new_doc, settings=settings)
