"""Queries on employees and users; every value travels as a bound parameter."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from .database import employees, user_scopes
from .scopes import DEFAULT_SCOPES


@dataclass(frozen=True)
class Employee:
    """An employee row without its password hash."""

    emp_no: int
    email: str
    birth_date: date
    first_name: str
    last_name: str
    gender: str
    hire_date: date


@dataclass(frozen=True)
class UserCredentials:
    """What login needs: the employee, the password hash and the assigned scopes."""

    employee: Employee
    password_hash: str
    scopes: list[str]


EMPLOYEE_COLUMNS = [column for column in employees.c if column.name != "password"]


def employee_from_row(row) -> Employee:
    """Build an Employee from a result row holding the public columns."""
    return Employee(**{column.name: row._mapping[column.name] for column in EMPLOYEE_COLUMNS})


async def find_employee_by_email(engine: AsyncEngine, email: str) -> Employee | None:
    """Return the employee with exactly this email, or None."""
    query = select(*EMPLOYEE_COLUMNS).where(employees.c.email == email)
    async with engine.connect() as connection:
        row = (await connection.execute(query)).first()
    return employee_from_row(row) if row else None


async def find_credentials(engine: AsyncEngine, email: str) -> UserCredentials | None:
    """Return the login data of the user with this email, or None."""
    query = (
        select(*EMPLOYEE_COLUMNS, employees.c.password, user_scopes.c.scopes)
        .select_from(employees.outerjoin(user_scopes, user_scopes.c.email == employees.c.email))
        .where(employees.c.email == email)
    )
    async with engine.connect() as connection:
        row = (await connection.execute(query)).first()
    if row is None:
        return None

    assigned = row.scopes.split() if row.scopes is not None else list(DEFAULT_SCOPES)
    return UserCredentials(employee_from_row(row), row.password, assigned)
