"""Characters the detector's features read: openers, sentence ends, signs of mojibake,
stray punctuation, scripts English prose does not use.

The word lists and word regexes (honorifics, titles, function words, ...) are in
repair/words.py, which every pass reads.
"""

from __future__ import annotations

import re

HONOUR_AFTER_OPENER = frozenset(":\"“‘'(—–-;[")
TERMINAL = frozenset(".!?\"'”’)…")
ODD_CHARS = re.compile("[\ufffd\u00c2\u00c3\u00e2\u20ac\u0080-\u009f]|Ã.|â€")
ODD_PUNCT = re.compile(
    r"\s[,.;:!?](?!\.\.)|[,;:][,.;:]|\.[,;:]|(?<!\.)\.\.(?!\.)|[(\[]\s|\s[)\]]|\s{2,}(?=\S)"
)
# "$ 117.5": a currency sign spaced from its amount, a typesetting slip and nothing worse
CURRENCY_SPACE = re.compile(r"[$€£¥]\s\d")
# letters of scripts English prose does not use: a word the translation left untranslated
UNTRANSLATED = re.compile(
    "[\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+"
)
