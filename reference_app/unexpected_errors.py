"""The outermost error handling: unreachable services, crashes and clients that went away.

Starlette's own handler for `Exception` sends its response and then raises the error again.
Uvicorn then closes the connection without a `Connection: close` header, so clients that
reuse it get a reset. This middleware sends the response and keeps the connection open.
"""

import logging

from redis.exceptions import RedisError
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import messages
from .formats import FORMAT_FIELD, envelope, error_page, expects_json, render
from .logs import session_id_of

logger = logging.getLogger(__name__)

# Errors of a session store or database that cannot be reached. They surface here, outside
# the session middleware, because that middleware loads the session before any route.
# PoolTimeoutError means every pooled connection is stuck on a database that stopped responding.
UNAVAILABLE_ERRORS = (
    RedisError, OperationalError, InterfaceError, PoolTimeoutError, OSError, TimeoutError,
)
LOGIN_PATHS = ("/auth/token", "/api/login")
# Largest login body kept to read its x-expected-format field after a failure.
MAX_LOGIN_BODY_BYTES = 64 * 1024


class LoginBody:
    """The body of a login request as it passes through, so that a failure can read its form."""

    def __init__(self, receive: Receive) -> None:
        self.receive = receive
        self.chunks: list[bytes] = []
        self.size = 0
        self.complete = False

    async def pass_through(self) -> Message:
        message = await self.receive()
        if message["type"] == "http.request":
            body = message.get("body", b"")
            self.size += len(body)
            if self.size <= MAX_LOGIN_BODY_BYTES:
                self.chunks.append(body)
            self.complete = not message.get("more_body", False)
        return message

    async def format_field(self, scope: Scope) -> str | None:
        """Read the x-expected-format form field, from the kept body or from the rest of it."""
        if self.size > MAX_LOGIN_BODY_BYTES or (self.chunks and not self.complete):
            return None
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed or not self.chunks:
                return await self.pass_through()
            replayed = True
            body = b"".join(self.chunks)
            return {"type": "http.request", "body": body, "more_body": not self.complete}

        try:
            value = (await Request(scope, replay).form()).get(FORMAT_FIELD)
        except Exception:  # noqa: BLE001 - a form that cannot be read only loses the format choice
            return None
        return value if isinstance(value, str) else None


async def unavailable_response(request: Request, login_body: LoginBody | None) -> Response:
    """Build the 503 response: the login failure message on a login, else the service message."""
    if login_body is None:
        text = messages.SERVICE_UNAVAILABLE
        response = envelope(503, text) if expects_json(request) else error_page(request, text)
    else:
        text = messages.LOGIN_FAILED
        form_value = await login_body.format_field(request.scope)
        if expects_json(request, form_value, default=True):
            response = envelope(503, text)
        else:
            response = render(request, "login.html", message=text)
    response.status_code = 503
    return response


def server_error_response(request: Request) -> Response:
    text = messages.SERVER_ERROR
    response = envelope(500, text) if expects_json(request) else error_page(request, text)
    response.status_code = 500
    return response


class UnexpectedErrorMiddleware:
    """Turn errors that no route handled into a 503 or 500 response on an open connection."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        is_login = scope["method"] == "POST" and scope["path"] in LOGIN_PATHS
        login_body = LoginBody(receive) if is_login else None
        started = False

        async def track_start(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, login_body.pass_through if login_body else receive, track_start)
        except ClientDisconnect:
            logger.info("client disconnected during %s %s", scope["method"], scope["path"])
        except Exception as error:
            if started:
                raise  # part of a response is out, so only closing the connection is left
            request = Request(scope)
            session_id = session_id_of(scope)
            if isinstance(error, UNAVAILABLE_ERRORS):
                logger.error(
                    "request %s %s failed, a backing service is unreachable (session %s): %r",
                    scope["method"], scope["path"], session_id, error,
                )
                response = await unavailable_response(request, login_body)
            else:
                logger.exception(
                    "request %s %s failed (session %s)", scope["method"], scope["path"], session_id
                )
                response = server_error_response(request)
            await response(scope, receive, send)
