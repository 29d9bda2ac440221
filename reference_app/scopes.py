"""OAuth2 scopes and the one-level inclusion rule between them."""

from collections.abc import Iterable

USER_READ = "user:read"
USER_WRITE = "user:write"
ADMIN_READ = "admin:read"
ADMIN_WRITE = "admin:write"
SUPER = "super:*"

DESCRIPTIONS = {
    USER_READ: "Read your own information",
    USER_WRITE: "Update your own information",
    ADMIN_READ: "Read any employee",
    ADMIN_WRITE: "Add and update any employee",
    SUPER: "Every permission",
}

# A scope grants itself and the scopes listed here, but not what those include.
INCLUDES: dict[str, frozenset[str]] = {
    USER_READ: frozenset(),
    USER_WRITE: frozenset({USER_READ}),
    ADMIN_READ: frozenset({USER_READ}),
    ADMIN_WRITE: frozenset({USER_READ, USER_WRITE, ADMIN_READ}),
    SUPER: frozenset({USER_READ, USER_WRITE, ADMIN_READ, ADMIN_WRITE}),
}

DEFAULT_SCOPES = (USER_READ,)


def granted_scopes(assigned: Iterable[str]) -> frozenset[str]:
    """Expand assigned scopes by one level of inclusion. Unknown scopes grant nothing."""
    granted: set[str] = set()
    for scope in assigned:
        if scope in INCLUDES:
            granted.add(scope)
            granted.update(INCLUDES[scope])
    return frozenset(granted)


def has_scopes(assigned: Iterable[str], required: Iterable[str]) -> bool:
    """Tell whether the assigned scopes grant every required scope."""
    return set(required) <= granted_scopes(assigned)
