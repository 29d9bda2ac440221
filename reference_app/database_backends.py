"""Differences between the supported databases: connecting, seeding locks and sequences.

Case-insensitive LIKE needs nothing here: SQLAlchemy renders `ilike` as ILIKE on
PostgreSQL and as `lower(x) LIKE lower(y)` on MySQL, MariaDB and SQLite. DATE columns
map to each database's DATE type, and every driver returns `datetime.date` values.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

# Seconds to wait for a database server to accept a connection, so that a stopped
# server fails the run at once instead of after the driver's own default (60 s for asyncpg).
CONNECT_TIMEOUT_SECONDS = 5

# Seconds a single statement may run on PostgreSQL before asyncpg gives up on it.
COMMAND_TIMEOUT_SECONDS = 30

# Name of the lock that serialises seeding when several processes start at once.
SEEDING_LOCK_NAME = "reference_app_seeding"
SEEDING_LOCK_KEY = 0x5EED  # PostgreSQL advisory locks take a bigint key, not a name
SEEDING_LOCK_WAIT_SECONDS = 30


@dataclass(frozen=True)
class Backend:
    """One database product: its display name, driver options and seeding hooks."""

    name: str
    connect_args: dict = field(default_factory=dict)

    @asynccontextmanager
    async def seeding_transaction(self, engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
        """Open the seeding transaction, holding a lock that other seeding processes wait for."""
        async with engine.begin() as connection:
            yield connection

    async def after_seeding(self, connection: AsyncConnection) -> None:
        """Move the emp_no counter above the explicit numbers that seeding inserted."""


class PostgresBackend(Backend):
    @asynccontextmanager
    async def seeding_transaction(self, engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
        # A transaction-level advisory lock, released by the commit or rollback.
        async with engine.begin() as connection:
            await connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEEDING_LOCK_KEY}
            )
            yield connection

    async def after_seeding(self, connection: AsyncConnection) -> None:
        # Explicit emp_no values leave the SERIAL sequence at 1; without this step the
        # first insert that relies on the sequence would collide with a seeded row.
        await connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('employees', 'emp_no'), "
                "(SELECT max(emp_no) FROM employees))"
            )
        )


class MySQLBackend(Backend):
    """MySQL and MariaDB; AUTO_INCREMENT moves above explicit values by itself."""

    @asynccontextmanager
    async def seeding_transaction(self, engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
        # GET_LOCK belongs to the connection, not to a transaction, so it outlives the
        # implicit commits of DDL. It is released only after the seeding commit, so a
        # process that waited reads the seeded rows.
        async with engine.connect() as connection:
            acquired = (
                await connection.execute(
                    text("SELECT GET_LOCK(:name, :wait)"),
                    {"name": SEEDING_LOCK_NAME, "wait": SEEDING_LOCK_WAIT_SECONDS},
                )
            ).scalar()
            await connection.commit()
            if acquired != 1:
                raise TimeoutError(
                    f"timed out after {SEEDING_LOCK_WAIT_SECONDS} s waiting for the seeding "
                    f"lock {SEEDING_LOCK_NAME!r}, held by another process seeding this database"
                )
            try:
                async with connection.begin():
                    yield connection
            finally:
                await connection.execute(
                    text("SELECT RELEASE_LOCK(:name)"), {"name": SEEDING_LOCK_NAME}
                )
                await connection.commit()


# NOTE: a file SQLite database gets no seeding lock. Two processes that start on the same
# empty file at once may both try to seed it, so seed such a file before starting them.
SQLITE = Backend("SQLite")
POSTGRES = PostgresBackend(
    "PostgreSQL",
    {"timeout": CONNECT_TIMEOUT_SECONDS, "command_timeout": COMMAND_TIMEOUT_SECONDS},
)
MYSQL = MySQLBackend("MySQL or MariaDB", {"connect_timeout": CONNECT_TIMEOUT_SECONDS})

BACKENDS = {"sqlite": SQLITE, "postgresql": POSTGRES, "mysql": MYSQL, "mariadb": MYSQL}


def backend_for(url: str | URL) -> Backend:
    """Return the backend of a SQLAlchemy URL, by its dialect name."""
    dialect = make_url(url).get_backend_name()
    try:
        return BACKENDS[dialect]
    except KeyError:
        raise ValueError(
            f"unsupported database {dialect!r} in DATABASE_URL; use one of {', '.join(BACKENDS)}"
        ) from None


def start_hint(url: str | URL) -> str:
    """Return the advice for an error message: which server to start for this URL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return "check that the SQLite file's folder exists and is writable"
    where = f"{parsed.host or 'localhost'}:{parsed.port}" if parsed.port else parsed.host
    return f"start the {backend_for(parsed).name} server on {where}, or point DATABASE_URL elsewhere"
