"""The command line over the library: output shapes, overrides, --spacy-model, and output files."""

from __future__ import annotations

import json

import pytest
import spacy
from typer.testing import CliRunner

from pipeline import nlp
from pipeline.cli import app

from .conftest import CORPUS, gold_ids

runner = CliRunner()
needs_corpus = pytest.mark.skipif(not gold_ids(), reason="corpus not built")


@pytest.fixture(autouse=True)
def _default_pipeline_reset():
    yield
    nlp.set_default_pipeline(None)


def test_extract_json_has_exactly_the_promised_shape(real_notice, tmp_path):
    out = tmp_path / "notice.json"
    result = runner.invoke(app, ["extract", str(real_notice), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"path", "sha256", "pages", "type", "years", "gemeenten", "corporaties",
            "huurdersorganisaties"} <= set(data["document"])
    assert len(data["afspraken"]) == 12
    for item in data["afspraken"]:
        assert {"id", "number", "section", "party", "page", "theme", "theme_scores", "text"} <= set(item)
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)


def test_extract_overrides_replace_detected_metadata(real_notice):
    result = runner.invoke(app, ["extract", str(real_notice), "--format", "json", "--no-themes",
                                 "--year", "2023", "--gemeente", "Duiven", "--type", "prestatieafspraken"])
    data = json.loads(result.stdout)
    assert data["document"]["years"] == [2023]
    assert data["document"]["gemeenten"] == ["Duiven"]
    assert data["document"]["type"] == "prestatieafspraken"


def test_extract_csv_has_one_row_per_afspraak(real_notice):
    result = runner.invoke(app, ["extract", str(real_notice), "--format", "csv", "--no-themes"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 1 + 12


def test_spacy_model_option_loads_a_pipeline_from_a_path(real_notice, tmp_path):
    """A user's own Dutch pipeline (here a lookup one saved to disk) is used instead of the built-in one."""
    own = spacy.blank("nl")
    own.add_pipe("lemmatizer", config={"mode": "lookup"})
    own.add_pipe("sentencizer")
    own.initialize()
    own.to_disk(tmp_path / "nl_eigen")
    result = runner.invoke(app, ["extract", str(real_notice), "--spacy-model", str(tmp_path / "nl_eigen"),
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert nlp.get_nlp().path is not None and nlp.get_nlp().path.name == "nl_eigen"


def test_spacy_model_that_is_not_installed_is_a_usage_error(real_notice):
    result = runner.invoke(app, ["extract", str(real_notice), "--spacy-model", "nl_core_news_sm"])
    assert result.exit_code == 2
    assert "nl_core_news_sm" in result.output


def test_unknown_format_is_a_usage_error(real_notice):
    result = runner.invoke(app, ["extract", str(real_notice), "--format", "xml"])
    assert result.exit_code == 2


@needs_corpus
def test_compare_json_puts_every_afspraak_in_exactly_one_change(tmp_path):
    old, new = CORPUS / "pdf" / "welderveld-2021.pdf", CORPUS / "pdf" / "welderveld-2022.pdf"
    result = runner.invoke(app, ["compare", str(old), str(new), "--format", "json", "--no-themes",
                                 "--backend", "pdfium"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    olds = [c["old"]["id"] for c in data["changes"] if c["old"]]
    news = [c["new"]["id"] for c in data["changes"] if c["new"]]
    assert len(olds) == len(set(olds)) == 37 and len(news) == len(set(news)) == 38
    flagged = [c for c in data["changes"] if c["status"] in ("weakened", "strengthened")]
    assert flagged and all(any(r["old"] and r["new"] for r in c["reasons"]) for c in flagged)
    assert all(0.0 <= (c["similarity"] or 0.0) <= 1.0 for c in data["changes"])
