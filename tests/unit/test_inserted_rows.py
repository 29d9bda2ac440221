"""Unit test of the removal of employees that a run inserted."""

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.spec.inserted_rows import delete_inserted_employees, new_employee_email


async def emails_after_cleanup(database_url: str, emails: list[str]) -> list[str]:
    engine = create_async_engine(database_url)
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE employees (email VARCHAR(255))"))
        for email in emails:
            await connection.execute(text("INSERT INTO employees VALUES (:email)"), {"email": email})

    await delete_inserted_employees(database_url)

    async with engine.connect() as connection:
        rows = (await connection.execute(text("SELECT email FROM employees"))).scalars().all()
    await engine.dispose()
    return sorted(rows)


def test_cleanup_removes_only_own_inserts(tmp_path) -> None:
    own = [new_employee_email(), new_employee_email()]
    others = ["mary.sluis.10011@gmail.com", "new.hire.other-worker.abc@example.com"]

    remaining = asyncio.run(
        emails_after_cleanup(f"sqlite+aiosqlite:///{tmp_path / 'cleanup.db'}", own + others)
    )

    assert remaining == sorted(others)
