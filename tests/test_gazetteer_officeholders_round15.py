"""Office holders of 2016-2026 added in the fifteenth gazetteer round (Taiwan, Hong Kong,
Vietnam, Belarus, Kazakhstan, Egypt, Iran, the Gulf, South and South-East Asia, Spain, France,
Latin America, Hungary, Serbia), and a name word that translation turns into a phrase ("Luis The
Street Pou": Lacalle, la calle; "Salvador Hundred Fires": Cienfuegos), for review only and only
where the whole run is the person's listed name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.passes.context import PassContext
from repair.passes.names import NamesPass

AUTO = 0.9


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer.load(()))


def proposals(names_pass: NamesPass, text: str) -> list[tuple[str, str, float]]:
    result = names_pass.run(Document.from_text(text), PassContext(Config()))
    return [(p.original, p.replacement, p.confidence) for p in result.proposals if p.kind == "name"]


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # the Chinese characters read as Pinyin: 嚴德發, 梁振英
        ("Taiwanese Defence Minister Yan Defa visited the Penghu garrison.\n", ("Yan Defa", "Yen De-fa")),
        ("Former Hong Kong leader Liang Zhenying spoke in Beijing.\n", ("Liang Zhenying", "Leung Chun-ying")),
        # a Cyrillic name in German or Polish spelling
        (
            "Kazakh Defence Minister Nurlan Jermekbajew inspected an air base.\n",
            ("Jermekbajew", "Yermekbayev"),
        ),
        ("Belarusian Interior Minister Ivan Kubrakow said the border was calm.\n", ("Kubrakow", "Kubrakov")),
        # an Arabic spelling read back; a French name through Russian (Гриво)
        ("Former Egyptian Defence Minister Sidki Subhi attended the ceremony.\n", ("Subhi", "Sobhi")),
        (
            "Former French government spokesman Benjamen Grivo wrote a book.\n",
            ("Benjamen Grivo", "Benjamin Griveaux"),
        ),
        # respelled by ear
        ("Thai Interior Minister Anupong Paojinda ordered flood relief.\n", ("Paojinda", "Paochinda")),
    ],
)
def test_a_new_office_holder_mangled_beside_the_role_is_fixed(names_pass, text, fix):
    found = [(o, r) for o, r, c in proposals(names_pass, text) if c >= AUTO]
    assert fix in found


def test_the_new_people_written_correctly_and_their_words_draw_nothing(names_pass):
    text = (
        "Siniša Mali, Lin Chuan, Tjahjo Kumolo, Harry Roque, Márton Nagy, Agustín Rossi and "
        "Salvador Cienfuegos were named in the report, as were Kairat Abdrakhmanov and Sedki Sobhi.\n\n"
        "French troops left Mali in 2022. A rock band played on the street outside, and the "
        "Hungarian midfielder Ádám Nagy scored twice. Valentino Rossi watched from the stands.\n"
    )
    assert proposals(names_pass, text) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Uruguay's former president Luis The Street Pou called for calm.\n", ("The Street", "Lacalle")),
        ("Uruguayan President Luis the Street Pou met farmers in Salto.\n", ("the Street", "Lacalle")),
        (
            "Farmers in Uruguay met President Luis The Street Pou. He promised help.\n",
            ("The Street", "Lacalle"),
        ),
        (
            "Mexico's former defence secretary, General Salvador Hundred Fires, denied it.\n",
            ("Hundred Fires", "Cienfuegos"),
        ),
        ("Portuguese Prime Minister Luís Black Mountain met the king.\n", ("Black Mountain", "Montenegro")),
        ("Mexico's tax chief Raquel Good Face announced an audit.\n", ("Good Face", "Buenrostro")),
    ],
)
def test_a_name_word_translated_as_a_phrase_is_offered_for_review(names_pass, text, fix):
    found = [(o, r, c) for o, r, c in proposals(names_pass, text) if (o, r) == fix]
    assert found and all(0.5 <= c < AUTO for _, _, c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters filled the street outside the Uruguayan parliament on Monday.\n",
        "In Montevideo, Uruguay, a bar called The Street Pou opened near the port.\n",
        "The Salvador Hundred Fires Festival in Mexico begins in May.\n",
        "Firefighters in Mexico fought a hundred fires, and the Black Mountain trail in Portugal closed.\n",
        "Luis walked down The Street Pou, a lane in the old town.\n",
        "In Uruguay the talks were led by Luis. The Street Pou was closed that day.\n",
    ],
)
def test_the_phrase_that_is_no_whole_name_stays(names_pass, text):
    assert proposals(names_pass, text) == []
