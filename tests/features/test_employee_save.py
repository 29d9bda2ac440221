"""Steps of the saving employees feature: updates, inserts and their read-back."""

from concurrent.futures import ThreadPoolExecutor

import httpx
from pytest_bdd import given, parsers, scenarios, then, when

from tests.spec.client import ClientKind
from tests.spec.employee_records import NEW_EMPLOYEE_PASSWORD, new_employee_form, record_form
from tests.spec.tokens import read_claims
from tests.spec.users import fixture_user
from tests.steps.common import json_body, login_request
from tests.steps.employees import FIELD_WORDS, field_changes

scenarios("employees/save.feature")

ADMIN_SAVE = "/emp/admin-save"
USER_SAVE = "/emp/user-save"


def record_changes(text: str) -> dict[str, str]:
    """Read `hire date "01/03/1993"` into the JSON fields of an employee record."""
    json_names = {form_name: words.replace(" ", "_") for words, form_name in FIELD_WORDS.items()}
    json_names["empNo"] = "emp_no"
    return {json_names[name]: value for name, value in field_changes(text).items()}


def saved_lists(answer: httpx.Response) -> tuple[list[dict], list[dict]]:
    data = json_body(answer).get("data") or {}
    return data.get("employees_new_list"), data.get("employees_updated_list")


def post_new_employee(clients, context, user: str, form: dict[str, str]) -> httpx.Response:
    context.setdefault("new_employee_forms", []).append(form)
    return clients.of(user).post(ADMIN_SAVE, data=form)


def own_record_form(records, user: str) -> dict[str, str]:
    """Build the form that saves the user's own record unchanged, and remember the row.

    The record keeper saves the remembered row back at teardown.
    """
    return record_form(records.remember(fixture_user(user).emp_no))


@given(parsers.parse("{user} has added a new employee"))
def added_employee(clients, context, user: str) -> None:
    """Insert an employee that only this scenario changes, so no parallel scenario races on it.

    inserted_rows.py deletes the row when the run ends, given the database URL.
    """
    form = new_employee_form()
    answer = post_new_employee(clients, context, user, form)
    status = json_body(answer)["status"]
    assert status["code"] == 200, f"{user} could not add an employee: {answer.text[:300]}"
    new, _updated = saved_lists(answer)
    assert len(new) == 1, f"employees_new_list is {new!r}"
    context["added_employee"] = {"emp_no": new[0]["emp_no"], "form": form}


def added_emp_no(context) -> int:
    assert "added_employee" in context, 'the scenario needs "Given <user> has added a new employee"'
    return context["added_employee"]["emp_no"]


@when(parsers.parse("{user} saves that employee's record with {changes}"), target_fixture="answer")
def save_added_employee(clients, context, records, user: str, changes: str) -> httpx.Response:
    record = records.read(added_emp_no(context))
    context["record_before_save"] = record
    return clients.of(user).post(ADMIN_SAVE, data=record_form(record) | field_changes(changes))


@when(parsers.parse("{user} saves their own record with {changes}"), target_fixture="answer")
def save_own_record(clients, records, user: str, changes: str) -> httpx.Response:
    form = own_record_form(records, user) | field_changes(changes)
    return clients.of(user).post(USER_SAVE, data=form)


@when(parsers.parse("{user} saves their own record unchanged"), target_fixture="answer")
def save_own_unchanged(clients, records, user: str) -> httpx.Response:
    return clients.of(user).post(USER_SAVE, data=own_record_form(records, user))


@when(parsers.parse("{user} saves their own record without the employee number"), target_fixture="answer")
def save_own_without_number(clients, records, user: str) -> httpx.Response:
    form = own_record_form(records, user)
    del form["empNo"]
    return clients.of(user).post(USER_SAVE, data=form)


@when(parsers.parse("{user} adds a new employee"), target_fixture="answer")
def add_employee(clients, context, user: str) -> httpx.Response:
    return post_new_employee(clients, context, user, new_employee_form())


@when(parsers.parse("{user} adds a new employee with {changes}"), target_fixture="answer")
def add_employee_with(clients, context, user: str, changes: str) -> httpx.Response:
    return post_new_employee(clients, context, user, new_employee_form() | field_changes(changes))


@when(parsers.parse("{user} adds a new employee without {words}"), target_fixture="answer")
def add_employee_without(clients, context, user: str, words: str) -> httpx.Response:
    form = new_employee_form()
    del form[FIELD_WORDS[words]]
    return post_new_employee(clients, context, user, form)


@when(parsers.parse("{user} adds two new employees"))
def add_two_employees(clients, context, user: str) -> None:
    answers = [post_new_employee(clients, context, user, new_employee_form()) for _ in range(2)]
    context["new_emp_nos"] = [saved_lists(answer)[0][0]["emp_no"] for answer in answers]


@when(
    parsers.re(r'(?P<user>.+) sends the body "(?P<body>.*)" as "(?P<content_type>.+)" to "(?P<path>.+)"'),
    target_fixture="answer",
)
def send_body(clients, user: str, body: str, content_type: str, path: str) -> httpx.Response:
    return clients.of(user).post(path, content=body.encode(), headers={"content-type": content_type})


@then(parsers.parse("the answer lists employee {emp_no:d} as updated and no new employee"))
def lists_updated(answer: httpx.Response, emp_no: int) -> None:
    new, updated = saved_lists(answer)
    assert new == [], f"employees_new_list is {new!r}"
    assert [row["emp_no"] for row in updated] == [emp_no]


@then("the answer lists that employee as updated and no new employee")
def lists_added_updated(answer: httpx.Response, context) -> None:
    lists_updated(answer, added_emp_no(context))


@then(parsers.parse("the answer lists one new employee numbered above {floor:d} and no updated employee"))
def lists_new(answer: httpx.Response, floor: int) -> None:
    new, updated = saved_lists(answer)
    assert updated == [], f"employees_updated_list is {updated!r}"
    assert len(new) == 1, f"employees_new_list is {new!r}"
    assert new[0]["emp_no"] > floor


@then(parsers.parse("employee {emp_no:d} has {changes}"))
def employee_has(records, emp_no: int, changes: str) -> None:
    record = records.read(emp_no)
    for name, value in record_changes(changes).items():
        assert record[name] == value, f"{name} of {emp_no} is {record[name]!r}, expected {value!r}"


@then(parsers.parse("that employee has {changes}"))
def added_employee_has(records, context, changes: str) -> None:
    employee_has(records, added_emp_no(context), changes)


@then("that employee's record is unchanged")
def added_employee_unchanged(records, context) -> None:
    assert records.read(added_emp_no(context)) == context["record_before_save"]


@then("that employee still has the email it was added with")
def added_employee_keeps_email(records, context) -> None:
    email = records.read(added_emp_no(context))["email"]
    assert email == context["added_employee"]["form"]["email"]


@then(parsers.parse("the new employee has {changes}"))
def new_employee_has(answer: httpx.Response, context, changes: str) -> None:
    record = saved_lists(answer)[0][0]
    for name, value in record_changes(changes).items():
        assert record[name] == value, f"{name} is {record[name]!r}, expected {value!r}"
    assert record["email"] == context["new_employee_forms"][-1]["email"]


def log_in_fresh(clients, name: str, email: str, password: str) -> httpx.Response:
    """Log in from a new client of its own, failing when the login is rejected."""
    client = clients.open(name, ClientKind.API)
    answer = login_request(client, "/api/login", email, password)
    status = json_body(answer)["status"]
    assert status["code"] == 200, f"login of {email} failed: {answer.text[:200]}"
    return answer


@then("the new employee can log in with the password given", target_fixture="new_login")
def new_employee_logs_in(clients, context) -> httpx.Response:
    email = context["new_employee_forms"][-1]["email"]
    return log_in_fresh(clients, "the new employee", email, NEW_EMPLOYEE_PASSWORD)


@when(
    parsers.parse("{user} adds a new employee whose email has capital letters"),
    target_fixture="answer",
)
def add_capitalised_email(clients, context, user: str) -> httpx.Response:
    form = new_employee_form()
    form["email"] = letter_case_variants(form["email"], 2)[1]
    return post_new_employee(clients, context, user, form)


@then("the new employee can log in with the email in lower case")
def new_employee_logs_in_lower_case(clients, context) -> None:
    email = context["new_employee_forms"][-1]["email"].lower()
    log_in_fresh(clients, "the new employee", email, NEW_EMPLOYEE_PASSWORD)


@then("the new employee can log in with the email as it was added")
def new_employee_logs_in_as_added(clients, context) -> None:
    email = context["new_employee_forms"][-1]["email"]
    log_in_fresh(clients, "the new employee (as added)", email, NEW_EMPLOYEE_PASSWORD)


@then("that employee can still log in with the password it was added with")
def added_employee_logs_in(clients, context) -> None:
    form = context["added_employee"]["form"]
    log_in_fresh(clients, "that employee", form["email"], form["password"])


@then(parsers.parse("the new employee's access token has the scopes \"{scopes}\""))
def new_employee_scopes(new_login: httpx.Response, scopes: str) -> None:
    token = json_body(new_login)["data"]["access_token"]
    assert sorted(read_claims(token)["scopes"]) == sorted(scopes.split())


@then(parsers.parse('{user} can still log in with password "{password}"'))
def can_still_log_in(clients, user: str, password: str) -> None:
    log_in_fresh(clients, f"{user} (again)", fixture_user(user).email, password)


@then("the second new employee's number is above the first one's")
def second_number_higher(context) -> None:
    first, second = context["new_emp_nos"]
    assert second > first


def send_simultaneously(clients, user: str, forms: list[dict[str, str]]) -> list[httpx.Response]:
    """Post each form from a client of its own, all at once, with the user's bearer token."""
    token = clients.of(user).token
    senders = [clients.open(f"{user} sender {index}", ClientKind.BEARER) for index in range(len(forms))]
    for sender in senders:
        sender.token = token
    with ThreadPoolExecutor(max_workers=len(forms)) as pool:
        return list(pool.map(lambda pair: pair[0].post(ADMIN_SAVE, data=pair[1]), zip(senders, forms)))


@when(
    parsers.parse("{user} sends {count:d} new employees with one shared new email at the same time"),
    target_fixture="answers",
)
def send_same_email(clients, user: str, count: int) -> list[httpx.Response]:
    form = new_employee_form()
    return send_simultaneously(clients, user, [dict(form) for _ in range(count)])


def letter_case_variants(email: str, count: int) -> list[str]:
    """Spell an email `count` ways: variant k writes its first k letters as capitals."""
    letters = [index for index, character in enumerate(email) if character.isalpha()]
    assert len(letters) >= count - 1, f"{email} has too few letters for {count} variants"
    variants = []
    for capitals in range(count):
        characters = list(email)
        for index in letters[:capitals]:
            characters[index] = characters[index].upper()
        variants.append("".join(characters))
    return variants


@when(
    parsers.parse(
        "{user} sends {count:d} new employees with one shared new email in different letter cases "
        "at the same time"
    ),
    target_fixture="answers",
)
def send_same_email_in_cases(clients, user: str, count: int) -> list[httpx.Response]:
    form = new_employee_form()
    variants = letter_case_variants(form["email"], count)
    return send_simultaneously(clients, user, [form | {"email": email} for email in variants])


@when(
    parsers.parse("{user} sends {count:d} new employees with different new emails at the same time"),
    target_fixture="answers",
)
def send_different_emails(clients, user: str, count: int) -> list[httpx.Response]:
    return send_simultaneously(clients, user, [new_employee_form() for _ in range(count)])


def succeeded(answers: list[httpx.Response]) -> list[httpx.Response]:
    for answer in answers:
        assert answer.status_code == 200, f"HTTP status {answer.status_code}: {answer.text[:200]}"
    return [answer for answer in answers if json_body(answer)["status"]["code"] == 200]


@then(parsers.parse("exactly {count:d} of the saves succeeds"))
def saves_succeeded(answers: list[httpx.Response], count: int) -> None:
    assert len(succeeded(answers)) == count


@then(parsers.parse('the other saves are rejected with "{message}"'))
def other_saves_rejected(answers: list[httpx.Response], message: str) -> None:
    rejected = [answer for answer in answers if answer not in succeeded(answers)]
    for answer in rejected:
        errors = json_body(answer)["data"]["errors"]
        assert [error["id"] for error in errors] == ["email"], errors
        assert message in errors[0]["errors"]


@then(parsers.parse("exactly {count:d} of the saves succeed with different employee numbers"))
def saves_succeeded_distinct(answers: list[httpx.Response], count: int) -> None:
    saved = succeeded(answers)
    assert len(saved) == count, [json_body(answer)["status"] for answer in answers]
    numbers = {saved_lists(answer)[0][0]["emp_no"] for answer in saved}
    assert len(numbers) == count
