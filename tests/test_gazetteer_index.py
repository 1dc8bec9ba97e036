"""The gazetteer's TSV format, sound keys, compiled index cache, importer and CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from repair.cli import main
from repair.errors import RepairError
from repair.gazetteer.entries import Entry, format_tsv, load_tsv
from repair.gazetteer.importer import import_entries
from repair.gazetteer.index import Gazetteer, Index, compiled, user_sources
from repair.gazetteer.keys import fold, name_words, sound_key, sounded_spellings
from repair.gazetteer.search import candidates
from repair.measure.synthetic_gazetteer import synthetic_entries

HEADER = "canonical\ttype\taliases\troles\tcountry\tfrom\tto\tnote\tvariants\n"


@pytest.fixture(autouse=True)
def _cache(isolated_cache, monkeypatch):
    monkeypatch.setenv("REPAIR_CACHE_DIR", str(isolated_cache))


def write(path: Path, rows: str) -> Path:
    path.write_text("# test gazetteer\n" + HEADER + rows, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Scholz", "Sholts"),
        ("Kishida", "Kishita"),
        ("Lavrov", "Lavroff"),
        ("Xi", "Shi"),
        ("Qin", "Chin"),
        ("Zelensky", "Selenski"),
        ("Yoon", "Yun"),
        ("Psaki", "Saki"),
        ("Wang", "Vang"),
    ],
)
def test_romanisation_pairs_share_a_sound_key(a, b):
    assert sound_key(fold(a)) == sound_key(fold(b))


def test_unrelated_names_do_not_share_a_key():
    assert sound_key("scholz") != sound_key("smith")
    assert name_words("Han Duck-soo") == ["han", "duck", "soo"]
    assert fold("Erdoğan") == "erdogan"


def test_tsv_round_trip_and_errors(tmp_path):
    path = write(
        tmp_path / "g.tsv", "Maria Vellanova\tperson\tM. Vellanova\tTrade Minister\tIT\t2019\t\tinvented\t\n"
    )
    [entry] = load_tsv(path)
    assert entry.canonical == "Maria Vellanova" and entry.aliases == ("M. Vellanova",) and entry.start == 2019
    again = tmp_path / "h.tsv"
    again.write_text(format_tsv([entry], "written back"), encoding="utf-8")
    assert load_tsv(again)[0].roles == ("Trade Minister",)
    bad = write(tmp_path / "bad.tsv", "Someone\tpersonne\t\t\t\t\t\t\t\n")
    with pytest.raises(RepairError, match=r"bad.tsv:3: type must be"):
        load_tsv(bad)
    year = write(tmp_path / "year.tsv", "Someone\tperson\t\t\t\tlast year\t\t\t\n")
    with pytest.raises(RepairError, match="must be a year"):
        load_tsv(year)


def test_compiled_index_is_cached_and_rebuilt_when_the_file_changes(tmp_path):
    path = write(tmp_path / "people.tsv", "Tomasz Wielgosz\tperson\t\tFinance Minister\tPL\t\t\t\t\n")
    first, built, _ = compiled(user_sources(path))
    assert built and first.is_file()
    same, built_again, _ = compiled(user_sources(path))
    assert same == first and not built_again
    write(
        path, "Tomasz Wielgosz\tperson\t\tFinance Minister\tPL\t\t\t\t\nIrena Kolar\tperson\t\t\tSI\t\t\t\t\n"
    )
    os.utime(path, ns=(1, 2))
    second, rebuilt, _ = compiled(user_sources(path))
    assert rebuilt and second != first and not first.exists()
    index = Index.open(second, "test")
    assert len(index) == 2
    assert [index.entry(e).canonical for e, _ in index.exact("irena kolar")] == ["Irena Kolar"]


def test_the_shipped_data_counts_by_content_so_two_checkouts_share_one_index(tmp_path):
    from dataclasses import replace

    from repair.gazetteer.index import shipped_sources

    shipped = shipped_sources()
    assert shipped.by_content and not user_sources(tmp_path / "x.tsv").by_content
    copies = []
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        files = tuple(tmp_path / folder / path.name for path in shipped.files)
        for source, copy in zip(shipped.files, files, strict=True):
            copy.write_bytes(source.read_bytes())
        copies.append(replace(shipped, files=files))
    os.utime(copies[1].files[0], ns=(1, 2))  # another place, another time: the same data
    assert copies[0].fingerprint() == copies[1].fingerprint() == shipped.fingerprint()
    first, built, _ = compiled(copies[0])
    assert compiled(copies[1]) == (first, False, [])  # the second checkout reads the first's index
    changed = copies[1].files[0]
    changed.write_bytes(changed.read_bytes() + b"\n")
    assert copies[1].fingerprint() != copies[0].fingerprint()


def test_a_change_to_the_code_that_reads_names_rebuilds_every_index(tmp_path, monkeypatch):
    from repair.gazetteer import index as index_module

    path = write(tmp_path / "people.tsv", "Tomasz Wielgosz\tperson\t\tFinance Minister\tPL\t\t\t\t\n")
    code = []
    for source in index_module.builder_files():
        copy = tmp_path / source.name
        copy.write_bytes(source.read_bytes())
        code.append(copy)
    before = user_sources(path).fingerprint()
    monkeypatch.setattr(index_module, "builder_files", lambda: tuple(code))
    assert user_sources(path).fingerprint() == before  # the same code elsewhere
    code[2].write_text(code[2].read_text(encoding="utf-8") + "# read another way\n", encoding="utf-8")
    assert user_sources(path).fingerprint() != before


def test_candidates_found_by_sound_and_aligned_word_by_word(tmp_path):
    path = write(
        tmp_path / "people.tsv",
        "Dariusz Szczepanik\tperson\t\tDefence Minister\tPL\t\t\t\t\n"
        "Min Seo-jun\tperson\t\tForeign Minister\tKR\t\t\t\t\n",
    )
    gazetteer = Gazetteer.load([path], shipped=False)
    [best, *_] = candidates(gazetteer, name_words("Dariush Shchepanik"))
    assert best.entry.canonical == "Dariusz Szczepanik" and best.score > 0.85
    [heard, *_] = candidates(gazetteer, name_words("Mean So June"))
    assert heard.entry.canonical == "Min Seo-jun"
    assert candidates(gazetteer, name_words("Margaret Thompson")) == []


def test_letters_respelled_by_their_sound_find_the_person_but_are_no_spelling_of_it(tmp_path):
    """A Turkish, Polish or Serbian letter written as it sounds ("Kilichdaroglu", "Holovnia",
    "Vuchich") finds the listed person, close but below the name as written; the letters
    only folded ("Kilicdaroglu") are the name itself. Names made up for the test."""
    path = write(
        tmp_path / "people.tsv",
        "Ayşe Çağlar\tperson\t\tTurkish Trade Minister\tTR\t\t\t\t\n"
        "Bogusław Szczęśniak\tperson\t\tPolish Deputy Minister\tPL\t\t\t\t\n"
        "Dragan Vučković\tperson\t\tSerbian Finance Minister\tRS\t\t\t\t\n",
    )
    gazetteer = Gazetteer.load([path], shipped=False)
    for heard, listed in (
        ("Chaglar", "Ayşe Çağlar"),
        ("Chaalar", "Ayşe Çağlar"),
        ("Boguswav", "Bogusław Szczęśniak"),
    ):
        [best, *_] = candidates(gazetteer, name_words(heard))
        assert best.entry.canonical == listed and 0.85 < best.score < 1.0, heard
    [best, *_] = candidates(gazetteer, name_words("Dragan Vuchkovich"))
    assert best.entry.canonical == "Dragan Vučković" and 0.9 < best.score < 1.0
    [folded, *_] = candidates(gazetteer, name_words("Caglar"))
    assert folded.score == 1.0
    assert sounded_spellings("Dragan Vučković", "RS") == ("dragan vuchkovich",)
    assert sounded_spellings("Margaret Thompson", "PL") == ()  # no letter to sound out


def test_importer_reads_wikidata_json_lines_and_csv(tmp_path):
    dump = tmp_path / "dump.json"
    records = [
        {
            "id": "Q1",
            "labels": {"en": {"value": "Aurelio Montanari"}},
            "aliases": {"en": [{"value": "A. Montanari"}]},
            "descriptions": {"en": {"value": "Italian politician"}},
        },
        {
            "id": "Q2",
            "labels": {"en": {"value": "Port Selvin"}},
            "descriptions": {"en": {"value": "city in Norway"}},
        },
    ]
    dump.write_text("[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n", encoding="utf-8")
    people, city = list(import_entries(dump))
    assert (people.type, people.aliases, people.roles) == (
        "person",
        ("A. Montanari",),
        ("Italian politician",),
    )
    assert city.type == "place" and "Q2" in city.note
    table = tmp_path / "export.csv"
    table.write_text("itemLabel,itemDescription,aliases\nNordvik Institute,think tank in Oslo,NI|Nordvik\n")
    [org] = list(import_entries(table))
    assert org.type == "organisation" and org.aliases == ("NI", "Nordvik")


def test_cli_import_lookup_and_learn(tmp_path, capsys):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"label": "Oksana Dovhalenko", "description": "Ukrainian diplomat"}) + "\n")
    out = tmp_path / "imported.tsv"
    assert main(["gazetteer", "import", str(dump), "-o", str(out), "--build"]) == 0
    assert load_tsv(out)[0].canonical == "Oksana Dovhalenko"
    assert main(["gazetteer", "lookup", "Oksana Dovgalenko", "--gazetteer", str(out)]) == 0
    assert "'Oksana Dovhalenko' <- Oksana Dovhalenko" in capsys.readouterr().out
    ref = tmp_path / "ref.txt"
    ref.write_text(
        "Estonian Defence Minister Priit Kaljuvee met his counterparts on Monday.\n\n"
        "Kaljuvee said the talks were useful, and Priit Kaljuvee will travel again in May.\n"
    )
    learned = tmp_path / "learned.tsv"
    assert main(["gazetteer", "learn", str(ref), "-o", str(learned)]) == 0
    [entry] = [e for e in load_tsv(learned) if e.canonical == "Priit Kaljuvee"]
    assert entry.type == "person" and "Estonian Defence Minister" in entry.roles
    assert main(["gazetteer", "lookup", "Kiev"]) == 0
    assert "house-style variant of 'Kyiv'" in capsys.readouterr().out
    assert main(["gazetteer", "lookup", "x", "--gazetteer", str(tmp_path / "missing.tsv")]) == 2


def test_synthetic_gazetteer_is_deterministic_and_indexable():
    first = [e.canonical for e in synthetic_entries(50, seed=3)]
    assert first == [e.canonical for e in synthetic_entries(50, seed=3)]
    index = Index.in_memory(synthetic_entries(2000, seed=3), "synthetic")
    assert len(index) == 2000
    some = index.entry(1)
    assert isinstance(some, Entry) and index.exact(fold(some.canonical))


def test_a_hyphenated_title_is_not_part_of_the_name():
    from repair.gazetteer.mentions import sentence_mentions

    text = "The agency's Director-General Amara Velsby opened the meeting."
    [mention] = [m for m in sentence_mentions(text, 0, len(text)) if "Velsby" in m.text(text)]
    assert mention.text(text) == "Amara Velsby"


def test_ordinary_english_words_that_sound_like_a_name_run_together_are_a_candidate():
    people = [Entry("Kazuo Ueda", "person"), Entry("Zhang Youxia", "person")]
    gazetteer = Gazetteer([Index.in_memory(people, "test")])
    person = frozenset({"person"})
    assert [c.entry.canonical for c in candidates(gazetteer, ["gas", "utah"], types=person)] == ["Kazuo Ueda"]
    # the same sounds, but a name English does not have: not read as words sounded out
    assert candidates(gazetteer, ["jean", "kaseya"], types=person) == []


def test_a_title_word_closing_a_run_stays_in_the_name():
    from repair.gazetteer.mentions import sentence_mentions

    text = "French President Emmy Annual May Crown, who flew in, watched the final."
    texts = [m.text(text) for m in sentence_mentions(text, 0, len(text))]
    assert "Emmy Annual May Crown" in texts
    titled = "The talks were led by Crown Prince Tamim of the emirate."
    assert "Tamim" in [m.text(titled) for m in sentence_mentions(titled, 0, len(titled))]


def test_people_of_some_countries_are_read_without_reading_every_entry():
    listed = [
        Entry("Wen Kailun", "person", country="CN"),
        Entry("Beijing Daily", "organisation", country="CN"),
        Entry("Marta Oskarsen", "person", country="NO"),
        Entry("Park Haneul", "person", country="KR"),
        Entry("Li Wenbo", "person", country="CN"),
    ]
    gazetteer = Gazetteer([Index.in_memory(listed, "test")])
    found = [e.canonical for e in gazetteer.people_of({"CN", "KR"})]
    assert found == ["Wen Kailun", "Park Haneul", "Li Wenbo"]
    assert list(gazetteer.people_of(set())) == []
