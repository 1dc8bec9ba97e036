"""`repair serve` as clients meet it: the real server on 127.0.0.1, spoken to over HTTP by
language-tool-python's own client and by plain requests."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from .conftest import ROOT

pytest.importorskip("starlette", reason="repair serve needs the serve extra (starlette, uvicorn)")
pytest.importorskip("uvicorn", reason="repair serve needs the serve extra (starlette, uvicorn)")

LIMIT = 40_000
# an astral character (2 UTF-16 code units) before every finding, so offsets must be converted
TEXT = "Talks 🌏 opened. The the minister Fumio Kishita arrived in Tokyo on Monday with a long list of demands.\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "repair.cli", "serve", "--port", str(port), "--max-request-bytes", str(LIMIT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    log = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        log.append(line)
        if "running on" in line or process.poll() is not None:
            break
    assert process.poll() is None, "".join(log)
    yield url, "".join(log)
    process.terminate()
    process.wait(timeout=20)


def post(url: str, fields: dict, content_type: str = "application/x-www-form-urlencoded"):
    body = urllib.parse.urlencode(fields).encode() if isinstance(fields, dict) else fields
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_binds_127_0_0_1_by_default(server):
    _, log = server
    assert "http://127.0.0.1:" in log


def test_language_tool_python_client_against_the_server(server):
    language_tool_python = pytest.importorskip("language_tool_python")
    url, _ = server
    tool = language_tool_python.LanguageTool("en-US", remote_server=url)
    try:
        found = tool.check(TEXT)
    finally:
        tool.close()
    by_rule = {m.rule_id: m for m in found}
    doubled = by_rule["spacing.doubled-word"]
    # the client turns LanguageTool's UTF-16 offsets back into Python's: they must land exactly
    assert TEXT[doubled.offset : doubled.offset + doubled.error_length] == "The the"
    assert doubled.replacements[0] == "The" and doubled.category == "TYPOGRAPHY"
    assert doubled.rule_issue_type == "duplication"
    # the names pass's rule for the fix ("name.gazetteer", or "name.entity" where a reading
    # of the person's native name agrees): any name rule, with the category NAMES
    name = next(m for m in found if m.rule_id.startswith("name."))
    assert TEXT[name.offset : name.offset + name.error_length] == "Kishita"
    assert "Kishida" in name.replacements and name.category == "NAMES"
    assert "Kishita" in name.sentence and "Kishita" in name.context
    corrected = language_tool_python.utils.correct(TEXT, [doubled, name])
    assert corrected.startswith("Talks 🌏 opened. The minister Fumio Kishida arrived")


def test_plain_http_offsets_are_utf16_code_units(server):
    url, _ = server
    status, body = post(f"{url}/v2/check", {"language": "en-US", "text": TEXT})
    assert status == 200
    answer = json.loads(body)
    assert answer["language"]["code"] == "en-US" and answer["software"]["apiVersion"] == 1
    units = TEXT.encode("utf-16-le")
    for match in answer["matches"]:
        start, length = match["offset"] * 2, match["length"] * 2
        found = units[start : start + length].decode("utf-16-le")
        assert found in ("The the", "Kishita") or match["rule"]["category"]["id"] not in (
            "TYPOGRAPHY",
            "NAMES",
        )
        context = match["context"]
        assert (
            context["text"]
            .encode("utf-16-le")[context["offset"] * 2 : (context["offset"] + context["length"]) * 2]
            .decode("utf-16-le")
            == found
        )
        assert {"id", "description", "issueType", "category"} <= set(match["rule"])
        assert all(set(r) == {"value"} for r in match["replacements"])
    assert [m["rule"]["id"] for m in answer["matches"]].count("spacing.doubled-word") == 1
    assert answer["sentenceRanges"][0] == [0, len("Talks 🌏 opened.") + 1]


def test_get_and_languages(server):
    url, _ = server
    with urllib.request.urlopen(f"{url}/v2/languages", timeout=30) as answer:
        languages = json.loads(answer.read())
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages
    query = urllib.parse.urlencode({"language": "auto", "text": "The the end came.", "disabledRules": "x"})
    with urllib.request.urlopen(f"{url}/v2/check?{query}", timeout=30) as answer:
        assert json.loads(answer.read())["matches"][0]["offset"] == 0


def test_rules_and_categories_can_be_switched_off_and_on(server):
    url, _ = server
    fields = {"language": "en-US", "text": TEXT}
    _, body = post(f"{url}/v2/check", fields)
    rule = next(m["rule"]["id"] for m in json.loads(body)["matches"] if m["rule"]["id"].startswith("name."))
    _, body = post(f"{url}/v2/check", {**fields, "disabledCategories": "NAMES"})
    assert rule not in {m["rule"]["id"] for m in json.loads(body)["matches"]}
    _, body = post(f"{url}/v2/check", {**fields, "enabledOnly": "true", "enabledRules": rule})
    assert {m["rule"]["id"] for m in json.loads(body)["matches"]} == {rule}


def test_annotated_data_offsets_include_the_markup(server):
    url, _ = server
    data = {"annotation": [{"markup": "<p>"}, {"text": "The the minister left."}, {"markup": "</p>"}]}
    status, body = post(f"{url}/v2/check", {"language": "en-GB", "data": json.dumps(data)})
    assert status == 200
    match = json.loads(body)["matches"][0]
    assert (match["offset"], match["length"]) == (3, 7)


@pytest.mark.parametrize(
    ("fields", "status", "says"),
    [
        ({"language": "en-US"}, 400, "Missing 'text' or 'data'"),
        ({"text": "Hello there."}, 400, "Missing 'language'"),
        ({"language": "de-DE", "text": "Hallo."}, 400, "not supported"),
        ({"language": "en-US", "data": "{not json"}, 400, "'data' must be JSON"),
        ({"language": "en-US", "text": "x" * (LIMIT + 10)}, 413, "byte limit"),
        ({"language": "en-US", "enabledOnly": "true", "text": "Hi."}, 400, "enabledOnly"),
    ],
)
def test_bad_requests_get_a_clear_4xx(server, fields, status, says):
    url, _ = server
    code, body = post(f"{url}/v2/check", fields)
    assert code == status and says in body.decode()
    assert body.decode().count("\n") == 1


def test_wrong_content_type_and_path(server):
    url, _ = server
    code, body = post(f"{url}/v2/check", b'{"text": "x"}', content_type="application/json")
    assert code == 400 and b"form-encoded" in body
    code, _ = post(f"{url}/v2/nothing", {"text": "x"})
    assert code == 404


def test_several_requests_at_once(server):
    url, _ = server
    texts = [TEXT.replace("Monday", day) for day in ("Monday", "Tuesday", "Friday", "Sunday")] * 2
    answers: dict[int, tuple] = {}

    def ask(index: int) -> None:
        answers[index] = post(f"{url}/v2/check", {"language": "en-US", "text": texts[index]})

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    # the loop is not blocked while checks run: the language list still answers
    with urllib.request.urlopen(f"{url}/v2/languages", timeout=30) as answer:
        assert answer.status == 200
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(answers) == list(range(len(texts)))
    doubled_at = len("Talks 🌏 opened. ".encode("utf-16-le")) // 2
    for status, body in answers.values():
        assert status == 200
        found = {m["rule"]["id"]: m["offset"] for m in json.loads(body)["matches"]}
        assert found["spacing.doubled-word"] == doubled_at
    first = [m["rule"]["id"] for m in json.loads(answers[0][1])["matches"]]
    assert first == [m["rule"]["id"] for m in json.loads(answers[4][1])["matches"]]


def test_a_taken_port_is_a_one_line_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run(
            [sys.executable, "-m", "repair.cli", "serve", "--port", str(port), "--grammar", "none"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert run.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in run.stderr and run.stderr.count("\n") == 1
