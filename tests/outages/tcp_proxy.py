"""A TCP relay on a loopback port that can cut and restore the path to a real server.

The outage tests put it between the reference app and its database, so that the database
becomes unreachable for the app without stopping a server that other runs share.
"""

import socket
import threading

LOOPBACK = "127.0.0.1"
BUFFER_BYTES = 65536


class TcpProxy:
    """Relay connections from a fixed loopback port to an upstream host and port."""

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.port = 0
        self._listener: socket.socket | None = None
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        """Listen on the proxy's port, the same one after a cut, and relay every connection."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((LOOPBACK, self.port))
        listener.listen()
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Reject new connections and reset the open ones, as a stopped server would."""
        if self._listener is not None:
            # Closing alone would not wake the thread blocked in accept(), and the socket
            # would go on listening. Shutting it down first makes accept() fail at once.
            close_quietly(self._listener)
            self._listener = None
        with self._lock:
            connections, self._open = self._open, set()
        for connection in connections:
            close_quietly(connection)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut() closed the listener
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                close_quietly(client)
                continue
            upstream.settimeout(None)
            with self._lock:
                self._open.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=relay, args=(source, sink), daemon=True).start()


def relay(source: socket.socket, sink: socket.socket) -> None:
    """Copy bytes from source to sink until either side closes."""
    try:
        while chunk := source.recv(BUFFER_BYTES):
            sink.sendall(chunk)
    except OSError:
        pass  # cut() or the other relay thread closed a socket
    finally:
        close_quietly(source)
        close_quietly(sink)


def close_quietly(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already shut down or never connected
    connection.close()
