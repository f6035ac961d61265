"""The words a reader sees in a report, in Dutch (the default) and English (`--lang en`).

Statuses and themes are stored as English slugs (`weakened`, `duurzaamheid_klimaat`); reports never show the
slugs: `status_label` and `theme_name` give the word in the report's language, `t` every other label.
"""

from __future__ import annotations

from typing import Any

LANGS = ("nl", "en")
DEFAULT_LANG = "nl"

STATUS_LABELS = {
    "nl": {"new": "nieuw", "dropped": "vervallen", "weakened": "afgezwakt", "strengthened": "aangescherpt",
           "reworded": "geherformuleerd", "unchanged": "ongewijzigd", "unclear": "onduidelijk",
           "modified": "gewijzigd", "split": "gesplitst", "merged": "samengevoegd"},
    "en": {"new": "new", "dropped": "dropped", "weakened": "weakened", "strengthened": "strengthened",
           "reworded": "reworded", "unchanged": "unchanged", "unclear": "unclear", "modified": "modified",
           "split": "split", "merged": "merged"},
}
THEME_NAMES = {
    "nl": {"beschikbaarheid_betaalbaarheid": "Beschikbaarheid en betaalbaarheid",
           "duurzaamheid_klimaat": "Duurzaamheid en klimaat", "kwaliteit": "Kwaliteit",
           "leefbaarheid": "Leefbaarheid", "overig": "Overig (proces)", "(geen thema)": "Geen thema"},
    "en": {"beschikbaarheid_betaalbaarheid": "Availability and affordability",
           "duurzaamheid_klimaat": "Sustainability and climate", "kwaliteit": "Quality",
           "leefbaarheid": "Liveability", "overig": "Other (process)", "(geen thema)": "No theme"},
}
REASON_KINDS = {
    "nl": {"quantity": "aantal", "deadline": "termijn", "modality": "stelligheid", "condition": "voorwaarde",
           "scope": "reikwijdte", "label": "energielabel"},
    "en": {},
}
TYPE_NAMES = {
    "nl": {"prestatieafspraken": "prestatieafspraken", "bod": "bod", "kennisgeving": "kennisgeving",
           "other": "overig"},
    "en": {"prestatieafspraken": "performance agreement", "bod": "bid", "kennisgeving": "council notice",
           "other": "other"},
}
WORDS = {
    "title": ("Prestatieafspraken: wat is er veranderd", "Performance agreements: what changed"),
    "summary": ("Samenvatting", "Summary"),
    "contents": ("Inhoud", "Contents"),
    "newest_pair": ("Nieuwste jaarpaar per reeks", "Newest pair of years per series"),
    "overall": ("Totaal (nieuwste paar per reeks)", "Total (newest pair per series)"),
    "series": ("Reeks", "Series"),
    "years": ("Jaren", "Years"),
    "theme": ("Thema", "Theme"),
    "year": ("Jaar", "Year"),
    "afspraken": ("Afspraken", "Afspraken"),
    "per_theme_newest": ("Per thema, nieuwste jaarpaar", "Per theme, newest pair of years"),
    "weak_dropped": ("Afgezwakt en vervallen, nieuwste jaar eerst", "Weakened and dropped, newest year first"),
    "none_weak_dropped": ("Geen afgezwakte of vervallen afspraken.", "No weakened or dropped afspraken."),
    "no_pairs": ("Nog geen vergeleken jaarparen in deze selectie: voer `afspraken changes` uit.",
                 "No compared pairs of years in this selection yet: run `afspraken changes`."),
    "changes_per_series": ("Wijzigingen per reeks", "Changes per series"),
    "per_theme_year": ("Per thema en jaar", "Per theme and year"),
    "afspraken_per_theme_year": ("Afspraken per thema en jaar", "Afspraken per theme and year"),
    "changes_chart": ("Wijzigingen {old} → {new} per thema", "Changes {old} → {new} per theme"),
    "review": ("Ter controle", "To review"),
    "provenance": ("Verantwoording", "Provenance"),
    "inputs": ("Documenten", "Documents"),
    "document": ("Document", "Document"),
    "type": ("Soort", "Type"),
    "pages": ("Pagina's", "Pages"),
    "page": ("p.", "p."),
    "reason": ("Reden", "Reason"),
    "text": ("Tekst", "Text"),
    "number": ("Nr", "Nr"),
    "score": ("Score", "Score"),
    "status": ("Status", "Status"),
    "old": ("Oud", "Old"),
    "new_text": ("Nieuw", "New"),
    "link": ("Vindplaats", "Source"),
    "consecutive": ("opeenvolgende jaren", "consecutive years"),
    "bod": ("bod → afspraken", "bid → agreement"),
    "similarity": ("gelijkenis", "similarity"),
    "quiet": ("{n} geherformuleerd of ongewijzigd", "{n} reworded or unchanged"),
    "no_changes": ("Geen vergelijkingen opgeslagen voor deze selectie: voer `afspraken changes` uit.",
                   "No comparisons stored for this selection: run `afspraken changes`."),
    "no_agreements": ("Geen prestatieafspraken in de selectie.", "No prestatieafspraken in the selection."),
    "unthemed": ("{n} afspraken hebben geen thema (geen themamodel bij het inlezen).",
                 "{n} afspraken have no theme (no theme model when they were ingested)."),
    "theme_unsure": ("Thema onzeker (score onder {t:g}): {n}", "Theme uncertain (score below {t:g}): {n}"),
    "unclear_changes": ("Onduidelijke wijzigingen: {n}", "Unclear changes: {n}"),
    "report": ("Rapport", "Report"),
    "selection": ("Selectie", "Selection"),
    "everything": ("alles in de database", "everything in the store"),
    "run": ("Run", "Run"),
    "interrupted": ("onderbroken", "interrupted"),
    "filtered": ("Gefilterd: {what}", "Filtered: {what}"),
    "versions": ("Versies", "Versions"),
    "used_instead": ("{used} gebruikt voor {year}, niet {other} ({why})",
                     "{used} used for {year}, not {other} ({why})"),
    "later_ingest": ("later ingelezen", "ingested later"),
    "generated": ("gemaakt", "generated"),
    "from_db": ("uit", "from"),
}


def t(key: str, lang: str = DEFAULT_LANG, **values: Any) -> str:
    """A label in the report's language, with its {placeholders} filled."""
    nl, en = WORDS[key]
    text = en if lang == "en" else nl
    return text.format(**values) if values else text


def status_label(status: Any, lang: str = DEFAULT_LANG) -> str:
    """A status as the reader's word (`weakened` -> `afgezwakt`)."""
    return STATUS_LABELS["en" if lang == "en" else "nl"].get(str(status), str(status))


def theme_name(theme: Any, lang: str = DEFAULT_LANG) -> str:
    """A theme slug as words; a missing theme as "Geen thema"."""
    key = theme if isinstance(theme, str) and theme else "(geen thema)"
    return THEME_NAMES["en" if lang == "en" else "nl"].get(key, key)


def reason_kind(kind: Any, lang: str = DEFAULT_LANG) -> str:
    """A reason kind as a word (`deadline` -> `termijn`)."""
    return REASON_KINDS["en" if lang == "en" else "nl"].get(str(kind), str(kind))


def type_name(doc_type: Any, lang: str = DEFAULT_LANG) -> str:
    """A document type as a word."""
    return TYPE_NAMES["en" if lang == "en" else "nl"].get(str(doc_type), str(doc_type))


def check_lang(lang: str) -> str:
    """The language, or ValueError naming the ones there are."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: choose {' or '.join(LANGS)}")
    return lang
