#!/usr/bin/env python
"""Train, adapt and evaluate the project's Dutch spaCy pipeline `models/nl_afspraken` on Universal Dependencies Dutch.

Usage (from the project root, in the dev virtualenv):
    python models/train_nlp.py --ud ../shared/ud-dutch -o models/nl_afspraken             # train, adapt, evaluate
    python models/train_nlp.py --ud ../shared/ud-dutch -o models/nl_afspraken --eval-only # evaluate what is shipped

What it does:
1. Converts the CoNLL-U files with spaCy's own converter (`conllu_to_docs`), 10 sentences a doc. Training data:
   nl_alpino-ud-dev, nl_lassysmall-ud-dev and nl_lassysmall-ud-test; every 10th doc of these is held out as the
   dev set (early stopping, model choice, lemmatizer choice). nl_alpino-ud-test is read for evaluation only.
   Lemmas lose Alpino's compound separator ("woning_bouw" -> "woningbouw", "mee_doen" -> "meedoen"): the
   project wants dictionary lemmas, as spacy-lookups-data gives them.
2. Trains with spaCy's own loop (`spacy.cli.train.train`) and the config models/nl_afspraken.cfg: tok2vec,
   tagger (Alpino XPOS), morphologizer (UPOS + features), trainable lemmatizer, parser. One thread.
3. Chooses the lemmatizer on the held-out dev set: the trained edit-tree lemmatizer, or spaCy's Dutch lookup or
   rule lemmatizer over the spacy-lookups-data tables (whichever scores best; all are reported on Alpino test).
4. Adds the domain layer from models/nl_afspraken_domain.json, through spaCy's own mechanisms only: tokenizer
   special cases and suffix/infix rules, and an attribute_ruler (last in the pipeline) with patterns. They are
   saved with the pipeline (tokenizer file, attribute_ruler/patterns): loading needs no code of ours.
5. Evaluates on nl_alpino-ud-test (POS, morphology, XPOS, lemma, UAS, LAS, tokens) and on the project's own
   domain set tests/data/nlp_domain.conllu (UPOS, head verb), measures speed on one core, load time and size,
   and writes the pipeline (spaCy's to_disk format), scores.json and the model card README.md with checksums.
"""

from __future__ import annotations

import os

# One thread, set before numpy/thinc load: the machine is shared and the figures are per core.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"
CONFIG = MODELS / "nl_afspraken.cfg"
DOMAIN_RULES = MODELS / "nl_afspraken_domain.json"
DOMAIN_SET = ROOT / "tests" / "data" / "nlp_domain.conllu"
DOMAIN_TRAIN = ROOT / "tests" / "data" / "nlp_domain_train.conllu"  # hand-corrected agreement sentences, partial trees
DOMAIN_REPEAT = 2  # each domain training sentence is seen twice per epoch: 335 sentences beside ~3,700 of UD
WORK = ROOT / "build" / "train_nlp"
CORPUS_GOLD = ROOT / "corpus" / "gold"

TRAIN_FILES = ("nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu")
TEST_FILE = "nl_alpino-ud-test.conllu"  # evaluation only: never trained on, never used for early stopping
SENTS_PER_DOC = 10
DEV_EVERY = 10  # every 10th training doc is held out as the dev set

TARGETS = {"pos_acc": 0.92, "morph_acc": 0.90, "dep_las": 0.70, "domain_pos_acc": 0.95, "domain_head_verb_acc": 0.95,
           "load_seconds": 1.0}
TAGGING_ONLY = ("trainable_lemmatizer", "lemmatizer", "parser", "attribute_ruler")  # disabled for "tagger+morph"


# --- data ---------------------------------------------------------------------------------------------------

def normalise_lemma(lemma: str) -> str:
    """Alpino's lemma without its compound/particle separator: "woning_bouw" -> "woningbouw"."""
    return lemma.replace("_", "") if len(lemma) > 1 else lemma


def read_conllu(path: Path, n_sents: int, normalise: bool) -> list:
    """The sentences of a CoNLL-U file as spaCy Docs, `n_sents` to a doc, by spaCy's own converter."""
    from spacy.training.converters import conllu_to_docs

    docs = list(conllu_to_docs(path.read_text(encoding="utf-8"), n_sents=n_sents, no_print=True))
    if normalise:
        for doc in docs:
            for token in doc:
                token.lemma_ = normalise_lemma(token.lemma_)
    return docs


def rehome(docs: list, vocab) -> list:
    """The same docs in another vocab (the pipeline's), through spaCy's DocBin, so that scorers find every string."""
    from spacy.tokens import DocBin

    return list(DocBin(store_user_data=False, docs=docs).get_docs(vocab))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def convert(ud: Path, work: Path) -> dict[str, Any]:
    """Training files -> work/train.spacy and work/dev.spacy (every DEV_EVERY-th doc held out); stats."""
    from spacy.tokens import DocBin

    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    stats: dict[str, Any] = {"files": {}, "train_sentences": 0, "train_tokens": 0, "dev_sentences": 0,
                             "dev_tokens": 0}
    index = 0
    for name in TRAIN_FILES:
        path = ud / name
        stats["files"][name] = {"sha256": sha256(path)}
        for doc in read_conllu(path, SENTS_PER_DOC, normalise=True):
            part = "dev" if index % DEV_EVERY == DEV_EVERY - 1 else "train"
            (dev if part == "dev" else train).add(doc)
            stats[f"{part}_sentences"] += sum(1 for _ in doc.sents)
            stats[f"{part}_tokens"] += len(doc)
            index += 1
    stats["files"][TEST_FILE] = {"sha256": sha256(ud / TEST_FILE), "use": "evaluation only"}
    domain = read_domain_train(DOMAIN_TRAIN, spacy_vocab())
    for _ in range(DOMAIN_REPEAT):
        for doc in domain:
            train.add(doc)
    stats["domain_train"] = {"file": DOMAIN_TRAIN.name, "sha256": sha256(DOMAIN_TRAIN), "sentences": len(domain),
                             "tokens": sum(len(d) for d in domain), "repeat": DOMAIN_REPEAT}
    work.mkdir(parents=True, exist_ok=True)
    train.to_disk(work / "train.spacy")
    dev.to_disk(work / "dev.spacy")
    return stats


def spacy_vocab():
    import spacy

    return spacy.blank("nl").vocab


def read_domain_train(path: Path, vocab) -> list:
    """The domain training set as spaCy Docs, one a sentence: UPOS, FEATS, HEAD and DEPREL of every token.

    Full trees (the file's header says which parts were checked by hand): spaCy 3.8's parser oracle reads a missing
    head as the token's own index, a root, so a missing HEAD is refused here. No sentence may also be in the domain
    evaluation set (same text but for its digits).
    """
    import re

    from spacy.tokens import Doc

    def norm(text: str) -> str:
        return re.sub(r"\\d+", "0", text.lower()).strip()

    held_out = {norm(s.text) for s in read_domain(DOMAIN_SET)}
    docs, rows, text = [], [], ""

    def flush() -> None:
        if not rows:
            return
        if norm(text) in held_out:
            raise ValueError(f"{path.name}: {text!r} is in the domain evaluation set")
        words = [r[1] for r in rows]
        spaces = ["SpaceAfter=No" not in r[9] for r in rows]
        spaces[-1] = False
        if any(r[6] == "_" or r[7] == "_" for r in rows):
            raise ValueError(f"{path.name}: {text!r} has a token without HEAD or DEPREL")
        heads = [int(r[6]) - 1 if r[6] != "0" else i for i, r in enumerate(rows)]
        deps = ["ROOT" if r[7] == "root" else r[7] for r in rows]
        morphs = ["" if r[5] == "_" else r[5] for r in rows]
        docs.append(Doc(vocab, words=words, spaces=spaces, pos=[r[3] for r in rows], morphs=morphs, heads=heads,
                        deps=deps))

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            rows, text = [], ""
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line.startswith("#"):
            rows.append(line.split("\t"))
    flush()
    return docs


# --- training -----------------------------------------------------------------------------------------------

def train(config: Path, work: Path, seed: int, overrides: dict[str, Any], name: str = "run") -> tuple[Path, float]:
    """spaCy's own training loop on work/train.spacy, early stopping on work/dev.spacy; (model-best, seconds)."""
    from spacy.cli.train import train as spacy_train

    output = work / name
    if output.exists():
        shutil.rmtree(output)
    settings = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
                "system.seed": seed, **overrides}
    start = time.perf_counter()
    spacy_train(config, output, use_gpu=-1, overrides=settings)
    return output / "model-best", time.perf_counter() - start


# --- lemmatizer choice --------------------------------------------------------------------------------------

def with_spacy_lemmatizer(model: Path, mode: str):
    """The trained pipeline with spaCy's Dutch lookup or rule lemmatizer (spacy-lookups-data) instead of its own."""
    import spacy

    nlp = spacy.load(model)
    nlp.remove_pipe("trainable_lemmatizer")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": mode}, after="morphologizer")
    lemmatizer.initialize()
    return nlp


def lemma_scores(nlp, gold_docs: list) -> dict[str, float]:
    """Lemma accuracy over all gold tokens (misaligned ones count as wrong): exact, and lowercased."""
    from spacy.training import Example

    gold_docs = rehome(gold_docs, nlp.vocab)
    preds = list(nlp.pipe((d.text for d in gold_docs), batch_size=256))
    total = exact = lower = 0
    for pred, gold in zip(preds, gold_docs, strict=True):
        example = Example(pred, gold)
        x2y = example.alignment.y2x  # gold token -> predicted tokens
        for token in gold:
            total += 1
            found = x2y[token.i]
            if len(found) != 1 or len(example.alignment.x2y[int(found[0])]) != 1:
                continue
            predicted = pred[int(found[0])].lemma_
            exact += predicted == token.lemma_
            lower += predicted.lower() == token.lemma_.lower()
    return {"lemma_acc": exact / total, "lemma_acc_lower": lower / total}


def choose_lemmatizer(model: Path, dev_docs: list, test_docs: list) -> tuple[str, dict[str, Any]]:
    """The lemmatizer that scores best (lowercased accuracy) on the dev set, and every candidate's scores."""
    import spacy

    candidates = {"trainable": spacy.load(model), "lookup": with_spacy_lemmatizer(model, "lookup"),
                  "rule": with_spacy_lemmatizer(model, "rule")}
    report = {name: {"dev": lemma_scores(nlp, dev_docs), "alpino_test": lemma_scores(nlp, test_docs)}
              for name, nlp in candidates.items()}
    best = max(report, key=lambda name: report[name]["dev"]["lemma_acc_lower"])
    return best, report


# --- the domain layer ---------------------------------------------------------------------------------------

def adapt(nlp, rules: dict[str, Any]) -> None:
    """Tokenizer special cases, suffixes and infixes, and an attribute_ruler; all saved with the pipeline."""
    from spacy.util import compile_infix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    drop = set(rules.get("drop_special_cases", ()))
    if drop:  # "B." is an initial in news text, but an energy label ending a sentence in agreements
        tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in drop}
    for text, pieces in rules["special_cases"].items():
        tokenizer.add_special_case(text, pieces)
    suffixes = list(rules["suffixes"]) + list(nlp.Defaults.suffixes)
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = list(nlp.Defaults.infixes) + list(rules["infixes"])
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "attribute_ruler" in nlp.pipe_names:
        nlp.remove_pipe("attribute_ruler")
    ruler = nlp.add_pipe("attribute_ruler", last=True)
    ruler.add_patterns([{k: v for k, v in p.items() if k != "why"} for p in rules["attribute_ruler"]])


def check_tokenizer(nlp, rules: dict[str, Any]) -> list[str]:
    """The tokenizer checks of the domain rules that fail (empty when all pass)."""
    failures = []
    for text, expected in rules["tokenizer_checks"].items():
        got = [t.text for t in nlp.make_doc(text)]
        if got != expected:
            failures.append(f"{text!r}: {got} != {expected}")
    return failures


# --- evaluation ---------------------------------------------------------------------------------------------

def evaluate_ud(nlp, gold_docs: list) -> dict[str, float]:
    """spaCy's scorer on predicted tokenization aligned to gold, plus lemma accuracy without `_`."""
    from spacy.scorer import Scorer
    from spacy.training import Example

    gold_docs = rehome(gold_docs, nlp.vocab)
    preds = list(nlp.pipe((d.text for d in gold_docs), batch_size=256))
    scores = Scorer(nlp).score([Example(p, g) for p, g in zip(preds, gold_docs, strict=True)])
    keep = ("token_acc", "pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    out = {key: round(float(scores[key]), 4) for key in keep if scores.get(key) is not None}
    out["morph_per_feat"] = {feat: round(v["f"], 4) for feat, v in (scores.get("morph_per_feat") or {}).items()
                             if feat in ("Tense", "VerbForm", "Mood", "Number", "Person", "Degree")}
    return out


@dataclass
class DomainSentence:
    sent_id: str
    text: str
    words: list[str]
    spaces: list[bool]
    upos: list[str]
    root: int  # index of the head verb (the UD root)
    meta: dict[str, str] = field(default_factory=dict)


def read_domain(path: Path) -> list[DomainSentence]:
    """The domain set: CoNLL-U with UPOS for every token and HEAD/DEPREL at least for the root."""
    out: list[DomainSentence] = []
    meta: dict[str, str] = {}
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        roots = [i for i, r in enumerate(rows) if r[7] == "root"]
        if len(roots) != 1:
            raise ValueError(f"{meta.get('sent_id')}: {len(roots)} roots")
        words = [r[1] for r in rows]
        spaces = ["SpaceAfter=No" not in r[9] for r in rows]
        spaces[-1] = False
        text = "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True))
        if meta.get("text") and meta["text"] != text:
            raise ValueError(f"{meta.get('sent_id')}: text {meta['text']!r} != tokens {text!r}")
        out.append(DomainSentence(meta.get("sent_id", str(len(out))), text, words, spaces, [r[3] for r in rows],
                                  roots[0], dict(meta)))

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            meta, rows = {}, []
        elif line.startswith("#"):
            key, _, value = line[1:].partition("=")
            if value:
                meta[key.strip()] = value.strip()
        else:
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                raise ValueError(f"bad line: {line!r}")
            rows.append(cols)
    flush()
    return out


def head_verb(doc) -> int:
    """The predicted head verb: the root of the longest predicted sentence."""
    longest = max(doc.sents, key=len)
    return longest.root.i


def evaluate_domain(nlp, sentences: list[DomainSentence], disable: tuple[str, ...] = ()) -> dict[str, Any]:
    """UPOS accuracy over gold tokens (misaligned count as wrong) and head-verb accuracy on the domain set."""
    from spacy.tokens import Doc
    from spacy.training import Example

    preds = list(nlp.pipe((s.text for s in sentences), batch_size=256, disable=list(disable)))
    tokens = correct = verbs = 0
    errors: list[dict[str, Any]] = []
    confusions: Counter = Counter()
    for sent, pred in zip(sentences, preds, strict=True):
        gold = Doc(nlp.vocab, words=sent.words, spaces=sent.spaces, pos=sent.upos)
        align = Example(pred, gold).alignment
        for i, token in enumerate(gold):
            tokens += 1
            found = align.y2x[i]
            ok = len(found) == 1 and len(align.x2y[int(found[0])]) == 1 and pred[int(found[0])].pos_ == token.pos_
            correct += ok
            if not ok:
                got = pred[int(found[0])].pos_ if len(found) == 1 else "<split>"
                confusions[(token.text, token.pos_, got)] += 1
        gold_root = gold[sent.root]
        predicted = pred[head_verb(pred)]
        hit = predicted.idx == gold_root.idx and len(predicted) == len(gold_root)
        verbs += hit
        if not hit:
            errors.append({"id": sent.sent_id, "gold": f"{gold_root.i + 1}:{gold_root.text}",
                           "pred": f"{predicted.i + 1}:{predicted.text}", "text": sent.text})
    return {"sentences": len(sentences), "tokens": tokens, "pos_acc": round(correct / tokens, 4),
            "head_verb_acc": round(verbs / len(sentences), 4), "head_verb_errors": errors,
            "pos_confusions": [f"{w} {g}->{p} x{n}" for (w, g, p), n in confusions.most_common()]}


def corpus_texts() -> list[str]:
    """The afspraken texts of the bundled corpus (the speed benchmark's text)."""
    texts = []
    for path in sorted(CORPUS_GOLD.glob("*.json")):
        if path.name == "index.json":
            continue
        texts += [a["text"] for a in json.loads(path.read_text(encoding="utf-8")).get("afspraken", [])]
    return texts


def words_per_second(nlp, texts: list[str], disable: tuple[str, ...], rounds: int = 3) -> float:
    """Median words per CPU-second of nlp.pipe over `texts` on one thread (after one warm-up pass).

    CPU time of this (single-threaded) process, not wall time: the machine is shared, and on an idle core the two
    agree; under load the wall clock measures the neighbours.
    """
    disable = tuple(d for d in disable if d in nlp.pipe_names)
    words = sum(len(d) for d in nlp.pipe(texts, batch_size=256, disable=list(disable)))
    rates = []
    for _ in range(rounds):
        start = time.process_time()
        for _doc in nlp.pipe(texts, batch_size=256, disable=list(disable)):
            pass
        rates.append(words / (time.process_time() - start))
    return round(statistics.median(rates))


def load_seconds(model: Path, rounds: int = 5) -> dict[str, float]:
    """Median seconds of `spacy.load(model)` in a fresh process (spaCy already imported), and of the import.

    Wall and CPU time; the card gives CPU time for the reason in `words_per_second`, and the wall time beside it.
    """
    code = ("import time; t0 = time.process_time(); import spacy; t1 = time.process_time(); w1 = time.perf_counter(); "
            f"spacy.load({str(model)!r}); t2 = time.process_time(); w2 = time.perf_counter(); "
            "print(t1 - t0, t2 - t1, w2 - w1)")
    loads, imports, walls = [], [], []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONWARNINGS": "ignore"})
        imp, load, wall = map(float, out.stdout.split())
        imports.append(imp)
        loads.append(load)
        walls.append(wall)
    return {"load_seconds": round(statistics.median(loads), 3), "load_wall_seconds": round(statistics.median(walls), 3),
            "import_spacy_seconds": round(statistics.median(imports), 3)}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "cpu"


def shipped_files(model: Path) -> list[Path]:
    return sorted(p for p in model.rglob("*") if p.is_file())


# --- the model card -----------------------------------------------------------------------------------------

def write_card(model: Path, scores: dict[str, Any]) -> None:
    """scores.json, then README.md with the sha256 of every other shipped file (README.md itself cannot be)."""
    (model / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    files = [p for p in shipped_files(model) if p.name != "README.md"]
    sums = "\n".join(f"| `{p.relative_to(model)}` | {p.stat().st_size:,} | `{sha256(p)}` |" for p in files)
    (model / "README.md").write_text(CARD.format(checksums=sums, **card_fields(scores)), encoding="utf-8")


def _fmt(value: float, target: float | None = None, higher: bool = True) -> str:
    text = f"{value:.3f}"
    if target is not None:
        met = value >= target if higher else value < target
        text += f" (target {'>=' if higher else '<'} {target:g}: {'met' if met else 'NOT met'})"
    return text


def card_fields(s: dict[str, Any]) -> dict[str, str]:
    ud, dom, sp = s["alpino_test"], s["domain"], s["speed"]
    lem = s["lemmatizer"]
    lemma_rows = "\n".join(
        f"| {name}{' (shipped)' if name == lem['chosen'] else ''} | {r['dev']['lemma_acc_lower']:.3f} | "
        f"{r['alpino_test']['lemma_acc_lower']:.3f} | {r['alpino_test']['lemma_acc']:.3f} |"
        for name, r in lem["candidates"].items())
    feats = ", ".join(f"{k} {v:.3f}" for k, v in ud.get("morph_per_feat", {}).items())
    runs = "\n".join(f"| {r['name']} | {r['settings']} | {r['train_seconds'] / 60:.1f} | {r['dev']} | "
                     f"{r.get('alpino_test', '')} |" for r in s.get("tuning", []))
    t = s["training"]
    return {
        "version": s["version"], "spacy": s["libraries"]["spacy"], "components": ", ".join(s["pipeline"]),
        "architecture": s["architecture"],
        "train_sents": f"{t['data']['train_sentences']:,}", "train_tokens": f"{t['data']['train_tokens']:,}",
        "dev_sents": f"{t['data']['dev_sentences']:,}", "dev_tokens": f"{t['data']['dev_tokens']:,}",
        "pos": _fmt(ud["pos_acc"], TARGETS["pos_acc"]), "morph": _fmt(ud["morph_acc"], TARGETS["morph_acc"]),
        "las": _fmt(ud["dep_las"], TARGETS["dep_las"]), "uas": _fmt(ud["dep_uas"]), "tag": _fmt(ud["tag_acc"]),
        "lemma": _fmt(s["alpino_test_lemma"]["lemma_acc_lower"]), "lemma_ud": _fmt(ud["lemma_acc"]),
        "tokens": _fmt(ud["token_acc"]), "feats": feats,
        "dom_n": str(dom["sentences"]), "dom_tokens": str(dom["tokens"]),
        "dom_pos": _fmt(dom["pos_acc"], TARGETS["domain_pos_acc"]),
        "dom_head": _fmt(dom["head_verb_acc"], TARGETS["domain_head_verb_acc"]),
        "dom_pos_noruler": _fmt(s["domain_without_ruler"]["pos_acc"]),
        "dom_head_noruler": _fmt(s["domain_without_ruler"]["head_verb_acc"]),
        "wps_full": f"{sp['full_words_per_s']:,}", "wps_tag": f"{sp['tagger_morphologizer_words_per_s']:,}",
        "wps_words": f"{sp['words']:,}",
        "load": (f"{s['load']['load_seconds']:.3f} s of CPU time (target < {TARGETS['load_seconds']:g} s: "
                 f"{'met' if s['load']['load_seconds'] < TARGETS['load_seconds'] else 'NOT met'})"),
        "import": f"{s['load']['import_spacy_seconds']:.2f}",
        "size": f"{s['size_bytes'] / 1e6:.1f}", "lemma_rows": lemma_rows, "lemma_choice": lem["chosen"],
        "command": t["command"], "train_minutes": f"{t['train_seconds'] / 60:.1f}", "seed": str(t["seed"]),
        "runs": runs, "date": t["date"], "cpu": s["machine"],
        "ruler_patterns": str(s["domain_rules"]["attribute_ruler_patterns"]),
        "load_wall": f"{s['load']['load_wall_seconds']:.2f}",
        "rule_list": "\n".join(f"- {r}" for r in s["domain_rules"].get("attribute_ruler_why", [])),
        "head_errors": "\n".join(f"- {e['id']}: gold `{e['gold']}`, predicted `{e['pred']}`: {e['text']}"
                                 for e in dom["head_verb_errors"]),
        "n_head_errors": str(len(dom["head_verb_errors"])),
        "dom_train_sents": str(t["data"].get("domain_train", {}).get("sentences", 0)),
        "dom_train_tokens": f"{t['data'].get('domain_train', {}).get('tokens', 0):,}",
        "dom_train_repeat": str(t["data"].get("domain_train", {}).get("repeat", 0)),
        "lemma_dev": " vs ".join(f"{name} {r['dev']['lemma_acc_lower']:.3f}" for name, r in lem["candidates"].items()),
        "special_cases": str(s["domain_rules"]["special_cases"]),
    }


CARD = """# nl_afspraken: the project's Dutch spaCy pipeline

A small CPU pipeline for Dutch prestatieafspraken: {components}. spaCy {spacy}, version {version}, trained
{date}. Load it with `spacy.load("models/nl_afspraken")`: spaCy's own on-disk format (no pickle), no network, no
code of the project needed to load it. Generated by `models/train_nlp.py`; `scores.json` holds every figure below.

## Licence

**CC BY-SA 4.0.** The pipeline is trained on Universal Dependencies Dutch (UD_Dutch-Alpino and
UD_Dutch-LassySmall, CC BY-SA 4.0), so this model (the files in this folder) is shared under the same licence,
CC BY-SA 4.0, with attribution to the UD Dutch treebanks (Gosse Bouma, Gertjan van Noord and the UD
contributors). The rest of the project (code, corpus, training script, domain set) keeps its own licence (MIT).

## Data

- Trained on nl_alpino-ud-dev, nl_lassysmall-ud-dev and nl_lassysmall-ud-test (UD release snapshot of May 2025;
  news and Wikipedia): {train_sents} sentences, {train_tokens} tokens, with every 10th 10-sentence doc held out as
  the dev set ({dev_sents} sentences, {dev_tokens} tokens) for early stopping and every choice (architecture,
  lemmatizer).
- **nl_alpino-ud-test was never trained on nor used for early stopping or any choice**: it is the evaluation set.
- Lemmas are trained without Alpino's compound separator (`woning_bouw` -> `woningbouw`, `mee_doen` -> `meedoen`):
  the project wants dictionary lemmas.
- Mixed into training: the project's domain training set `tests/data/nlp_domain_train.conllu` ({dom_train_sents}
  sentences, {dom_train_tokens} tokens of afspraken from corpus/gold and challenge dev, none of them in the domain
  evaluation set; each seen {dom_train_repeat} times an epoch), pre-parsed with the UD-only model and corrected by hand
  for UPOS, the root and the root's direct dependents; the rest of each tree is the UD-only model's (its header says
  why: spaCy's parser oracle reads a missing head as a root). The dev set stays UD only.
- No static vectors (none available); nothing downloaded.

## Architecture

{architecture}

Tagger: Alpino XPOS (`tag_`); morphologizer: UPOS (`pos_`) and features (`morph`: Tense, VerbForm, Mood, Number,
...); trainable (edit-tree) lemmatizer; transition-based dependency parser (UD relations, also sentence
boundaries). Run D of the table below; it tied with run B (width 96) on the dev slice's weighted score (0.884) and
was chosen for its better tagging, morphology and lemmas there. Run B is 1.3-1.6 times faster and half the size;
to train it, add `--set components.tok2vec.model.encode.width=96`
`--set "components.tok2vec.model.embed.rows=[5000,1000,2500,2500]"` to the training command.

### Domain layer

Kept in `models/nl_afspraken_domain.json`, applied after training and saved with the pipeline (the `tokenizer`
file and `attribute_ruler/patterns`), so it loads with it:

- {special_cases} tokenizer special cases: t.b.v., o.a., m.u.v., i.s.m., i.o.m., t.z.t., m.b.t., t.o.v., i.p.v., c.q.,
  d.w.z., z.s.m., m.i.v., t/m, incl., excl., ca. (and their capitalised forms);
- suffix rules that split `30%`, `1.500,-` and `50m2`; `€1.500` and `€ 1.500` give `€` + `1.500`; `2023-2026`,
  `Q3`, `2e`, `1e`, `m²` stay one token (UD keeps `1987-1989` whole);
- the special cases `A.` to `G.` (initials in news text) are dropped, so that "energielabel B." ends a sentence;
- an `attribute_ruler`, last in the pipeline, with {ruler_patterns} patterns, written from the model's errors on a
  development sample of 150 corpus sentences that are not in the domain test set, and from UD conventions for
  tokens the UD files lack:

{rule_list}

## Scores

On **nl_alpino-ud-test** (596 sentences, 11,046 tokens; the pipeline's own tokenizer, gold sentence boundaries,
spaCy's scorer):

| measure | score |
|---|---|
| UPOS | {pos} |
| morphology (all features) | {morph} |
| LAS | {las} |
| UAS | {uas} |
| XPOS (Alpino tag) | {tag} |
| lemma (lowercased, without `_`) | {lemma} |
| lemma (as in UD, with `_`, case-sensitive) | {lemma_ud} |
| tokenization | {tokens} |

Per feature (F): {feats}.

On the **domain set** `tests/data/nlp_domain.conllu` ({dom_n} sentences, {dom_tokens} tokens of the bundled corpus's
afspraken, annotated by hand by the project for UPOS and the head verb; conventions in its header):

| measure | with the attribute_ruler | model alone |
|---|---|---|
| UPOS | {dom_pos} | {dom_pos_noruler} |
| head verb | {dom_head} | {dom_head_noruler} |

The head verb is the sentence's UD root: the main lexical verb, with auxiliaries, passives and modals (zal, moet,
kan) as its aux; in a copular sentence the predicate ("zijn voornemens", "is bereid"); with coordinated or
juxtaposed main clauses the first; with a subordinate or conditional clause first, the main clause's verb. The
pipeline's is the root of its longest predicted sentence. The attribute_ruler cannot change the parse, so both
columns agree. The {n_head_errors} misses:

{head_errors}

### Lemmatizer

The trained edit-tree lemmatizer is shipped: it scores best on the dev slice ({lemma_dev}, lowercased, without
`_`), and also on Alpino test. Chosen: **{lemma_choice}**.

| lemmatizer | dev | Alpino test | Alpino test, as in UD |
|---|---|---|---|
{lemma_rows}

"lookup" is spaCy's Dutch lookup table from spacy-lookups-data (the project's lemmas until now); "rule" is spaCy's
Dutch rule lemmatizer over the same package's tables, given this pipeline's UPOS.

## Speed, load time, size

On one core ({cpu}), `nlp.pipe` over the {wps_words} words of the bundled corpus's afspraken, median of 3, in
CPU seconds of the single-threaded process (the machine is shared: under load the wall clock measures the
neighbours; on an idle core the two agree):

- full pipeline: {wps_full} words/s
- tok2vec + tagger + morphologizer only (parser, lemmatizer and attribute_ruler disabled): {wps_tag} words/s
- load time, `spacy.load` in a fresh process after `import spacy`, median of 5: {load},
  {load_wall} s wall on the shared machine; `import spacy` itself {import} s. About two thirds of the load is spaCy
  adding the 4,670 Dutch tokenizer special cases, twice (for the language defaults, then from the saved tokenizer).
- size on disk: {size} MB (the tok2vec weights are 13.4 MB of it)

## Limits

- The parser learnt from about 62,000 tokens of news and Wikipedia and {dom_train_sents} agreement sentences whose
  trees were checked by hand only at the root and its direct dependents; organisation names it has never seen
  can still be read as nouns or adjectives, and fronted clauses ("Ontstaat er ..., dan") stay rare in training.
  The attribute_ruler can change tags, not the parse.
- Capitalised institutional nouns ("de Huurdersraad", "Transitievisie Warmte") are often tagged PROPN where the
  domain set, following UD, keeps NOUN.
- Morphology of verbs the model reads as nouns is wrong with the tag; lemmas of unknown verbs can be off
  ("overleggen" -> "overlegg").

## Training

```
{command}
```

Seed {seed}; {train_minutes} min of training on one thread (3,000 steps). Training on CPU is deterministic for a
given seed: runs of the same config agree at every shared evaluation step. Runs tried (chosen on the dev slice;
about 51 minutes of training in all; run A has run B's architecture and speed):

| run | settings | minutes | dev slice (UD lemmas without `_`) | Alpino test (UD lemmas), domain set, words/s (CPU) |
|---|---|---|---|---|
{runs}

## Files (sha256)

| file | bytes | sha256 |
|---|---|---|
{checksums}

`README.md` (this file) is not listed: it cannot hold its own checksum.
"""


# --- main ---------------------------------------------------------------------------------------------------

def describe_architecture(nlp) -> str:
    cfg = nlp.config["components"]
    enc, emb = cfg["tok2vec"]["model"]["encode"], cfg["tok2vec"]["model"]["embed"]
    parser = cfg["parser"]["model"]
    return (f"tok2vec: MultiHashEmbed ({', '.join(f'{a} {r}' for a, r in zip(emb['attrs'], emb['rows'], strict=True))}"
            f" rows) + MaxoutWindowEncoder width {enc['width']}, depth {enc['depth']}, window {enc['window_size']}, "
            f"maxout {enc['maxout_pieces']}; parser: TransitionBasedParser hidden width {parser['hidden_width']}, "
            f"maxout {parser['maxout_pieces']}; tagger, morphologizer and lemmatizer: softmax over the shared tok2vec.")


def evaluate_all(nlp, rules: dict[str, Any], test_docs: list, scores: dict[str, Any]) -> dict[str, Any]:
    """Every measure of the card but load time and size: Alpino test, domain set, speed, the pipeline's make-up."""
    import spacy

    domain = read_domain(DOMAIN_SET)
    scores["alpino_test"] = evaluate_ud(nlp, test_docs)
    scores["alpino_test_lemma"] = lemma_scores(nlp, read_conllu_normalised(test_docs))
    scores["domain"] = evaluate_domain(nlp, domain)
    scores["domain_without_ruler"] = evaluate_domain(nlp, domain, disable=("attribute_ruler",))
    texts = corpus_texts()
    scores["speed"] = {"words": sum(len(nlp.make_doc(t)) for t in texts),
                       "full_words_per_s": words_per_second(nlp, texts, ()),
                       "tagger_morphologizer_words_per_s": words_per_second(nlp, texts, TAGGING_ONLY)}
    scores["pipeline"] = list(nlp.pipe_names)
    scores["architecture"] = describe_architecture(nlp)
    scores["domain_rules"] = {"special_cases": len(rules["special_cases"]),
                              "attribute_ruler_patterns": len(rules["attribute_ruler"]),
                              "attribute_ruler_why": [r["why"] for r in rules["attribute_ruler"]],
                              "dropped_special_cases": rules.get("drop_special_cases", []),
                              "tokenizer_check_failures": check_tokenizer(nlp, rules)}
    scores["libraries"] = {"spacy": spacy.__version__, "python": platform.python_version()}
    scores["machine"] = f"{platform.machine()} {cpu_model()}, 1 thread"
    return scores


def save(nlp, out: Path, scores: dict[str, Any]) -> None:
    """The pipeline in spaCy's own format, with its meta; nothing of training."""
    nlp.meta.update({"name": "afspraken", "version": scores["version"], "license": "CC BY-SA 4.0",
                     "description": "Dutch tagger, morphologizer, lemmatizer and parser for prestatieafspraken, "
                                    "trained on UD Dutch (Alpino dev, LassySmall dev+test).",
                     "author": "afspraken contributors",
                     "sources": [{"name": "UD_Dutch-Alpino", "url": "https://universaldependencies.org",
                                  "license": "CC BY-SA 4.0"},
                                 {"name": "UD_Dutch-LassySmall", "url": "https://universaldependencies.org",
                                  "license": "CC BY-SA 4.0"}],
                     "performance": {k: v for k, v in scores["alpino_test"].items() if not isinstance(v, dict)}})
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)


def card(out: Path, scores: dict[str, Any]) -> dict[str, Any]:
    """Load time and size of the pipeline in `out`, then scores.json and README.md."""
    scores["load"] = load_seconds(out)
    files = [p for p in shipped_files(out) if p.name not in ("README.md", "scores.json")]
    scores["size_bytes"] = sum(p.stat().st_size for p in files)  # the pipeline itself, without its card
    write_card(out, scores)
    return scores


def read_conllu_normalised(docs: list) -> list:
    """Copies of gold docs with normalised lemmas (for the project's lemma measure)."""
    out = []
    for doc in docs:
        copy = doc.copy()
        for token in copy:
            token.lemma_ = normalise_lemma(token.lemma_)
        out.append(copy)
    return out


def clean_config(nlp) -> None:
    """Drop the training paths of this machine from the shipped config."""
    for key in ("train", "dev"):
        nlp.config["paths"][key] = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "ud-dutch", help="folder of the UD files")
    parser.add_argument("-o", "--output", type=Path, default=MODELS / "nl_afspraken", help="pipeline folder")
    parser.add_argument("--config", type=Path, default=CONFIG, help="spaCy training config")
    parser.add_argument("--eval-only", action="store_true", help="evaluate the pipeline in --output; no training")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=WORK, help="converted data and training runs")
    parser.add_argument("--lemmatizer", choices=("auto", "trainable", "lookup", "rule"), default="auto")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="config override, e.g. --set components.tok2vec.model.encode.width=128")
    parser.add_argument("--tuning", type=Path, help="JSON list of the tuning runs, copied into the card")
    parser.add_argument("--trained", type=Path, help="model-best of a finished run of this config: assemble only")
    parser.add_argument("--train-seconds", type=float, default=0.0, help="with --trained: how long that run took")
    args = parser.parse_args(argv)

    import spacy

    spacy.util.fix_random_seed(args.seed)
    rules = json.loads(DOMAIN_RULES.read_text(encoding="utf-8"))
    test_docs = read_conllu(args.ud / TEST_FILE, 1, normalise=False)
    if args.eval_only:
        scores = json.loads((args.output / "scores.json").read_text(encoding="utf-8"))
        nlp = spacy.load(args.output)  # the shipped pipeline as it is
        scores = card(args.output, evaluate_all(nlp, rules, test_docs, scores))
        print(json.dumps({k: scores[k] for k in ("alpino_test", "speed", "load", "size_bytes")}, indent=2))
        return 0

    overrides = {}
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value)
    data = convert(args.ud, args.work)
    print(f"data: {json.dumps(data)}", flush=True)
    if args.trained:  # assemble from a finished run of the same config (training is deterministic on CPU)
        model, seconds = args.trained, args.train_seconds
    else:
        model, seconds = train(args.config, args.work, args.seed, overrides)
    from spacy.tokens import DocBin

    dev_docs = DocBin().from_disk(args.work / "dev.spacy").get_docs(spacy.blank("nl").vocab)
    dev_sents = [s.as_doc() for d in dev_docs for s in d.sents]
    chosen, candidates = choose_lemmatizer(model, dev_sents, read_conllu_normalised(test_docs))
    if args.lemmatizer != "auto":
        chosen = args.lemmatizer
    print(f"lemmatizer: {chosen} {json.dumps(candidates)}", flush=True)
    nlp = spacy.load(model) if chosen == "trainable" else with_spacy_lemmatizer(model, chosen)
    clean_config(nlp)
    adapt(nlp, rules)
    command = "python models/train_nlp.py --ud ../shared/ud-dutch -o models/nl_afspraken" + (
        f" --seed {args.seed}" if args.seed else "") + "".join(f" --set {s}" for s in args.set)
    scores = {"version": "0.1.0",
              "training": {"command": command, "seed": args.seed, "train_seconds": round(seconds, 1),
                           "data": data, "date": time.strftime("%Y-%m-%d"), "overrides": overrides},
              "lemmatizer": {"chosen": chosen, "candidates": candidates},
              "tuning": json.loads(args.tuning.read_text()) if args.tuning else []}
    scores = evaluate_all(nlp, rules, test_docs, scores)
    save(nlp, args.output, scores)
    scores = card(args.output, scores)
    print(json.dumps({k: scores[k] for k in ("alpino_test", "speed", "load", "size_bytes")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
