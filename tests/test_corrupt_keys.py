"""The simulator's answer keys locate every corruption exactly, and damage is reproducible."""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from pathlib import Path

import pytest

from repair.cli import main
from repair.measure.corrupt import (
    CATEGORIES,
    PROFILES,
    Corruption,
    corrupt_text,
    known_names,
    restore,
    soundalike,
)
from repair.measure.corrupt import names as corrupt_names
from repair.measure.corrupt.names import find_people, language_of, respell
from repair.measure.corrupt.plan import Plan
from repair.measure.corrupt.soundalike import name_as_words
from repair.measure.corrupt.text import mojibake_of

from .conftest import SAMPLES

# Small articles written for these tests: names with several mentions, an honorific,
# accented letters, clauses and paragraphs the simulator can damage.
ARTICLE_A = """Ministers agree new fisheries pact in Reykjavik

Norwegian Foreign Minister Ingrid Halvorsen and her Icelandic counterpart Sigurdur Magnusson signed a fisheries agreement on Tuesday, ending a dispute that had lasted six years. The deal sets quotas for mackerel and herring in the North Atlantic.

Halvorsen told reporters that the talks had been difficult but fair. "We found a way to share the stock," she said. Magnusson, who led the Icelandic delegation, said the agreement would be reviewed every two years.

After the ceremony, Mr. Magnusson thanked the fishing communities of both countries for their patience. Halvorsen said the quotas were based on the advice of scientists, which both governments had accepted in March.

The European Commission welcomed the pact. Its fisheries commissioner, José Álvarez, said the agreement could serve as a model for other disputes in the region, including talks with the Faroe Islands.

Fishing groups in Bergen were more cautious. Their spokesman said the quotas for herring were too low, although he praised Halvorsen for keeping the talks going while prices fell.
"""

ARTICLE_B = """Seoul and Beijing resume trade dialogue

South Korean Trade Minister Park Min-jae met Chinese Commerce Minister Wang Xiaolong in Beijing on Friday, the first such meeting in three years. Park said the two sides had agreed to restore a working group on supply chains.

Wang said China valued its economic ties with South Korea, which is one of its largest trading partners. The talks, which lasted four hours, also covered export controls on semiconductors and rare earth minerals.

Park later met executives of Korean companies operating in China. He told them the government would press Beijing on licensing delays, while Wang promised a faster review of applications.

Analysts in Seoul said the meeting showed both governments wanted to stabilise relations before a summit planned for the autumn. Wang is expected to visit Seoul in October, according to the ministry.
"""

ARTICLES = {"fisheries.txt": ARTICLE_A, "seoul-trade.txt": ARTICLE_B}


def corpus_articles() -> dict[str, str]:
    articles = dict(ARTICLES)
    for path in sorted((SAMPLES / "corpus").glob("*.txt")):
        articles[path.name] = path.read_text(encoding="utf-8")
    return articles


def check_key(clean: str, damaged: str, corruptions: list[Corruption]) -> None:
    previous_end = 0
    for c in corruptions:
        assert damaged[c.start : c.end] == c.text
        assert c.start >= previous_end, "corruptions overlap"
        assert c.category in CATEGORIES
        assert c.text != c.original or c.text == ""
        previous_end = c.end
    assert restore(damaged, corruptions) == clean


@pytest.mark.parametrize("profile", PROFILES)
def test_keys_invert_for_many_seeds_on_test_articles(profile):
    for name, clean in ARTICLES.items():
        for seed in range(25):
            result = corrupt_text(clean, name=name, seed=seed, profile=profile)
            check_key(clean, result.text, result.corruptions)
            assert result.text != clean or profile == "encoding"


def test_keys_invert_on_every_corpus_article():
    kinds = Counter()
    for name, clean in corpus_articles().items():
        for seed in (1, 2, 3):
            result = corrupt_text(clean, name=name, seed=seed)
            check_key(clean, result.text, result.corruptions)
            kinds.update(c.kind for c in result.corruptions)
    expected = {
        "name-phonetic",
        "name-words",
        "name-firstname",
        "honorific-split",
        "capitalised",
        "doubled-word",
        "synonym",
        "clause-swap",
        "fragment",
        "broken-paragraph",
        "spacing",
        "punctuation",
        "mojibake",
        "chrome-newsletter",
        "chrome-feed",
        "chrome-comment-form",
        "chrome-copyright",
        "chrome-see-also",
        "chrome-membership",
        "chrome-teaser",
    }
    assert expected <= set(kinds), expected - set(kinds)


def test_same_seed_same_damage_other_seed_other_damage():
    first = corrupt_text(ARTICLE_A, name="fisheries.txt", seed=7)
    again = corrupt_text(ARTICLE_A, name="fisheries.txt", seed=7)
    other = corrupt_text(ARTICLE_A, name="fisheries.txt", seed=8)
    renamed = corrupt_text(ARTICLE_A, name="other.txt", seed=7)
    assert first == again
    assert first.text != other.text
    assert first.text != renamed.text


def test_damage_does_not_touch_global_random_state():
    random.seed(123)
    expected = random.random()
    random.seed(123)
    corrupt_text(ARTICLE_B, name="seoul-trade.txt", seed=1)
    assert random.random() == expected


def test_name_damage_leaves_a_correct_mention_or_respells_all_the_same_way():
    """Mostly a correct mention stays; when none does, the name is respelled one way all
    through, as real translation respells a name it does not know."""
    all_through = 0
    for seed in range(30):
        result = corrupt_text(ARTICLE_A, name="fisheries.txt", seed=seed, profile="mt-roundtrip")
        for c in result.corruptions:
            if c.kind == "name-phonetic" and ARTICLE_A.count(c.original) >= 2:
                assert c.note
                if c.original not in result.text:
                    same = {d.text for d in result.corruptions if d.original == c.original}
                    assert same == {c.text}, f"seed {seed}: {c.original} respelled several ways"
                    all_through += 1
    assert all_through


def test_find_people_and_short_forms():
    people = {p.full: p for p in find_people(ARTICLE_B)}
    assert "Park Min-jae" in people and people["Park Min-jae"].short == "Park"
    assert "Wang Xiaolong" in people and people["Wang Xiaolong"].short == "Wang"
    assert not any("Seoul" in full or "South" in full for full in people)
    halvorsen = {p.full: p for p in find_people(ARTICLE_A)}["Ingrid Halvorsen"]
    assert halvorsen.short == "Halvorsen" and len(halvorsen.short_mentions) == 4


def test_romanisation_habits_by_language():
    assert language_of(("Wang", "Xiaolong")) == "zh"
    assert language_of(("Park", "Min-jae")) == "ko"
    assert language_of(("Sergei", "Lavrov")) == "ru"
    rng = random.Random(0)
    for _ in range(20):
        new, note = respell("Lavrov", "ru", rng)
        assert new != "Lavrov" and new[0].isupper() and note.startswith("ru romanisation")
    respellings = {respell("Xiaolong", "zh", random.Random(s))[0] for s in range(40)}
    assert "Shiaolong" in respellings or "Hsiaolong" in respellings


def test_names_heard_as_english_words():
    heard = name_as_words("Han Duck-soo", random.Random(0))
    assert heard is not None
    words = heard.split()
    assert len(words) >= 3 and "Duck" in words and heard != "Han Duck Soo"
    from wordfreq import zipf_frequency

    assert all(zipf_frequency(w.lower(), "en") >= 3.3 for w in words)


def test_the_sound_alike_words_are_built_once_then_read_back_until_a_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("REPAIR_CACHE_DIR", str(tmp_path))
    builds = []

    def build():
        builds.append(1)
        return {"TK": ("duck", "tuck"), "HN": ("hand",)}

    monkeypatch.setattr(soundalike, "_build_index", build)
    soundalike._index.cache_clear()
    try:
        first = soundalike._index()
        soundalike._index.cache_clear()
        again = soundalike._index()
        assert first == again == {"TK": ("duck", "tuck"), "HN": ("hand",)} and len(builds) == 1
        assert len(list((tmp_path / "simulator").glob("sound-alike-words-*.marshal"))) == 1
        module = Path(soundalike.__file__)
        copy = tmp_path / "copy.py"
        copy.write_text(module.read_text(encoding="utf-8"), encoding="utf-8")
        monkeypatch.setattr(soundalike, "__file__", str(copy))
        soundalike._index.cache_clear()
        assert soundalike._index() == first and len(builds) == 1  # the same code, elsewhere: read back
        copy.write_text(module.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
        soundalike._index.cache_clear()
        assert soundalike._index() == first and len(builds) == 2  # other code: built again
        assert len(list((tmp_path / "simulator").glob("sound-alike-words-*.marshal"))) == 1
    finally:
        soundalike._index.cache_clear()


def test_known_names_read_once_until_the_gazetteer_file_changes(tmp_path, monkeypatch):
    header = "canonical\ttype\taliases\troles\tcountry\tfrom\tto\tnote\tvariants\tnative\n"
    gazetteer = tmp_path / "people.tsv"
    gazetteer.write_text(header + "Maria Vellanova\tperson\t\t\tIT\t\t\t\t\t\n", encoding="utf-8")
    reads = []
    real = corrupt_names.gazetteer_names
    monkeypatch.setattr(corrupt_names, "gazetteer_names", lambda files: reads.append(1) or real(files))
    first = known_names([gazetteer])
    assert first["known_people"] == ["Maria Vellanova"] and known_names([gazetteer]) == first
    assert len(reads) == 1
    gazetteer.write_text(
        header + "Maria Vellanova\tperson\t\t\tIT\t\t\t\t\t\nTomas Brandt\tperson\t\t\tDE\t\t\t\t\t\n",
        encoding="utf-8",
    )
    assert known_names([gazetteer])["known_people"] == ["Maria Vellanova", "Tomas Brandt"]
    assert len(reads) == 2


def test_route_readings_taken_from_the_compiled_index_are_the_packages_readings(tmp_path, monkeypatch):
    from repair.data import gazetteer_files
    from repair.gazetteer.index import Gazetteer

    Gazetteer.load()  # the shipped index, built when it is not yet
    shipped = next(path for path in gazetteer_files() if path.name == "people-east-south.tsv")
    lines = shipped.read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if line.startswith("canonical\t"))
    # a Chinese, a Korean and an Indian name (its full Chinese spelling has no Latin reading)
    picked = [
        next(line for line in lines if line.startswith(name + "\t"))
        for name in ("Xi Jinping", "Yoon Suk Yeol", "Narendra Modi")
    ]
    mine = tmp_path / "people.tsv"
    mine.write_text("\n".join([header, *picked]) + "\n", encoding="utf-8")
    stored = corrupt_names._stored_readings()
    assert len(stored) > 500
    from_index = corrupt_names.route_readings([mine])
    monkeypatch.setattr(corrupt_names, "_stored_readings", dict)
    assert from_index == corrupt_names.route_readings([mine])
    assert "Yin Xiyue" in from_index["Yoon Suk Yeol"]


def test_mojibake_is_a_real_round_trip():
    assert mojibake_of("é", "cp1252") == "Ã©"
    assert mojibake_of("\u2019", "cp1252") == "â€™"
    assert mojibake_of("\u201d", "cp1252") == "â€\x9d"
    assert mojibake_of("é", "latin-1").encode("latin-1").decode("utf-8") == "é"


def test_plan_refuses_overlaps_and_keeps_insertions_apart():
    plan = Plan("one two three four five")
    assert plan.add(4, 7, "too", "synonym", "grammar")
    assert not plan.add(5, 9, "x", "synonym", "grammar")
    assert not plan.add(8, 8, "BLOCK ", "chrome-teaser", "chrome")  # within the gap
    assert plan.add(0, 0, "HEAD\n\n", "chrome-teaser", "chrome")
    assert plan.add_insertions(
        23, [("\n\nA", "chrome-feed", ""), ("\n\nB", "chrome-copyright", "")], "chrome"
    )
    damaged, key = plan.apply()
    assert damaged == "HEAD\n\none too three four five\n\nA\n\nB"
    assert [c.kind for c in key] == ["chrome-teaser", "synonym", "chrome-feed", "chrome-copyright"]
    check_key(plan.text, damaged, key)


def test_cli_writes_damaged_copies_and_keys(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    for name, text in ARTICLES.items():
        (source / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["corrupt", str(source), "-o", str(out), "--seed", "5", "--profile", "all"]) == 0
    for name, clean in ARTICLES.items():
        stem = name.removesuffix(".txt")
        damaged = (out / f"{stem}.txt").read_text(encoding="utf-8")
        key = json.loads((out / f"{stem}.key.json").read_text(encoding="utf-8"))
        assert list(key) == ["source", "seed", "profile", "clean_sha1", "corruptions"]
        assert key["seed"] == 5 and key["profile"] == "all"
        assert key["source"] == str(source / name)
        assert key["clean_sha1"] == hashlib.sha1(clean.encode("utf-8")).hexdigest()
        for entry in key["corruptions"]:
            assert list(entry) == ["kind", "category", "start", "end", "text", "original", "note"]
        check_key(clean, damaged, [Corruption.from_dict(e) for e in key["corruptions"]])
    first = (out / "fisheries.txt").read_bytes()
    assert main(["corrupt", str(source / "fisheries.txt"), "-o", str(out), "--seed", "5"]) == 0
    assert (out / "fisheries.txt").read_bytes() == first


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert main(["corrupt", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE_A, encoding="utf-8")
    assert main(["corrupt", str(article), "-o", str(article)]) == 2


def test_first_name_swap_never_yields_an_accepted_spelling_of_the_person():
    # a made-up Russian official whose entry accepts two spellings of the first name
    clean = (
        "Deputy Minister Sergey Volkonov spoke on Monday. Volkonov said the talks would go on.\n\n"
        "Sergey Volkonov later met the press, and Volkonov repeated the point.\n"
    )
    accepted = ("Sergey Volkonov", "Sergei Volkonov")
    swaps = Counter()
    for seed in range(60):
        result = corrupt_text(
            clean, name="swap.txt", seed=seed, profile="mt-roundtrip", same_person=[accepted]
        )
        for c in result.corruptions:
            if c.kind == "name-firstname":
                swaps[c.text] += 1
                assert c.original == "Sergey"
    assert swaps and "Sergei" not in swaps  # only "Serge", never the accepted "Sergei"
    without = Counter(
        c.text
        for seed in range(60)
        for c in corrupt_text(clean, name="swap.txt", seed=seed, profile="mt-roundtrip").corruptions
        if c.kind == "name-firstname"
    )
    assert "Sergei" in without  # with no gazetteer entry, nothing marks it as correct


def test_names_read_through_another_script_and_lost_capitals():
    """The two real families the simulator learned: a full name replaced by a reading of the
    person's native name, and a surname in lower case; keys still restore the clean text."""
    clean = (
        "President Hana Vellor opened the forum in Prague on Monday.\n\n"
        "Hana Vellor said the region needed new roads. Later, Hana Vellor met students.\n\n"
        "Minister Ota Brenn welcomed her, and Ota Brenn promised funds.\n"
    )
    routes = {"Hana Vellor": ["Ha Na Wei Luo"], "Ota Brenn": ["O Ta Bu Lun"]}
    kinds = Counter()
    for seed in range(40):
        damaged = corrupt_text(
            clean,
            name="forum.txt",
            seed=seed,
            profile="mt-roundtrip",
            known_people=["Hana Vellor", "Ota Brenn"],
            routes=routes,
        )
        restored = damaged.text
        for c in sorted(damaged.corruptions, key=lambda c: -c.start):
            restored = restored[: c.start] + c.original + restored[c.end :]
        assert restored == clean
        for c in damaged.corruptions:
            kinds[c.kind] += 1
            if c.kind == "name-route":
                assert c.text in ("Ha Na Wei Luo", "O Ta Bu Lun") and c.original in routes
            if c.kind == "name-lowercase":
                assert c.text == c.original.lower() and c.original in ("Vellor", "Brenn")
    assert kinds["name-route"] and kinds["name-lowercase"]


def test_one_answer_key_type_for_simulated_and_real_damage():
    """A real page's key entry (a damaged string and its right spellings, no place) is a
    Corruption like the simulator's; only the simulator's can be undone by position."""
    real = Corruption.unlocated("Sholts", ["Scholz", "Olaf Scholz"], category="respelled")
    assert (real.kind, real.located, real.rights) == ("name", False, ["Scholz", "Olaf Scholz"])
    assert Corruption.from_dict(json.loads(json.dumps(real.to_dict()))) == real
    simulated = Corruption("name", "name-phonetic", 4, 10, "Sholts", "Scholz")
    assert simulated.located and simulated.rights == ["Scholz"]
    assert "also" not in simulated.to_dict()  # the simulator's keys are written as before
    assert restore("Mr. Sholts spoke.", [simulated]) == "Mr. Scholz spoke."
    with pytest.raises(ValueError):
        restore("Mr. Sholts spoke.", [real])
