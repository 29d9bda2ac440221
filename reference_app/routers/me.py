"""The logged-in user's own record, at /admin/me and /api/me."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.requests import Request
from starlette.responses import Response

from ..dependencies import EngineDep, require_scopes, token_user
from ..formats import envelope, expects_json, render
from ..repository import Employee
from ..scopes import USER_READ
from ..security import TokenClaims

ReadClaims = Annotated[TokenClaims, Depends(require_scopes(USER_READ, denial_code=401))]


def au_date(day: date) -> str:
    """Write a date as dd/mm/yyyy. strftime("%Y") would drop the zeros of years below 1000."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def employee_data(employee: Employee) -> dict:
    """Serialise an employee for JSON with dd/mm/yyyy dates and without the password."""
    return {
        "emp_no": employee.emp_no,
        "email": employee.email,
        "birth_date": au_date(employee.birth_date),
        "first_name": employee.first_name,
        "last_name": employee.last_name,
        "gender": employee.gender,
        "hire_date": au_date(employee.hire_date),
    }


async def read_me(request: Request, engine: EngineDep, claims: ReadClaims) -> Response:
    """Show the logged-in user's employee record and scopes."""
    employee = await token_user(claims, engine)
    data = employee_data(employee) | {"scopes": list(claims.scopes)}
    if expects_json(request):
        return envelope(200, "", data=data)
    return render(request, "me.html", me=data)


admin_router = APIRouter(prefix="/admin", tags=["admin"])
admin_router.add_api_route("/me", read_me, methods=["GET"], operation_id="admin_me")

api_me_router = APIRouter(prefix="/api", tags=["api"])
api_me_router.add_api_route("/me", read_me, methods=["GET"], operation_id="api_me")
