"""The gazetteer: names and terms repair recognises, their compiled index and candidate search."""

from repair.gazetteer.entries import Entry, format_tsv, load_tsv
from repair.gazetteer.index import Gazetteer, Index, build_index, cache_dir, compiled

__all__ = ["Entry", "Gazetteer", "Index", "build_index", "cache_dir", "compiled", "format_tsv", "load_tsv"]
