"""The table of damaged fixed phrases (repair/passes/phrases.py): each damaged phrase gets
its one repair, automatic only where the phrase is no English, and correct news sentences
that come close to a phrase keep every word. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from repair.config import Config
from repair.document import Document
from repair.passes import phrases
from repair.passes.phrases import phrase_proposals

AUTOMATIC = Config().thresholds[phrases.KIND]


def found(text: str) -> list[tuple[str, str, bool]]:
    """(damaged, repair, automatic) for each proposal."""
    return [
        (p.original, p.replacement, p.confidence >= AUTOMATIC)
        for p in phrase_proposals(Document.from_text(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union fought back once morest the new pension rules.\n", [("once morest", "against", True)]),
        ("Once morest this background, the talks resumed.\n", [("Once morest", "Against", True)]),
        ("A spokesman for the White Home declined to comment.\n", [("White Home", "White House", True)]),
        (
            "The Worldwide Financial Fund cut its forecast.\n",
            [("Worldwide Financial Fund", "International Monetary Fund", True)],
        ),
        ("Voters backed the Labour Social gathering in May.\n", [("Social gathering", "Party", True)]),
        ("The Folks’s Republic of China sent a delegation.\n", [("Folks’s", "People’s", True)]),
        (
            "Hospitals reported 40 cases of new crown pneumonia.\n",
            [("new crown pneumonia", "COVID-19", True)],
        ),
        ("Measures against the new corona were eased.\n", [("new corona", "coronavirus", True)]),
        ("New corona cases fell again.\n", [("New corona", "Coronavirus", True)]),
        ("Shops reopened after the spread of Corona 19 slowed.\n", [("Corona 19", "COVID-19", True)]),
        # a region lower-cased by translation, and the article it does not take
        ("Tensions have risen in the east asia.\n", [("the east asia", "East Asia", True)]),
        ("Trade with southeast asia grew.\n", [("southeast asia", "Southeast Asia", True)]),
        # a word after it: the article may belong to the phrase ("the East Asia summit")
        ("Envoys met at the east asia summit.\n", [("east asia", "East Asia", True)]),
        ("Oil from the middle east costs more.\n", [("middle east", "Middle East", True)]),
        # a Chinese news item's credit line, word by word
        (
            "(Comprehensive report by our reporter Li Wen) The ministry spoke.\n",
            [("(Comprehensive report by", "(Compiled report by", True)],
        ),
        (
            "Integrated by Reuters and AFP, the ministry said the plan would go ahead.\n",
            [("Integrated by", "Compiled from", False)],
        ),
        # French and Spanish "au nom de", "en nombre de", opening a sentence: for review, since
        # a fronted pen name is English ("Under the name of John Carter, he wrote novels")
        (
            "The count went on. Under the name of the union, its leader thanked the drivers.\n",
            [("Under the name of", "On behalf of", False)],
        ),
        (
            "Under the name of John Carter, he wrote three spy novels.\n",
            [("Under the name of", "On behalf of", False)],
        ),
        ("The New York Occasions reported the deal.\n", [("New York Occasions", "New York Times", True)]),
        ("Firms spend more on machine studying now.\n", [("machine studying", "machine learning", True)]),
        (
            "Rates were held by the Financial institution of Japan.\n",
            [("Financial institution of", "Bank of", True)],
        ),
        # the title's holder after a title, not a longer name
        (
            "Senate Majority Chief Chuck Schumer spoke first.\n",
            [("Senate Majority Chief", "Senate Majority Leader", True)],
        ),
        ("The Related Press reported the vote.\n", [("Related Press", "Associated Press", True)]),
        (
            "Hackers blamed for the ransomware assault were arrested.\n",
            [("ransomware assault", "ransomware attack", True)],
        ),
        (
            "Lawyers filed the case at the Supreme Court docket office.\n",
            [("Supreme Court docket", "Supreme Court", False)],
        ),
    ],
)
def test_a_damaged_phrase_gets_its_one_repair(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She said it once more, and the talks ended once more without a deal.\n",
        "Hundreds came to a social gathering in the park.\n",
        "Social gathering places reopened on Monday.\n",  # opening a sentence: English
        "The Home Secretary and the House of Commons disagreed.\n",
        "The new crown prince attended the ceremony, and the new crown jewels were shown.\n",
        "Astronomers photographed the new corona discharge above the power line.\n",
        "Sales of the new Corona beer rose.\n",
        "Chinese language teachers met in the capital.\n",
        "Road deaths fell in the final 12 months of the term.\n",
        "The National Safety Council published its figures.\n",
        "The piece moves from F major to Fb major.\n",
        "\u201cWe fought back once morest them,\u201d the old farmer said.\n",  # the speaker's words
        "The East Asia Summit opened in Jakarta.\n",
        "The parts are integrated by design with the control room.\n",
        "Integrated by law into the network in 1994, the line lost money.\n",
        "The novelist writes under the name of her grandmother.\n",
        "A machine studying the samples ran all night, and residents in Washington put up posters.\n",
        "A comprehensive report by the auditors found old signals at fault.\n",
        "The agency sent related press releases on Monday.\n",
        "Related Press Releases\n",
        "A knowledge of history helps, as the Meals on Wheels charity knows.\n",
        "The Change Fee paid by travellers was discussed by the Common Council.\n",
    ],
)
def test_correct_sentences_near_a_phrase_get_no_automatic_change(text):
    assert [f for f in found(text) if f[2]] == []


def test_every_row_of_the_table_is_well_formed_and_found_in_a_sentence():
    rows, _ = phrases.table()
    assert len({r.damaged for r in rows}) == len(rows)
    for row in rows:
        text = f"Officials said on Monday that {row.damaged} was in the news.\n"
        if "*" in row.not_before:
            text = f"Officials said on Monday that it was {row.damaged}.\n"
        assert [(o, r) for o, r, _ in found(text)] == [(row.damaged, row.repair)], row.damaged


def test_a_row_with_the_wrong_number_of_fields_is_refused():
    with pytest.raises(ValueError, match="line 2"):
        phrases.parse(["# damaged\trepair", "once morest\tagainst\tauto\n"])


# --- leftovers of a translation standing as sentences (repair/passes/fragments.py) ---


def fragments(text: str) -> list[tuple[str, bool]]:
    from repair.passes.fragments import fragment_proposals

    return [
        (p.original, p.confidence >= Config().thresholds[p.kind])
        for p in fragment_proposals(Document.from_text(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuel prices rose. 했다. He said the loans were ready.\n", [(" 했다.", True)]),
        ("The opposition said it came too late. 다.\n", [(" 다.", True)]),
        ("Workers asked for better rules. the. The minister agreed.\n", [(" the.", True)]),
        ("The repairs cost 1.2 billion roubles. troops.\n", [(" troops.", False)]),  # a lost word?
        ("Prices rose.했다. He said so.\n", [("했다.", True)]),
        ("다. The minister said so.\n", [("다. ", True)]),
        (
            "The talks will resume in May. The talks will resume in May. Then more.\n",
            [(" The talks will resume in May.", True)],
        ),
        ("They signed the deal. Which took months to agree.\n", [(". Which", False)]),
        ("He met the farmers. Who were angry about prices.\n", [(". Who", False)]),
    ],
)
def test_a_leftover_sentence_is_taken_out(text, expected):
    assert fragments(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in the U.S. too. Then they fell.\n",
        "The meeting ended at 5 p.m. sharp.\n",
        "They bought fruit, nuts etc. etc.\n",
        "Options were listed as a. b. and c.\n",
        "The city of 부산 (Busan) grew. Its port is busy.\n",
        "President 尹 said so. 尹 Suk-yeol left for Paris.\n",
        "He gave one answer: yes. Then he left.\n",
        "Prices fell. Again. Then they rose.\n",
        "大統領室\nThe minister said so.\n",  # a line of its own: chrome or a caption
        'They chanted: "We want peace now. We want peace now."\n',
        "He left. He left early.\n",
        "Which party will win? Nobody knows.\n",
        "The plant is in the U.S. Who runs it is unclear.\n",
    ],
)
def test_one_word_sentences_english_writes_are_left_alone(text):
    assert fragments(text) == []


def test_a_phrase_refused_before_a_word_leaves_the_shorter_phrase_inside_it():
    text = "Wards reopened as the new crown epidemic eased, and the new crown prince visited.\n"
    assert found(text) == [("new crown epidemic", "coronavirus epidemic", True)]


def test_the_other_damage_probes_keep_their_figures():
    """tests/fixtures/other-probes (written for the purpose, keys in the real pages'
    format): the damage fixed as measured when the table and the fragment rules landed
    (23 of 25; before them 3), nothing that must stay broken, on the clean page too."""
    from pathlib import Path

    from repair.measure.bench.real import run_real

    result = run_real(Path(__file__).parent / "fixtures" / "other-probes", Config(grammar="none"))
    total = result["totals"]["all"]
    assert total["keep_broken"] == 0 and total["refused"] == 0
    assert total["other_fixed"] >= 23


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word goes on: some other body's own name, for review
        ("The White Home Care charity opened a second shelter.\n", [("White Home", "White House", False)]),
        ("Shoppers returned to the Center East Mall on Saturday.\n", [("Center East", "Middle East", False)]),
        # a title after the phrase is no part of a name
        (
            "World Financial institution President Ajay Banga spoke in Nairobi.\n",
            [("World Financial institution", "World Bank", True)],
        ),
        ("A White Home spokesman declined to comment.\n", [("White Home", "White House", True)]),
    ],
)
def test_a_phrase_a_capitalised_word_goes_on_may_be_another_name(text, expected):
    assert found(text) == expected


def test_the_second_other_damage_probes_keep_their_figures():
    """tests/fixtures/other-probes-2 (written for the purpose before the rules they
    measure; without the grammar pass, so the lower-cased weekdays stay): lower-cased
    regions, the bracketed Chinese credit line, spun agencies and stray closing marks 0 of
    27 before, 27 after; spun news outlets 0 of 10 before, 10 after; "Integrated by" and
    "Under the name of" (3 more) for review, as a fronted participle or pen name is
    English; nothing that must stay broken."""
    from pathlib import Path

    from repair.measure.bench.real import run_real

    result = run_real(Path(__file__).parent / "fixtures" / "other-probes-2", Config(grammar="none"))
    total = result["totals"]["all"]
    assert total["keep_broken"] == 0 and total["refused"] == 0
    assert total["other_fixed"] >= 37 and total["other_review"] >= 40
