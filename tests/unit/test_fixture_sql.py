"""The committed fixture SQL scripts match their generator and load the fixture rows."""

import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest

FIXTURES_DIR = Path(__file__).resolve().parents[2] / "fixtures"


def load_generator():
    spec = importlib.util.spec_from_file_location("generate_sql", FIXTURES_DIR / "generate_sql.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generator = load_generator()


@pytest.mark.parametrize("dialect_name", sorted(generator.DIALECTS))
def test_committed_script_is_current(dialect_name: str) -> None:
    path = generator.script_path(dialect_name)
    assert path.exists(), f"{path} is missing: run python fixtures/generate_sql.py"
    assert path.read_text(encoding="utf-8") == generator.render(dialect_name), (
        f"{path} is out of date: run python fixtures/generate_sql.py"
    )


@pytest.fixture
def sqlite_database():
    connection = sqlite3.connect(":memory:")
    connection.executescript(generator.script_path("sqlite").read_text(encoding="utf-8"))
    yield connection
    connection.close()


def test_sqlite_script_holds_every_employee(sqlite_database) -> None:
    expected = json.loads((FIXTURES_DIR / "employees.json").read_text(encoding="utf-8"))
    columns = list(expected[0])
    cursor = sqlite_database.execute(f"SELECT {', '.join(columns)} FROM employees ORDER BY emp_no")
    loaded = [dict(zip(columns, row)) for row in cursor]
    assert loaded == sorted(expected, key=lambda row: row["emp_no"])


def test_sqlite_script_holds_every_scope_row(sqlite_database) -> None:
    expected = json.loads((FIXTURES_DIR / "user_scopes.json").read_text(encoding="utf-8"))
    loaded = dict(sqlite_database.execute("SELECT email, scopes FROM user_scopes"))
    assert loaded == {email: " ".join(scopes) for email, scopes in expected.items()}


def test_sqlite_script_numbers_new_employees_higher(sqlite_database) -> None:
    highest = sqlite_database.execute("SELECT MAX(emp_no) FROM employees").fetchone()[0]
    sqlite_database.execute(
        "INSERT INTO employees (email, password, birth_date, first_name, last_name, gender,"
        " hire_date) VALUES ('new.hire@example.com', 'x', '1990-01-01', 'New', 'Hire', 'F',"
        " '2020-01-01')"
    )
    new_emp_no = sqlite_database.execute(
        "SELECT emp_no FROM employees WHERE email = 'new.hire@example.com'"
    ).fetchone()[0]
    assert new_emp_no == highest + 1


def test_postgresql_script_resets_the_sequence() -> None:
    script = generator.render("postgresql")
    assert script.rstrip().endswith(generator.POSTGRESQL_SEQUENCE_RESET)
