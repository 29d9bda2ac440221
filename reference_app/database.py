"""Tables, the async engine and seeding from the fixture files."""

import asyncio
import json
import logging
from datetime import date
from pathlib import Path

from sqlalchemy import Column, Date, Integer, MetaData, String, Table, func, insert, select
from sqlalchemy.dialects import mysql
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import AsyncAdaptedQueuePool

from .database_backends import CONNECT_TIMEOUT_SECONDS, backend_for, start_hint

logger = logging.getLogger(__name__)

metadata = MetaData()

# MySQL's and MariaDB's default collation compares accented letters, letter case and all
# characters outside the Basic Multilingual Plane as equal, which would let one email log
# in as another. Emails compare byte for byte there, as they do on PostgreSQL and SQLite.
EMAIL_TYPE = String(255).with_variant(mysql.VARCHAR(255, collation="utf8mb4_bin"), "mysql", "mariadb")

employees = Table(
    "employees",
    metadata,
    Column("emp_no", Integer, primary_key=True, autoincrement=True),
    Column("email", EMAIL_TYPE, nullable=False, unique=True),
    Column("password", String(255), nullable=False),
    Column("birth_date", Date, nullable=False),
    Column("first_name", String(14), nullable=False),
    Column("last_name", String(16), nullable=False),
    Column("gender", String(1), nullable=False),
    Column("hire_date", Date, nullable=False),
)

# One row per user with assigned scopes, space-separated as in OAuth2's scope parameter.
# A user without a row gets the default scopes; a row with an empty string grants none.
user_scopes = Table(
    "user_scopes",
    metadata,
    Column("email", EMAIL_TYPE, primary_key=True),
    Column("scopes", String(255), nullable=False),
)


def create_engine(url: str) -> AsyncEngine:
    """Create the async engine for a database URL.

    An in-memory SQLite database lives only as long as its one connection, so the pool
    holds exactly that connection and lends it to one transaction at a time. Sharing it
    between concurrent transactions would interleave them on the same connection.
    """
    if url.startswith("sqlite") and ":memory:" in url:
        return create_async_engine(
            url,
            poolclass=AsyncAdaptedQueuePool,
            pool_size=1,
            max_overflow=0,
            pool_recycle=-1,
            connect_args={"check_same_thread": False},
        )

    return create_async_engine(url, pool_pre_ping=True, connect_args=backend_for(url).connect_args)


class DatabaseUnavailable(RuntimeError):
    """The database named by DATABASE_URL does not accept connections."""


async def check_connection(engine: AsyncEngine, shown_url: URL | None = None) -> None:
    """Run `SELECT 1`, raising DatabaseUnavailable with the URL and a hint when that fails.

    `shown_url` replaces the engine's URL in the message, for an engine that reaches the
    server through another database than the one the user configured.
    """
    url = (shown_url or engine.url).render_as_string(hide_password=True)
    try:
        # The drivers' own connect timeouts cover a refused or silent server; this bound
        # also covers a server that accepts the connection but never answers.
        async with asyncio.timeout(CONNECT_TIMEOUT_SECONDS + 1):
            async with engine.connect() as connection:
                await connection.execute(select(1))
    except (OSError, SQLAlchemyError, TimeoutError) as error:
        reason = str(getattr(error, "orig", None) or error) or type(error).__name__
        raise DatabaseUnavailable(
            f"database {url} is not reachable ({reason}): {start_hint(engine.url)}"
        ) from error


def load_fixture_rows(fixtures_dir: Path) -> tuple[list[dict], list[dict]]:
    """Read the employee and user-scope rows of the fixture files."""
    employee_rows = json.loads((fixtures_dir / "employees.json").read_text(encoding="utf-8"))
    for row in employee_rows:
        row["birth_date"] = date.fromisoformat(row["birth_date"])
        row["hire_date"] = date.fromisoformat(row["hire_date"])

    scopes_by_email = json.loads((fixtures_dir / "user_scopes.json").read_text(encoding="utf-8"))
    scope_rows = [
        {"email": email, "scopes": " ".join(scopes)} for email, scopes in scopes_by_email.items()
    ]
    return employee_rows, scope_rows


async def create_and_seed(engine: AsyncEngine, fixtures_dir: Path) -> None:
    """Create missing tables and load the fixtures into an empty database.

    Raises DatabaseUnavailable when the database does not accept connections. A lock
    held while seeding lets several processes start on one empty database at once.
    """
    await check_connection(engine)
    backend = backend_for(engine.url)
    async with backend.seeding_transaction(engine) as connection:
        await connection.run_sync(metadata.create_all)

        count = (await connection.execute(select(func.count()).select_from(employees))).scalar()
        if count:
            logger.info("database already holds %d employees; seeding skipped", count)
            return

        employee_rows, scope_rows = load_fixture_rows(fixtures_dir)
        await connection.execute(insert(employees), employee_rows)
        await connection.execute(insert(user_scopes), scope_rows)
        await backend.after_seeding(connection)
        logger.info("database seeded with %d employees", len(employee_rows))
