"""Unit tests of the reference app's employee validation layer."""

from datetime import date

import pytest

from reference_app.employees import employee_form as form_rules
from reference_app.employees.employee_form import parse_date, parse_employee_form
from reference_app.employees.validation import InvalidFields, parse_emp_no, validate_search
from reference_app.routers.me import au_date

VALID_UPDATE = {
    "empNo": "67010",
    "birthDate": "29/11/1960",
    "firstName": "Ulf",
    "lastName": "Flexer",
    "gender": "M",
    "hireDate": "14/2/1992",
}
VALID_NEW = VALID_UPDATE | {"empNo": "", "email": "new.hire@example.com", "password": "new-hire-pw1"}


def rejected(fields: dict, *, allow_insert: bool = True) -> dict[str, list[str]]:
    with pytest.raises(InvalidFields) as caught:
        parse_employee_form(fields, allow_insert=allow_insert)
    return {error.id: list(error.errors) for error in caught.value.errors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("10001", 10001), ("500222", 500222), ("2147483647", 2147483647), ("010045", 10045)],
)
def test_emp_no_accepts_valid_numbers(text, expected):
    assert parse_emp_no(text) == expected


@pytest.mark.parametrize(
    "text", ["", None, "10000", "0", "-10045", "abc", "1e9", "2147483648", "١٠٠٤٥", " 10045"]
)
def test_emp_no_rejects_invalid_text(text):
    assert parse_emp_no(text) is None


def test_search_accepts_longest_patterns():
    validate_search("%" + "a" * 15, "%" + "a" * 13)


def test_search_rejects_both_patterns():
    with pytest.raises(InvalidFields) as caught:
        validate_search("Gornas", "a" * 15)
    errors = {error.id: error for error in caught.value.errors}
    assert errors["last_name"].label == "Partial Last Name"
    assert errors["first_name"].label == "Partial First Name"
    assert len(errors["first_name"].errors) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1/2/1990", date(1990, 2, 1)), ("01/02/1990", date(1990, 2, 1)), (" 9/12/1978 ", date(1978, 12, 9))],
)
def test_date_accepts_day_month_year(text, expected):
    assert parse_date(text, "format", "invalid") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1990-02-01", "format"), ("1/2/90", "format"), ("", "format"), ("31/2/1990", "invalid"),
     ("1/13/1990", "invalid"), ("1/1/0000", "invalid")],
)
def test_date_rejects_with_message(text, expected):
    assert parse_date(text, "format", "invalid") == expected


def test_update_ignores_email_and_password():
    form = parse_employee_form(VALID_UPDATE | {"email": "bad", "password": "x"}, allow_insert=True)
    assert form.emp_no == 67010
    assert form.email is None
    assert form.password is None
    assert form.hire_date == date(1992, 2, 14)


def test_new_employee_keeps_email_and_password():
    form = parse_employee_form(VALID_NEW, allow_insert=True)
    assert form.emp_no is None
    assert form.email == "new.hire@example.com"
    assert form.password == "new-hire-pw1"


def test_user_save_requires_emp_no():
    assert rejected(VALID_NEW, allow_insert=False) == {"emp_no": [form_rules.EMP_NO_MISSING]}


def test_hire_date_must_follow_birth_date():
    errors = rejected(VALID_UPDATE | {"hireDate": "29/11/1960"})
    assert errors == {"hire_date": [form_rules.HIRE_BEFORE_BIRTH]}


def test_empty_form_rejects_every_field_in_order():
    errors = rejected({})
    assert list(errors) == [
        "email", "password", "birth_date", "first_name", "last_name", "gender", "hire_date"
    ]
    assert errors["birth_date"] == [form_rules.BIRTH_DATE_FORMAT]
    assert errors["gender"] == [form_rules.GENDER_MISSING]


@pytest.mark.parametrize(
    ("field", "value", "field_id", "message"),
    [
        ("firstName", "a" * 15, "first_name", form_rules.FIRST_NAME_LENGTH),
        ("lastName", "a" * 17, "last_name", form_rules.LAST_NAME_LENGTH),
        ("gender", "m", "gender", form_rules.GENDER_MISSING),
        ("email", "a" * 251 + "@x.io", "email", form_rules.EMAIL_LENGTH),
        ("email", "not-an-email", "email", form_rules.EMAIL_INVALID),
        ("password", "a" * 9, "password", form_rules.PASSWORD_LENGTH),
        ("password", "a" * 33, "password", form_rules.PASSWORD_LENGTH),
        ("birthDate", "30/2/1960", "birth_date", form_rules.BIRTH_DATE_INVALID),
        ("hireDate", "2/14/1992", "hire_date", form_rules.HIRE_DATE_INVALID),
    ],
)
def test_new_employee_field_rule(field, value, field_id, message):
    assert rejected(VALID_NEW | {field: value}) == {field_id: [message]}


def test_error_labels_follow_contract():
    with pytest.raises(InvalidFields) as caught:
        parse_employee_form({"empNo": "abc"}, allow_insert=True)
    labels = {error.id: error.label for error in caught.value.errors}
    assert labels["emp_no"] == "Employee Number"
    assert labels["hire_date"] == "Hire Date"


@pytest.mark.parametrize("field", ["firstName", "lastName", "gender", "birthDate"])
def test_lone_surrogate_rejects_field(field):
    fields = VALID_UPDATE | {field: VALID_UPDATE[field] + "\ud800"}

    field_id = next(key for key, name in form_rules.FORM_NAMES.items() if name == field)

    assert rejected(fields) == {field_id: ["Please enter text in valid Unicode"]}


def test_search_rejects_lone_surrogate():
    with pytest.raises(InvalidFields) as caught:
        validate_search("%nas\udfff%", "%An")

    assert [error.id for error in caught.value.errors] == ["last_name"]
    assert caught.value.errors[0].errors == ("Please enter text in valid Unicode",)


def test_date_rejects_non_ascii_digits():
    assert parse_date("٠١/٠١/١٩٨٠", "format", "invalid") == "format"


@pytest.mark.parametrize(
    ("email", "stored"),
    [
        ("New.Hire@Example.COM", "new.hire@example.com"),
        ("ΑΣXΣ@example.com", "ασxσ@example.com"),
        ("ασxς@example.com", "ασxσ@example.com"),
    ],
)
def test_new_employee_email_is_case_folded(email, stored):
    assert parse_employee_form(VALID_NEW | {"email": email}, allow_insert=True).email == stored


@pytest.mark.parametrize(
    ("day", "text"), [(date(1, 1, 1), "01/01/0001"), (date(999, 12, 31), "31/12/0999")]
)
def test_early_dates_keep_four_digit_years(day, text):
    assert au_date(day) == text
    assert parse_date(text, "format", "invalid") == day
