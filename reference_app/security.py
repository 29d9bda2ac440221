"""Password hashing with Argon2id and JWT access tokens."""

import math
import time
from dataclasses import dataclass

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .config import Settings

_hasher = PasswordHasher()

# Verifying against this hash when the email is unknown costs as much as a real check,
# so response times do not reveal which emails exist.
_UNKNOWN_USER_HASH = _hasher.hash("not a password of any user")


def hash_password(password: str) -> str:
    """Hash a password with Argon2id and a fresh salt."""
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """Check a password against a stored hash. A missing or broken hash never matches."""
    try:
        _hasher.verify(password_hash or _UNKNOWN_USER_HASH, password)
    except (VerificationError, InvalidHashError):
        return False

    return password_hash is not None


@dataclass(frozen=True)
class TokenClaims:
    """The claims of an access token that the app relies on."""

    sub: str
    emp_no: int
    scopes: tuple[str, ...]
    session_id: str
    exp: int


class InvalidToken(Exception):
    """The token is malformed, badly signed, expired or lacks a required claim."""


def create_access_token(
    settings: Settings, *, email: str, emp_no: int, scopes: list[str], session_id: str
) -> str:
    """Sign a token for a user's session, valid for ACCESS_TOKEN_EXPIRE_SECONDS."""
    claims = {
        "sub": email,
        "emp_no": emp_no,
        "scopes": scopes,
        "session_id": session_id,
        "exp": int(time.time()) + settings.ACCESS_TOKEN_EXPIRE_SECONDS,
    }
    return jwt.encode(claims, settings.SECRET_KEY, algorithm=settings.ALGORITHM)


def decode_access_token(settings: Settings, token: str, *, verify_exp: bool = True) -> TokenClaims:
    """Verify a token's signature and claims, raising InvalidToken when anything is wrong."""
    try:
        claims = jwt.decode(
            token,
            settings.SECRET_KEY,
            algorithms=[settings.ALGORITHM],
            options={"require": ["sub", "exp", "session_id"], "verify_exp": verify_exp},
        )
    except jwt.InvalidTokenError as error:
        raise InvalidToken(str(error)) from error

    return _typed_claims(claims)


def _typed_claims(claims: dict) -> TokenClaims:
    sub, emp_no, scopes = claims.get("sub"), claims.get("emp_no"), claims.get("scopes", [])
    session_id, exp = claims.get("session_id"), claims.get("exp")

    if not isinstance(sub, str) or not isinstance(session_id, str) or not session_id:
        raise InvalidToken("sub and session_id must be non-empty strings")
    if not isinstance(emp_no, int) or isinstance(emp_no, bool):
        raise InvalidToken("emp_no must be an integer")
    if not isinstance(scopes, list) or not all(isinstance(scope, str) for scope in scopes):
        raise InvalidToken("scopes must be a list of strings")
    # Without expiry checks (at logout) pyjwt lets any JSON value through, NaN and Infinity too.
    if not isinstance(exp, (int, float)) or isinstance(exp, bool) or not math.isfinite(exp):
        raise InvalidToken("exp must be a number of seconds")

    return TokenClaims(sub, emp_no, tuple(scopes), session_id, int(exp))
