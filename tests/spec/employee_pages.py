"""Views of the employee pages: the search form, the results table and the maintenance form."""

from bs4 import Tag

from .pages import Page

ADMIN_UPDATE_PATH = "/emp/admin-get-update/"


def input_value(page: Page, name: str) -> str | None:
    """Return the value of the form control with this name, or None when there is none."""
    control = page.soup.find(["input", "select", "textarea"], attrs={"name": name})
    if control is None:
        return None
    if control.name == "select":
        chosen = control.find("option", selected=True)
        return chosen.get("value", chosen.get_text(strip=True)) if chosen else ""
    if control.name == "textarea":
        return control.get_text()
    return control.get("value", "")


def result_rows(page: Page) -> dict[int, list[str]]:
    """Map each listed employee number to the texts of its row's cells, in page order."""
    rows: dict[int, list[str]] = {}
    for row in page.soup.find_all("tr"):
        link = row.find("a", href=lambda href: bool(href) and href.startswith(ADMIN_UPDATE_PATH))
        if link is None:
            continue
        emp_no = int(link["href"].removeprefix(ADMIN_UPDATE_PATH))
        rows[emp_no] = [cell.get_text(strip=True) for cell in row.find_all("td")]
    return rows


def field_errors(page: Page, field_id: str) -> Tag | None:
    """Return the element that lists the errors of one field, marked data-error-for."""
    return page.soup.find(attrs={"data-error-for": field_id})


def save_form(page: Page) -> Tag:
    """Return the maintenance form, the one that posts employee fields."""
    for form in page.soup.find_all("form"):
        if form.find(attrs={"name": "empNo"}) is not None:
            return form
    raise AssertionError(f"the page {page.title!r} has no form with an empNo field")
