"""The Dutch language layer: a cheap lookup pipeline for lemmas, and the shipped Dutch model for grammar.

`doc()` and friends use `spacy.blank("nl")` with the lookup lemmatizer from spacy-lookups-data and a rule-based
sentencizer: what ingest and the theme model need, fast.  `parse()` uses the Dutch model shipped in
`models/nl_afspraken` (tagger, morphologizer, parser, trained on Universal Dependencies Dutch): part of speech,
tense and dependencies for reading commitments (`frames`).  Nothing is downloaded; a user's full Dutch pipeline
can be named instead of either (`get_nlp("nl_core_news_md")`).
"""

from __future__ import annotations

import importlib
import logging
import sys
import types
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any


def _import_spacy_without_its_cli() -> None:
    """`import spacy`, without the command line that spaCy's `__init__` imports for `spacy.info` alone.

    `from .cli.info import info` imports all of `spacy.cli` (download, init, debug, weasel; init_config reads a
    YAML file on import): 0.17 s of the 0.6 s of CPU that importing spaCy costs every process that classifies
    themes (issue #19: one ingest worker's start-up). While spaCy imports, `spacy.cli.info` is a stand-in whose
    `info` imports the real one when called; then the stand-in goes, and `import spacy.cli` (training, spaCy's
    own CLI) imports the real package as before.
    """
    if "spacy" in sys.modules or "spacy.cli.info" in sys.modules:
        return
    stand_in = types.ModuleType("spacy.cli.info")

    def info(*args: Any, **kwargs: Any) -> Any:
        return importlib.import_module("spacy.cli.info").info(*args, **kwargs)

    stand_in.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli.info"] = stand_in
    try:
        importlib.import_module("spacy")
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]


_import_spacy_without_its_cli()

import spacy  # noqa: E402 - imported above, without its CLI
from spacy.language import Language  # noqa: E402
from spacy.lookups import Lookups, Table  # noqa: E402
from spacy.tokenizer import Tokenizer  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from .config import default_nlp_model  # noqa: E402
from .errors import ModelNotFound  # noqa: E402

__all__ = ["get_nlp", "docs", "doc", "token_lemmas", "lemmas", "tokens", "sentences", "grammar_nlp", "parse",
           "parse_docs", "lookup_lemma", "known_words"]

log = logging.getLogger(__name__)

DEFAULT_CACHE_SIZE = 20_000


_default_name: str | None = None


def set_default_pipeline(name: str | None) -> None:
    """Use a full Dutch spaCy pipeline (e.g. "nl_core_news_md") wherever no pipeline is named (CLI --spacy-model).

    Raises:
        OSError: the pipeline is not installed.
    """
    global _default_name
    if name:
        _load_named(name)  # fail now, with spaCy's own message, rather than halfway through a batch
    _default_name = name or None


def get_nlp(name: str | None = None) -> Language:
    """The Dutch pipeline: blank "nl" + lookup lemmatizer + sentencizer, or `spacy.load(name)`; cached.

    Args:
        name: a spaCy package or path of a full Dutch pipeline; None for the built-in lookup pipeline.

    Returns:
        A `spacy.Language` whose tokens carry lowercased lemmas.
    """
    name = name or _default_name
    if name:
        return _load_named(name)
    return _lookup_pipeline()


@cache
def grammar_nlp() -> Language:
    """The shipped Dutch model (models/nl_afspraken, or AFSPRAKEN_NLP_MODEL); loaded once per process.

    Raises:
        ModelNotFound: the model folder is missing or not a spaCy pipeline.
    """
    path = default_nlp_model()
    if not (path / "config.cfg").is_file():
        raise ModelNotFound(f"{path}: the Dutch model is missing (retrain it with models/train_nlp.py)")
    log.info("loading the Dutch model from %s", path)
    try:
        return spacy.load(path)
    except (OSError, ValueError) as exc:
        raise ModelNotFound(f"{path}: the Dutch model cannot be loaded: {exc}") from exc


_PARSED = "__grammar__"


def parse(text: str) -> Doc:
    """`text` through the Dutch model: POS, morphology, lemmas, dependencies; cached per text (do not modify)."""
    found = _CACHE.get((text, _PARSED))
    if found is None:
        found = grammar_nlp()(text)
        _CACHE.put((text, _PARSED), found)
    return found


def parse_docs(texts: Iterable[str]) -> list[Doc]:
    """Parse many texts in one `nlp.pipe` pass, filling the cache `parse` reads; returns docs in order."""
    texts = list(texts)
    todo = sorted({t for t in texts if _CACHE.get((t, _PARSED)) is None})
    if todo:
        for text, d in zip(todo, grammar_nlp().pipe(todo, batch_size=256), strict=True):
            _CACHE.put((text, _PARSED), d)
    return [parse(t) for t in texts]


def lookup_lemma(word: str) -> str:
    """The lookup table's lemma of a lowercased word ("gestreefd" -> "streven"); "" when the table has none."""
    table = _lookup_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return table.get(word, "")


@cache
def known_words() -> frozenset[str]:
    """The lowercased words the lemma table knows, as a form or as a lemma ("woningen", "programma")."""
    table = _lookup_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return frozenset(table.by_text) | frozenset(table.by_text.values())


@cache
def _load_named(name: str) -> Language:
    log.info("loading spaCy pipeline %s", name)
    return spacy.load(name)


@cache
def _lookup_pipeline() -> Language:
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": LAZY_TOKENIZER}}})
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("sentencizer")
    # The lemma table from spacy-lookups-data (an installed package: no network). Only the lemmatizer needs
    # initialising in this pipeline; it gets the table as read, keyed by text (see _TextTable).
    lemmatizer.initialize(lookups=_lookup_tables("nl", ["lemma_lookup"]))
    return nlp


def _lookup_tables(lang: str, names: list[str]) -> Lookups:
    """spaCy's `load_lookups`, but each table keyed by its text as read instead of hashed entry by entry."""
    from spacy.util import load_language_data, registry

    files = registry.lookups.get(lang)
    lookups = Lookups()
    for name in names:
        lookups.set_table(name, _TextTable(name, load_language_data(files[name])))
    return lookups


class _TextTable(Table):
    """A spaCy lookups Table over a dict keyed by text, for the lemmatizer's `table.get(text, default)`.

    spaCy's own Table hashes every key as it is filled: 0.45 s for the 213,000 Dutch lemmas, in every process
    (each worker of an ingest), against 0.15 s to read them. Lookups by text give the same answers; anything
    else (lookups by hash, iteration, serialisation) goes to a full spaCy Table, built on first use.
    """

    def __init__(self, name: str, data: dict[str, Any]) -> None:
        super().__init__(name=name)
        self.by_text = data
        self._full: Table | None = None

    def full(self) -> Table:
        if self._full is None:
            self._full = Table.from_dict(self.by_text, name=self.name)
        return self._full

    def get(self, key: Any, default: Any = None) -> Any:
        return self.by_text.get(key, default) if isinstance(key, str) else self.full().get(key, default)

    def __getitem__(self, key: Any) -> Any:
        return self.by_text[key] if isinstance(key, str) else self.full()[key]

    def __contains__(self, key: Any) -> bool:
        return key in self.by_text if isinstance(key, str) else key in self.full()

    def __len__(self) -> int:
        return len(self.by_text)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.full())

    def keys(self) -> Any:
        return self.full().keys()

    def values(self) -> Any:
        return self.full().values()

    def items(self) -> Any:
        return self.full().items()

    def to_bytes(self) -> bytes:
        return self.full().to_bytes()


LAZY_TOKENIZER = "afspraken.special_cases_as_needed.v1"


@spacy.registry.tokenizers(LAZY_TOKENIZER)
def _create_lazy_tokenizer() -> Any:
    """spaCy's default tokenizer for the language, its special cases added only as the texts need them."""

    def make(nlp: Language) -> SpecialCasesAsNeeded:
        defaults = nlp.Defaults
        tokenizer = Tokenizer(
            nlp.vocab,
            rules=None,
            prefix_search=spacy.util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=spacy.util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=spacy.util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        return SpecialCasesAsNeeded(tokenizer, defaults.tokenizer_exceptions)

    return make


class SpecialCasesAsNeeded:
    """A spaCy `Tokenizer` whose special cases (4,670 in Dutch: "bijv.", "o.a.", "'s", ...) are added lazily.

    Adding them all takes 0.45 s, in every process that tokenizes. A special case can only fire where its text
    occurs, so a text without whitespace (a piece, which is what the lemma path tokenizes) gets exactly the
    cases that occur in it, and tokenizes as with all of them. Any other text, and any use of the tokenizer
    beyond calling it, first adds them all.
    """

    LONGEST_PIECE = 200  # longer runs without whitespace (a pasted hash, a long link): searching costs more

    def __init__(self, tokenizer: Tokenizer, rules: dict[str, Any]) -> None:
        self.tokenizer = tokenizer
        self.pending = dict(rules)
        self.lengths = sorted({len(key) for key in rules})
        self.alphanumeric = [key for key in rules if key.isalnum()]  # few ("xD"): nearly all hold punctuation

    def __call__(self, text: str) -> Doc:
        if self.pending:
            if len(text) > self.LONGEST_PIECE or any(c.isspace() for c in text):
                self.add_all()
            else:
                self.add_occurring(text)
        return self.tokenizer(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def add_occurring(self, text: str) -> None:
        """Add the pending special cases whose text occurs in `text`."""
        pending, n = self.pending, len(text)
        if text.isalnum():
            found = {key for key in self.alphanumeric if key in text and key in pending}
        else:
            found = {text[i:i + size] for i in range(n) for size in self.lengths if i + size <= n} & pending.keys()
        for key in sorted(found):  # spaCy adds its cases sorted too
            self.tokenizer.add_special_case(key, pending.pop(key))

    def add_all(self) -> None:
        pending, self.pending = self.pending, {}
        for key in sorted(pending):
            self.tokenizer.add_special_case(key, pending[key])

    def __getattr__(self, name: str) -> Any:
        if name in ("tokenizer", "pending", "lengths", "alphanumeric"):  # not set yet (copy, unpickling)
            raise AttributeError(name)
        # rules, explain, to_bytes, ...: the tokenizer as spaCy made it, with every special case
        self.add_all()
        return getattr(self.tokenizer, name)


class _DocCache:
    """A bounded per-text cache of processed docs (oldest evicted first), shared by doc() and docs()."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[tuple[str, str | None], Doc] = OrderedDict()

    def get(self, key: tuple[str, str | None]) -> Doc | None:
        found = self.items.get(key)
        if found is not None:
            self.items.move_to_end(key)
        return found

    def put(self, key: tuple[str, str | None], value: Doc) -> None:
        self.items[key] = value
        while len(self.items) > self.size:
            self.items.popitem(last=False)


_CACHE = _DocCache(DEFAULT_CACHE_SIZE)


def doc(text: str, name: str | None = None) -> Doc:
    """The processed `Doc` of one text; cached per text (do not modify the result)."""
    found = _CACHE.get((text, name))
    if found is None:
        found = get_nlp(name)(text)
        _CACHE.put((text, name), found)
    return found


def docs(texts: Iterable[str], name: str | None = None) -> list[Doc]:
    """Process many texts at once with `nlp.pipe`, filling the per-text cache; returns docs in order."""
    texts = list(texts)
    todo = sorted({t for t in texts if _CACHE.get((t, name)) is None})
    found: dict[str, Doc] = {}
    if todo:
        found = dict(zip(todo, get_nlp(name).pipe(todo, batch_size=256), strict=True))
        for text, d in found.items():
            _CACHE.put((text, name), d)
    return [found[t] if t in found else doc(t, name) for t in texts]


def token_lemmas(texts: Iterable[str], name: str | None = None) -> Iterator[list[tuple[str, str]]]:
    """(token text, lemma) for every token of each text but whitespace; not cached per text.

    A lookup lemmatizer's lemma depends on the token's text alone, and spaCy's tokenizer splits a text at
    whitespace first and tokenizes each piece on its own (its special cases with whitespace are whitespace
    only). So each distinct piece is tokenized and lemmatized once and remembered, like a word. Other
    pipelines (a rule lemmatizer needs the tagger) run in full, less what lemmas do not need (sentences,
    parse, entities).
    """
    nlp = get_nlp(name)
    if not lemmas_by_text(name):
        skip = [p for p in nlp.pipe_names if p in _NOT_FOR_LEMMAS]
        for d in nlp.pipe(texts, batch_size=256, disable=skip):
            yield [(t.text, t.lemma_) for t in d if not t.is_space]
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    known = _LOOKUP_LEMMAS.setdefault(id(nlp), {})
    for text in texts:
        out: list[tuple[str, str]] = []
        for piece in text.split():
            pairs = known.get(piece)
            if pairs is None:
                if len(known) >= DEFAULT_LEMMA_CACHE:
                    known.clear()
                pairs = known[piece] = [(t.text, lemmatizer.lemmatize(t)[0]) for t in nlp.make_doc(piece)]
            out += pairs
        yield out


def lemmas_by_text(name: str | None = None) -> bool:
    """Whether a token's lemma depends on its text alone (a lookup lemmatizer), so that it can be kept per word."""
    nlp = get_nlp(name)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    return lemmatizer is not None and getattr(lemmatizer, "mode", None) == "lookup"


_NOT_FOR_LEMMAS = {"sentencizer", "senter", "parser", "ner"}
_LOOKUP_LEMMAS: dict[int, dict[str, list[tuple[str, str]]]] = {}
DEFAULT_LEMMA_CACHE = 500_000


def _lemma(token) -> str:
    return (token.lemma_ or token.text).lower()


def tokens(text: str, name: str | None = None) -> list[str]:
    """The token texts of `text` (whitespace dropped)."""
    return [t.text for t in doc(text, name) if not t.is_space]


def lemmas(text: str, name: str | None = None) -> list[str]:
    """Lowercased lemmas of the alphanumeric tokens of `text`."""
    return [_lemma(t) for t in doc(text, name) if any(c.isalnum() for c in t.text)]


def sentences(text: str, name: str | None = None) -> list[str]:
    """The sentences of `text` as strings."""
    return [s.text for s in doc(text, name).sents]
