"""Reading employee records over HTTP and putting changed records back after a scenario."""

from .client import ClientKind, SpecClient
from .inserted_rows import new_employee_email
from .target import Target
from .users import FIXTURE_PASSWORD, fixture_user

# The user whose super:* scope can read and save any record, so it restores them.
KEEPER = "Mary"
NEW_EMPLOYEE_PASSWORD = "new-hire-pw1"

# Form field names of the maintenance form, by the JSON field of the record.
FORM_NAMES = {
    "emp_no": "empNo",
    "email": "email",
    "birth_date": "birthDate",
    "first_name": "firstName",
    "last_name": "lastName",
    "gender": "gender",
    "hire_date": "hireDate",
}


def record_form(record: dict) -> dict[str, str]:
    """Build the maintenance form that saves a record unchanged."""
    return {form_name: str(record[field]) for field, form_name in FORM_NAMES.items()}


def new_employee_form() -> dict[str, str]:
    """Build a valid form for a new employee with an email no other scenario uses.

    The names match no search pattern that scenarios check, so the new rows never
    appear in their results.
    """
    return {
        "empNo": "",
        "email": new_employee_email(),
        "password": NEW_EMPLOYEE_PASSWORD,
        "birthDate": "1/2/1990",
        "firstName": "Newhire",
        "lastName": "Testperson",
        "gender": "F",
        "hireDate": "3/4/2020",
    }


class RecordKeeper:
    """Remembers records before a scenario changes them and saves them back afterwards."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.originals: dict[int, dict] = {}
        self._client: SpecClient | None = None

    def client(self) -> SpecClient:
        """Log the keeper in on first use, as an API client of its own."""
        if self._client is None:
            client = self.target.client(ClientKind.API)
            form = {"username": fixture_user(KEEPER).email, "password": FIXTURE_PASSWORD}
            body = client.post("/api/login", data=form).json()
            assert body["status"]["code"] == 200, f"the record keeper could not log in: {body}"
            self._client = client
        return self._client

    def read(self, emp_no: int) -> dict:
        """Return an employee's current record, failing when it cannot be read."""
        body = self.client().get(f"/emp/admin-get-update/{emp_no}").json()
        data = body.get("data")
        assert isinstance(data, list) and len(data) == 1, f"cannot read employee {emp_no}: {body}"
        return data[0]

    def remember(self, emp_no: int) -> dict:
        """Keep the record as it is before its first change in this scenario, and return it."""
        if emp_no not in self.originals:
            self.originals[emp_no] = self.read(emp_no)
        return self.originals[emp_no]

    def restore(self) -> None:
        """Save every remembered record back, failing the teardown when one is rejected."""
        for emp_no, record in self.originals.items():
            body = self.client().post("/emp/admin-save", data=record_form(record)).json()
            assert body["status"]["code"] == 200, f"could not restore employee {emp_no}: {body}"

    def close(self) -> None:
        if self._client is not None:
            self._client.post("/api/logout")
            self._client.close()
