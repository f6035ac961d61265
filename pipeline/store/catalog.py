"""What the store holds, for people: the documents per series, a check that a selection names something real,
and removing one document (with the comparisons that used it)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..errors import AfsprakenError
from .schema import Selection, Store
from .write import delete_document

EXIT_NOTHING_SELECTED = 10


class NothingSelected(AfsprakenError):
    """The store is empty, or nothing in it matches the gemeente, corporatie or years asked for."""

    exit_code = EXIT_NOTHING_SELECTED


def list_documents(store: Store) -> pd.DataFrame:
    """Every stored document: series, type, year, pages, afspraken, file and hash, ordered by series and year."""
    return store.con.execute(
        "SELECT doc_id, gemeente, corporatie, type, year, years, pages, n_afspraken, name, path, sha256, "
        "ingested_at FROM documents ORDER BY gemeente, corporatie, year, type, ingested_at").df()


def _known(values: Any) -> str:
    names = sorted({v for v in values if isinstance(v, str) and v})
    return ", ".join(names) if names else "none"


def check_selection(store: Store, sel: Selection, *, need_pairs: bool = False) -> pd.DataFrame:
    """The documents a selection covers; NothingSelected (listing what there is) when it covers none.

    With need_pairs, also when no series has two agreements, or a bod and an agreement, to compare.
    """
    docs = list_documents(store)
    if not len(docs):
        raise NothingSelected("the store holds no documents yet: run `afspraken ingest <folder>` first",
                              path=store.path)
    for column, wanted in (("gemeente", sel.gemeente), ("corporatie", sel.corporatie)):
        if wanted is not None and not (docs[column].fillna("").str.casefold() == wanted.strip().casefold()).any():
            raise NothingSelected(f"no {column} {wanted!r} in the store; known: {_known(docs[column])}")
    chosen = docs[[sel.matches(g, c) for g, c in zip(docs["gemeente"], docs["corporatie"], strict=True)]]
    years = sorted({int(y) for y in chosen["year"].dropna()})
    if sel.year_from is not None or sel.year_to is not None:
        if not [y for y in years if sel.covers(y)]:
            span = f"{sel.year_from or '…'}-{sel.year_to or '…'}"
            raise NothingSelected(f"no documents for {span} in this selection; years there: "
                                  f"{', '.join(map(str, years)) or 'none'}")
    if need_pairs:
        agreements = chosen[chosen["type"] == "prestatieafspraken"]
        per_series = agreements.groupby(["gemeente", "corporatie"], dropna=False)["year"].nunique()
        bods = chosen[chosen["type"] == "bod"]
        if not (per_series >= 2).any() and not len(bods):
            raise NothingSelected("no year pairs in the store yet: ingest at least two years of one gemeente "
                                  "and corporatie (or a bod and the agreement that followed)")
    return chosen


def remove_document(store: Store, key: str) -> dict[str, Any]:
    """Remove one document, named by doc_id (or a prefix of it, or of its sha256), file name or path.

    Its afspraken and every comparison that used it go too. Raises NothingSelected if the key names no
    document or several.
    """
    hits = store.con.execute(
        "SELECT doc_id, name, path FROM documents WHERE doc_id LIKE ? || '%' OR sha256 LIKE ? || '%' "
        "OR name = ? OR path = ?", [key.lower(), key.lower(), key, key]).fetchall()
    if len(hits) != 1:
        known = "several match: " + ", ".join(f"{h[0]} ({h[1]})" for h in hits) if hits else "none matches"
        raise NothingSelected(f"no single document {key!r} ({known}); `afspraken documents` lists them")
    doc_id, name, path = hits[0]
    pairs = store.con.execute("SELECT count(*) FROM comparisons WHERE old_doc_id = ? OR new_doc_id = ?",
                              [doc_id, doc_id]).fetchall()[0][0]
    with store.transaction() as con:
        delete_document(con, doc_id)
    return {"doc_id": doc_id, "name": name, "path": path, "comparisons_removed": int(pairs)}
