"""Non-blocking logging and the start and finish lines that frame each request's records."""

import logging
import logging.handlers
import queue
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger(__name__)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def start_queue_logging(level: int = logging.INFO) -> logging.handlers.QueueListener:
    """Route every record through a queue that a listener thread writes to the stream."""
    records: queue.SimpleQueue = queue.SimpleQueue()
    stream_handler = logging.StreamHandler()
    stream_handler.setFormatter(logging.Formatter(LOG_FORMAT))

    root = logging.getLogger()
    root.handlers = [logging.handlers.QueueHandler(records)]
    root.setLevel(level)

    listener = logging.handlers.QueueListener(records, stream_handler, respect_handler_level=True)
    listener.start()
    return listener


def session_id_of(scope: Scope) -> str | None:
    """Return the session id that starsessions tracks for this request, if it has one."""
    handler = scope.get("session_handler")
    return getattr(handler, "session_id", None)


class RequestLogMiddleware:
    """Log one line when a request starts and one when its response starts, with the session id."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        method, path, started = scope["method"], scope["path"], time.perf_counter()
        logger.info("request started: %s %s session=%s", method, path, session_id_of(scope))

        async def log_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                logger.info(
                    "request finished: %s %s status=%d session=%s in %.1f ms",
                    method,
                    path,
                    message["status"],
                    session_id_of(scope),
                    (time.perf_counter() - started) * 1000,
                )
            await send(message)

        await self.app(scope, receive, log_status)
