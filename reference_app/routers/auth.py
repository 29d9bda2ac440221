"""Login, login page, home page and logout, under /auth and repeated under /api."""

import logging

from fastapi import APIRouter
from python_multipart.exceptions import MultipartParseError
from sqlalchemy.exc import SQLAlchemyError
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starsessions import get_session_id

from .. import messages
from ..dependencies import ClaimsDep, EngineDep, SettingsDep, bearer_token
from ..formats import FORMAT_FIELD, LOGIN_PATH, envelope, expects_json, redirect, redirect_to_login, render
from ..login import authenticate, parse_login_form, session_login, start_login_session
from ..scopes import ADMIN_READ, ADMIN_WRITE, USER_READ, USER_WRITE, has_scopes
from ..security import InvalidToken, decode_access_token
from ..unexpected_errors import UNAVAILABLE_ERRORS
from ..sessions import (
    ACCESS_TOKEN,
    pop_redirect_status,
    read_stored_session,
    revoke_session,
    set_redirect_status,
)

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/auth", tags=["auth"])


async def read_form(request: Request) -> FormData:
    """Parse the request body as a form. A malformed body counts as an empty form."""
    try:
        return await request.form()
    except (HTTPException, MultipartParseError, UnicodeDecodeError, ValueError) as error:
        logger.info("malformed form on %s: %s", request.url.path, error)
        return FormData()


def token_answer(token: str, detail: str) -> Response:
    """Build the login response: the token in the envelope, and at the top level for OAuth2 clients."""
    data = {"access_token": token, "token_type": "bearer", "detail": detail}
    return envelope(200, "", data=data, access_token=token, token_type="bearer")


def login_failure(request: Request, wants_json: bool, code: int, text: str) -> Response:
    if wants_json:
        return envelope(code, text)
    return render(request, "login.html", message=text)


async def login(request: Request, settings: SettingsDep, engine: EngineDep) -> Response:
    """Exchange an email and a password for an access token and a new session."""
    form = await read_form(request)
    format_field = form.get(FORMAT_FIELD)
    wants_json = expects_json(
        request, format_field if isinstance(format_field, str) else None, default=True
    )

    current = session_login(request, settings)
    if current is not None:
        return token_answer(current[0], messages.ALREADY_LOGGED_IN) if wants_json else redirect(
            "/auth/home"
        )

    fields = parse_login_form(form)
    if fields is None:
        return login_failure(request, wants_json, 500, messages.INVALID_LOGIN_INPUT)

    try:
        user = await authenticate(engine, fields)
    except UNAVAILABLE_ERRORS:
        raise  # an unreachable database gets the same 503 response on every backend
    except SQLAlchemyError:
        logger.exception("login of %s failed on a database error", fields.username)
        return login_failure(request, wants_json, 500, messages.LOGIN_FAILED)
    if user is None:
        return login_failure(request, wants_json, 401, messages.WRONG_CREDENTIALS)

    token = await start_login_session(request, settings, user)
    logger.info("user %s logged in", user.employee.emp_no)
    return token_answer(token, "") if wants_json else redirect("/auth/home")


async def login_page(request: Request, settings: SettingsDep, state: str | None = None) -> Response:
    """Show the login form, or the pending message after a redirect with state 20."""
    if state == "20":
        if request.session.pop(ACCESS_TOKEN, None) is not None:
            await revoke_session(request, get_session_id(request))
        status = pop_redirect_status(request)
        if expects_json(request):
            response = envelope(status["code"], status["text"])
        else:
            response = render(request, "login.html", message=status["text"])
        response.delete_cookie(FORMAT_FIELD, path=LOGIN_PATH)
        return response

    if session_login(request, settings) is not None:
        return redirect("/auth/home")
    return render(request, "login.html", message="")


def enabled_buttons(scopes: tuple[str, ...], enable_all: bool) -> dict[str, bool]:
    """Map each home page button to whether the user's scopes enable it."""
    required = {
        "me": USER_READ,
        "user_update": USER_WRITE,
        "emp_search": ADMIN_READ,
        "emp_add_new": ADMIN_WRITE,
    }
    return {name: enable_all or has_scopes(scopes, [scope]) for name, scope in required.items()}


async def home(request: Request, settings: SettingsDep, claims: ClaimsDep) -> Response:
    """Show the home page with the buttons that the user's scopes allow."""
    buttons = enabled_buttons(claims.scopes, settings.ENABLE_NO_SCOPES_UI)
    return render(request, "home.html", emp_no=claims.emp_no, email=claims.sub, buttons=buttons)


async def revoke_bearer_session(request: Request, settings: SettingsDep) -> bool:
    """End the session named by a bearer token, even an expired one, and tell whether it existed."""
    token = bearer_token(request)
    if token is None:
        return False
    try:
        claims = decode_access_token(settings, token, verify_exp=False)
    except InvalidToken:
        return False

    if not await read_stored_session(request, claims.session_id):
        return False
    await revoke_session(request, claims.session_id)
    return True


async def logout(request: Request, settings: SettingsDep) -> Response:
    """End the session of the cookie or the bearer token, then go to the login page."""
    had_cookie_login = ACCESS_TOKEN in request.session
    had_bearer_login = await revoke_bearer_session(request, settings)

    if had_cookie_login:
        await revoke_session(request, get_session_id(request))
    if had_cookie_login or had_bearer_login:
        request.session.clear()
    else:
        set_redirect_status(request, 200, messages.NOT_LOGGED_IN_BEFORE)
    return redirect_to_login(request)


# The login reads its form itself, so that bad input gets the envelope instead of HTTP 422.
# This schema documents the form for OpenAPI clients and for property tests.
LOGIN_FORM_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["username", "password"],
                    "properties": {
                        "username": {"type": "string", "format": "email", "maxLength": 255},
                        "password": {"type": "string", "minLength": 1, "maxLength": 32},
                        FORMAT_FIELD: {"type": "string", "enum": ["application/json", "text/html"]},
                    },
                }
            }
        },
    }
}

router.add_api_route(
    "/token", login, methods=["POST"], operation_id="auth_token", openapi_extra=LOGIN_FORM_SCHEMA
)
router.add_api_route("/login", login_page, methods=["GET"], operation_id="auth_login")
router.add_api_route("/home", home, methods=["GET"], operation_id="auth_home")
router.add_api_route("/logout", logout, methods=["POST"], operation_id="auth_logout")

root_router = APIRouter(tags=["auth"])
root_router.add_api_route("/", login_page, methods=["GET"], operation_id="root_login")

api_router = APIRouter(prefix="/api", tags=["api"])
api_router.add_api_route(
    "/login", login, methods=["POST"], operation_id="api_login", openapi_extra=LOGIN_FORM_SCHEMA
)
api_router.add_api_route("/logout", logout, methods=["POST"], operation_id="api_logout")
