from repair.document import Document


def sentences(text):
    doc = Document.from_text(text)
    return [doc.slice(s.span) for s in doc.sentences]


def test_run_together_sentences_split():
    assert sentences("The talks ended on Monday.The minister left.") == [
        "The talks ended on Monday.",
        "The minister left.",
    ]


def test_honorifics_and_abbreviations_stay_inside_sentences():
    assert sentences("U.S. President Joe Biden met Mr. Xi at 5 p.m. on Friday. They spoke.") == [
        "U.S. President Joe Biden met Mr. Xi at 5 p.m. on Friday.",
        "They spoke.",
    ]


def test_honorific_cut_from_its_name_ends_a_sentence():
    assert sentences("He held talks with Mr. The minister said it went well.") == [
        "He held talks with Mr.",
        "The minister said it went well.",
    ]


def test_quotations():
    assert sentences('"We will not yield," Ms. Mao said. "Never."') == [
        '"We will not yield," Ms. Mao said.',
        '"Never."',
    ]


def test_a_sentence_never_crosses_a_line_unless_it_continues():
    assert sentences("Headline without a stop\nThe body starts here.") == [
        "Headline without a stop",
        "The body starts here.",
    ]
    assert sentences("The minister said the talks\ncontinued today.") == [
        "The minister said the talks\ncontinued today."
    ]


def test_spans_index_the_original_text_with_crlf():
    text = "First line.\r\n\r\nSecond para. Another one.\r\n"
    doc = Document.from_text(text)
    assert [doc.slice(p) for p in doc.paragraphs] == ["First line.", "Second para. Another one."]
    assert [doc.slice(s.span) for s in doc.sentences] == ["First line.", "Second para.", "Another one."]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1]
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text
