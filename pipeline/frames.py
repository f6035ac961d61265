"""Commitment frames: who commits, how firmly, to what quantities and dates, and on which conditions.

A frame puts together what the other readers find in one afspraak: the level of commitment (`reading`), the actors
(`actors`) and the figures, dates, conditions and scope (`features`), with the deadline also relative to the
document's own year.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .actors import doc_to_actors, name_variants, names_to_roles
from .features import extract_features
from .nlp import parse, parse_docs
from .reading import (
    Reading,
    doc_to_reading,
    is_commitment,
    is_verb,
    main_clause,
    text_to_reading,
    verb_keys,
    with_lead_in,
)
from .types import Document, Features, Frame

__all__ = ["Reading", "doc_to_reading", "text_to_reading", "doc_to_actors", "is_commitment", "text_to_frame",
           "document_frames", "names_to_roles", "name_variants", "main_clause"]

def text_to_frame(text: str, *, year: int | None = None, names: dict[str, str] | None = None,
                  register: str | None = None, features: Features | None = None, party: str | None = None,
                  lead_in: str | None = None, marked: str | None = None) -> Frame:
    """The commitment frame of one afspraak text; `year` is the year the document is about (the jaarschijf),
    `party` the organisation whose block the afspraak stands in, if the document groups them so, `lead_in` the
    line the text completes ("De gemeente:"): who commits and how firmly are read from the two as one sentence
    (`reading.with_lead_in`), the figures, dates and action from the text alone; `marked` the parties a table
    row marks in their columns ("Gemeente, Meerstad Wonen"): they, not the (often passive) text, say who commits."""
    doc = parse(text)
    whole = with_lead_in(text, lead_in)
    reading = text_to_reading(whole)
    f = features if features is not None else extract_features(text, year=year)
    deadline = max(f.deadlines, key=lambda d: (d.year, d.month), default=None)
    root = next(iter(doc.sents)).root if len(doc) else None
    action = None
    if root is not None and is_verb(root):
        action = verb_keys(root)[0]
    obj = None
    if root is not None:
        obj = next((c.lemma_.lower() for c in root.children if c.dep_ in ("obj", "nsubj:pass")), None)
    return Frame(
        actors=doc_to_actors(parse(whole) if whole != text else doc, names, register=register, party=party,
                             marked=marked),
        action=action,
        object=obj,
        modality=reading.level,
        modal_terms=reading.terms,
        committed=reading.level is not None and not reading.past,
        quantities=f.quantities,
        deadline=deadline,
        relative_year=(deadline.year - year) if deadline is not None and year is not None else None,
        conditions=tuple(dict.fromkeys([*f.conditions, *grammatical_conditions(doc)])),
        scope_terms=f.scope_terms,
    )


# Conditional marks the condition lexicon does not list (it has "indien", "mits", "voor zover" ...).
CONDITION_MARKS = frozenset({"als", "wanneer", "tenzij", "zolang"})


def grammatical_conditions(doc: Doc) -> list[str]:
    """Conditional clauses the lexicon cannot see: an adverbial clause marked "als", "wanneer", "tenzij" ...

    Only a mark on a clause with a verb counts: "als starter" or "zo snel als mogelijk" are no conditions.
    """
    out = []
    for t in doc:
        if t.dep_ == "mark" and t.lower_ in CONDITION_MARKS and is_verb(t.head) and t.head.dep_ in (
                "advcl", "ccomp", "acl", "conj"):
            out.append(t.lower_)
    return out


def document_frames(doc: Document) -> dict[str, Frame]:
    """The frame of every afspraak of a document, by afspraak id (parsed in one batch)."""
    meta = doc.meta
    names = names_to_roles(meta.gemeenten, meta.corporaties, meta.huurdersorganisaties)
    parse_docs([*(a.text for a in doc.afspraken), *(with_lead_in(a.text, a.lead_in) for a in doc.afspraken
                                                    if a.lead_in)])
    year = getattr(meta, "year", None)
    return {a.id: text_to_frame(a.text, year=year, names=names, register=meta.type,
                                party=a.party, lead_in=a.lead_in,
                                marked=(a.attributes or {}).get("partijen")) for a in doc.afspraken}
