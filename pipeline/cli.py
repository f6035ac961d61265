"""The `afspraken` command line: a thin typer layer over the library.

Exit codes: 0 ok; 1 other error; 2 bad usage; 3 unreadable PDF (not a PDF, empty, corrupt, too large or
too many pages, missing, changed while it was read); 4 encrypted (no or wrong --password); 5 no text layer
(scan); 6 no afspraken found (extract, and either side of compare); 7 theme model missing; 8 store locked or
broken; 9 a batch (ingest) finished but some files failed.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .errors import AfsprakenError, NoAfspraken

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
evaluate_app = typer.Typer(no_args_is_help=True, help="Score the pipeline against the corpus gold.")
app.add_typer(evaluate_app, name="evaluate")
log = logging.getLogger("pipeline")
T = TypeVar("T")

Verbose = Annotated[int, typer.Option("--verbose", "-v", count=True, help="-v for info, -vv for debug.")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")]


def setup_logging(verbose: int) -> None:
    """Diagnostics to stderr; the level from -v/-vv. Only the CLI configures logging."""
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose == 1 else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def fail(exc: AfsprakenError) -> typer.Exit:
    """One clear line on stderr and the error's exit code."""
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(exc.exit_code)


def guarded(fn: Callable[[], T]) -> T:
    """Run a library call, turning its errors into one stderr line and an exit code."""
    try:
        return fn()
    except AfsprakenError as exc:
        raise fail(exc) from None
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@contextmanager
def atomic_output(path: Path | None, binary: bool = False) -> Iterator[Any]:
    """Write to stdout, or to a temporary file renamed into place only when writing succeeded."""
    if path is None:
        if binary:
            yield sys.stdout.buffer
        else:
            yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8",
                       newline=None if binary else "") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # a report is for mailing around: not mkstemp's private 0600
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _split(values: list[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@app.command()
def extract(
    pdf: Annotated[Path, typer.Argument(help="The PDF to read.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    output: Output = None,
    model: Annotated[Path | None, typer.Option(help="Theme model folder (default: the shipped one).")] = None,
    no_themes: Annotated[bool, typer.Option("--no-themes", help="Skip theme classification.")] = False,
    spacy_model: Annotated[str | None, typer.Option(help="A full spaCy Dutch pipeline to use instead.")] = None,
    explain: Annotated[bool, typer.Option(help="Show the terms that drove each theme.")] = False,
    backend: Annotated[str, typer.Option(help="pdfium (fast) or pdfplumber.")] = "pdfium",
    password: Annotated[str | None, typer.Option(help="Password of an encrypted PDF.")] = None,
    ocr: Annotated[bool, typer.Option(help="OCR scanned pages (needs ocrmypdf + tesseract nld).")] = False,
    max_pages: Annotated[int, typer.Option(help="Refuse documents with more pages.")] = 2000,
    doc_type: Annotated[str | None, typer.Option("--type", help="Override the detected document type.")] = None,
    year: Annotated[list[int] | None, typer.Option(help="Override the years covered (repeatable).")] = None,
    gemeente: Annotated[list[str] | None, typer.Option(help="Override the gemeente(n).")] = None,
    corporatie: Annotated[list[str] | None, typer.Option(help="Override the corporatie(s).")] = None,
    huurdersorganisatie: Annotated[list[str] | None, typer.Option(help="Override the huurdersorganisatie(s).")]
    = None,
    verbose: Verbose = 0,
) -> None:
    """Read one PDF and list its afspraken with number, section, party, page, theme and text.

    Example: afspraken extract corpus/pdf/lindehoven-2022.pdf --format json -o lindehoven-2022.json
    """
    setup_logging(verbose)
    from .run import extract as run_extract

    if format not in ("table", "json", "csv"):
        raise typer.BadParameter("choose table, json or csv", param_hint="--format")
    overrides = {
        "type": doc_type, "years": tuple(year or ()), "gemeenten": _split(gemeente),
        "corporaties": _split(corporatie), "huurdersorganisaties": _split(huurdersorganisatie),
    }
    use_spacy_model(spacy_model)
    settings = {"backend": backend, "password": password, "max_pages": max_pages}
    chosen_model: Any = None if no_themes else (model if model is not None else "default")
    doc = guarded(lambda: run_extract(pdf, parse=settings, model=chosen_model, overrides=overrides,
                                      explain=explain, ocr=ocr))
    if not doc.afspraken:  # the one line that says why; the document's warnings would only repeat it
        raise fail(NoAfspraken("no afspraken found (is this an agreement, bid or council notice?)", path=str(pdf)))
    for warning in doc.warnings:
        log.warning("%s: %s", pdf, warning)
    explanations = explain_terms(doc, chosen_model) if explain else {}
    with atomic_output(output) as out:
        if format == "json":
            write_afspraken_json(doc, out, explanations)
        elif format == "csv":
            write_afspraken_csv(doc, out)
        else:
            render_table(doc, out, explanations=explanations)


def use_spacy_model(name: str | None) -> None:
    """Switch the process to a user's full Dutch spaCy pipeline; a missing one is a usage error."""
    if not name:
        return
    from .nlp import set_default_pipeline

    try:
        set_default_pipeline(name)
    except OSError as exc:
        typer.echo(f"error: spaCy pipeline {name!r} cannot be loaded ({exc})", err=True)
        raise typer.Exit(2) from None


def write_afspraken_json(doc: Any, out: Any, explanations: dict[str, list[str]]) -> None:
    """The extract JSON: document and afspraken, with the explaining terms where asked for."""
    data = doc.to_dict()
    for item in data["afspraken"]:
        if item["id"] in explanations:
            item["explanation"] = explanations[item["id"]]
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def explain_terms(doc: Any, model: Any) -> dict[str, list[str]]:
    """Per afspraak id, the terms that drove its theme ("zonnepanelen +1.9")."""
    from .themes import explain, names_of, resolve_model

    resolved = resolve_model(model) if model is not None else None
    if resolved is None:
        return {}
    names = names_of(doc)
    return {a.id: [f"{term} {weight:+.2f}" for term, weight in explain(a.text, resolved, names=names)]
            for a in doc.afspraken}


def write_afspraken_csv(doc: Any, out: Any) -> None:
    """One row per afspraak."""
    writer = csv.writer(out)
    writer.writerow(["id", "number", "section", "party", "page", "theme", "theme_score", "text"])
    for a in doc.afspraken:
        score = a.theme_scores.get(a.theme) if a.theme and a.theme_scores else None
        writer.writerow([a.id, a.number, a.section, a.party, a.page, a.theme,
                         None if score is None else round(score, 3), a.text])


def render_table(doc: Any, out: Any, *, explanations: dict[str, list[str]] | None = None) -> None:
    """A readable table (rich) of the afspraken, with a header line about the document."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=out, width=max(100, min(os.get_terminal_size(1).columns if out is sys.stdout
                                                    and sys.stdout.isatty() else 160, 200)))
    m = doc.meta
    console.print(
        f"[bold]{Path(m.path).name}[/]: {m.type}, {', '.join(map(str, m.years)) or 'year?'}, "
        f"{m.pages} pages; gemeente {', '.join(m.gemeenten) or '?'}; corporatie {', '.join(m.corporaties) or '?'}; "
        f"{len(doc.afspraken)} afspraken"
    )
    table = Table(show_lines=False, expand=True)
    for col, kw in (("nr", {"no_wrap": True}), ("page", {"justify": "right"}), ("party", {}), ("theme", {}),
                    ("text", {"ratio": 1})):
        table.add_column(col, **kw)
    for a in doc.afspraken:
        theme = a.theme or ""
        if a.theme and a.theme_scores:
            theme = f"{a.theme} ({a.theme_scores[a.theme]:.2f})"
        text = a.text if len(a.text) < 300 else a.text[:297] + "..."
        if explanations and a.id in explanations:
            text += "\n[dim]" + escape(", ".join(explanations[a.id])) + "[/]"
        table.add_row(a.number or "•", str(a.page), a.party or "", theme, text)
    console.print(table)


STATUS_ORDER = ("weakened", "strengthened", "modified", "unclear", "new", "dropped", "split", "merged",
                "reworded", "unchanged")


@app.command()
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier document (last year's agreement, or the bod).")],
    new: Annotated[Path, typer.Argument(help="The later document (this year's agreement).")],
    format: Annotated[str, typer.Option("--format", "-f", help="table, json, md or html.")] = "table",
    output: Output = None,
    model: Annotated[Path | None, typer.Option(help="Theme model folder (default: the shipped one).")] = None,
    no_themes: Annotated[bool, typer.Option("--no-themes", help="Skip theme classification.")] = False,
    backend: Annotated[str, typer.Option(help="pdfium (fast) or pdfplumber.")] = "pdfium",
    password: Annotated[str | None, typer.Option(help="Password of encrypted PDFs.")] = None,
    all_changes: Annotated[bool, typer.Option("--all", help="Also list unchanged and reworded afspraken.")]
    = False,
    verbose: Verbose = 0,
) -> None:
    """Compare two documents: which afspraken are new, dropped, weakened or strengthened, with evidence.

    A bod compared with the agreement that followed shows which items of the bid made it in.

    Example: afspraken compare corpus/pdf/lindehoven-2022.pdf corpus/pdf/lindehoven-2023.pdf --format md
    """
    setup_logging(verbose)
    from .run import compare_files

    if format not in ("table", "json", "md", "html"):
        raise typer.BadParameter("choose table, json, md or html", param_hint="--format")
    chosen_model: Any = None if no_themes else (model if model is not None else "default")
    settings = {"backend": backend, "password": password}
    comparison = guarded(lambda: compare_files(old, new, parse=settings, model=chosen_model))
    for path, doc in ((old, comparison.old), (new, comparison.new)):
        if not doc.afspraken:  # everything would show as new or dropped: say why instead
            raise fail(NoAfspraken("no afspraken found (is this an agreement, bid or council notice?)",
                                   path=str(path)))
    with atomic_output(output) as out:
        if format == "json":
            json.dump(comparison.to_dict(), out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif format == "md":
            out.write(comparison_markdown(comparison, all_changes=all_changes))
        elif format == "html":
            from .report import comparison_html

            out.write(comparison_html(comparison, report_dir=(output or Path("x")).resolve().parent))
        else:
            render_comparison(comparison, out, all_changes=all_changes)


def _status_counts(comparison: Any) -> str:
    counts: dict[str, int] = {}
    for change in comparison.changes:
        counts[change.status] = counts.get(change.status, 0) + 1
    text = ", ".join(f"{counts[s]} {s}" for s in STATUS_ORDER if s in counts)
    if comparison.old.meta.type == "bod":
        text += " (bod -> agreement: 'dropped' = not taken over, 'new' = added in the negotiation)"
    return text


def _ordered(comparison: Any, all_changes: bool) -> list[Any]:
    shown = [c for c in comparison.changes if all_changes or c.status not in ("unchanged", "reworded")]
    return sorted(shown, key=lambda c: (STATUS_ORDER.index(c.status) if c.status in STATUS_ORDER else 99,
                                        (c.new or c.old).page if (c.new or c.old) else 0))


def render_comparison(comparison: Any, out: Any, *, all_changes: bool = False) -> None:
    """A readable table of the changes between two documents."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=160)
    console.print(f"[bold]{Path(comparison.old.meta.path).name} -> {Path(comparison.new.meta.path).name}[/]: "
                  f"{_status_counts(comparison)}")
    table = Table(expand=True, show_lines=True)
    for col, kw in (("status", {"no_wrap": True}), ("old", {"ratio": 1}), ("new", {"ratio": 1}),
                    ("reasons", {"ratio": 1})):
        table.add_column(col, **kw)
    for c in _ordered(comparison, all_changes):
        side = [f"{a.number or '•'} (p. {a.page}) {a.text[:220]}" if a else "" for a in (c.old, c.new)]
        table.add_row(c.status, side[0], side[1], "\n".join(r.explanation for r in c.reasons))
    console.print(table)


def comparison_markdown(comparison: Any, *, all_changes: bool = False) -> str:
    """The changes between two documents as Markdown, most telling first."""
    lines = [
        f"# {Path(comparison.old.meta.path).name} -> {Path(comparison.new.meta.path).name}", "",
        _status_counts(comparison), "",
    ]
    for c in _ordered(comparison, all_changes):
        a = c.new or c.old
        lines.append(f"## {c.status}: {a.number or '•'} {a.section or ''}".rstrip())
        if c.old is not None:
            lines.append(f"- **oud** (p. {c.old.page}): {c.old.text}")
        if c.new is not None:
            lines.append(f"- **nieuw** (p. {c.new.page}): {c.new.text}")
        for r in c.reasons:
            lines.append(f"- *{r.kind}*: {r.explanation}")
        lines.append("")
    return "\n".join(lines)


@evaluate_app.command("compare")
def evaluate_compare_cmd(
    corpus: Annotated[Path | None, typer.Option(help="Corpus folder with gold/pairs.")] = None,
    from_pdfs: Annotated[bool, typer.Option("--from-pdfs", help="End to end: read the documents from their "
                                                                "PDFs instead of the gold texts.")] = False,
    output: Output = None,
    verbose: Verbose = 0,
) -> None:
    """Score change detection on the corpus pairs: per-status precision, recall, F1 and reason-kind accuracy.

    Example: afspraken evaluate compare --from-pdfs
    """
    setup_logging(verbose)
    from .config import default_corpus_dir
    from .evaluate.compare import evaluate_compare

    result = guarded(lambda: evaluate_compare(corpus or default_corpus_dir(), from_pdfs=from_pdfs))
    with atomic_output(output) as out:
        out.write(compare_scores_markdown(result))
        if output is not None:
            out.write("\n" + json.dumps({k: v for k, v in result.items() if k != "mistakes"}, indent=2) + "\n")


def compare_scores_markdown(result: dict[str, Any]) -> str:
    """Per-status scores of evaluate_compare as Markdown tables."""
    buf = io.StringIO()
    for name, title in (("overall", "year-over-year pairs"), ("bod", "bod -> agreement pairs"), ("all", "all")):
        block = result.get(name)
        if not block:
            continue
        buf.write(f"\n### {title}\n\n| status | precision | recall | F1 | gold | predicted |\n"
                  "|---|---:|---:|---:|---:|---:|\n")
        for status, row in block["status"].items():
            buf.write(f"| {status} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | "
                      f"{row['support']} | {row['predicted']} |\n")
        buf.write(f"\nreason-kind accuracy: {block['reason_kind_accuracy']} over {block['reason_kind_links']} links; "
                  f"hard negatives flagged: {block['hard_negatives_flagged']} of {block['hard_negatives']}\n")
    return buf.getvalue()


@app.command()
def train(
    corpus: Annotated[Path | None, typer.Option(help="Corpus with gold labels (default: the bundled one).")]
    = None,
    pdf: Annotated[list[Path] | None, typer.Option(help="Your own PDFs: afspraken under theme headings "
                                                        "become weak labels (repeatable).")] = None,
    corrections: Annotated[Path | None, typer.Option(help="CSV with text,theme or id,theme (from "
                                                          "'afspraken review').")] = None,
    no_gold: Annotated[bool, typer.Option("--no-gold", help="Train without the corpus gold.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Model folder to write "
                                                                       "(default: models/).")] = None,
    verbose: Verbose = 0,
) -> None:
    """Train the theme model and save it with its model card.

    On the corpus alone this also runs the leave-one-family-out evaluation for the card.

    Example: afspraken train --pdf archief/2023/ --corrections review.csv -o mijn-model
    """
    setup_logging(verbose)
    from .config import default_corpus_dir, default_model_dir
    from .train import build_shipped_model, train_model

    corpus_dir = corpus or default_corpus_dir()
    out = output or default_model_dir()
    pdfs = [p for path in (pdf or []) for p in (sorted(path.rglob("*.pdf")) if path.is_dir() else [path])]
    if not pdfs and corrections is None and not no_gold:
        guarded(lambda: build_shipped_model(corpus_dir, out))
    else:
        model = guarded(lambda: train_model(None if no_gold else corpus_dir, pdfs, corrections))
        model.save(out)
    typer.echo(f"wrote the theme model to {out}")


@app.command()
def review(
    pdfs: Annotated[list[Path], typer.Argument(help="PDFs to classify and review.")],
    threshold: Annotated[float, typer.Option(help="List predictions whose top score is below this.")] = 0.6,
    model: Annotated[Path | None, typer.Option(help="Theme model folder (default: the shipped one).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or csv.")] = "table",
    output: Output = None,
    verbose: Verbose = 0,
) -> None:
    """List the afspraken whose theme the model is least sure of, most uncertain first.

    Write them as CSV, correct the theme column, and feed the file back with 'afspraken train --corrections'.

    Example: afspraken review corpus/pdf/lindehoven-2023.pdf --format csv -o review.csv
    """
    setup_logging(verbose)
    from .errors import ModelNotFound
    from .run import extract as run_extract
    from .themes import resolve_model, review_items

    resolved = guarded(lambda: resolve_model(model if model is not None else "default"))
    if resolved is None:
        raise fail(ModelNotFound("no theme model: run 'afspraken train' first"))
    docs = []
    for path in pdfs:
        try:
            docs.append(run_extract(path, model=resolved))
        except AfsprakenError as exc:
            typer.echo(f"error: {exc}", err=True)
    items = review_items(docs, threshold=threshold)
    with atomic_output(output) as out:
        if format == "csv":
            writer = csv.writer(out)
            writer.writerow(["id", "theme", "predicted", "score", "runner_up", "runner_up_score", "document",
                             "number", "text"])
            for r in items:
                writer.writerow([r.afspraak_id, r.theme, r.theme, round(r.score, 3), r.runner_up,
                                 round(r.runner_up_score, 3), r.document, r.number, r.text])
        else:
            for r in items:
                out.write(f"{r.score:.2f} {r.theme} / {r.runner_up_score:.2f} {r.runner_up}  "
                          f"{Path(r.document).name} {r.number or '•'}: {r.text[:120]}\n")
            out.write(f"{len(items)} of {sum(len(d.afspraken) for d in docs)} afspraken below {threshold}\n")


@evaluate_app.command("themes")
def evaluate_themes_cmd(
    corpus: Annotated[Path | None, typer.Option(help="Corpus folder with gold/.")] = None,
    labels: Annotated[str, typer.Option(help="Train folds on gold, gold+weak or weak labels.")] = "gold",
    output: Output = None,
    verbose: Verbose = 0,
) -> None:
    """Leave-one-family-out theme scores: per theme precision, recall, F1, macro-F1, confusion matrix.

    Example: afspraken evaluate themes --labels weak
    """
    setup_logging(verbose)
    from .config import default_corpus_dir
    from .evaluate.themes import evaluate_themes

    if labels not in ("gold", "gold+weak", "weak"):
        raise typer.BadParameter("choose gold, gold+weak or weak", param_hint="--labels")
    result = guarded(lambda: evaluate_themes(corpus or default_corpus_dir(), labels=labels))  # type: ignore[arg-type]
    with atomic_output(output) as out:
        out.write(f"leave-one-family-out macro-F1 {result['macro_f1']:.3f}, accuracy {result['accuracy']:.3f}\n\n")
        out.write("| theme | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n")
        for theme, row in result["per_theme"].items():
            out.write(f"| {theme} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | "
                      f"{row['support']} |\n")
        out.write("\n| held-out family | macro-F1 |\n|---|---:|\n")
        for family, row in result["per_family"].items():
            out.write(f"| {family} | {row['macro_f1']:.3f} |\n")
        labels_ = result["confusion"]["labels"]
        out.write("\nconfusion (rows gold, columns predicted): " + ", ".join(labels_) + "\n")
        for name, row in zip(labels_, result["confusion"]["matrix"], strict=True):
            out.write(f"  {name[:14]:<14} {' '.join(f'{v:4d}' for v in row)}\n")


@evaluate_app.command("extract")
def evaluate_extract_cmd(
    corpus: Annotated[Path | None, typer.Option(help="Corpus folder with pdf/ and gold/.")] = None,
    family: Annotated[list[str] | None, typer.Option(help="Only these families.")] = None,
    output: Output = None,
    verbose: Verbose = 0,
) -> None:
    """Score segmentation against the corpus gold: precision, recall, F1 per family (90% token overlap).

    Example: afspraken evaluate extract --family lindehoven
    """
    setup_logging(verbose)
    from .config import default_corpus_dir
    from .evaluate.extract import evaluate_extract

    result = guarded(lambda: evaluate_extract(corpus or default_corpus_dir(), families=family))
    with atomic_output(output) as out:
        out.write(format_scores(result["families"], result["overall"]))
        if output is not None:
            out.write("\n" + json.dumps(result, indent=2) + "\n")


def format_scores(groups: dict[str, dict[str, Any]], overall: dict[str, Any]) -> str:
    """A Markdown table of extraction scores."""
    buf = io.StringIO()
    buf.write("| family | gold | predicted | matched | precision | recall | F1 | number | party | page |\n")
    buf.write("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    for row in [*groups.values(), overall]:
        buf.write(
            f"| {row['name']} | {row['gold']} | {row['predicted']} | {row['matched']} | {row['precision']:.3f} | "
            f"{row['recall']:.3f} | {row['f1']:.3f} | {row['number_accuracy']} | {row['party_accuracy']} | "
            f"{row['page_accuracy']} |\n"
        )
    return buf.getvalue()


def main() -> None:  # pragma: no cover
    app()


from . import cli_store  # noqa: E402,F401
