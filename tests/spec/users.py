"""The fixture users that scenarios refer to by first name."""

from dataclasses import dataclass

FIXTURE_PASSWORD = "password"


@dataclass(frozen=True)
class FixtureUser:
    """A fixture employee who can log in, with the scopes assigned at login."""

    name: str
    email: str
    emp_no: int
    scopes: tuple[str, ...]


USERS = {
    user.name: user
    for user in (
        FixtureUser("Moss", "moss.shanbhogue.10045@gmail.com", 10045, ()),
        FixtureUser("Be Hai", "behai_nguyen@hotmail.com", 500222, ("user:read", "user:write")),
        FixtureUser("Nidapan", "nidapan.samarati.262556@gmail.com", 262556, ("user:read",)),
        FixtureUser(
            "Kyoichi", "kyoichi.maliniak.10005@gmail.com", 10005, ("admin:read", "admin:write")
        ),
        FixtureUser("Weijing", "weijing.showalter.67000@gmail.com", 67000, ("admin:read",)),
        FixtureUser("Mary", "mary.sluis.10011@gmail.com", 10011, ("super:*",)),
        FixtureUser("Kazuhisa", "kazuhisa.ranta.10199@gmail.com", 10199, ("user:read",)),
        # Each of these two belongs to one own-record update scenario of save.feature, which
        # changes the user's row. No other scenario may log in as them or read their rows, so
        # those saves race with nothing when xdist workers share one database.
        FixtureUser(
            "Cristinel", "cristinel.bouloucos.10017@gmail.com", 10017, ("user:read", "user:write")
        ),
        FixtureUser(
            "Suzette", "suzette.pettey.10024@gmail.com", 10024, ("user:read", "user:write")
        ),
    )
}


def fixture_user(name: str) -> FixtureUser:
    """Return the fixture user with this first name, failing clearly on a typo."""
    try:
        return USERS[name]
    except KeyError:
        raise KeyError(f"no fixture user named {name!r}; known: {', '.join(USERS)}") from None
