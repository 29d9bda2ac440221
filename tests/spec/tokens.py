"""Reading and forging access tokens, for scenarios about token validation."""

import time

import jwt


def read_claims(token: str) -> dict:
    """Decode a token's claims without checking its signature."""
    return jwt.decode(token, options={"verify_signature": False})


def forge_token(claims: dict, secret: str, algorithm: str = "HS256") -> str:
    """Sign arbitrary claims with the target's secret."""
    return jwt.encode(claims, secret, algorithm=algorithm)


def expired_copy(token: str, secret: str, algorithm: str = "HS256") -> str:
    """Re-sign a token's claims with an expiry one minute in the past."""
    claims = read_claims(token) | {"exp": int(time.time()) - 60}
    return forge_token(claims, secret, algorithm)


def unsigned_copy(token: str) -> str:
    """Return the token's claims with `alg: none` and no signature."""
    return jwt.encode(read_claims(token), key=None, algorithm="none")
