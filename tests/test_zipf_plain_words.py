"""``mentions.zipf`` reads a word of a-z straight from wordfreq's English table: the same
value as ``zipf_frequency`` for every such word, listed or not, and for any other word."""

from __future__ import annotations

import random

from wordfreq import get_frequency_dict, zipf_frequency

from repair.gazetteer import mentions
from repair.gazetteer.mentions import zipf


def test_listed_words_of_a_to_z_read_as_wordfreq_reads_them():
    listed = [w for w in get_frequency_dict("en", "best") if mentions._plain(w)]
    for word in listed[::15]:
        assert repr(mentions._plain_zipf(word)) == repr(zipf_frequency(word, "en")), word


def test_unlisted_strings_of_a_to_z_read_as_wordfreq_reads_them():
    rng = random.Random(3)
    for _ in range(3000):
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 14)))
        assert repr(mentions._plain_zipf(word)) == repr(zipf_frequency(word, "en")), word


def test_other_words_go_through_wordfreq():
    # capitals are lowered first; accents, apostrophes, digits and hyphens take wordfreq's way
    for word in ("Kishida", "Erdoğan", "O'Brien", "G7", "Jean-Luc", "Xi", "Ünal", "the"):
        assert zipf(word) == zipf_frequency(word.lower(), "en"), word
    assert not mentions._plain("o'brien") and not mentions._plain("") and mentions._plain("kishida")
