"""Field errors, employee numbers and the validation of search patterns.

Field ids, labels and messages are part of the contract: the browser pages and
other clients show them and compare them.
"""

import re
from dataclasses import dataclass

MIN_EMP_NO = 10001
# The largest value of a signed 32-bit INTEGER column, which every supported database has.
MAX_EMP_NO = 2_147_483_647

WILDCARD = "%"
MAX_LAST_NAME = 16
MAX_FIRST_NAME = 14

SEARCH_LABELS = {"last_name": "Partial Last Name", "first_name": "Partial First Name"}
SEARCH_LAST_NAME_LENGTH = "For partial last name, please enter between 1 and 16 characters"
SEARCH_FIRST_NAME_LENGTH = "For partial first name, please enter between 1 and 14 characters"
SEARCH_WILDCARD_MISSING = "Please include at least one % wildcard"
# PostgreSQL cannot store U+0000 in text, and no database driver can encode a lone UTF-16
# surrogate (a form may carry one when it names a charset such as utf-7), so no field may
# contain either on any database.
NUL = "\x00"
NUL_NOT_ALLOWED = "Please enter text without NUL characters"
SURROGATE_NOT_ALLOWED = "Please enter text in valid Unicode"
SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class FieldError:
    """The messages for one rejected field, in the contract's {id, label, errors} form."""

    id: str
    label: str
    errors: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "errors": list(self.errors)}


class InvalidFields(Exception):
    """One or more fields of a request were rejected."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(error.id for error in errors))
        self.errors = errors

    def as_data(self) -> dict:
        return {"errors": [error.as_dict() for error in self.errors]}


def parse_emp_no(text: str | None) -> int | None:
    """Return an employee number written in ASCII digits within the valid range, else None."""
    # Longer digit strings are out of range anyway, and int() rejects those over 4300 digits.
    if not text or len(text) > len(str(MAX_EMP_NO)) or not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    return number if MIN_EMP_NO <= number <= MAX_EMP_NO else None


def unstorable_text(text: str) -> tuple[str | None, str]:
    """Return the message for characters no database stores, if any, and the text without them."""
    if NUL in text:
        return NUL_NOT_ALLOWED, SURROGATES.sub("", text.replace(NUL, ""))
    if SURROGATES.search(text):
        return SURROGATE_NOT_ALLOWED, SURROGATES.sub("", text)
    return None, text


def check_search_pattern(value: str, max_length: int, length_message: str) -> list[str]:
    errors = []
    if not 1 <= len(value) <= max_length:
        errors.append(length_message)
    if WILDCARD not in value:
        errors.append(SEARCH_WILDCARD_MISSING)
    message, _storable = unstorable_text(value)
    if message:
        errors.append(message)
    return errors


def validate_search(last_name: str, first_name: str) -> None:
    """Reject name patterns that are too long, lack a wildcard or hold a NUL, raising InvalidFields."""
    checks = {
        "last_name": check_search_pattern(last_name, MAX_LAST_NAME, SEARCH_LAST_NAME_LENGTH),
        "first_name": check_search_pattern(first_name, MAX_FIRST_NAME, SEARCH_FIRST_NAME_LENGTH),
    }
    errors = [
        FieldError(field_id, SEARCH_LABELS[field_id], tuple(found))
        for field_id, found in checks.items()
        if found
    ]
    if errors:
        raise InvalidFields(errors)
