"""Table cells: what each column holds (`table_roles`, `content_roles`), and cells that hold more than one
afspraak, a numbered list inside one cell ("1. ... 2. ... 3. ...").

A ruled table "Thema | Afspraken" gives each sub-theme one row, its right cell a list numbered from 1 (the
numbering restarts in every cell), sometimes after one sentence of context; a row cut by a page break goes on
under the repeated header with the rest of an afspraak and the next numbers. The cell's lines are joined into one
text by then, so the list is found by its numbers: each where the cell starts or a sentence ends, one more than
the one before, the text after it opening with a capital, a digit or a quote.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from .attributes import attribute_name
from .lexicon import load, numbers
from .numbering import LAPSED, coded_items  # LAPSED: a change or status cell that says the row lapses
from .structure import attribute_kinds, cell_kind, structure_lexicon
from .text import join_lines, year_pattern

TABLE_COLUMNS = load("labels")["table_columns"]
HEADER_ROLES = {
    "number": re.compile(rf"^(?:{'|'.join(re.escape(str(w)) for w in TABLE_COLUMNS['number'])})$", re.I),
    # "Afspraken", or with an adjective before it ("Belangrijkste afspraken", "Gemaakte afspraken")
    "text": re.compile(r"^(?:[^\W\d_]+(?:e|ste)\s+)?(afspraak|afspraken)\b|"
                       r"^(omschrijving|prestatie|actie|maatregel|activiteit|wat)\b|"
                       r"^(?:ons\s+|het\s+)?(?:bod|aanbod)\b|^(?:wij|we)\s+bieden\b", re.I),  # a bod's bids
    "trekker": re.compile(r"^(trekker|wie|verantwoordelijke?|eigenaar|partij|uitvoerder)\b", re.I),
    "planning": re.compile(r"^(planning|wanneer|termijn|gereed|datum|deadline|periode|jaar)\b", re.I),
}
YEAR = year_pattern(1900, 2099)


def alternatives(words: Iterable[object]) -> str:
    """Lexicon words as one alternation, the longest first, any run of spaces in them matching any run."""
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in sorted(map(str, words), key=len, reverse=True))


def _period_words() -> tuple[str, str]:
    """The period labels (months, quarters, half years) and the 'later' labels of lexicon numbers.yaml, each as
    one alternation; "<jaar>" in a later label stands for a year ("na <jaar>")."""
    data = numbers()
    periods = alternatives([*data["months"], *data["quarters"], *load("numbers")["half_years"]])
    later = alternatives(load("numbers")["later_labels"]).replace(re.escape("<jaar>"), YEAR)
    return periods, later


# a column header naming a period of a planning grid ("Q1".."Q4", "2e kwartaal", "H1", a month, a year), its cells
# shaded (`parse.shading.SHADE`) or marked for the periods a row runs; and the column after them for what runs on
# ("Later", "Na 2025", "Doorlopend"), whose text, a date, says when the row ends (the words: lexicon
# numbers.yaml)
_PERIODS, _LATER = _period_words()
PERIOD_LABEL = re.compile(rf"^(?:{_PERIODS}|{YEAR})\.?(?:\s+{YEAR})?$", re.I)
LATER_LABEL = re.compile(rf"^(?:{_LATER})$", re.I)
PERIOD_ROLE = "period:"
LAST_WORD = re.compile(r"([^\W\d_]{6,})$")
FRAGMENT = re.compile(r"^([a-zà-ÿ]+)(?=[\s.,;:)]|$)")


def join_cell_line(text: str, line: str) -> str:
    """A narrow cell's next line joined to its text: a word the cell broke without a hyphen
    ("Verduurzamingsprogramm" + "a ...") joined again, where the joined word ends in a word the lemma table knows
    that spans the break and the broken one is no word, nor ends in one; else `text.join_lines`."""
    word, rest = LAST_WORD.search(text), FRAGMENT.match(line)
    return text + line if word and rest and _broken(word.group(1).lower(), rest.group(1)) else join_lines(text, line)


def _broken(word: str, fragment: str) -> bool:
    from spacy.lang.nl.stop_words import STOP_WORDS

    from .nlp import known_words

    if fragment in STOP_WORDS:
        return False
    known = known_words()
    if word in known or (len(fragment) > 1 and fragment in known) \
            or any(word[i:] in known for i in range(len(word) - 3)):
        return False  # a word, or a compound ending in one ("woonwagenstandplaats"), at the end of the line
    joined = word + fragment
    return any(joined[i:] in known for i in range(len(word) - 3))


ITEM_NUMBER = re.compile(r"(?:^\s*|(?<=[.;:!?)])\s+)(\d{1,2})[.)]\s+(?=[A-ZÀ-Ý0-9€\"'‘(])")


@dataclass(frozen=True, slots=True)
class CellList:
    """A cell read as a numbered list: the text before the first number, and each number with its text."""

    lead: str
    items: tuple[tuple[str | None, str], ...]


def cell_list(text: str, starts: Collection[int] = (1,)) -> CellList | None:
    """The numbered list in a cell whose numbering starts at one of `starts` (1, or the number after the last
    afspraak of a row continued from the page before); None when the cell holds no such list."""
    coded = coded_items(text)  # "B1 ... B2 ...": a bod's coded bids in one cell, wherever the series starts
    if coded:
        return CellList("", tuple((code, text[start:end].strip()) for code, start, end in coded))
    found = [(int(m.group(1)), m) for m in ITEM_NUMBER.finditer(text)]
    chain: list[re.Match[str]] = []
    for value, m in found:
        if (not chain and value in starts) or (chain and value == int(chain[-1].group(1)) + 1):
            chain.append(m)
    if not chain:
        return None
    ends = [m.start() for m in chain[1:]] + [len(text)]
    items = tuple((m.group(1), text[m.end():end].strip()) for m, end in zip(chain, ends, strict=True))
    return CellList(text[:chain[0].start()].strip(), items)


# a sentence ends at a full stop, question or exclamation mark followed by the capital, digit or quote that opens
# the next one; not after an abbreviation ("o.a.", "mr.", "bijv.", "C.E."), but after a label letter ("label B.")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9€\"'‘“(])")
ABBREVIATION = re.compile(r"(?:^|[\s(])(?:(?-i:[a-z])|[^\W\d_]\.[^\W\d_](?:\.[^\W\d_])*|bijv|ca|nr|art|mr|drs|"
                          r"dhr|mevr|ir|ing|dr|prof|incl|excl|enz|etc|evt|resp|zgn)\.$", re.I)
ANAPHOR = re.compile(r"^(?:dit|deze|daarbij|hierbij|daarvoor|hiervoor|daarmee|hiermee|daartoe|hiertoe)\b", re.I)


def cell_sentences(text: str, continued: bool = False) -> CellList:
    """A cell of short sentences, each an afspraak (the "Thema | Belangrijkste afspraken" table of a letter to the
    raad): the sentences as items without a number, a sentence that points back ("Dit gebeurt ...") joined to the
    one before; with `continued` (the row goes on from the page before) the first is the lead, the rest of the
    afspraak cut by the page break."""
    parts: list[str] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        head = text[start:m.start()].strip()
        if head and not ABBREVIATION.search(head):
            parts.append(head)
            start = m.end()
    parts.append(text[start:].strip())
    joined: list[str] = []
    for part in (p for p in parts if p):
        if joined and ANAPHOR.match(part):  # "Dit gebeurt in overleg met ...": the same afspraak goes on
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    parts = joined
    lead = parts.pop(0) if continued and parts else ""
    return CellList(lead, tuple((None, p) for p in parts))


def list_starts(last_number: str | None, continued: bool) -> tuple[int, ...]:
    """Where a numbered list in a cell may start: at 1, or, in a row that goes on from the page before
    (`continued`: no sub-theme of its own), after the number of the last afspraak of the table."""
    return (1, int(last_number) + 1) if continued and last_number and last_number.isdigit() else (1,)


# a column that states what was asked ("Opgave uit de woonvisie", "Vraag van de gemeente") beside the bid that answers
# it: context, neither the afspraak nor a sub-theme
ASK_COLUMN = re.compile(rf"^(?:{alternatives(TABLE_COLUMNS['ask'])})\b", re.I)  # the words: lexicon labels.yaml
LABEL_COLUMN = re.compile(r"^(actie|maatregel|activiteit|afspraak|prestatie)s?$", re.I)
# the column that says how a row changed since the year before ("t.o.v. 2024", "Wijziging", "Ten opzichte van
# vorig jaar", "Status t.o.v. vorig jaar"): its cells go to the attributes as "wijziging"
CHANGE_COLUMN = re.compile(r"^(?:(?:status\s+)?(?:t\.?\s?o\.?\s?v\.?|ten opzichte van)|wijziging(?:en)?|verandering|"
                           r"mutatie)(?:\s|$)", re.I)
CHANGE_VALUES = frozenset(str(w) for w in TABLE_COLUMNS["change_values"])
HEADER_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
# a column that reports how far each afspraak got ("Stand van zaken 2024", "Voortgang", "Realisatie 2024"): past
# tense, never part of the afspraak; its cells go to the attributes as "stand_van_zaken"
PROGRESS_COLUMN = re.compile(r"^(?:stand van zaken|voortgang|realisatie|gerealiseerd|resultaat|resultaten)\b", re.I)
PROGRESS = "attr:stand_van_zaken"


def lapsed_row(cells: Sequence[str], roles: dict[str, int]) -> bool:
    """Whether a row is marked as lapsed ("vervalt", "komt te vervallen", "geschrapt") in a cell beside its text:
    a dropped afspraak kept in the table to show the change, no afspraak of this document."""
    text = roles.get("text")
    return any(i != text and LAPSED.match(" ".join(c.split())) for i, c in enumerate(cells))
STRONG_TEXT = re.compile(r"^(omschrijving|afspraak|afspraken|inhoud|wat|tekst)\b", re.I)


def table_roles(cells: Sequence[str]) -> dict[str, int] | None:
    """Column roles from a header row (Nr | Afspraak | Trekker | Planning), or None if it is no header.

    A column headed with a label word ("Actie") beside one that holds the text ("Omschrijving") is the number
    column; a column headed with another attribute name (Status, Budget) goes to the attributes by that name.
    """
    periods = _period_columns(cells)
    # a bracketed note in a column name ("Wens gemeente (uit de woonvisie)") is not counted
    if any(len(re.sub(r"\([^()]*\)", "", c).split()) > 4 for c in cells) \
            or any(ch.isdigit() for i, c in enumerate(cells) if i not in periods for ch in _header_words(c)):
        return None  # a row of content ("Actie 1 | De gemeente ..."), not of column names
    roles: dict[str, int] = {PERIOD_ROLE + " ".join(cells[i].split()): i for i in periods}
    strong = next((i for i, c in enumerate(cells)  # "Wat vraagt de gemeente?" asks: the text is "Wat bieden wij?"
                   if STRONG_TEXT.match(c.strip()) and not ASK_COLUMN.match(" ".join(c.split()))), None)
    for i, cell in enumerate(cells):
        name = " ".join(cell.strip().rstrip(":").lower().split())
        if i in periods:
            continue
        if strong is not None and i != strong and LABEL_COLUMN.match(name) and "number" not in roles:
            roles["number"] = i
            continue
        if strong is not None and i != strong and HEADER_ROLES["text"].match(name):
            continue
        if ASK_COLUMN.match(name) and "context" not in roles:
            roles["context"] = i
            continue
        if PROGRESS_COLUMN.match(name) and PROGRESS not in roles:
            roles[PROGRESS] = i
            continue
        if CHANGE_COLUMN.match(name) and "attr:wijziging" not in roles:
            roles["attr:wijziging"] = i
            continue
        for role, pattern in HEADER_ROLES.items():
            if role not in roles and pattern.match(cell.strip()):
                roles[role] = i
                break
        else:
            role = _attribute_role(name, roles)
            if role:
                roles[role] = i
    return _with_mark_columns(cells, _with_named_columns(cells, roles)) if "text" in roles else None


KIND_ROLES = {"who": "trekker", "when": "planning"}


def _attribute_role(name: str, roles: dict[str, int]) -> str | None:
    """The role of a column headed by an attribute name no header role knows (lexicon attribute_keys): a who or
    when field as a minute's besluitenlijst names it ("Actiehouder", "Uiterlijk", "Vóór") -> trekker or planning,
    unless another column took it; any other attribute ("Status") -> that attribute; None for no attribute name."""
    kind = attribute_kinds().get(name)
    if kind in KIND_ROLES:
        return None if KIND_ROLES[kind] in roles else KIND_ROLES[kind]
    return "attr:" + name if kind == "other" else None


def _period_columns(cells: Sequence[str]) -> list[int]:
    """The columns of a header row that name the periods of a planning grid (`PERIOD_LABEL`, two at least) and
    the column for what runs on after them (`LATER_LABEL`)."""
    labels = [i for i, c in enumerate(cells) if PERIOD_LABEL.match(" ".join(c.split()))]
    if len(labels) < 2:
        return []
    return labels + [i for i, c in enumerate(cells) if LATER_LABEL.match(c.strip())]


def period_planning(cells: Sequence[str], roles: dict[str, int], year: int | None = None) -> str | None:
    """A row's planning from the period columns of its table (`PERIOD_LABEL`): a date in one of them ("2027",
    "medio 2026", "doorlopend") as printed; else the periods shaded or marked, a run of them as its first and
    last ("Q2-Q4"), runs apart joined with "en" ("Q2 en Q4"), with the document's `year` when the labels name
    none ("Q2-Q4 2025"); None when the row marks no period."""
    columns = sorted((i, role[len(PERIOD_ROLE):]) for role, i in roles.items()
                     if role.startswith(PERIOD_ROLE) and i < len(cells))
    for i, label in columns:  # a figure under a year is no date; anything written under "Later" says when
        text = " ".join(cells[i].split())
        if text and not MARK.match(text) and not EMPTY_CELL.match(text) \
                and (cell_kind(text) == "when" or LATER_LABEL.match(label)):
            return text
    marked = [k for k, (i, label) in enumerate(columns) if MARK.match(cells[i]) and PERIOD_LABEL.match(label)]
    if not marked:
        return None
    names = [_period_name(label) for _, label in columns]
    years = {names[k][1] for k in marked}
    if len(years) == 1 and None not in years:  # "Q1 2025 | Q2 2025 | ...": the year once, after the periods
        names, year = [(name, None) for name, _ in names], years.pop()
    runs: list[list[int]] = []
    for k in marked:
        if runs and k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    label = [" ".join(filter(None, (name, str(y) if y else None))) for name, y in names]
    text = " en ".join(label[r[0]] if len(r) == 1 else f"{label[r[0]]}-{label[r[-1]]}" for r in runs)
    return f"{text} {year}" if year and not HEADER_YEAR.search(text) else text


def _period_name(label: str) -> tuple[str, int | None]:
    """A period column's label as the planning names it, and the year it ends in: a quarter as "Q1"
    ("1e kwartaal", "K1", "Kwartaal 1 2025" -> "Q1", 2025), a year or a month as printed."""
    label = " ".join(label.split())
    m = re.fullmatch(rf"(.+?)\s+({YEAR})", label)
    name, year = (m.group(1), int(m.group(2))) if m else (label, None)
    month = numbers()["quarters"].get(name.lower())
    return (f"Q{month // 3}" if month else name), year


def period_row_roles(roles: dict[str, int] | None, cells: Sequence[str]) -> dict[str, int] | None:
    """The roles of a table whose header has a second row naming the periods under one spanning cell
    ("# | Actie | Planning 2025 | Later" over "Q1 | Q2 | Q3 | Q4"): the roles of the first row with the period
    columns of the second (the spanning cell no planning column of its own); None for any other row."""
    periods = _period_columns(cells)
    if roles is None or not periods or any(c.strip() for i, c in enumerate(cells) if i not in periods):
        return None
    later = {role: i for role, i in roles.items()
             if role.startswith(MARK_ROLE) and LATER_LABEL.match(role[len(MARK_ROLE):])}
    kept = {role: i for role, i in roles.items() if role not in later and not (role == "planning" and i in periods)}
    return kept | {PERIOD_ROLE + " ".join(cells[i].split()): i for i in periods} \
        | {PERIOD_ROLE + role[len(MARK_ROLE):]: i for role, i in later.items()}


def _with_named_columns(cells: Sequence[str], roles: dict[str, int]) -> dict[str, int]:
    """A column before the text under a name no role takes: sub-themes ("Thema | Afspraak"), or, after a number
    column ("Nr | Thema | Ons bod | ..."), a field of each numbered row by its name; a column before the number
    groups the rows ("Thema | Nr | Afspraak", its cell spanning them) and is neither."""
    named = [i for i in range(roles["text"]) if i not in roles.values() and cells[i].strip()]
    if named and "number" not in roles:
        return roles | {"label": named[0]}
    return roles | {"attr:" + attribute_name(cells[i]): i for i in named if i > roles.get("number", len(cells))}


def _with_mark_columns(cells: Sequence[str], roles: dict[str, int]) -> dict[str, int]:
    """A column after the text under a name no role takes may name a party that commits by a mark in its cells
    ("mark:Gemeente", see `marked_parties`)."""
    return roles | {f"{MARK_ROLE}{' '.join(c.split())}": i for i, c in enumerate(cells)
                    if i > roles["text"] and i not in roles.values() and c.strip()}


MARK_ROLE = "mark:"
# a cell that holds only a mark: the party heading its column commits to the row's afspraak (a "v" the check mark
# typed in a spreadsheet, as an "x" is its cross)
MARK = re.compile(r"^\s*[●•✓✔✗xXvV×■◼▪]\s*$")


def marked_parties(cells: Sequence[str], roles: dict[str, int], names: Sequence[str] = ()) -> str | None:
    """The parties a row marks ("Nr | Afspraak | Gemeente | Meerstad Wonen | HBG | Gereed" with "●" under
    Gemeente and Meerstad Wonen): their column names joined ("Gemeente, Meerstad Wonen"), an abbreviated one as
    the name of the document's party it stands for (`expand_acronym`), or None."""
    heads = [role[len(MARK_ROLE):] for role, i in sorted(roles.items(), key=lambda r: r[1])
             if role.startswith(MARK_ROLE) and i < len(cells) and MARK.match(cells[i])]
    return ", ".join(expand_acronym(h, names) for h in heads) or None


def marked_attributes(cells: Sequence[str], roles: dict[str, int], names: Sequence[str] = ()) -> dict[str, str]:
    """{"partijen": the parties a row marks} (see `marked_parties`), or {} where it marks none; a cell of text
    under a column name that names no party ("Relatie woonvisie | Pijler 2, middenhuur") is a field of the row
    by that name."""
    marks = marked_parties(cells, roles, names)
    fields = {attribute_name(role[len(MARK_ROLE):]): " ".join(cells[i].split()) for role, i in roles.items()
              if role.startswith(MARK_ROLE) and i < len(cells) and not MARK.match(cells[i])
              and not EMPTY_CELL.match(cells[i]) and not names_party(role[len(MARK_ROLE):], names)}
    return ({"partijen": marks} if marks else {}) | fields


def unmarked_roles(roles: dict[str, int]) -> set[str]:
    """The roles of a table's columns other than its party-mark columns."""
    return {role for role in roles if not role.startswith(MARK_ROLE)}


def expand_acronym(head: str, names: Sequence[str]) -> str:
    """The one name among `names` an abbreviation stands for: "HBG" for "Huurdersbelang Graafsmeer" (its letters
    in the name in order, the first the name's first); else `head`."""
    if not re.fullmatch(r"[A-Z]{2,6}", head):
        return head
    low = head.lower()
    pattern = re.compile(re.escape(low[0]) + "".join(r"\w*?\W*" + re.escape(c) for c in low[1:]))
    found = [n for n in names if n.lower().startswith(low[0]) and pattern.match(n.lower())]
    return found[0] if len(found) == 1 else head


def _header_words(cell: str) -> str:
    """A header cell without the year a change column names ("t.o.v. 2024", "Wijziging 2025") or that ends a
    column name ("Afspraak 2025", "Stand van zaken 2024", "Realisatie 2024"); any other cell as it is (a year in
    it makes the row content: "afspraken uit 2021." is the rest of a cut row)."""
    rest = " ".join(HEADER_YEAR.sub("", cell).split())
    if CHANGE_COLUMN.match(rest):
        return rest
    named = YEAR_AFTER_NAME.match(" ".join(cell.split()))
    if named and any(p.match(named.group(1)) for p in (PROGRESS_COLUMN, *HEADER_ROLES.values())):
        return named.group(1)
    return cell


YEAR_AFTER_NAME = re.compile(rf"^([^\W\d_][^\d]*?)\s*\(?{YEAR}\)?$")


EMPTY_CELL = re.compile(r"^[\s\-–—/.x]*$|^(?:n\.?v\.?t\.?|geen)$", re.I)


def names_party(text: str, names: Collection[str] = ()) -> bool:
    """Whether a column header names a party by its role (Gemeente, Corporaties, Huurders), its organisation
    type (Woonstichting De Eik, Huurdersvereniging Samen) or as one of the document's `names` (whole or in
    part: "De Eik" of "Woonstichting De Eik")."""
    lex = structure_lexicon()
    low = " ".join(text.lower().split())
    words = [w.strip(".,:()") for w in low.split()]
    types = (*lex["corporatie_types"], *lex["huurders_types"])
    return any(w in lex["cell_values"]["who"] or w.startswith(types) for w in words) \
        or any(re.search(rf"(?<!\w){re.escape(low)}(?!\w)", name.lower()) for name in names if len(low) >= 3)


def matrix_parties(cells: Sequence[str], names: Collection[str] = ()) -> dict[str, int] | None:
    """A "party matrix" header (Onderwerp | Gemeente | Woonstichting De Eik | Huurdersvereniging ...): the first
    column names the subject, every other column a party, each cell below it that party's afspraak. The party
    columns by name ("party:Gemeente"), the first as "label"; None unless at least two parties head the columns."""
    if len(cells) < 3 or not cells[0].strip() or names_party(cells[0], names):
        return None
    heads = [" ".join(c.split()) for c in cells[1:]]
    if len(set(heads)) < len(heads) or not all(h and cell_kind(h) == "who" and names_party(h, names) for h in heads):
        return None
    return {"label": 0, **{f"party:{head}": i for i, head in enumerate(heads, 1)}}


def matrix_cells(cells: Sequence[str], merged: Collection[int], roles: dict[str, int]) -> list[tuple[str | None, str]]:
    """The afspraken of one matrix row: (party, text) for each party cell with text, an empty one ("–", "n.v.t.")
    left out; one cell spanning all the party columns is a joint afspraak (party None)."""
    columns = sorted((i, role[6:]) for role, i in roles.items() if role.startswith("party:"))
    first = columns[0][0]
    if all(i in merged for i, _ in columns[1:]) and first < len(cells):
        return [(None, cells[first].strip())] if not EMPTY_CELL.match(cells[first]) else []
    return [(name, cells[i].strip()) for i, name in columns if i < len(cells) and not EMPTY_CELL.match(cells[i])]


def content_roles(cells: Sequence[str]) -> dict[str, int] | None:
    """Column roles of a row in a table without a header row, from what its cells hold: an optional number first
    or last, the text, and after it who (trekker) and when (planning) as `structure.cell_kind` reads them and a
    change word (lexicon labels.yaml `table_columns`: "nieuw", "gewijzigd") as the attribute "wijziging"; None
    unless the row has a text and a who or when beside it."""
    kinds = [cell_kind(c) for c in cells]
    start = 1 if len(cells) >= 3 and kinds[0] == "number" else 0
    texts = [i for i in range(start, len(cells)) if kinds[i] is None and cells[i].strip()]
    if not texts:
        return None
    text = max(texts, key=lambda i: len(cells[i].split()))
    roles = {"text": text, **({"number": 0} if start else {})}
    for i in range(text + 1, len(cells)):
        role = {"who": "trekker", "when": "planning"}.get(kinds[i] or "")
        if role and role not in roles:
            roles[role] = i
        elif " ".join(cells[i].lower().split()) in CHANGE_VALUES and "attr:wijziging" not in roles:
            roles["attr:wijziging"] = i
        elif kinds[i] == "number" and i == len(cells) - 1 and len(cells) >= 3 and "number" not in roles:
            roles["number"] = i  # "... | Wie | Wanneer | 1.12": the number in the last column
    return roles if "trekker" in roles or "planning" in roles else None
