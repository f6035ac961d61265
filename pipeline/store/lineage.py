"""Lineage: the chain of one commitment over the years, from the links of every stored comparison."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from .schema import Store


def links_to_lineage(links: Iterable[tuple[str, str]], order: Mapping[str, Any]) -> dict[str, str]:
    """Chains of linked afspraken -> the id of each chain's earliest afspraak (by `order`), for every member.

    Splits and merges join their chains: a lineage is a connected group of links. The one lineage rule: the
    store applies it to the links of every stored pair (`update_lineage`).
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=lambda k: (order.get(k, ()), k))] = min(
                ra, rb, key=lambda k: (order.get(k, ()), k))
    return {x: find(x) for x in parent}


def update_lineage(store: Store) -> None:
    """Recompute lineage_id on every change from all stored links (one transaction)."""
    links = store.con.execute(
        "SELECT old_afspraak_id, new_afspraak_id FROM changes "
        "WHERE old_afspraak_id IS NOT NULL AND new_afspraak_id IS NOT NULL").fetchall()
    # Rows of one split or merge share a group: their afspraken belong to one lineage.
    grouped = store.con.execute(
        "SELECT list(DISTINCT x) FROM (SELECT pair_id, group_id, "
        "unnest([old_afspraak_id, new_afspraak_id]) AS x FROM changes WHERE group_id IS NOT NULL) "
        "WHERE x IS NOT NULL GROUP BY pair_id, group_id").fetchall()
    links += [(ids[0], other) for (ids,) in grouped for other in ids[1:]]
    order = {r[0]: (r[1] if r[1] is not None else 9999, r[2], r[3]) for r in store.con.execute(
        "SELECT a.afspraak_id, d.year, d.type <> 'bod', a.seq "
        "FROM afspraken a JOIN documents d USING (doc_id)",
    ).fetchall()}
    lineage = links_to_lineage(links, order)
    # Typed explicitly: an empty frame (no afspraak links across years) would otherwise be float64, which
    # DuckDB refuses to coalesce with VARCHAR (issue #23).
    frame = pd.DataFrame({"afspraak_id": pd.Series(list(lineage), dtype=object),
                          "lineage_id": pd.Series(list(lineage.values()), dtype=object)})
    store.con.register("_lineage", frame)
    try:
        with store.transaction() as con:
            con.execute(
                "UPDATE changes SET lineage_id = coalesce((SELECT l.lineage_id::VARCHAR FROM _lineage l "
                "WHERE l.afspraak_id::VARCHAR = coalesce(changes.new_afspraak_id, changes.old_afspraak_id)), "
                "coalesce(changes.new_afspraak_id, changes.old_afspraak_id))")
    finally:
        store.con.unregister("_lineage")  # outside the transaction: an aborted one refuses every statement
