"""Unit tests of seeding and emp_no numbering on the database that DATABASE_URL names.

Without DATABASE_URL they run on a SQLite file. With a PostgreSQL, MySQL or MariaDB
URL (as in the tox environments) each test gets a scratch database on that server.
"""

import asyncio
import os
import uuid
from datetime import date

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.engine import make_url

from reference_app.config import FIXTURES_DIR
from reference_app.database import (
    DatabaseUnavailable,
    check_connection,
    create_and_seed,
    create_engine,
    employees,
    load_fixture_rows,
)
from scripts.prepare_databases import create_statement, drop_statement, run_on_server

HIGHEST_SEEDED_EMP_NO = 500222
SEEDED_EMPLOYEES = len(load_fixture_rows(FIXTURES_DIR)[0])
CONCURRENT_STARTS = 4


@pytest.fixture
def scratch_url(tmp_path):
    """An empty database on the server of DATABASE_URL, dropped after the test."""
    configured = os.environ.get("DATABASE_URL")
    if not configured or make_url(configured).get_backend_name() == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'scratch.db'}"
        return

    url = make_url(configured).set(database=f"spec_scratch_{uuid.uuid4().hex[:12]}")
    asyncio.run(run_on_server(url, [create_statement(url, url.database)]))
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        asyncio.run(run_on_server(url, [drop_statement(url, url.database)]))


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


async def seed_from_several_engines(url: str, count: int) -> int:
    engines = [create_engine(url) for _ in range(count)]
    try:
        await asyncio.gather(*(create_and_seed(engine, FIXTURES_DIR) for engine in engines))
        async with engines[0].connect() as connection:
            query = select(func.count()).select_from(employees)
            return (await connection.execute(query)).scalar()
    finally:
        for engine in engines:
            await engine.dispose()


async def insert_without_emp_no(url: str) -> int:
    engine = create_engine(url)
    try:
        await create_and_seed(engine, FIXTURES_DIR)
        row = {
            "email": "numbered.by.database@example.com",
            "password": "not-a-hash",
            "birth_date": date(1990, 1, 2),
            "first_name": "Auto",
            "last_name": "Numbered",
            "gender": "F",
            "hire_date": date(2020, 3, 4),
        }
        async with engine.begin() as connection:
            result = await connection.execute(insert(employees).values(**row))
            return result.inserted_primary_key[0]
    finally:
        await engine.dispose()


def test_seeding_twice_keeps_one_copy(scratch_url):
    assert asyncio.run(seed_from_several_engines(scratch_url, 1)) == SEEDED_EMPLOYEES
    assert asyncio.run(seed_from_several_engines(scratch_url, 1)) == SEEDED_EMPLOYEES


def test_concurrent_seeding_seeds_once(scratch_url):
    if is_sqlite(scratch_url):
        pytest.skip("SQLite has no seeding lock; set DATABASE_URL to a PostgreSQL or MySQL URL")
    assert asyncio.run(seed_from_several_engines(scratch_url, CONCURRENT_STARTS)) == SEEDED_EMPLOYEES


def test_database_numbers_above_seeded_rows(scratch_url):
    assert asyncio.run(insert_without_emp_no(scratch_url)) == HIGHEST_SEEDED_EMP_NO + 1


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+asyncpg://postgres@127.0.0.1:1/spec_absent",
        "mysql+aiomysql://root@127.0.0.1:1/spec_absent",
    ],
)
def test_unreachable_database_names_url_and_server(url):
    pytest.importorskip("asyncpg" if url.startswith("postgresql") else "aiomysql")
    engine = create_engine(url)
    with pytest.raises(DatabaseUnavailable) as caught:
        asyncio.run(check_connection(engine))
    message = str(caught.value)
    assert url in message
    assert "start the" in message
    assert "127.0.0.1:1" in message


async def insert_emails(url: str, emails: list[str]) -> int:
    """Insert one employee per email into a seeded database and count the rows added."""
    engine = create_engine(url)
    try:
        await create_and_seed(engine, FIXTURES_DIR)
        row = {
            "password": "not-a-hash",
            "birth_date": date(1990, 1, 2),
            "first_name": "Look",
            "last_name": "Alike",
            "gender": "F",
            "hire_date": date(2020, 3, 4),
        }
        async with engine.begin() as connection:
            for email in emails:
                await connection.execute(insert(employees).values(email=email, **row))
        async with engine.connect() as connection:
            query = select(func.count()).select_from(employees)
            return (await connection.execute(query)).scalar() - SEEDED_EMPLOYEES
    finally:
        await engine.dispose()


def test_emails_compare_exactly(scratch_url):
    # MySQL's default collation would take these for one email and reject all but the first.
    emails = ["jose@example.com", "josé@example.com", "😀@example.com", "😁@example.com"]

    assert asyncio.run(insert_emails(scratch_url, emails)) == len(emails)
