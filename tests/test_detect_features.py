"""The detector's features: each measures what it claims, on sentences written here."""

from __future__ import annotations

from repair.detect.features import FEATURES, GROUPS, _overlapping, extract, lint_group
from repair.document import Document
from repair.edits import make_proposal


def features_of(text: str, proposals=(), entities=(), findings=()):
    doc = Document.from_text(text)
    rows = extract(doc, list(proposals), list(entities), list(findings))
    return doc, rows


def only(text: str):
    doc, rows = features_of(text)
    assert len(rows) == 1, [doc.text[s.start : s.end] for s in doc.sentences]
    return rows[0]


CLEAN = (
    "The finance ministers of both countries met in Oslo on Tuesday to discuss grain exports.\n\n"
    "They agreed to meet again in the spring, officials said.\n"
)


def test_groups_cover_every_feature_once():
    listed = [name for names in GROUPS.values() for name in names]
    assert listed == list(FEATURES)
    assert len(set(listed)) == len(listed)


def test_clean_sentences_raise_no_damage_signal():
    _, rows = features_of(CLEAN)
    structural = {
        "doubled",
        "caps_mid",
        "ends_honorific",
        "starts_lower",
        "starts_clause",
        "no_terminal",
        "next_odd_start",
        "prev_odd_end",
        "odd_punct",
        "odd_chars",
        "lower_proper",
        "name_words",
        "near_variant",
    }
    for row in rows:
        assert not structural & {k for k, v in row.values.items() if v}, row.evidence


def test_doubled_word_is_counted_and_explained():
    row = only("The ministers said that the the talks would continue next week.")
    assert row.values["doubled"] == 1.0
    assert "'the'" in row.evidence["doubled"]


def test_function_word_capitalised_mid_sentence():
    row = only("The delegation said the bank Would raise its forecast in March.")
    assert row.values["caps_mid"] == 1.0
    assert row.evidence["caps_mid"] == "'Would' capitalised mid-sentence"


def test_titles_and_organisation_names_are_not_casing_damage():
    row = only(
        "Analysts expect the Bank of Japan and the Foreign Minister to act before the White House does."
    )
    assert "caps_mid" not in row.values


def test_honorific_cut_from_its_name_marks_both_sides():
    doc, rows = features_of("The minister spoke briefly with Mrs.\n\nOkonkwo would travel to Lagos later.\n")
    assert len(rows) == 2
    assert rows[0].values["ends_honorific"] == 1.0
    assert rows[0].evidence["ends_honorific"] == "ends with the title 'Mrs.'"
    assert rows[1].values["prev_odd_end"] == 1.0


def test_paragraph_broken_mid_sentence():
    doc, rows = features_of(
        "The delegates agreed to hold the next round of\n\ntalks in Nairobi before the end of May.\n"
    )
    assert rows[0].values["no_terminal"] == 1.0
    assert rows[0].values["next_odd_start"] == 1.0
    assert rows[1].values["starts_lower"] == 1.0
    assert rows[1].values["prev_odd_end"] == 1.0


def test_clause_cut_off_as_its_own_sentence():
    doc, rows = features_of(
        "Prices rose across the region. Including fuel and bread, which doubled in a year.\n"
    )
    assert rows[1].values["starts_clause"] == 1.0
    assert rows[0].values["next_odd_start"] == 1.0


def test_rarer_spelling_of_a_name_used_elsewhere_in_the_article():
    text = (
        "Foreign Minister Tomasz Wierzbowski arrived in Vienna on Monday.\n\n"
        "Wierzbowski met his Austrian counterpart the same evening.\n\n"
        "Wierzbowsky said the talks had been useful.\n"
    )
    doc, rows = features_of(text)
    assert rows[2].values["near_variant"] == 1.0
    assert "'Wierzbowsky' but 'Wierzbowski'" in rows[2].evidence["near_variant"]
    assert "near_variant" not in rows[0].values and "near_variant" not in rows[1].values


def test_proper_noun_in_lower_case_once():
    text = (
        "Sweden and Norway signed the accord.\n\n"
        "Officials in Norway welcomed it.\n\n"
        "After the vote, norway said it would ratify the accord quickly.\n"
    )
    doc, rows = features_of(text)
    assert rows[2].values["lower_proper"] == 1.0


def test_name_made_of_ordinary_words_after_a_title():
    row = only("Trade Minister Rose Garden Tree said exports had fallen sharply.")
    assert row.values["name_words"] == 1.0
    assert "'Rose Garden Tree'" in row.evidence["name_words"]


def test_punctuation_and_mis_decoded_characters():
    row = only("The summit ended on Friday., and the leaders went home with the â€œdealâ€\x9d signed.")
    assert row.values["odd_punct"] >= 1.0
    assert row.values["odd_chars"] >= 1.0


def test_unattested_word_pair_lowers_fluency():
    fluent = only("The talks will resume next week in the capital.")
    odd = only("The talks will resume next week of the the capital.")
    assert odd.values.get("fluency_worst", 0.0) > fluent.values.get("fluency_worst", 0.0)


def test_grammar_findings_are_read_from_notes_by_category():
    text = "The ministers has agreed to meets again in in Geneva."
    lints = [
        {"start": 15, "end": 18, "rule": "harper.Agreement", "category": "Agreement"},
        {"start": 32, "end": 37, "rule": "harper.SpellCheck", "category": "Spelling"},
        {"start": 44, "end": 49, "rule": "languagetool.COMMA", "category": "PUNCTUATION"},
    ]
    doc, rows = features_of(text, findings=lints)
    words = sum(1 for t in doc.sentences[0].tokens if t.is_word)
    values = rows[0].values
    assert values["lint_grammar"] == 1 / words
    assert values["lint_spelling"] == 1 / words
    assert values["lint_punctuation"] == 1 / words
    assert rows[0].evidence["lint_grammar"] == f"1 grammar finding in {words} words"


def test_lint_groups():
    assert lint_group("Spelling") == "spelling"
    assert lint_group("TYPOS") == "spelling"
    assert lint_group("Punctuation") == "punctuation"
    assert lint_group("TYPOGRAPHY") == "punctuation"
    assert lint_group("Readability") == "style"
    assert lint_group("Repetition") == "grammar"


def test_name_variants_from_the_names_pass_skip_partial_mentions():
    text = "President Arvid Lindqvast spoke first. Lindqvist replied later.\n"
    start = text.index("Arvid")
    second = text.index("Lindqvist")
    entities = [
        {
            "start": start,
            "end": start + 15,
            "text": "Arvid Lindqvast",
            "canonical": "Arvid Lindqvist",
            "type": "person",
            "score": 0.8,
        },
        {
            "start": second,
            "end": second + 9,
            "text": "Lindqvist",
            "canonical": "Arvid Lindqvist",
            "type": "person",
            "score": 1.0,
        },
    ]
    doc, rows = features_of(text, entities=entities)
    assert rows[0].values["name_variant"] == 1.0
    assert "'Arvid Lindqvast' for 'Arvid Lindqvist'" in rows[0].evidence["name_variant"]
    assert "name_variant" not in rows[1].values


def test_proposals_overlapping_a_sentence_carry_their_confidence():
    text = "Subscribe to our newsletter\n\nThe vote was held on Sunday.\n"
    start = 0
    proposal = make_proposal(
        text,
        start,
        29,
        "",
        kind="chrome",
        rule="chrome.newsletter",
        confidence=0.9,
        reason="newsletter sign-up",
    )
    doc, rows = features_of(text, [proposal])
    assert rows[0].values["chrome"] == 0.9
    assert "chrome" not in rows[1].values


def test_overlap_of_spans_with_sentences():
    starts, ends = [0, 20, 40], [15, 35, 55]
    assert list(_overlapping(starts, ends, 5, 10)) == [0]
    assert list(_overlapping(starts, ends, 10, 25)) == [0, 1]
    assert list(_overlapping(starts, ends, 35, 40)) == [1, 2]  # a break between two sentences
    assert list(_overlapping(starts, ends, 17, 17)) == []  # a point touching nothing
    assert list(_overlapping(starts, ends, 15, 15)) == [0]  # a point at a sentence's end


def test_spaced_currency_sign_is_its_own_slight_feature():
    row = only("Revenue rose to $ 42.8 million in the third quarter, the company said.")
    assert row.values["currency_space"] == 1.0
    assert "odd_punct" not in row.values
    start = row.spans["currency_space"][0][0]
    assert row.spans["currency_space"] == [(start, start + 3)]


def test_title_before_an_everyday_verb_is_a_lost_name():
    lost = only("Outside the court, Mrs. Refuses comment on the ruling and leaves.")
    assert lost.values["name_words"] == 1.0
    assert "'Mrs. Refuses'" in lost.evidence["name_words"]
    named = only("Outside the court, Mrs. Okafor declined to comment on the ruling.")
    assert "name_words" not in named.values


def test_words_in_another_script_are_untranslated():
    row = only("The envoy from 首尔 arrived on Tuesday for the talks.")
    assert row.values["untranslated"] == 1.0
    assert "'首尔'" in row.evidence["untranslated"]


def test_features_mark_the_words_that_show_them():
    text = "The delegation said the bank Would raise the the rate in March."
    doc, rows = features_of(text)
    spans = rows[0].spans
    assert [text[a:b] for a, b in spans["caps_mid"]] == ["Would"]
    assert [text[a:b] for a, b in spans["doubled"]] == ["the the"]
    a, b = spans["fluency_worst"][0]
    assert " " in text[a:b]  # the word pair, both words


def test_mean_word_pair_rarity_is_higher_for_word_salad():
    fluent = only("The government said it would raise taxes on fuel next year.")
    salad = only("The government it said would taxes on raise year next fuel.")
    assert salad.values["fluency_mean"] > fluent.values.get("fluency_mean", 0.0)


def test_web_bigram_model_finds_words_out_of_order():
    fluent = only("The government said it would raise taxes on fuel next year.")
    scrambled = only("The government it said would taxes on raise year next fuel.")
    assert scrambled.values["bigram_nll"] > fluent.values["bigram_nll"]
    assert scrambled.values["bigram_worst"] > fluent.values["bigram_worst"]
    assert len(scrambled.spans["bigram_worst"]) == 1


def test_headings_and_link_lists_are_furniture_but_broken_sentences_are_not():
    from repair.detect.features import furniture

    text = (
        "Harbour traffic recovers after the storm\n\n"
        "Ships returned to the port on Monday, the authority said.\n\n"
        "The delegates agreed to hold the next round of\n\n"
        "talks in Nairobi before the end of May.\n\n"
        "More stories\n"
        "- Grain prices fall for a third week\n"
    )
    doc, rows = features_of(text)
    flags = dict(zip((doc.text[s.start : s.end] for s in doc.sentences), furniture(doc, rows), strict=True))
    assert flags["Harbour traffic recovers after the storm"]
    assert flags["More stories"] and flags["- Grain prices fall for a third week"]
    assert not flags["Ships returned to the port on Monday, the authority said."]
    assert not flags["The delegates agreed to hold the next round of"]
    assert not flags["talks in Nairobi before the end of May."]


def chrome_line(text: str, line: str):
    start = text.index(line)
    return make_proposal(
        text, start, start + len(line) + 2, "", kind="chrome", rule="chrome.nav", confidence=0.9, reason="nav"
    )


def test_page_chrome_is_no_neighbour_of_the_prose_around_it():
    # a menu line with no final stop does not make the next sentence look cut off
    text = "The council met on Monday.\n\nback to top\n\nThe vote was held on Sunday.\n"
    doc, rows = features_of(text, [chrome_line(text, "back to top")])
    assert len(rows) == 3
    assert "next_odd_start" not in rows[0].values
    assert "prev_odd_end" not in rows[2].values
    # a sentence broken around a chrome line is still seen as broken
    text = "The delegates agreed to hold the next round of\n\nSubscribe now\n\ntalks in Nairobi in May.\n"
    doc, rows = features_of(text, [chrome_line(text, "Subscribe now")])
    assert rows[0].values["next_odd_start"] == 1.0
    assert "next_odd_start" not in rows[1].values


def test_a_headline_over_a_chrome_byline_does_not_make_the_lead_look_cut_off():
    text = (
        "Dock workers end strike\nBy Ana Ruiz | 4 June 2025\n\n"
        "Dock workers returned to work on Wednesday after a pay deal.\n"
    )
    doc, rows = features_of(text, [chrome_line(text, "By Ana Ruiz | 4 June 2025")])
    lead = rows[-1].values
    assert "prev_odd_end" not in lead
    # a sentence broken around a chrome line in its paragraph is still seen as broken
    text = "The delegates agreed to hold the next round of\nSubscribe now.\ntalks in Nairobi in May.\n"
    start = text.index("Subscribe now.")
    box = make_proposal(
        text, start, start + 15, "", kind="chrome", rule="chrome.newsletter", confidence=0.9, reason="box"
    )
    doc, rows = features_of(text, [box])
    assert rows[-1].values["prev_odd_end"] == 1.0
