"""The LanguageTool backend, through language-tool-python, against a local HTTP server
that replays /v2/check responses written in LanguageTool's response format
(tests/fixtures/languagetool/)."""

from __future__ import annotations

import json
import socket
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from repair.cli import main
from repair.config import Config
from repair.document import Document
from repair.errors import RepairError
from repair.grammar import languagetool_backend
from repair.passes.context import PassContext
from repair.passes.grammar import GrammarPass

FIXTURES = Path(__file__).parent / "fixtures" / "languagetool"
ARTICLE = FIXTURES / "article.txt"


class Replay:
    """A LanguageTool look-alike: /v2/languages and /v2/check from recorded JSON."""

    def __init__(self) -> None:
        recorded = json.loads((FIXTURES / "check.json").read_text(encoding="utf-8"))
        self.software = recorded["software"]
        self.responses = {r["text"]: r["response"] for r in recorded["responses"]}
        self.languages = (FIXTURES / "languages.json").read_bytes()
        self.requests: list[dict[str, str]] = []
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = urllib.parse.urlparse(self.path).path
                if path == "/v2/languages":
                    self._send(200, replay.languages)
                elif path == "/v2/healthcheck":
                    self._send(200, b"OK")
                else:
                    self._send(404, b"not found")

            def do_POST(self) -> None:
                if urllib.parse.urlparse(self.path).path != "/v2/check":
                    self._send(404, b"not found")
                    return
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
                params = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
                replay.requests.append(params)
                response = replay.responses.get(params.get("text", ""))
                if response is None:
                    response = {
                        "software": replay.software,
                        "warnings": {"incompleteResults": False},
                        "language": {"name": "English (US)", "code": "en-US"},
                        "matches": [],
                    }
                self._send(200, json.dumps(response).encode("utf-8"))

            def _send(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def checks(self) -> list[dict[str, str]]:
        return [r for r in self.requests if "text" in r]


@pytest.fixture
def server(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    replay = Replay()
    replay.thread.start()
    yield replay
    replay.server.shutdown()
    replay.server.server_close()


def analyse(config: Config, text: str):
    grammar = GrammarPass(config)
    context = PassContext(config=config)
    result = grammar.run(Document.from_text(text), context)
    return result.proposals, result


def test_matches_become_proposals_and_names_are_left_alone(server):
    text = ARTICLE.read_text(encoding="utf-8")
    proposals, result = analyse(Config(grammar="languagetool", lt_server=server.url), text)
    found = {(p.rule, p.original, p.replacement, p.kind) for p in proposals}
    assert found == {
        ("languagetool.HE_VERB_AGR", "was", "were", "grammar"),
        ("languagetool.EN_A_VS_AN", "a", "an", "spelling"),  # LanguageTool's issueType: misspelling
        ("languagetool.ENGLISH_WORD_REPEAT_RULE", "the the", "the", "grammar"),
        ("languagetool.MORFOLOGIK_RULE_EN_US", "proposels", "proposals", "spelling"),
    }
    typo = next(p for p in proposals if p.original == "proposels")
    assert typo.alternatives == ("proposes",)
    assert typo.reason == "Possible spelling mistake found."
    # the per-finding confidence Harper's findings get: the model reads error families,
    # named the same for both backends, and each finding's own signals
    by = {p.original: p for p in proposals}
    for original, family in [("was", "agreement"), ("a", "article"), ("the the", "repetition")]:
        assert by[original].evidence[-1].startswith(f"{family} finding, confidence")
    assert by["proposels"].evidence[-1].startswith("the language model prefers it")  # lm_edits
    assert len({p.confidence for p in proposals}) == len(proposals)
    assert by["the the"].confidence >= Config().thresholds["grammar"]  # one clear fix: automatic
    # names: "Kallas" (used three times), "Tallin" (in the gazetteer, as a variant of
    # Tallinn) and "Oruvee" (unknown, but capitalised inside a sentence)
    assert not any(
        p.original in ("Kallas", "Tallin", "Oruvee") for p in proposals if p.rule.startswith("languagetool.")
    )
    notes = result.findings
    flagged = {text[n["start"] : n["end"]] for n in notes}
    assert "Kallas" not in flagged and "Tallin" not in flagged  # known names: no finding at all
    oruvee = text.index("Oruvee")
    assert {
        "start": oruvee,
        "end": oruvee + 6,
        "rule": "languagetool.MORFOLOGIK_RULE_EN_US",
        "category": "TYPOS",
    } in notes
    # one request per paragraph, in the configured language, with the default-off rules
    assert [r["text"] for r in server.checks] == [line for line in text.splitlines() if line]
    assert {r["language"] for r in server.checks} == {"en-US"}
    assert set(server.checks[0]["disabledRules"].split(",")) >= {"WHITESPACE_RULE", "EN_QUOTES"}


def test_rules_and_dialect_go_to_the_server(server):
    config = Config(
        grammar="languagetool",
        lt_server=server.url,
        dialect="uk",
        disabled_rules=frozenset({"languagetool.HE_VERB_AGR"}),
        grammar_options={"enabled_rules": ["EN_QUOTES"]},
    )
    proposals, _ = analyse(config, ARTICLE.read_text(encoding="utf-8"))
    request = server.checks[0]
    assert request["language"] == "en-GB"
    disabled = set(request["disabledRules"].split(","))
    assert "HE_VERB_AGR" in disabled and "EN_QUOTES" not in disabled
    assert request["enabledRules"] == "EN_QUOTES"
    # the replayed server ignores the parameter; the pass still honours it
    assert "languagetool.HE_VERB_AGR" not in {p.rule for p in proposals}


def test_check_command_with_a_languagetool_server(server, capsys):
    code = main(["check", "--grammar", "languagetool", "--lt-server", server.url, str(ARTICLE)])
    out = capsys.readouterr().out
    assert code == 1
    assert "languagetool.MORFOLOGIK_RULE_EN_US" in out and "'proposels' -> 'proposals'" in out
    assert "Kallas" not in out.replace("Kaja Kallas said", "")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_server_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(
        RepairError, match=r"cannot use LanguageTool at http://127\.0\.0\.1:\d+: no server answers there"
    ):
        GrammarPass(Config(grammar="languagetool", lt_server=url))


def test_without_a_server_a_missing_install_is_named_and_nothing_is_downloaded(tmp_path, monkeypatch):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    with pytest.raises(RepairError) as error:
        GrammarPass(Config(grammar="languagetool"))
    message = str(error.value)
    assert "LanguageTool (nothing installed in" in message and "--lt-server" in message
    assert "\n" not in message
    assert not (tmp_path / "lt").exists()  # language-tool-python never got to download

    monkeypatch.setattr(languagetool_backend.shutil, "which", lambda name: None)
    with pytest.raises(RepairError, match=r"missing: Java \(no `java` on PATH\) and LanguageTool"):
        GrammarPass(Config(grammar="languagetool"))


def test_a_local_install_is_found_without_downloading(tmp_path, monkeypatch):
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    assert languagetool_backend.installed_version() is None
    for version in ("6.3", "6.10", "5.9"):
        folder = tmp_path / f"LanguageTool-{version}"
        folder.mkdir()
        (folder / "languagetool-server.jar").write_bytes(b"")
    (tmp_path / "LanguageTool-7.0").mkdir()  # no jar: an unfinished unpack
    assert languagetool_backend.installed_version() == "6.10"
