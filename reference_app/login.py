"""Login: credential checks and the session that a successful login starts."""

from pydantic import BaseModel, EmailStr, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request

from .config import Settings
from .repository import UserCredentials, find_credentials
from .security import InvalidToken, TokenClaims, create_access_token, decode_access_token
from .security import verify_password
from .sessions import ACCESS_TOKEN, start_fresh_session


class LoginForm(BaseModel):
    """The OAuth2 password form fields that the login checks."""

    username: EmailStr = Field(max_length=255)
    password: str = Field(min_length=1, max_length=32)


def parse_login_form(form: FormData) -> LoginForm | None:
    """Validate the login fields, returning None when either is missing or invalid."""
    username, password = form.get("username"), form.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return None
    try:
        return LoginForm(username=username.strip(), password=password)
    except ValidationError:
        return None


async def authenticate(engine: AsyncEngine, form: LoginForm) -> UserCredentials | None:
    """Return the user whose email and password match, or None."""
    # Saved emails are case-folded, so a login in any letter case finds its user.
    credentials = await find_credentials(engine, str(form.username).casefold())
    password_hash = credentials.password_hash if credentials else None
    # Argon2 takes tens of milliseconds of CPU, which must not block the event loop.
    if not await run_in_threadpool(verify_password, form.password, password_hash):
        return None
    return credentials


def session_login(request: Request, settings: Settings) -> tuple[str, TokenClaims] | None:
    """Return the unexpired token of the current session and its claims, if it has one."""
    token = request.session.get(ACCESS_TOKEN)
    if not isinstance(token, str):
        return None
    try:
        return token, decode_access_token(settings, token)
    except InvalidToken:
        return None


async def start_login_session(
    request: Request, settings: Settings, user: UserCredentials
) -> str:
    """Replace the current session with a new one holding a fresh access token."""
    session_id = await start_fresh_session(request)
    token = create_access_token(
        settings,
        email=user.employee.email,
        emp_no=user.employee.emp_no,
        scopes=user.scopes,
        session_id=session_id,
    )
    request.session[ACCESS_TOKEN] = token
    return token
