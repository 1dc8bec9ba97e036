"""Office holders of 2022-2025 that the shipped gazetteer lists (issue #15 item 7): a
mangled spelling next to the role news gives them is fixed to the listed name, and a clean
paragraph that names them beside unlisted people of the same surname (a brother, a singer,
a footballer) gets no proposal at all. Sentences written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.gazetteer.index import Gazetteer
from repair.gazetteer.keys import fold
from repair.passes.context import PassContext
from repair.passes.names import NamesPass


@pytest.fixture(scope="module")
def names_pass() -> NamesPass:
    return NamesPass(Config(), gazetteer=Gazetteer.load(()))


def proposals(names_pass: NamesPass, text: str):
    return names_pass.run(Document.from_text(text), PassContext(Config())).proposals


def confident_fixes(names_pass: NamesPass, text: str) -> list[tuple[str, str]]:
    return [
        (p.original, p.replacement)
        for p in proposals(names_pass, text)
        if p.kind == "name" and p.confidence >= 0.9
    ]


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Home Secretary Shabana Mahmud announced new asylum rules on Tuesday.\n", ("Mahmud", "Mahmood")),
        ("Health Secretary Wes Streeding said the waiting lists had fallen.\n", ("Streeding", "Streeting")),
        ("Energy Secretary Ed Milliband defended the wind farm plan.\n", ("Milliband", "Miliband")),
        ("Shadow Chancellor Mel Stryde attacked the budget.\n", ("Stryde", "Stride")),
        ("Mexican Defence Secretary Ricardo Trevila Trejo visited the border.\n", ("Trevila", "Trevilla")),
        (
            "Brazilian Justice Minister Ricardo Levandovski signed the order.\n",
            ("Levandovski", "Lewandowski"),
        ),
        (
            "Iranian government spokeswoman Fatemeh Mohadjerani said the talks would resume.\n",
            ("Mohadjerani", "Mohajerani"),
        ),
        ("Japanese Finance Minister Satsuki Katayma met bankers in Tokyo.\n", ("Katayma", "Katayama")),
        ("Pakistani Interior Minister Mohsin Naqwi visited Lahore.\n", ("Naqwi", "Naqvi")),
        ("Israeli government spokesman David Menser gave a briefing.\n", ("Menser", "Mencer")),
        ("KMT chairwoman Cheng Liwen met reporters in Taipei.\n", ("Cheng Liwen", "Cheng Li-wun")),
        ("Downing Street chief of staff Morgan McSweeny resigned.\n", ("McSweeny", "McSweeney")),
        ("Russian Deputy Defence Minister Mikhail Misintsev gave the figures.\n", ("Misintsev", "Mizintsev")),
    ],
)
def test_office_holders_respelled(names_pass, text, fix):
    assert fix in confident_fixes(names_pass, text)


CLEAN = (
    "Home Secretary Shabana Mahmood and Health Secretary Wes Streeting spoke at the Labour "
    "conference in Liverpool on Monday. Energy Secretary Ed Miliband, whose brother David "
    "Miliband runs an aid charity in New York, said the grid would be rebuilt by 2030. Welsh "
    "Secretary Jo Stevens met Lucy Powell and Darren Jones before the vote, while the singer "
    "Tom Jones watched from the gallery. Steve Reed, the Housing Secretary, said the comedian "
    "Peter Kay had no part in the plan, and Peter Kyle laughed. Hilary Benn said his late "
    "father, Tony Benn, would have enjoyed the debate.\n\n"
    "In Brasília, Justice Minister Ricardo Lewandowski met Senate President Davi Alcolumbre; "
    "the footballer Robert Lewandowski watched a match on television. Argentina's Foreign "
    "Minister Pablo Quirno flew to Washington with Santiago Caputo, while Economy Minister Luis "
    "Caputo stayed in Buenos Aires. Transportation Secretary Sean Duffy quoted the poet Carol "
    "Ann Duffy, and Doug Collins hummed a song by Phil Collins.\n"
)


def test_clean_paragraph_with_namesakes_gets_no_proposal(names_pass):
    assert [(p.original, p.replacement) for p in proposals(names_pass, CLEAN)] == []


CLEAN_EAST = (
    "No Korean official attended the talks. North Korean Defence Minister No Kwang Chol "
    "watched the test. Israeli troops remain on the Golan Heights, Yair Golan told the Knesset, "
    "and the columnist Gideon Levy criticised Eylon Levy. Former chief minister Harish Rawat met "
    "Parvathaneni Harish in New York. The cricketer Shoaib Malik and the spy chief Asim Malik "
    "were both in Rawalpindi, and Masood Khan spoke about Imran Khan. The philosopher Edmund "
    "Burke was quoted by Tony Burke, while Nouri al-Maliki stayed in Baghdad and Turki "
    "al-Maliki spoke in Riyadh. Satsuki Katayama and Takeo Akiba met Kazuyuki Yamazaki.\n"
)


def test_clean_asian_paragraph_with_namesakes_gets_no_proposal(names_pass):
    assert [(p.original, p.replacement) for p in proposals(names_pass, CLEAN_EAST)] == []


def test_the_office_holders_are_listed_with_their_roles():
    gazetteer = Gazetteer.load(())
    (mahmood, _), *_ = gazetteer.exact(fold("Shabana Mahmood"))
    assert mahmood.canonical == "Shabana Mahmood"
    assert "Home Secretary" in mahmood.roles and mahmood.country == "GB"
    (trevilla, _), *_ = gazetteer.exact(fold("Ricardo Trevilla"))
    assert trevilla.canonical == "Ricardo Trevilla Trejo" and trevilla.country == "MX"
