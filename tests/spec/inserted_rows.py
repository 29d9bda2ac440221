"""Emails for employees that scenarios insert, and their removal when the run ends.

No route deletes an employee, so a run against a database that outlives it would leave
every inserted row behind. Given the target's database URL (the in-process app's
DATABASE_URL, or --database-url for a live target), each pytest process deletes the rows
it inserted when it ends. The email prefix `new.hire.<run id>.<worker>.` marks those rows.
The run id is random and shared by the pytest-xdist workers of one run, so a run deletes
neither the rows of earlier runs nor those of a run going on at the same time.
"""

import asyncio
import os
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

EMAIL_DOMAIN = "example.com"
# Key under which the xdist controller sends its run id to each worker.
RUN_ID_KEY = "spec_run_id"

_run_id: str | None = None


def run_id() -> str:
    """The id of this pytest run, made on first use unless pytest_configure set it."""
    global _run_id
    if _run_id is None:
        _run_id = uuid.uuid4().hex[:8]
    return _run_id


def email_prefix() -> str:
    """The email prefix of rows that this pytest process inserts."""
    return f"new.hire.{run_id()}.{os.environ.get('PYTEST_XDIST_WORKER', 'main')}."


def new_employee_email() -> str:
    return f"{email_prefix()}{uuid.uuid4().hex}@{EMAIL_DOMAIN}"


async def delete_inserted_employees(database_url: str) -> int:
    """Delete this process's inserted employees and return how many there were.

    The comparison ignores letter case, because a scenario may add an email with capitals
    and PostgreSQL compares with LIKE case-sensitively.
    """
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            result = await connection.execute(
                text("DELETE FROM employees WHERE lower(email) LIKE :pattern"),
                {"pattern": f"{email_prefix()}%@{EMAIL_DOMAIN}".lower()},
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


def pytest_configure(config: pytest.Config) -> None:
    """Take the run id from the xdist controller in a worker, or make one."""
    global _run_id
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None and RUN_ID_KEY in workerinput:
        _run_id = workerinput[RUN_ID_KEY]
    else:
        _run_id = uuid.uuid4().hex[:8]


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """Send this run's id to a new xdist worker."""
    node.workerinput[RUN_ID_KEY] = run_id()


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
