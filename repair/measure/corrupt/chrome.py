"""Page chrome blocks, assembled at random from the pieces in data/chrome.json."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

from repair.measure.corrupt.plan import Plan, load_data

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@cache
def _data() -> dict:
    return load_data("chrome.json")


class Filler:
    """Fills {brand}, {topic}, {headline} ... with random values for one article."""

    def __init__(self, rng: random.Random, year: int, tags: list[str]) -> None:
        self.rng = rng
        self.year = year
        self.tags = tags
        self.brand = rng.choice(_data()["brands"])

    def headline(self) -> str:
        feed = _data()["feed"]
        r = self.rng
        subject, verb = r.choice(feed["subjects"]), r.choice(feed["verbs"])
        last = subject.split()[-1]
        if not (last.endswith("s") and not last.endswith("ss")):  # a singular subject
            head, _, rest = verb.partition(" ")
            verb = f"{head}s {rest}".strip()
        return f"{subject} {verb} {r.choice(feed['objects'])}"

    def time(self) -> str:
        r = self.rng
        return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"

    def date(self) -> str:
        r = self.rng
        style = r.randint(0, 2)
        month, day = r.randint(1, 12), r.randint(1, 28)
        if style == 0:
            return f"{MONTHS[month - 1]} {day}, {self.year}"
        if style == 1:
            return f"{day:02d}.{month:02d}.{self.year}"
        return f"{day} {MONTHS[month - 1][:3]} {self.year}"

    def fill(self, template: str) -> str:
        r = self.rng
        values = {
            "brand": self.brand,
            "topic": r.choice(_data()["topics"]),
            "price": r.choice(["$3", "$5", "£4", "€5", "$1"]),
            "year": str(self.year),
            "count": f"{r.randint(12, 480)},{r.randint(0, 999):03d}",
            "small": str(r.randint(3, 9)),
            "email": "name@example.com",
            "time": self.time(),
            "date": self.date(),
        }
        template = template.replace("{spam}", r.choice(_data()["spam"]))
        template = re.sub(r"\{headline\}", lambda _: self.headline(), template)
        return template.format(**values)


def newsletter(f: Filler) -> str:
    d = _data()["newsletter"]
    r = f.rng
    lines = [f.fill(r.choice(d["heads"])), f.fill(r.choice(d["pitches"]))]
    if r.random() < 0.8:
        lines.append(f.fill(r.choice(d["fields"])))
    lines.append(r.choice(d["buttons"]))
    if r.random() < 0.7:
        lines.append(f.fill(r.choice(d["fine_print"])))
    return "\n".join(lines)


def feed(f: Filler) -> str:
    d = _data()["feed"]
    r = f.rng
    fmt = r.choice(d["formats"])
    items = [f.fill(fmt) for _ in range(r.randint(3, 7))]
    separator = "\n\n" if "\n" in fmt else "\n"
    return r.choice(d["labels"]) + "\n" + separator.join(items)


def comment_form(f: Filler) -> str:
    r = f.rng
    rows = _data()["comment_form"]
    lines = [r.choice(options) for i, options in enumerate(rows) if i in (0, 1, 7) or r.random() < 0.75]
    return "\n".join(lines)


def copyright_line(f: Filler) -> str:
    r = f.rng
    line = f.fill(r.choice(_data()["copyright"]))
    tags = r.sample(f.tags, k=min(len(f.tags), r.randint(3, 6)))
    trail = " ".join("#" + re.sub(r"\W", "", t) for t in tags)
    if r.random() < 0.4:
        trail += " #" + "".join(r.choice("0123456789abcdef") for _ in range(r.choice((8, 12, 16))))
    return f"{line} {trail}".strip()


def see_also(f: Filler) -> str:
    return f.fill(f.rng.choice(_data()["see_also"]))


def membership(f: Filler) -> str:
    r = f.rng
    lines = [f.fill(r.choice(_data()["membership"]))]
    if r.random() < 0.7:
        lines.append(r.choice(_data()["membership_buttons"]))
    return "\n".join(lines)


def teaser(f: Filler) -> str:
    d = _data()["teaser"]
    r = f.rng
    head = f"{r.choice(d['labels'])} {f.headline()}"
    if r.random() < 0.5:
        return head
    return head + "\n" + f.fill(r.choice(d["tails"]))


BLOCKS: dict[str, Callable[[Filler], str]] = {
    "chrome-newsletter": newsletter,
    "chrome-feed": feed,
    "chrome-comment-form": comment_form,
    "chrome-copyright": copyright_line,
    "chrome-see-also": see_also,
    "chrome-membership": membership,
    "chrome-teaser": teaser,
}
# where each block usually sits on a page: "top", "inside" (between paragraphs) or "end"
PLACES = {
    "chrome-newsletter": ("inside", "end"),
    "chrome-feed": ("end",),
    "chrome-comment-form": ("end",),
    "chrome-copyright": ("end",),
    "chrome-see-also": ("inside", "end"),
    "chrome-membership": ("top", "inside", "end"),
    "chrome-teaser": ("inside",),
}


def article_year(text: str) -> int:
    years = [int(y) for y in re.findall(r"\b(20[0-4]\d)\b", text)]
    return max(years) if years else 2024


def add_chrome(plan: Plan, tags: list[str], rng: random.Random, budget: dict[str, int]) -> None:
    """Insert chrome blocks at paragraph boundaries; end-of-page blocks stack at the end."""
    text = plan.text
    filler = Filler(rng, article_year(text), tags or ["news"])
    starts = [m.end() for m in re.finditer(r"\n\n+", text) if m.end() < len(text)]
    top = starts[0] if starts else 0  # after the headline
    inside = starts[1:-1]
    kinds = [k for k in BLOCKS for _ in range(budget.get(k, 0))]
    rng.shuffle(kinds)
    at_end: list[tuple[str, str]] = []
    for kind in kinds:
        place = rng.choice(PLACES[kind])
        block = BLOCKS[kind](filler)
        if place == "end" or (place == "inside" and not inside):
            at_end.append((kind, block))
            continue
        position = top if place == "top" else rng.choice(inside)
        plan.add(position, position, block + "\n\n", kind, "chrome", "page chrome")
    # blocks after the article's last paragraph, one after another at the same point
    end = len(text.rstrip("\n"))
    if at_end:
        plan.add_insertions(end, [("\n\n" + block, kind, "page chrome") for kind, block in at_end], "chrome")
