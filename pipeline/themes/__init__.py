"""Theme classification: every afspraak gets one of the five themes, with a calibrated score per theme.

The stage: mask what biases a topic model without carrying the topic (`masking`: years, amounts, figures and the
names of gemeenten, corporaties and huurdersorganisaties), vectorise the whole afspraak as lemma n-grams
(spaCy Dutch lookup lemmas via `pipeline.nlp`) plus character n-grams within word boundaries (`features`:
compounds such as zonnepanelen or huurwoningvoorraad and unseen words still carry signal), and classify with a
multinomial logistic regression (`model`, fitted by `fit`). A small keyword lexicon per theme is added to the
model's logits with a weight, and a temperature rescales them; both are fitted on grouped out-of-fold
predictions (never a random split), so the scores are calibrated and the lexicon only counts as much as it
helps. `explain` applies a model to documents, explains a prediction and lists uncertain ones for review.

Training data (`data`): the corpus gold (or the YAML sources while the gold is not built), weak labels
harvested from documents whose sections are theme headings (`pipeline/lexicon/themes.yaml`), and a user's
corrections CSV. Training from PDFs and the leave-one-family-out evaluation read documents through
`pipeline.run`, so they sit above it: `pipeline.train` and `pipeline.evaluate.themes`.
A model is saved as plain arrays (`themes.npz`, loaded with allow_pickle=False) plus JSON metadata
(`themes.json`) and a model card (`README.md`, `card`): no pickle anywhere.
"""

from __future__ import annotations

from .data import (
    Example,
    extra_training_sources,
    gold_checksum,
    heading_theme,
    load_examples,
    load_gold_examples,
    read_corrections,
    section_theme,
    training_examples,
    weak_examples,
)
from .explain import (
    ReviewItem,
    classify_document,
    classify_texts,
    explain,
    review_items,
    review_threshold,
    second_theme_threshold,
    theme_ranking,
    top_themes,
)
from .features import compound_parts, default_keywords
from .fit import code_checksum, fit_examples
from .masking import mask, names_of, theme_mask
from .model import ThemeModel, resolve_model
from .settings import ThemeSettings

__all__ = [
    "Example",
    "ReviewItem",
    "ThemeModel",
    "ThemeSettings",
    "classify_document",
    "classify_texts",
    "code_checksum",
    "compound_parts",
    "default_keywords",
    "explain",
    "extra_training_sources",
    "fit_examples",
    "gold_checksum",
    "heading_theme",
    "load_examples",
    "load_gold_examples",
    "mask",
    "names_of",
    "read_corrections",
    "resolve_model",
    "review_items",
    "review_threshold",
    "second_theme_threshold",
    "section_theme",
    "theme_mask",
    "theme_ranking",
    "top_themes",
    "training_examples",
    "weak_examples",
]
