"""The learned confidence of name proposals (repair/passes/names/calibration.py): the shipped
model scores every name proposal, review-only cases never rise, and the exported trees score
as scikit-learn does."""

from __future__ import annotations

import importlib.util
import math
import random
from pathlib import Path

import pytest

from repair.document import Document
from repair.passes.names import analyse
from repair.passes.names.calibration import FEATURES, REVIEW_ONLY, Model, Tree, load_model, may_raise

ROOT = Path(__file__).resolve().parent.parent


def test_trees_then_the_calibration_map():
    tree = Tree(("sound", "", ""), (0.5, 0.0, 0.0), (1, -1, -1), (2, -1, -1), (0.0, -2.0, 3.0))
    model = Model(-0.5, 1.0, (tree,), knots=(0.1, 0.5, 0.9), values=(0.2, 0.6, 0.95))
    assert model.raw({"sound": 1.0}) == pytest.approx(1 / (1 + math.exp(-2.5)))
    assert model.raw({}) == pytest.approx(1 / (1 + math.exp(2.5)))  # a missing feature is 0
    assert model.confidence({"sound": 1.0}) == 0.95  # above the last knot
    assert model.confidence({}) == 0.2  # below the first
    middle = Model(0.0, 1.0, (), knots=(0.1, 0.9), values=(0.2, 0.6))
    assert middle.confidence({}) == pytest.approx(0.2 + 0.4 * (0.5 - 0.1) / 0.8)


def test_the_shipped_model_sets_every_name_confidence(gazetteer):
    model = load_model()
    assert model is not None and len(model.trees) >= 50
    text = (
        "German Chancellor Olaf Scholz opened the new rail link on Monday.\n\n"
        "Olaf Sholts told workers the line would carry freight within a year.\n\n"
        "Later Sholts visited the depot with the regional governor.\n"
    )
    result = analyse(Document.from_text(text), gazetteer)
    names = [p for p in result.proposals if p.kind == "name"]
    assert {(p.original, p.replacement) for p in names} == {("Sholts", "Scholz")}
    rules = {p.id: p for p in result.raw}
    for p in names:
        f = result.features[p.id]
        learned = round(min(0.99, model.confidence(f)), 4)
        if any(f[k] for k in REVIEW_ONLY):
            assert p.confidence == min(learned, rules[p.id].confidence)
        else:
            assert p.confidence == learned
        assert f["hand"] == rules[p.id].confidence  # the rules' own number is kept beside, not used
        assert p.confidence >= 0.9  # the article spells the name right twice: automatic


def test_a_spelling_only_the_article_knows_never_rises_above_the_rules(gazetteer):
    """Nobody in the gazetteer: however sure the model is, it stays at review."""
    text = (
        "Harbour master Ilse Vastrand closed the port before the storm.\n\n"
        "Vastrand said the ferries would wait, and Vastrand thanked the crews.\n\n"
        "By evening Wastrand reopened the outer quay.\n"
    )
    result = analyse(Document.from_text(text), gazetteer)
    rules = {p.id: p.confidence for p in result.raw}
    [fix] = [p for p in result.proposals if p.kind == "name"]
    assert (fix.original, fix.replacement) == ("Wastrand", "Vastrand")
    assert result.features[fix.id]["local"] == 1.0
    assert fix.confidence == min(rules[fix.id], round(load_model().confidence(result.features[fix.id]), 4))
    assert fix.confidence < 0.9


def test_correct_names_get_no_proposal(gazetteer):
    text = (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris.\n\n"
        "Macron said the two countries would build the new tank together, and Scholz agreed.\n"
    )
    result = analyse(Document.from_text(text), gazetteer)
    assert [p for p in result.proposals if p.kind == "name"] == []
    assert [p for p in result.raw if p.kind == "name"] == []


def test_exported_trees_score_as_scikit_learn():
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_names", ROOT / "scripts" / "train_names.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    rng = random.Random(5)
    examples = []
    for i in range(300):
        f = {k: 0.0 for k in FEATURES} | {"hand": 0.8}
        f["sound"] = float(rng.random() < 0.5)
        f["letters"] = rng.random()
        f["english"] = rng.random()
        label = int(f["sound"] + f["letters"] - f["english"] + rng.gauss(0, 0.3) > 0.7)
        examples.append(train.Example(features=f, label=label, group=f"a{i % 10}", source="sim"))
    final, iso, _ = train.fit(examples, 1.0)
    model = Model.from_json(train.export(final, iso))
    expected = final.predict_proba([[e["features"][k] for k in FEATURES] for e in examples])[:, 1]
    for e, p in zip(examples, expected, strict=True):
        assert model.raw(e["features"]) == pytest.approx(p, abs=1e-5)
    # the map is monotone: a surer score never gets a lower confidence
    scores = sorted(model.raw(e["features"]) for e in examples)
    mapped = [_at(model, s) for s in scores]
    assert all(a <= b + 1e-12 for a, b in zip(mapped, mapped[1:], strict=False))


def _at(model: Model, p: float) -> float:
    """The calibrated confidence of a raw probability ``p``."""
    p = min(1 - 1e-9, max(1e-9, p))
    return Model(math.log(p / (1 - p)), 1.0, (), model.knots, model.values).confidence({})


def test_a_gazetteer_spelling_the_rules_kept_for_review_may_become_automatic(gazetteer):
    """A listed surname respelled ("Cavusolu" for Mevlüt Çavuşoğlu): the rules cap it below 0.9,
    and the model, which has seen such fixes right, makes it automatic."""
    text = (
        "Mevlut Cavusolu said on Monday that his alliance would field one candidate in the spring.\n\n"
        "The crowd outside the hall was small.\n"
    )
    result = analyse(Document.from_text(text), gazetteer)
    rules = {p.id: p for p in result.raw}
    [fix] = [p for p in result.proposals if p.kind == "name"]
    assert (fix.original, fix.replacement, fix.rule) == ("Cavusolu", "Cavusoglu", "name.gazetteer")
    assert rules[fix.id].confidence < 0.9  # the rules alone: review
    assert not any(result.features[fix.id][k] for k in REVIEW_ONLY)
    assert fix.confidence == round(min(0.99, load_model().confidence(result.features[fix.id])), 4)
    assert fix.confidence >= 0.9


def test_an_entity_link_with_the_persons_own_first_name_may_become_automatic(gazetteer):
    """ "Piyush Goial": the first name is the person's own and the family word sounds like
    Goyal. The resolver keeps it for review (no role beside it); the model makes it automatic."""
    text = (
        "Piyush Goial said on Friday that the talks would resume in March.\n\n"
        "Goial also met traders in Mumbai before flying home.\n"
    )
    result = analyse(Document.from_text(text), gazetteer)
    rules = {p.id: p for p in result.raw}
    fixes = [p for p in result.proposals if p.kind == "name"]
    assert [(p.original, p.replacement, p.rule) for p in fixes] == [("Goial", "Goyal", "name.entity")] * 2
    for fix in fixes:
        f = result.features[fix.id]
        assert rules[fix.id].confidence < 0.9
        assert f["first_exact"] == 1.0 and f["family_sound"] == 1.0 and may_raise(f)
        assert fix.confidence >= 0.9


def test_an_entity_link_without_the_first_name_stays_in_review():
    """The gate itself: an entity link whose first name is not the person's own, or that
    changes several words, never rises; a gazetteer spelling may."""
    entity = dict.fromkeys(FEATURES, 0.0) | {"rule_entity": 1.0, "family_sound": 1.0}
    assert not may_raise(entity)
    assert not may_raise(entity | {"first_exact": 1.0, "multiword": 1.0})
    assert may_raise(entity | {"first_exact": 1.0})
    assert may_raise(dict.fromkeys(FEATURES, 0.0) | {"rule_gazetteer": 1.0})
    assert not may_raise(dict.fromkeys(FEATURES, 0.0) | {"rule_article": 1.0})
