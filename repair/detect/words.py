"""Word lists the detector's features read: honorifics, titles, function words, openers.

Each list is a judgement about English news prose, kept in one place so that every
feature group reads the same lists.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HONORIFICS = _words(
    "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm rev fr st pres messrs mme mlle"
)
FUNCTION_WORDS = _words("""a an the and or but nor so yet for of to in on at by from with without into onto upon
    about above after against along among around before behind below beneath beside between
    beyond during except inside near off over past since through throughout toward towards
    under until unto up via within is are was were be been being am has have had having do
    does did will would shall should can could may might must not no as than then that this
    these those which who whom whose what when where while whether if because although though
    it its he him his she her they them their we us our you your also very just only even
    such some any each every all both either neither many much more most other another same
    said says say told tell added asked called made make took take gave give went go came come
    there here now still already again""")
DAYS_MONTHS = _words("""monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""")
HONOUR_AFTER_OPENER = frozenset(":\"“‘'(—–-;[")
TERMINAL = frozenset(".!?\"'”’)…")
DOUBLE_OK = frozenset({"had", "that", "is", "do"})
ODD_CHARS = re.compile("[\ufffd\u00c2\u00c3\u00e2\u20ac\u0080-\u009f]|Ã.|â€")
ODD_PUNCT = re.compile(
    r"\s[,.;:!?](?!\.\.)|[,;:][,.;:]|\.[,;:]|(?<!\.)\.\.(?!\.)|[(\[]\s|\s[)\]]|\s{2,}(?=\S)"
)
# Words that begin a dependent clause: a sentence opening with one of the first set is
# almost always a clause cut from the sentence before; the second set is merely suspect.
CLAUSE_OPENERS = _words("including which who whose whom where especially particularly notably and or nor")
SUBORDINATORS = _words(
    "while when as although though because after before since unless if whereas despite until once"
)
# Capitalised words that belong to titles and organisation names ("Foreign Minister",
# "Bank of Japan"), not to the names of people.
TITLE_WORDS = _words("""president minister secretary governor chairman chairwoman chair chief director general
    commissioner spokesman spokeswoman spokesperson ambassador envoy adviser advisor senator
    representative premier chancellor king queen prince princess emperor pope cardinal
    mayor judge justice admiral colonel captain sergeant lieutenant major commander officer
    deputy vice prime foreign finance defense defence interior economy trade energy health
    state national security central federal reserve bank house party council union nations
    united european commission ministry department office agency court parliament assembly
    congress senate government army navy force forces fund organization organisation
    association league committee board group summit forum exchange market company corporation
    university institute north south east west new great greater republic democratic people
    kingdom states island islands sea ocean river city county province region gulf strait
    international world global economic development affairs public social labor labour
    federation alliance coalition front movement times post news press daily journal""")
PERSON_TITLES = _words("""president minister secretary governor chairman chairwoman chair chief director
    commissioner spokesman spokeswoman spokesperson ambassador envoy adviser advisor senator
    chancellor premier king queen prince princess emperor mayor judge general admiral colonel
    captain leader""")
# endings of verbs, adjectives and abstract nouns, rare at the end of a proper name
COMMON_SUFFIX = re.compile(r"(?:ed|ing|ly|al|ive|ous|ful|less|ment|ness|ity|ise|ize|ate|ble)$")
PREPOSITIONS_ING = _words(
    "according during following regarding concerning including excluding considering pending notwithstanding beijing"
)
DEMONYM = re.compile(r"(?:an|ian|ese|ish|i)$")
CONNECTORS = _words("of for and de del la le von van al bin the on")
# "$ 117.5": a currency sign spaced from its amount, a typesetting slip and nothing worse
CURRENCY_SPACE = re.compile(r"[$€£¥]\s\d")
# letters of scripts English prose does not use: a word the translation left untranslated
UNTRANSLATED = re.compile(
    "[\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+"
)
