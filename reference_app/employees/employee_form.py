"""Validation of the employee maintenance form, with the contract's ids, labels and messages."""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from email_validator import EmailNotValidError, validate_email

from .validation import FieldError, InvalidFields, parse_emp_no, unstorable_text

MAX_FIRST_NAME = 14
MAX_LAST_NAME = 16
MAX_EMAIL = 255
MIN_PASSWORD, MAX_PASSWORD = 10, 32
GENDERS = ("F", "M")

# Day and month may have one or two digits; the year has four.
DATE_PATTERN = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")

LABELS = {
    "emp_no": "Employee Number",
    "email": "Email",
    "password": "Password",
    "birth_date": "Birth Date",
    "first_name": "First Name",
    "last_name": "Last Name",
    "gender": "Gender",
    "hire_date": "Hire Date",
}

BIRTH_DATE_FORMAT = "For birth date, please enter a date in format dd/mm/yyyy. E.g. 25/2/1999"
BIRTH_DATE_INVALID = "Birth Date -- not a valid date value."
HIRE_DATE_FORMAT = "For hire date, please enter a date in format dd/mm/yyyy. E.g. 25/2/2011"
HIRE_DATE_INVALID = "Hire Date -- not a valid date value."
HIRE_BEFORE_BIRTH = "Hire Date must be after Birth Date"
FIRST_NAME_LENGTH = "For first name, please enter between 1 and 14 characters"
LAST_NAME_LENGTH = "For last name, please enter between 1 and 16 characters"
GENDER_MISSING = "Please select a gender"
EMP_NO_MISSING = "Missing employee number"
EMP_NO_INVALID = "Please enter a valid employee number"
EMAIL_LENGTH = "Please enter up to 255 characters"
EMAIL_INVALID = "Please enter a valid email address"
PASSWORD_LENGTH = "Please enter between 10 and 32 characters"

# Form field names, as the maintenance page posts them, by field id.
FORM_NAMES = {
    "emp_no": "empNo",
    "email": "email",
    "password": "password",
    "birth_date": "birthDate",
    "first_name": "firstName",
    "last_name": "lastName",
    "gender": "gender",
    "hire_date": "hireDate",
}


@dataclass(frozen=True)
class EmployeeForm:
    """A validated maintenance form; emp_no None means a new employee."""

    emp_no: int | None
    birth_date: date
    first_name: str
    last_name: str
    gender: str
    hire_date: date
    email: str | None = None
    password: str | None = field(default=None, repr=False)


def parse_date(text: str, format_message: str, invalid_message: str) -> date | str:
    """Read a d/m/yyyy date; return the date, or the message that rejects the text."""
    match = DATE_PATTERN.fullmatch(text.strip())
    if match is None:
        return format_message
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return invalid_message


def canonical_email(email: str) -> str | None:
    """Return the form of an email that is stored and looked up, or None when it is invalid.

    Letter case never distinguishes two emails, so the form is case-folded (lower case,
    with ς as σ). The unique index on employees.email then rejects emails that differ
    only in case.
    """
    try:
        return validate_email(email, check_deliverability=False).normalized.casefold()
    except EmailNotValidError:
        return None


def check_email(email: str) -> str | None:
    """Return the message that rejects an email, or None when it is acceptable."""
    if not 1 <= len(email) <= MAX_EMAIL:
        return EMAIL_LENGTH
    if canonical_email(email) is None:
        return EMAIL_INVALID
    return None


class FormChecker:
    """Collects the messages of each field while the form is read."""

    def __init__(self, fields: Mapping[str, str]) -> None:
        self.fields = fields
        self.errors: dict[str, list[str]] = {}

    def value(self, field_id: str) -> str:
        """Return a field's text. Characters that no database stores reject the field, and
        the other checks see the rest."""
        text = self.fields.get(FORM_NAMES[field_id], "")
        message, storable = unstorable_text(text)
        if message:
            self.reject(field_id, message)
        return storable

    def reject(self, field_id: str, message: str) -> None:
        messages = self.errors.setdefault(field_id, [])
        if message not in messages:
            messages.append(message)

    def text(self, field_id: str, max_length: int, message: str) -> str:
        value = self.value(field_id).strip()
        if not 1 <= len(value) <= max_length:
            self.reject(field_id, message)
        return value

    def date(self, field_id: str, format_message: str, invalid_message: str) -> date | None:
        parsed = parse_date(self.value(field_id), format_message, invalid_message)
        if isinstance(parsed, str):
            self.reject(field_id, parsed)
            return None
        return parsed

    def raise_errors(self) -> None:
        if self.errors:
            ordered = [field_id for field_id in FORM_NAMES if field_id in self.errors]
            raise InvalidFields(
                [FieldError(field_id, LABELS[field_id], tuple(self.errors[field_id])) for field_id in ordered]
            )


def check_emp_no(checker: FormChecker, allow_insert: bool) -> int | None:
    """Read empNo: empty means a new employee when inserts are allowed."""
    text = checker.value("emp_no").strip()
    if not text:
        if not allow_insert:
            checker.reject("emp_no", EMP_NO_MISSING)
        return None
    emp_no = parse_emp_no(text)
    if emp_no is None:
        checker.reject("emp_no", EMP_NO_INVALID)
    return emp_no


def check_credentials(checker: FormChecker) -> tuple[str, str]:
    """Read the email and password that only a new employee gives."""
    email = checker.value("email").strip()
    email_error = check_email(email)
    if email_error:
        checker.reject("email", email_error)
    else:
        email = canonical_email(email)

    password = checker.value("password")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        checker.reject("password", PASSWORD_LENGTH)
    return email, password


def parse_employee_form(fields: Mapping[str, str], *, allow_insert: bool) -> EmployeeForm:
    """Validate the maintenance form fields; raise InvalidFields listing every rejected field.

    An empty empNo asks for an insert, which needs an email and a password. An update
    ignores both, because updates never change them.
    """
    checker = FormChecker(fields)
    emp_no = check_emp_no(checker, allow_insert)
    is_insert = allow_insert and not checker.value("emp_no").strip()
    email, password = check_credentials(checker) if is_insert else (None, None)

    birth_date = checker.date("birth_date", BIRTH_DATE_FORMAT, BIRTH_DATE_INVALID)
    first_name = checker.text("first_name", MAX_FIRST_NAME, FIRST_NAME_LENGTH)
    last_name = checker.text("last_name", MAX_LAST_NAME, LAST_NAME_LENGTH)
    gender = checker.value("gender").strip()
    if gender not in GENDERS:
        checker.reject("gender", GENDER_MISSING)
    hire_date = checker.date("hire_date", HIRE_DATE_FORMAT, HIRE_DATE_INVALID)
    if birth_date and hire_date and hire_date <= birth_date:
        checker.reject("hire_date", HIRE_BEFORE_BIRTH)

    checker.raise_errors()
    return EmployeeForm(
        emp_no, birth_date, first_name, last_name, gender, hire_date, email, password
    )
