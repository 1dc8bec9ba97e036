"""Office holders of 2016-2026 added in the fifteenth gazetteer round (Taiwan, Hong Kong,
Vietnam, Belarus, Kazakhstan, Egypt, Iran, the Gulf, South and South-East Asia, Spain, France,
Latin America, Hungary, Serbia). Sentences
written for these tests."""

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
