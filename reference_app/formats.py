"""Choice between JSON and HTML responses, the JSON envelope and page rendering."""

from pathlib import Path
from typing import Any

from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from . import messages

JSON = "application/json"
HTML = "text/html"
FORMAT_FIELD = "x-expected-format"
LOGIN_PATH = "/auth/login"
LOGIN_REDIRECT = f"{LOGIN_PATH}?state=20"

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def _is_json(value: str | None) -> bool | None:
    if not value:
        return None
    return value.strip().lower().startswith(JSON)


def expects_json(request: Request, form_value: str | None = None, default: bool = False) -> bool:
    """Decide the response format from the path, header, form field and cookie, in that order."""
    if request.url.path.startswith("/api/"):
        return True

    for value in (
        request.headers.get(FORMAT_FIELD),
        form_value,
        request.cookies.get(FORMAT_FIELD),
    ):
        choice = _is_json(value)
        if choice is not None:
            return choice
    return default


def envelope(code: int, text: str = "", data: Any = None, **top_level: Any) -> JSONResponse:
    """Build the contract's JSON envelope. Logical errors keep HTTP status 200."""
    content: dict[str, Any] = {"status": {"code": code, "text": text}}
    if data is not None:
        content["data"] = data
    content.update(top_level)
    return JSONResponse(content)


def render(request: Request, template: str, **context: Any) -> Response:
    """Render a page template with the request in its context."""
    return templates.TemplateResponse(request, template, context)


def error_page(request: Request, text: str) -> Response:
    """Render the error page that asks the user to quote the message to support."""
    return render(request, "error.html", error=text, intro=messages.ERROR_INTRO)


def redirect(url: str) -> RedirectResponse:
    """Redirect with 303 so that a browser follows a POST with a GET."""
    return RedirectResponse(url, status_code=303)


def redirect_to_login(request: Request) -> RedirectResponse:
    """Send the client to the login page, keeping JSON answers for /api/* callers."""
    response = redirect(LOGIN_REDIRECT)
    if request.url.path.startswith("/api/"):
        response.set_cookie(FORMAT_FIELD, JSON, path=LOGIN_PATH, httponly=True, samesite="lax")
    return response
