"""SQL on the employees table; every value travels as a bound parameter."""

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from ..database import employees
from ..repository import EMPLOYEE_COLUMNS, Employee, employee_from_row
from .employee_form import EmployeeForm

# The columns an update may change; email and password stay as they were.
UPDATABLE = ("birth_date", "first_name", "last_name", "gender", "hire_date")

ESCAPE = "\\"


def literal_backslashes(pattern: str) -> str:
    """Escape each backslash of a LIKE pattern, so that it matches a backslash."""
    return pattern.replace(ESCAPE, ESCAPE * 2)


async def search_by_names(
    connection: AsyncConnection, last_pattern: str, first_pattern: str
) -> list[Employee]:
    """List employees whose names match both LIKE patterns, ignoring case, by emp_no.

    `%` and `_` are wildcards and a backslash is a plain character on every database,
    although PostgreSQL and MySQL would otherwise read it as an escape.
    """
    last_name = employees.c.last_name.ilike(literal_backslashes(last_pattern), escape=ESCAPE)
    first_name = employees.c.first_name.ilike(literal_backslashes(first_pattern), escape=ESCAPE)
    query = select(*EMPLOYEE_COLUMNS).where(last_name, first_name).order_by(employees.c.emp_no)
    rows = (await connection.execute(query)).all()
    return [employee_from_row(row) for row in rows]


async def find_by_emp_no(connection: AsyncConnection, emp_no: int) -> Employee | None:
    query = select(*EMPLOYEE_COLUMNS).where(employees.c.emp_no == emp_no)
    row = (await connection.execute(query)).first()
    return employee_from_row(row) if row else None


async def email_taken(connection: AsyncConnection, email: str) -> bool:
    """Tell whether an employee has this email, compared without regard to case."""
    query = select(employees.c.emp_no).where(func.lower(employees.c.email) == email.lower())
    return (await connection.execute(query)).first() is not None


async def insert_employee(
    connection: AsyncConnection, form: EmployeeForm, password_hash: str
) -> int:
    """Insert the employee and return the emp_no that the database assigned.

    The auto-increment column numbers new rows above the highest seeded emp_no, so
    concurrent inserts never compete for one number.
    """
    values = {name: getattr(form, name) for name in UPDATABLE}
    statement = insert(employees).values(email=form.email, password=password_hash, **values)
    result = await connection.execute(statement)
    return result.inserted_primary_key[0]


async def update_employee(connection: AsyncConnection, form: EmployeeForm) -> bool:
    """Update the changeable columns of form.emp_no; tell whether that row exists."""
    values = {name: getattr(form, name) for name in UPDATABLE}
    statement = update(employees).where(employees.c.emp_no == form.emp_no).values(**values)
    result = await connection.execute(statement)
    return result.rowcount == 1
