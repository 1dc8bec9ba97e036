"""Word statistics the detector reads: shipped with packages, loaded once, no network.

- wordfreq's English frequency list: how common a word is (the Zipf scale, 0 = unknown,
  3 = once per million words, 7 = "the").
- wordsegment's counts from the Google web corpus (one trillion words): the 333,000 most
  common words and the 258,000 most common word pairs. A pair of common words that never
  made that list is a pair English writers rarely put side by side: the fluency signal.

Reading wordsegment's text files takes about a third of a second, so the counts are kept in
a compact cached form (marshal) in repair's cache folder (repair.cache), built on first use and rebuilt
whenever a source file or the Python version changes; without a writable cache folder the
text files are read as before.
"""

from __future__ import annotations

import contextlib
import marshal
import math
import sys
import threading
from pathlib import Path

# A pair missing from the bigram list occurred fewer times than the list's smallest count.
_BIGRAM_FLOOR = 100_000


class Lexicon:
    def __init__(self) -> None:
        from wordfreq import get_frequency_dict

        self._freq = get_frequency_dict("en", wordlist="best")
        self._unigrams, self._unigram_total, self._bigrams = _load_counts()
        self._zipf_cache: dict[str, float] = {}

    def zipf(self, word: str) -> float:
        """wordfreq's Zipf frequency of a lower-case word (0.0 when unknown)."""
        cached = self._zipf_cache.get(word)
        if cached is None:
            frequency = self._freq.get(word, 0.0)
            cached = math.log10(frequency * 1e9) if frequency > 0 else 0.0
            self._zipf_cache[word] = cached
        return cached

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


def _sources() -> list[Path]:
    import wordsegment

    folder = Path(wordsegment.__file__).parent
    return [folder / "unigrams.txt", folder / "bigrams.txt"]


def _cache_key(sources: list[Path]) -> list:
    """What the cached counts were built from: the files (path, size, mtime) and Python's
    marshal format; any change rebuilds the cache."""
    key: list = [list(sys.version_info[:2]), marshal.version]
    for path in sources:
        stat = path.stat()
        key.append([str(path), stat.st_size, stat.st_mtime_ns])
    return key


def _load_counts(folder: Path | None = None) -> tuple[dict[str, int], int, dict[str, int]]:
    """(unigram counts, their total, bigram counts), from the cache when it is current."""
    sources = _sources()
    key = _cache_key(sources)
    if folder is None:
        from repair.cache import cache_root

        folder = cache_root() / "detector"
    cache = folder / "wordsegment-counts.marshal"
    try:
        cached_key, unigrams, total, bigrams = marshal.loads(cache.read_bytes())
        if cached_key == key:
            return unigrams, total, bigrams
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no cache yet, or an unreadable one: read the sources and rebuild it
    unigrams, total = _read_counts(sources[0])
    bigrams, _ = _read_counts(sources[1])
    from repair.atomic import write_atomic
    from repair.errors import RepairError

    with contextlib.suppress(RepairError):  # a read-only home: only slower next time
        write_atomic(cache, marshal.dumps((key, unigrams, total, bigrams)))
    return unigrams, total, bigrams


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
