"""Benchmark the theme stage: training time from scratch, load time of the shipped model, and (with --ablation)
leave-one-family-out macro-F1 with and without the keyword lexicon, and with weak labels.

USE sentence embeddings were measured here too and left out (they did not raise macro-F1); their code path was
removed from the pipeline in issue #18.

    python bench/bench_themes.py                 # training and load time, LOFO of the default settings
    python bench/bench_themes.py --ablation      # also: no lexicon, weak labels only, gold + weak
    python bench/bench_themes.py --threads 2     # pin BLAS threads (the acceptance figure is on 2 cores)

Prints figures only; nothing is asserted, nothing is written.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

VARIANTS = {
    "default (lexicon)": ({}, "gold"),
    "no lexicon": ({"lexicon": False}, "gold"),
    "weak heading labels only": ({}, "weak"),
    "gold + weak heading labels": ({}, "gold+weak"),
}


def time_load(model_dir: Path) -> str:
    """Load the shipped model in a fresh interpreter (cold imports included) and report the seconds."""
    code = (
        "import time; t=time.perf_counter(); from pipeline.themes import ThemeModel; "
        f"ThemeModel.load({str(model_dir)!r}); print(f'{{time.perf_counter()-t:.3f}}')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return out.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ablation", action="store_true", help="evaluate the variants as well")
    parser.add_argument("--threads", type=int, default=None, help="BLAS/OpenMP threads")
    args = parser.parse_args()
    if args.threads:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = str(args.threads)

    from pipeline.config import default_corpus_dir, default_model_dir
    from pipeline.evaluate.themes import evaluate_themes
    from pipeline.themes import ThemeModel, load_gold_examples
    from pipeline.train import train_model

    corpus = default_corpus_dir()
    model_dir = default_model_dir()
    print(f"cpus available: {len(os.sched_getaffinity(0))}")

    started = time.perf_counter()
    model = train_model(gold=corpus)
    print(f"train from scratch on {corpus}: {time.perf_counter() - started:.1f} s "
          f"({model.meta['training']['unique_texts']} distinct texts; includes spaCy start-up)")

    if (model_dir / "themes.json").exists():
        print(f"load shipped model, cold interpreter: {time_load(model_dir)} s")
        started = time.perf_counter()
        ThemeModel.load(model_dir)
        print(f"load shipped model, warm: {time.perf_counter() - started:.3f} s")
        size = sum(p.stat().st_size for p in model_dir.iterdir() if p.is_file())
        print(f"model directory size: {size / 1e6:.2f} MB")
    else:
        print(f"no shipped model in {model_dir}")

    gold = load_gold_examples(corpus)
    variants = VARIANTS if args.ablation else dict(list(VARIANTS.items())[:1])
    for name, (settings, labels) in variants.items():
        result = evaluate_themes(corpus, settings=settings, labels=labels, examples=gold)
        print(f"\nLOFO {name}: macro-F1 {result['macro_f1']:.4f}, accuracy {result['accuracy']:.4f}, "
              f"n={result['n']}, {result['seconds']:.0f} s")
        for fam, s in result["per_family"].items():
            print(f"  family {fam:<14} n={s['n']:<4} macro-F1 {s['macro_f1']:.4f}  accuracy {s['accuracy']:.4f}")
        for theme, s in result["per_theme"].items():
            print(f"  theme {theme:<31} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                  f"n={s['support']}")


if __name__ == "__main__":
    main()
