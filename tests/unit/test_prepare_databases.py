"""Unit tests of the check that a run left the database as it was seeded."""

from scripts.prepare_databases import differences

SEEDED = [
    {"emp_no": 10005, "first_name": "Kyoichi", "hire_date": "1989-09-12"},
    {"emp_no": 10011, "first_name": "Mary", "hire_date": "1990-01-22"},
]


def test_differences_none_for_seeded_rows():
    assert differences("employees", "emp_no", SEEDED, [dict(row) for row in reversed(SEEDED)]) == []


def test_differences_name_added_row():
    found = [*SEEDED, {"emp_no": 500223, "first_name": "New", "hire_date": "2020-01-01"}]

    assert differences("employees", "emp_no", SEEDED, found) == ["employees: row 500223 added"]


def test_differences_name_removed_row():
    assert differences("employees", "emp_no", SEEDED, SEEDED[:1]) == ["employees: row 10011 removed"]


def test_differences_name_changed_columns():
    found = [SEEDED[0], SEEDED[1] | {"first_name": "Maria", "hire_date": "2000-01-01"}]

    assert differences("employees", "emp_no", SEEDED, found) == [
        "employees: row 10011 changed in first_name, hire_date"
    ]
