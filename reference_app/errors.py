"""Exceptions that routes raise and the handlers that turn them into responses."""

import logging

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from .formats import envelope, error_page, expects_json, redirect_to_login
from .sessions import set_redirect_status

logger = logging.getLogger(__name__)


class LoginRequired(Exception):
    """The request has no valid login, so the login page will show the reason once."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class AccessDenied(Exception):
    """The login is valid but does not allow this request."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(text)
        self.code = code
        self.text = text


async def handle_login_required(request: Request, error: LoginRequired) -> Response:
    set_redirect_status(request, 401, error.reason)
    return redirect_to_login(request)


async def handle_access_denied(request: Request, error: AccessDenied) -> Response:
    if expects_json(request):
        return envelope(error.code, error.text)
    return error_page(request, error.text)


def validation_errors(error: RequestValidationError) -> list[dict]:
    """List request validation failures in the contract's {id, label, errors} form."""
    grouped: dict[str, list[str]] = {}
    for detail in error.errors():
        field = str(detail["loc"][-1]) if detail.get("loc") else "request"
        grouped.setdefault(field, []).append(detail.get("msg", "invalid value"))
    return [{"id": field, "label": field, "errors": texts} for field, texts in grouped.items()]


async def handle_validation_error(request: Request, error: RequestValidationError) -> Response:
    logger.info("rejected invalid request to %s: %s", request.url.path, error.errors())
    return envelope(500, "", data={"errors": validation_errors(error)})


async def handle_http_error(request: Request, error: HTTPException) -> Response:
    response = envelope(error.status_code, str(error.detail))
    response.status_code = error.status_code
    if error.headers:
        response.headers.update(error.headers)
    return response


def install_error_handlers(app: FastAPI) -> None:
    """Register every handler above on the app."""
    app.add_exception_handler(LoginRequired, handle_login_required)
    app.add_exception_handler(AccessDenied, handle_access_denied)
    app.add_exception_handler(RequestValidationError, handle_validation_error)
    app.add_exception_handler(HTTPException, handle_http_error)
