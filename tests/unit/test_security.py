"""Unit tests of password hashing, token signing and settings validation."""

import time

import jwt
import pytest
from pydantic import ValidationError

from reference_app.config import Settings
from reference_app.security import (
    InvalidToken,
    create_access_token,
    decode_access_token,
    hash_password,
    verify_password,
)

SECRET = "unit-test-secret-with-enough-distinct-characters"


@pytest.fixture
def settings() -> Settings:
    return Settings(SECRET_KEY=SECRET, _env_file=None)


def test_hash_password_is_argon2id_and_verifies() -> None:
    password_hash = hash_password("password")
    assert password_hash.startswith("$argon2id$")
    assert verify_password("password", password_hash)
    assert not verify_password("Password", password_hash)


def test_verify_password_rejects_missing_or_broken_hash() -> None:
    assert not verify_password("password", None)
    assert not verify_password("password", "not a hash")


def test_token_round_trip(settings: Settings) -> None:
    token = create_access_token(
        settings, email="a@b.io", emp_no=10001, scopes=["user:read"], session_id="s1"
    )
    claims = decode_access_token(settings, token)
    assert (claims.sub, claims.emp_no, claims.scopes, claims.session_id) == (
        "a@b.io", 10001, ("user:read",), "s1"
    )
    assert claims.exp <= time.time() + settings.ACCESS_TOKEN_EXPIRE_SECONDS


@pytest.mark.parametrize(
    "claims",
    [
        {"emp_no": 1, "scopes": [], "session_id": "s"},
        {"sub": "a@b.io", "emp_no": "1", "scopes": [], "session_id": "s"},
        {"sub": "a@b.io", "emp_no": 1, "scopes": "user:read", "session_id": "s"},
        {"sub": "a@b.io", "emp_no": 1, "scopes": [], "session_id": ""},
        {"sub": "a@b.io", "emp_no": True, "scopes": [], "session_id": "s"},
    ],
)
def test_decode_rejects_bad_claims(settings: Settings, claims: dict) -> None:
    token = jwt.encode(claims | {"exp": int(time.time()) + 60}, SECRET, algorithm="HS256")
    with pytest.raises(InvalidToken):
        decode_access_token(settings, token)


def test_decode_accepts_expired_token_only_when_asked(settings: Settings) -> None:
    claims = {"sub": "a@b.io", "emp_no": 1, "scopes": [], "session_id": "s", "exp": 1}
    token = jwt.encode(claims, SECRET, algorithm="HS256")
    with pytest.raises(InvalidToken):
        decode_access_token(settings, token)
    assert decode_access_token(settings, token, verify_exp=False).session_id == "s"


@pytest.mark.parametrize("secret", ["", "short", "0" * 40])
def test_settings_reject_missing_or_weak_secret(secret: str) -> None:
    with pytest.raises(ValidationError):
        Settings(SECRET_KEY=secret, _env_file=None)
