"""Tests of the checks that a contract run makes before its first scenario."""

import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests import conftest
from tests.conftest import check_reachable, check_store_reachable, without_password


def closed_loopback_port() -> int:
    """Return a loopback port that nothing listens on right after this call."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LoginPage(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def serve_later(port: int, delay: float) -> list[HTTPServer]:
    """Start an HTTP server on the port after `delay` seconds, and return a list that gets it."""
    started: list[HTTPServer] = []

    def start() -> None:
        time.sleep(delay)
        server = HTTPServer(("127.0.0.1", port), LoginPage)
        started.append(server)
        server.serve_forever(poll_interval=0.1)

    threading.Thread(target=start, daemon=True).start()
    return started


def test_check_reachable_waits_for_late_server() -> None:
    port = closed_loopback_port()
    started = serve_later(port, delay=1.5)

    check_reachable("--base-url", f"http://127.0.0.1:{port}")

    assert started, "check_reachable returned before the server started"
    started[0].shutdown()


def test_check_reachable_exits_after_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conftest, "REACHABILITY_TIMEOUT_SECONDS", 1.5)
    url = f"http://127.0.0.1:{closed_loopback_port()}"
    begin = time.monotonic()

    with pytest.raises(pytest.exit.Exception) as exit_info:
        check_reachable("--base-url", url)

    assert time.monotonic() - begin >= 1.0
    assert exit_info.value.returncode == pytest.ExitCode.USAGE_ERROR
    assert f"--base-url {url} is not reachable after 1.5 s" in str(exit_info.value)


def test_check_store_reachable_exits_on_closed_port() -> None:
    url = f"redis://:hunter22@127.0.0.1:{closed_loopback_port()}/6"

    with pytest.raises(pytest.exit.Exception) as exit_info:
        check_store_reachable(url)

    assert exit_info.value.returncode == pytest.ExitCode.USAGE_ERROR
    message = str(exit_info.value)
    assert "--redis-url redis://:***@127.0.0.1:" in message
    assert "hunter22" not in message


def test_check_store_reachable_accepts_running_store() -> None:
    check_store_reachable(f"fakeredis://start-{uuid.uuid4().hex}:6379")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://127.0.0.1:6379/6", "redis://127.0.0.1:6379/6"),
        ("redis://:secret@127.0.0.1:6379/6", "redis://:***@127.0.0.1:6379/6"),
        ("redis://user:secret@127.0.0.1:6379/6", "redis://user:***@127.0.0.1:6379/6"),
    ],
)
def test_without_password(url: str, shown: str) -> None:
    assert without_password(url) == shown
