"""Word statistics the detector reads: shipped with packages, loaded once, no network.

- wordfreq's English frequency list: how common a word is (the Zipf scale, 0 = unknown,
  3 = once per million words, 7 = "the").
- wordsegment's counts from the Google web corpus (one trillion words): the 333,000 most
  common words and the 258,000 most common word pairs. A pair of common words that never
  made that list is a pair English writers rarely put side by side: the fluency signal.

Reading wordsegment's text files takes about a third of a second, so the counts are kept in
marshal form in repair's cache folder (repair.cache.marshalled), rebuilt whenever a source
file or the Python version changes.
"""

from __future__ import annotations

import math
import threading
from pathlib import Path

# A pair missing from the bigram list occurred fewer times than the list's smallest count.
_BIGRAM_FLOOR = 100_000
_BACKOFF = 0.4  # stupid backoff's discount for an unseen pair
# A common word the unigram counts hold this many times less often than wordfreq implies was
# split by their corpus ("cannot": "can not"), so its pairs are the split's.
_SPLIT_SHORTFALL = 100


class Lexicon:
    def __init__(self) -> None:
        from wordfreq import get_frequency_dict

        self._freq = get_frequency_dict("en", wordlist="best")
        self._unigrams, self._unigram_total, self._bigrams = _load_counts()
        self._zipf_cache: dict[str, float] = {}
        self._common: dict[float, frozenset[str]] = {}

    def zipf(self, word: str) -> float:
        """wordfreq's Zipf frequency of a lower-case word (0.0 when unknown)."""
        cached = self._zipf_cache.get(word)
        if cached is None:
            frequency = self._freq.get(word, 0.0)
            cached = math.log10(frequency * 1e9) if frequency > 0 else 0.0
            self._zipf_cache[word] = cached
        return cached

    def common_words(self, min_zipf: float) -> frozenset[str]:
        """Every word at least this common (wordfreq's Zipf scale), built once per bar: a
        set to intersect many candidate spellings with at once."""
        found = self._common.get(min_zipf)
        if found is None:
            floor = 10 ** (min_zipf - 9)
            found = self._common[min_zipf] = frozenset(w for w, f in self._freq.items() if f >= floor)
        return found

    def pair_association(self, first: str, second: str) -> tuple[float, bool] | None:
        """Pointwise mutual information of two adjacent lower-case words, and whether the
        pair was seen. For an unseen pair this is an upper bound. None when either word is
        missing from the unigram list (a name, a number): nothing to say."""
        a = self._unigrams.get(first)
        b = self._unigrams.get(second)
        if a is None or b is None:
            return None
        count = self._bigrams.get(f"{first} {second}")
        seen = count is not None
        pmi = math.log((count if seen else _BIGRAM_FLOOR) * self._unigram_total / (a * b))
        return pmi, seen

    def split_form(self, word: str) -> tuple[str, str] | None:
        """The two words wordsegment counts a common word as, when its corpus split the word
        ("cannot" is counted as "can not": a thousandth of what wordfreq implies), else None."""
        count = self._unigrams.get(word, 0)
        if count * _SPLIT_SHORTFALL >= self._zipf_count(word):
            return None
        pairs = [(word[:i], word[i:]) for i in range(1, len(word))]
        seen = [(self._bigrams[f"{a} {b}"], (a, b)) for a, b in pairs if f"{a} {b}" in self._bigrams]
        return max(seen)[1] if seen else None

    def _zipf_count(self, word: str) -> float:
        """How often the unigram counts would hold ``word`` if they agreed with wordfreq."""
        zipf = self.zipf(word)
        return 10 ** (zipf - 9) * self._unigram_total if zipf > 0 else 0.0

    def next_word_cost(self, previous: str | None, word: str) -> float | None:
        """How unexpected ``word`` is after ``previous`` under a bigram model with stupid
        backoff, in nats (-log P); None for a word missing from the unigram list. A pair
        missing from the bigram list backs off to the word's own frequency, capped by the
        most such a pair can have occurred."""
        count = self._unigrams.get(word)
        if count is None:
            return None
        before = self._unigrams.get(previous) if previous is not None else None
        if before is None:
            return -math.log(count / self._unigram_total)
        pair = self._bigrams.get(f"{previous} {word}")
        if pair is not None:
            return -math.log(pair / before)
        return -math.log(min(_BACKOFF * count / self._unigram_total, _BIGRAM_FLOOR / before))


def _sources() -> list[Path]:
    import wordsegment

    folder = Path(wordsegment.__file__).parent
    return [folder / "unigrams.txt", folder / "bigrams.txt"]


def _load_counts(folder: Path | None = None) -> tuple[dict[str, int], int, dict[str, int]]:
    """(unigram counts, their total, bigram counts), from the cache when it is current."""
    from repair.cache import cache_root, marshalled

    sources = _sources()

    def read() -> tuple[dict[str, int], int, dict[str, int]]:
        unigrams, total = _read_counts(sources[0])
        bigrams, _ = _read_counts(sources[1])
        return unigrams, total, bigrams

    cache = (folder or cache_root() / "detector") / "wordsegment-counts.marshal"
    return tuple(marshalled(cache, sources, read))


def _read_counts(path: Path) -> tuple[dict[str, int], int]:
    counts: dict[str, int] = {}
    total = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            key, _, value = line.rstrip("\n").rpartition("\t")
            number = int(value)
            counts[key] = number
            total += number
    return counts, total


_loading = threading.Lock()
_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    """The one Lexicon; a thread asking while another loads it waits for that load."""
    global _LEXICON
    if _LEXICON is None:
        with _loading:
            if _LEXICON is None:
                _LEXICON = Lexicon()
    return _LEXICON
