"""Start the reference app under uvicorn in a subprocess on a free loopback port."""

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

STARTUP_TIMEOUT_SECONDS = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(base_url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server at {base_url} exited with code {process.returncode}")
        try:
            httpx.get(f"{base_url}/auth/login", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise TimeoutError(f"the server at {base_url} did not answer within {STARTUP_TIMEOUT_SECONDS} s")


def stop_process(process: subprocess.Popen, timeout: float = 10) -> None:
    """Terminate a child process, and kill it when it has not exited after `timeout` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def reference_server(settings: dict[str, str] | None = None) -> Iterator[tuple[str, dict]]:
    """Serve `python -m reference_app` and yield its base URL and the settings it got."""
    port = free_port()
    environment = {"SECRET_KEY": secrets.token_urlsafe(32), **(settings or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "reference_app", "--port", str(port)],
        env=os.environ | environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url, process)
        yield base_url, environment
    finally:
        stop_process(process)
