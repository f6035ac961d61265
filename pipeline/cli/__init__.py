"""The `afspraken` command line: a thin typer layer over the library.

`common` holds the app, the option types and the error translation (exit codes listed there); each command
group registers its commands on the app when imported here, as weasel's CLI does: `document` (extract,
compare), `store` (ingest, changes, report), `catalog` (documents, rm), `model` (train, review) and
`evaluate` (evaluate ...).
Every command parses its options, calls one library function and renders the result with `pipeline.report`.
"""

from __future__ import annotations

from .catalog import documents, rm
from .common import app
from .document import compare, extract
from .evaluate import evaluate_compare_cmd, evaluate_extract_cmd, evaluate_themes_cmd
from .model import review, train
from .store import changes, ingest, report

__all__ = ["app", "changes", "compare", "documents", "evaluate_compare_cmd", "evaluate_extract_cmd",
           "evaluate_themes_cmd", "rm",
           "extract", "ingest", "report", "review", "train"]


def main() -> None:  # pragma: no cover
    app()
