"""A redis-server process of a test's own, on a loopback port, that keeps nothing on disk."""

import shutil
import signal
import socket
import subprocess
import time

from tests.spec.servers import LOOPBACK, free_loopback_port

STARTUP_TIMEOUT_SECONDS = 10
NEEDS_REDIS_SERVER = "needs the redis-server program on PATH (Debian package redis-server)"


class RedisServer:
    """Start, stop and start again one redis-server on the same port."""

    def __init__(self) -> None:
        self.port = free_loopback_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://{LOOPBACK}:{self.port}/0"

    def start(self) -> None:
        command = [
            shutil.which("redis-server") or "redis-server",
            "--port", str(self.port), "--bind", LOOPBACK, "--save", "", "--appendonly", "no",
        ]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while not responds_to_ping(self.port):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    f"redis-server did not start on {LOOPBACK}:{self.port} within "
                    f"{STARTUP_TIMEOUT_SECONDS} s: run `redis-server --port {self.port}` by hand "
                    "to see why"
                )
            time.sleep(0.05)

    def pause(self) -> None:
        """Freeze the process, so that it accepts connections but never responds."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.process is None:
            return
        self.resume()  # a frozen process would not act on SIGTERM
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def responds_to_ping(port: int) -> bool:
    try:
        with socket.create_connection((LOOPBACK, port), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False
