"""Reference app servers under uvicorn in child processes, on free loopback ports.

The steps still reach these servers over HTTP only: this module starts
`python -m reference_app` as a separate process and never imports the app.
"""

import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

LOOPBACK = "127.0.0.1"
STARTUP_TIMEOUT_SECONDS = 60
STOP_TIMEOUT_SECONDS = 15
STARTUP_COMPLETE = "Application startup complete."
READY_PATH = "/auth/login"


class ServerStartFailed(RuntimeError):
    """A server process exited or did not become ready in time."""


@dataclass(frozen=True)
class AppServer:
    """A running server process and the address it listens on."""

    base_url: str
    workers: int
    log_path: Path
    process: subprocess.Popen


def free_loopback_port() -> int:
    """Return a port that the kernel reports free.

    NOTE: another process could bind the port before uvicorn does.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def log_tail(path: Path, lines: int = 20) -> str:
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


def wait_until_ready(server: AppServer) -> None:
    """Wait until every worker has logged its start-up and the login page returns 200."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise ServerStartFailed(
                f"server {server.base_url} exited with status {server.process.returncode}:\n"
                f"{log_tail(server.log_path)}"
            )
        started = server.log_path.read_text(errors="replace").count(STARTUP_COMPLETE)
        if started >= server.workers and login_page_loads(server.base_url):
            return
        time.sleep(0.2)
    raise ServerStartFailed(
        f"server {server.base_url} was not ready after {STARTUP_TIMEOUT_SECONDS} s:\n"
        f"{log_tail(server.log_path)}"
    )


def login_page_loads(base_url: str) -> bool:
    try:
        return httpx.get(base_url + READY_PATH, timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def stop_process(process: subprocess.Popen, timeout: float = STOP_TIMEOUT_SECONDS) -> None:
    """Terminate a child process, and kill its process group when it has not exited in time.

    The process must have been started with start_new_session=True, so that its group
    holds only it and its own children.
    """
    process.terminate()
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout)


@contextmanager
def app_server(settings: dict[str, str], log_dir: Path, name: str, workers: int = 1) -> Iterator[AppServer]:
    """Run `python -m reference_app` with these environment settings until the block ends."""
    port = free_loopback_port()
    log_path = log_dir / f"{name}.log"
    command = [
        sys.executable, "-m", "reference_app",
        "--host", LOOPBACK, "--port", str(port), "--workers", str(workers),
    ]
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command,
            env=os.environ | settings,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stop() can end the workers too
        )
    server = AppServer(f"http://{LOOPBACK}:{port}", workers, log_path, process)
    try:
        wait_until_ready(server)
        yield server
    finally:
        stop_process(server.process)


@contextmanager
def reference_server(settings: dict[str, str] | None = None) -> Iterator[tuple[str, dict]]:
    """Serve the reference app with a random SECRET_KEY, and yield its URL and its settings."""
    environment = {"SECRET_KEY": secrets.token_urlsafe(32), **(settings or {})}
    with tempfile.TemporaryDirectory() as log_dir:
        with app_server(environment, Path(log_dir), "reference-app") as server:
            yield server.base_url, environment
