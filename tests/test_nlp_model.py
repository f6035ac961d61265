"""The shipped Dutch model (models/nl_afspraken) on the project's domain sets (issue #19).

tests/data/nlp_domain.conllu is the evaluation set, tests/data/nlp_domain_train.conllu the training set mixed
into training by models/train_nlp.py; these tests keep the two apart and the model at its target.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRAIN_SET = ROOT / "tests" / "data" / "nlp_domain_train.conllu"


@pytest.fixture(scope="module")
def train_nlp():
    spec = importlib.util.spec_from_file_location("train_nlp", ROOT / "models" / "train_nlp.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_nlp"] = module
    spec.loader.exec_module(module)
    return module


def _sentences(path: Path) -> list[tuple[str, list[list[str]]]]:
    out, text, rows = [], "", []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if rows:
                out.append((text, rows))
            text, rows = "", []
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line.startswith("#"):
            rows.append(line.split("\t"))
    return out


def _norm(text: str) -> str:
    return re.sub(r"\d+", "0", text.lower()).strip()


def test_domain_training_set_is_full_trees_disjoint_from_the_evaluation_set(train_nlp):
    sentences = _sentences(TRAIN_SET)
    assert len(sentences) >= 300
    held_out = {_norm(s.text) for s in train_nlp.read_domain(train_nlp.DOMAIN_SET)}
    for text, rows in sentences:
        assert _norm(text) not in held_out, text
        assert all(len(r) == 10 for r in rows), text
        heads = [int(r[6]) for r in rows]  # a missing head ("_") fails here: spaCy would read it as a root
        assert heads.count(0) == 1, text
        root = heads.index(0) + 1
        assert "Checked=Yes" in rows[root - 1][9], text
        for i in range(1, len(rows) + 1):  # every token reaches the root: a tree, no cycle
            seen, k = set(), i
            while k != root:
                assert k not in seen, (text, i)
                seen.add(k)
                k = heads[k - 1]
    docs = train_nlp.read_domain_train(TRAIN_SET, train_nlp.spacy_vocab())
    assert len(docs) == len(sentences)
    assert all(sum(t.dep_ == "ROOT" for t in d) == 1 for d in docs)


def test_shipped_model_finds_the_head_verb_of_nine_in_ten_domain_sentences_and_more(train_nlp):
    from pipeline.nlp import grammar_nlp

    scores = train_nlp.evaluate_domain(grammar_nlp(), train_nlp.read_domain(train_nlp.DOMAIN_SET))
    assert scores["head_verb_acc"] >= 0.95, scores["head_verb_errors"]
    assert scores["pos_acc"] >= 0.95
