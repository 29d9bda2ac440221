"""Emails for employees that scenarios insert, and their removal when the run ends.

No route deletes an employee, so a run against a database that outlives it would leave
every inserted row behind. Given the target's database URL (the in-process app's
DATABASE_URL, or --database-url for a live target), each pytest process deletes the rows
it inserted. An email prefix with the process's xdist worker id marks those rows.
"""

import asyncio
import os
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

EMAIL_DOMAIN = "example.com"


def email_prefix() -> str:
    """The email prefix of rows that this pytest process inserts."""
    return f"new.hire.{os.environ.get('PYTEST_XDIST_WORKER', 'main')}."


def new_employee_email() -> str:
    return f"{email_prefix()}{uuid.uuid4().hex}@{EMAIL_DOMAIN}"


async def delete_inserted_employees(database_url: str) -> int:
    """Delete this process's inserted employees and return how many there were."""
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            result = await connection.execute(
                text("DELETE FROM employees WHERE email LIKE :pattern"),
                {"pattern": f"{email_prefix()}%@{EMAIL_DOMAIN}"},
            )
        return result.rowcount
    finally:
        await engine.dispose()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("spec").addoption(
        "--database-url",
        default=os.environ.get("SPEC_DATABASE_URL"),
        help="SQLAlchemy async URL of a live target's database, so that the run deletes the "
        "employees it inserted (env SPEC_DATABASE_URL)",
    )


def cleanup_database_url(config: pytest.Config) -> str | None:
    """The database to clean: the live target's, or the in-process app's shared one."""
    if config.getoption("--base-url"):
        return config.getoption("--database-url")
    url = os.environ.get("DATABASE_URL")
    return url if url and ":memory:" not in url else None


@pytest.fixture(scope="session", autouse=True)
def remove_inserted_employees(pytestconfig: pytest.Config):
    yield
    database_url = cleanup_database_url(pytestconfig)
    if database_url:
        asyncio.run(delete_inserted_employees(database_url))
