"""Employee search and maintenance pages and their JSON responses, under /emp."""

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.requests import Request
from starlette.responses import Response

from .. import messages
from ..dependencies import EngineDep, require_scopes
from ..employees import service
from ..employees.employee_form import parse_employee_form
from ..employees.validation import InvalidFields, parse_emp_no, validate_search
from ..errors import AccessDenied
from ..formats import envelope, error_page, expects_json, render
from ..scopes import ADMIN_READ, ADMIN_WRITE, USER_READ, USER_WRITE
from ..security import TokenClaims
from .auth import read_form
from .me import employee_data

# Scope denials on these routes are status 500 in JSON and the error page in HTML.
DENIAL_CODE = 500


def scope_claims(scope: str):
    return Annotated[TokenClaims, Depends(require_scopes(scope, denial_code=DENIAL_CODE))]


UserReadClaims = scope_claims(USER_READ)
UserWriteClaims = scope_claims(USER_WRITE)
AdminReadClaims = scope_claims(ADMIN_READ)
AdminWriteClaims = scope_claims(ADMIN_WRITE)

DEFAULT_LAST_NAME = "%nas%"
DEFAULT_FIRST_NAME = "%An"
ADMIN_SAVE = "/emp/admin-save"
USER_SAVE = "/emp/user-save"


def deny() -> AccessDenied:
    return AccessDenied(DENIAL_CODE, messages.NOT_ENOUGH_PERMISSIONS)


async def search_form(request: Request, claims: AdminReadClaims) -> Response:
    """Show the search form, prefilled with example patterns."""
    return render(
        request, "emp_search.html", last_name=DEFAULT_LAST_NAME, first_name=DEFAULT_FIRST_NAME
    )


async def search(
    request: Request, engine: EngineDep, claims: AdminReadClaims, last: str, first: str
) -> Response:
    """List the employees whose last and first names match the two LIKE patterns."""
    wants_json = expects_json(request)
    try:
        validate_search(last, first)
    except InvalidFields as invalid:
        if wants_json:
            return envelope(500, "", data=invalid.as_data())
        return render(
            request, "emp_search.html", last_name=last, first_name=first, errors=invalid.errors
        )

    found = await service.search_employees(engine, last, first)
    if wants_json:
        text = messages.SEARCH_FOUND if found else messages.NO_DATA
        return envelope(200, text, data=[employee_data(employee) for employee in found])
    return render(
        request, "emp_search.html", last_name=last, first_name=first, employees=found, searched=True
    )


async def employee_for_update(
    request: Request, engine: EngineDep, emp_no: int | None, save_target: str
) -> Response:
    """Return one employee's record as JSON, or show it on the maintenance page."""
    wants_json = expects_json(request)
    if emp_no is None:
        return envelope(500, messages.INVALID_EMP_NO) if wants_json else error_page(
            request, messages.INVALID_EMP_NO
        )

    employee = await service.find_employee(engine, emp_no)
    if employee is None:
        return envelope(200, messages.NO_DATA, data=[]) if wants_json else error_page(
            request, messages.NO_DATA
        )
    if wants_json:
        return envelope(200, messages.SEARCH_FOUND, data=[employee_data(employee)])
    return render(
        request, "emp_edit.html", employee=employee_data(employee), save_target=save_target
    )


async def admin_get_update(
    request: Request, engine: EngineDep, claims: AdminReadClaims, emp_no: str
) -> Response:
    """Return any employee's record for an update by an administrator."""
    return await employee_for_update(request, engine, parse_emp_no(emp_no), ADMIN_SAVE)


async def own_get_update(
    request: Request, engine: EngineDep, claims: UserReadClaims, emp_no: str
) -> Response:
    """Return the logged-in user's own record; any other number is denied."""
    own = parse_emp_no(emp_no)
    if own != claims.emp_no:
        raise deny()
    return await employee_for_update(request, engine, own, USER_SAVE)


async def form_fields(request: Request) -> dict[str, str]:
    """Read the posted form's text fields; a malformed body counts as an empty form."""
    form = await read_form(request)
    return {name: value for name, value in form.items() if isinstance(value, str)}


async def save(engine, fields: dict[str, str], *, allow_insert: bool) -> Response:
    """Validate and save a maintenance form, returning the contract's JSON envelope."""
    try:
        employee_form = parse_employee_form(fields, allow_insert=allow_insert)
        result = await service.save_employee(engine, employee_form)
    except InvalidFields as invalid:
        return envelope(500, "", data=invalid.as_data())

    data = {
        "employees_new_list": [employee_data(employee) for employee in result.new],
        "employees_updated_list": [employee_data(employee) for employee in result.updated],
    }
    return envelope(200, messages.SAVED, data=data)


async def admin_save(request: Request, engine: EngineDep, claims: AdminWriteClaims) -> Response:
    """Insert a new employee when empNo is empty, else update any employee."""
    return await save(engine, await form_fields(request), allow_insert=True)


async def user_save(request: Request, engine: EngineDep, claims: UserWriteClaims) -> Response:
    """Update the logged-in user's own record; another empNo is denied."""
    fields = await form_fields(request)
    emp_no = fields.get("empNo", "").strip()
    if emp_no and parse_emp_no(emp_no) != claims.emp_no:
        raise deny()
    return await save(engine, fields, allow_insert=False)


async def new_employee(request: Request, claims: AdminWriteClaims) -> Response:
    """Show the maintenance page for a new employee."""
    return render(request, "emp_edit.html", employee=None, save_target=ADMIN_SAVE)


router = APIRouter(prefix="/emp", tags=["employees"])
router.add_api_route("/search", search_form, methods=["GET"], operation_id="emp_search_form")
router.add_api_route(
    "/search/{last}/{first}", search, methods=["GET", "POST"], operation_id="emp_search"
)
router.add_api_route(
    "/admin-get-update/{emp_no}", admin_get_update, methods=["GET"], operation_id="emp_admin_get_update"
)
router.add_api_route(
    "/own-get-update/{emp_no}", own_get_update, methods=["GET"], operation_id="emp_own_get_update"
)
router.add_api_route("/admin-save", admin_save, methods=["POST"], operation_id="emp_admin_save")
router.add_api_route("/user-save", user_save, methods=["POST"], operation_id="emp_user_save")
router.add_api_route("/new", new_employee, methods=["GET"], operation_id="emp_new")
