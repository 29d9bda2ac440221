"""Unit tests of the reference app's scope inclusion rule."""

import pytest

from reference_app.scopes import granted_scopes, has_scopes

ALL_FOUR = ["user:read", "user:write", "admin:read", "admin:write"]


@pytest.mark.parametrize(
    ("assigned", "required", "allowed"),
    [
        (["user:read"], ["user:read"], True),
        (["user:read"], ["user:write"], False),
        (["user:write"], ["user:read"], True),
        (["admin:read"], ["user:read"], True),
        (["admin:read"], ["user:write"], False),
        (["admin:write"], ["admin:read"], True),
        (["admin:write"], ["user:write"], True),
        (["super:*"], ["admin:write"], True),
        (["super:*"], ["super:*"], True),
        (ALL_FOUR, ["super:*"], False),
        ([], ["user:read"], False),
        (["unknown"], ["user:read"], False),
        (["unknown"], ["unknown"], False),
        (["user:read", "admin:read"], ["user:read", "admin:read"], True),
    ],
)
def test_has_scopes_inclusion_table(assigned, required, allowed) -> None:
    assert has_scopes(assigned, required) is allowed


def test_granted_scopes_one_level_only() -> None:
    assert granted_scopes(["admin:write"]) == {"admin:write", "admin:read", "user:write", "user:read"}
    assert "super:*" not in granted_scopes(ALL_FOUR)
