"""A line that opens with its introductory word in lower case ("finally the third cause")
gets the checker's capital and the pass's comma together; an opener two words run together
("Infact we") keeps its comma beside the checker's space; "After that" is an opener."""

from __future__ import annotations

from repair.api import fix_text
from repair.document import Document
from repair.edits import Span
from repair.passes.grammar import introductory_comma_findings


def commas(text: str) -> list[str]:
    doc = Document.from_text(text)
    return [text[f.start : f.end] for f in introductory_comma_findings(doc, [Span(0, len(text))])]


def test_a_lower_case_opener_at_a_line_start_takes_its_comma():
    assert commas("finally the ferry reached the island.\n") == ["finally"]
    assert commas("actually that was the last boat.\n") == ["actually"]
    assert commas("in fact we waited all night.\n") == ["in fact"]


def test_lower_case_after_a_stop_inside_a_line_is_left_to_the_stray_stop_rule():
    # the stop may be one a translation put inside the sentence: no comma is guessed there
    assert commas("The ferry was late. also the quay flooded.\n") == []
    assert commas("The ferry was late. Also the quay flooded.\n") == ["Also"]


def test_capital_and_comma_together():
    fixed = fix_text(
        "The storm came at night.\nfinally the ferry reached the island.\n", exclude="chrome,structure"
    )
    assert fixed.splitlines()[1] == "Finally, the ferry reached the island."


def test_an_opener_run_together_keeps_its_comma_beside_the_space():
    assert commas("Infact we waited all night.\n") == ["Infact"]
    fixed = fix_text("Infact we waited all night at the quay.\n", exclude="chrome,structure")
    assert fixed.startswith("In fact, we waited")


def test_after_that_opens_a_sentence_before_a_subject_only():
    assert commas("After that I went home.\n") == ["After that"]
    assert commas("After that the council met again.\n") == ["After that"]
    assert commas("After that meeting the council voted.\n") == []  # "that" points at the noun
    assert commas("After that, I went home.\n") == []


def test_a_view_phrase_takes_its_comma_before_a_noun_subject_too():
    assert commas("In my opinion farmers deserve better prices.\n") == ["In my opinion"]
    assert commas("in my view cyclists should ride on the left.\n") == ["in my view"]
    # a function word after it: no subject follows ("In my opinion is what counts")
    assert commas("In my opinion is all she asked for.\n") == []
    assert commas("In fact farmers deserve more.\n") == []  # other openers: a subject word only


def test_a_lower_case_connective_gets_the_checkers_comma_and_the_passs_capital():
    # the checker adds the comma after "therefore" and no capital: the paragraph's capital
    # is this pass's, not dropped as the checker's own
    fixed = fix_text(
        "The bridge was shut for a week.\ntherefore we took the long road home.\n", exclude="chrome,structure"
    )
    assert fixed.splitlines()[1] == "Therefore, we took the long road home."


def test_a_connective_before_even_takes_its_comma():
    assert commas("Thus even now the harbour is quiet.\n") == ["Thus"]
    assert commas("In fact even the mayor came to the quay.\n") == ["In fact"]
    assert commas("Also even the mayor came.\n") == []  # one word: before a subject only
