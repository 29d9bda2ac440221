"""Employee search and maintenance pages, used by an admin through their forms in Chromium."""

import pytest

from tests.browser.pages import log_in, save_screenshot
from tests.browser.webdriver import BrowserSession

pytestmark = pytest.mark.browser

KYOICHI = "kyoichi.maliniak.10005@gmail.com"
SAVED_MESSAGE = "Data has been saved successfully."
# The employee that the save test edits. No feature checks its dates, and that matters because
# the app's server shares the run's database when DATABASE_URL is set.
EDITED_EMP_NO = "45321"


def search_prefilled_names(browser: BrowserSession, app_url: str) -> None:
    """Log in as Kyoichi, open the search form from the home page and submit it unchanged."""
    log_in(browser, app_url, KYOICHI)
    browser.click_to_load_page(browser.find("#empSearchBtn"))
    browser.wait_for_title("Learn FastAPI Search Employees")
    browser.click_to_load_page(browser.find("#searchBtn"))


def result_links(browser: BrowserSession) -> list[tuple[str, str]]:
    """Return the text and target of the employee number link in each result row."""
    links = browser.find_all("#searchResults tbody tr td:first-child a")
    return [(link.text, link.attribute("href")) for link in links]


def save_hire_date(browser: BrowserSession, hire_date: str) -> None:
    """Type a hire date into the maintenance form, save it and wait for the status message."""
    browser.find("#hireDate").replace_text(hire_date)
    browser.find("#saveBtn").click()
    browser.wait_until(lambda: browser.find_all("#saveResult h4"), "the save has reported a status")


def test_search_form_is_prefilled(browser: BrowserSession, app_url: str) -> None:
    log_in(browser, app_url, KYOICHI)

    browser.click_to_load_page(browser.find("#empSearchBtn"))

    assert browser.title == "Learn FastAPI Search Employees"
    assert browser.find("#last_name").dom_property("value") == "%nas%"
    assert browser.find("#first_name").dom_property("value") == "%An"


def test_search_lists_matching_employees(browser: BrowserSession, app_url: str) -> None:
    search_prefilled_names(browser, app_url)

    links = result_links(browser)
    assert browser.title == "Learn FastAPI Search Employees"
    assert len(links) > 2
    assert links[0][0] == "12483"
    assert links[-1][0] == "496044"
    for emp_no, target in links:
        assert target == f"/emp/admin-get-update/{emp_no}"


def test_maintenance_page_saves_hire_date(browser: BrowserSession, app_url: str) -> None:
    search_prefilled_names(browser, app_url)
    browser.click_to_load_page(browser.find(f"#searchResults tbody a[href$='/{EDITED_EMP_NO}']"))
    maintenance_url = browser.current_url
    original_hire_date = browser.find("#hireDate").dom_property("value")

    save_hire_date(browser, "15/06/1990")

    assert browser.title == "Learn FastAPI Employees Maintenance"
    assert maintenance_url == f"{app_url}/emp/admin-get-update/{EDITED_EMP_NO}"
    assert original_hire_date == "01/12/1988"
    assert browser.find("#saveResult h4").text == SAVED_MESSAGE
    save_screenshot(browser, "maintenance_saved")
    browser.open(maintenance_url)
    assert browser.find("#hireDate").dom_property("value") == "15/06/1990"

    save_hire_date(browser, original_hire_date)

    assert browser.find("#saveResult h4").text == SAVED_MESSAGE
    browser.open(maintenance_url)
    assert browser.find("#hireDate").dom_property("value") == original_hire_date
