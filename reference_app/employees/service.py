"""Employee lookups and saves: each save runs in one database transaction."""

import logging
from dataclasses import dataclass, field

from anyio import to_thread
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from .. import messages
from ..repository import Employee
from ..security import hash_password
from . import queries
from .employee_form import LABELS, EmployeeForm
from .validation import FieldError, InvalidFields

logger = logging.getLogger(__name__)

# Two concurrent inserts may pick the same next emp_no; the loser retries this often.
INSERT_ATTEMPTS = 3


@dataclass
class SaveResult:
    """The rows a save wrote, as the contract's employees_new_list and employees_updated_list."""

    new: list[Employee] = field(default_factory=list)
    updated: list[Employee] = field(default_factory=list)


def duplicate_email() -> InvalidFields:
    return InvalidFields([FieldError("email", LABELS["email"], (messages.DUPLICATE_EMAIL,))])


async def search_employees(engine: AsyncEngine, last_pattern: str, first_pattern: str) -> list[Employee]:
    async with engine.connect() as connection:
        return await queries.search_by_names(connection, last_pattern, first_pattern)


async def find_employee(engine: AsyncEngine, emp_no: int) -> Employee | None:
    async with engine.connect() as connection:
        return await queries.find_by_emp_no(connection, emp_no)


async def insert_once(engine: AsyncEngine, form: EmployeeForm, password_hash: str) -> Employee:
    """Insert the employee under a new emp_no, in one transaction."""
    async with engine.begin() as connection:
        if await queries.email_taken(connection, form.email):
            raise duplicate_email()
        emp_no = await queries.insert_employee(connection, form, password_hash)
        return await queries.find_by_emp_no(connection, emp_no)


async def insert(engine: AsyncEngine, form: EmployeeForm) -> Employee:
    """Insert a new employee, hashing the password off the event loop."""
    password_hash = await to_thread.run_sync(hash_password, form.password)
    for attempt in range(1, INSERT_ATTEMPTS + 1):
        try:
            return await insert_once(engine, form, password_hash)
        except IntegrityError as error:
            # A concurrent insert took the email or the emp_no between our check and insert.
            async with engine.connect() as connection:
                if await queries.email_taken(connection, form.email):
                    raise duplicate_email() from error
            logger.warning("insert attempt %d of an employee collided: %s", attempt, error)
    raise RuntimeError(f"could not allocate an emp_no after {INSERT_ATTEMPTS} attempts")


async def update(engine: AsyncEngine, form: EmployeeForm) -> Employee:
    """Update an employee's names, gender and dates, in one transaction."""
    async with engine.begin() as connection:
        if not await queries.update_employee(connection, form):
            raise InvalidFields([FieldError("emp_no", LABELS["emp_no"], (messages.NO_DATA,))])
        return await queries.find_by_emp_no(connection, form.emp_no)


async def save_employee(engine: AsyncEngine, form: EmployeeForm) -> SaveResult:
    """Insert when the form has no emp_no, else update; raise InvalidFields on a conflict."""
    if form.emp_no is None:
        return SaveResult(new=[await insert(engine, form)])
    return SaveResult(updated=[await update(engine, form)])
