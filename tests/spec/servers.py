"""Reference app servers under uvicorn in child processes, on free loopback ports.

The steps still reach these servers over HTTP only: this module starts
`python -m reference_app` as a separate process and never imports the app.
"""

import os
import signal
import socket
import subprocess
import sys
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


def stop(server: AppServer) -> None:
    """Stop the server with SIGTERM, then kill its process group if it lingers."""
    server.process.terminate()
    try:
        server.process.wait(STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(STOP_TIMEOUT_SECONDS)


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
        stop(server)
