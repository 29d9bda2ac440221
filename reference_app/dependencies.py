"""Request dependencies: settings, database, the token, the user and scope checks."""

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.requests import Request

from . import messages
from .config import Settings
from .errors import AccessDenied, LoginRequired
from .repository import Employee, find_employee_by_email
from .scopes import has_scopes
from .security import InvalidToken, TokenClaims, decode_access_token
from .sessions import ACCESS_TOKEN, read_stored_session


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_engine(request: Request) -> AsyncEngine:
    return request.app.state.engine


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[AsyncEngine, Depends(get_engine)]


def bearer_token(request: Request) -> str | None:
    """Return the token of an `Authorization: Bearer` header, if any."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def presented_token(request: Request) -> str | None:
    """Return the bearer token, else the token kept in the browser's session."""
    return bearer_token(request) or request.session.get(ACCESS_TOKEN)


async def live_claims(request: Request, settings: Settings, token: str) -> TokenClaims:
    """Decode a token and check that its session is still logged in, so logout revokes it."""
    try:
        claims = decode_access_token(settings, token)
    except InvalidToken as error:
        raise LoginRequired(messages.BAD_TOKEN) from error

    stored = await read_stored_session(request, claims.session_id)
    if ACCESS_TOKEN not in stored:
        raise LoginRequired(messages.NOT_AUTHENTICATED)
    return claims


async def current_claims(request: Request, settings: SettingsDep) -> TokenClaims:
    """Require a valid, unrevoked access token."""
    token = presented_token(request)
    if not token:
        raise LoginRequired(messages.NOT_AUTHENTICATED)
    return await live_claims(request, settings, token)


ClaimsDep = Annotated[TokenClaims, Depends(current_claims)]


def require_scopes(
    *required: str, denial_code: int
) -> Callable[[TokenClaims], Coroutine[Any, Any, TokenClaims]]:
    """Build a dependency that denies tokens whose scopes do not grant `required`."""

    async def check_scopes(claims: ClaimsDep) -> TokenClaims:
        if not has_scopes(claims.scopes, required):
            raise AccessDenied(denial_code, messages.NOT_ENOUGH_PERMISSIONS)
        return claims

    return check_scopes


async def token_user(claims: TokenClaims, engine: AsyncEngine) -> Employee:
    """Look up the employee named by the token's subject."""
    employee = await find_employee_by_email(engine, claims.sub)
    if employee is None:
        raise AccessDenied(500, messages.TOKEN_USER_UNKNOWN)
    return employee
