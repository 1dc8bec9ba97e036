"""The HTML batch report escapes everything that comes from the input (article text, file
names, corpus ids, error messages), and its Content-Security-Policy lets it run nothing."""

from __future__ import annotations

import base64
import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path

from repair.cli import main

SCRIPT = '<script>alert("article")</script>'
HANDLER = "<img src=x onerror=alert(1)>"
ARTICLE = (
    "Harbour Reopens\n\n"
    f"The mayor said the the harbour would reopen on Monday. {SCRIPT} Crews worked all week.\n\n"
    f'Officials posted {HANDLER} and <a href="javascript:alert(2)" onclick="alert(3)">a link</a> online.\n'
)
ALLOWED = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "table", "tr", "th", "td"}
ALLOWED |= {"details", "summary", "pre", "span", "b", "div", "meter"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)


def test_payloads_from_text_names_and_ids_stay_text(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / f"{HANDLER}.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "<svg onload=alert(4)>.txt").write_bytes(b"\x00\x01\x02" * 50)  # an error, named
    ids = ["<script>alert(5)</script>", "\"'><body onload=alert(6)>"]
    (src / "feed.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in ids), encoding="utf-8"
    )
    page_path = tmp_path / "report.html"
    code = main(
        [
            "fix",
            str(src),
            "-o",
            str(tmp_path / "out"),
            "--report-html",
            str(page_path),
            "--grammar",
            "none",
            "--jobs",
            "1",
        ]
    )
    assert code == 2  # the binary file is an error; the rest is repaired
    markup = page_path.read_text(encoding="utf-8")
    page = Page()
    page.feed(markup)
    tags = {tag for tag, _ in page.tags}
    assert tags <= ALLOWED, tags - ALLOWED
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not any("javascript:" in (value or "") for value in attrs.values()), (tag, attrs)
    text = "".join(page.text)
    for payload in (SCRIPT, HANDLER, "<svg onload=alert(4)>", 'onclick="alert(3)"'):
        assert payload in text, payload  # shown to the reader as text
    for payload in (SCRIPT, HANDLER, "<svg onload", *ids):
        assert payload not in markup, payload  # never as markup
    assert "feed.jsonl#0" in text and "feed.jsonl#1" in text  # records are named by position
    assert "the the" in text  # the diff is there, escaped too


def test_the_policy_allows_only_the_reports_own_style(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    page_path = tmp_path / "report.html"
    assert (
        main(
            [
                "fix",
                str(src),
                "-o",
                str(tmp_path / "out"),
                "--report-html",
                str(page_path),
                "--grammar",
                "none",
                "--jobs",
                "1",
            ]
        )
        == 0
    )
    page = Page()
    page.feed(page_path.read_text(encoding="utf-8"))
    metas = [attrs for tag, attrs in page.tags if tag == "meta" and attrs.get("http-equiv")]
    assert len(metas) == 1 and metas[0]["http-equiv"] == "Content-Security-Policy"
    policy = dict(part.strip().split(" ", 1) for part in metas[0]["content"].split(";"))
    assert policy["default-src"] == "'none'"  # hence no script, image, frame or connection
    assert "script-src" not in policy and "unsafe-inline" not in metas[0]["content"]
    digest = base64.b64encode(hashlib.sha256(page.style.encode()).digest()).decode()
    assert policy["style-src"] == f"'sha256-{digest}'"
    assert not any("style" in attrs for _, attrs in page.tags)  # inline styles would be blocked
    assert [tag for tag, _ in page.tags].index("meta") < [tag for tag, _ in page.tags].index("style")
    assert Path(page_path).stat().st_size > 0
