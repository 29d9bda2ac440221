"""Login, home, my-info and logout pages, used through their forms and buttons in Chromium."""

import pytest

from tests.browser.pages import log_in, save_screenshot
from tests.browser.webdriver import BrowserSession

pytestmark = pytest.mark.browser

MARY = "mary.sluis.10011@gmail.com"
MOSS = "moss.shanbhogue.10045@gmail.com"
# The home page buttons that each need a scope, by id.
SCOPE_BUTTONS = ["meBtn", "meSubmitBtn", "userUpdateBtn", "empSearchBtn", "empAddNewBtn"]


def test_login_form_opens_home_page(browser: BrowserSession, app_url: str) -> None:
    log_in(browser, app_url, MARY)

    assert browser.title == "Learn FastAPI Home"
    assert browser.current_url == f"{app_url}/auth/home"
    save_screenshot(browser, "home_mary")


def test_home_enables_buttons_of_scopes(browser: BrowserSession, app_url: str) -> None:
    log_in(browser, app_url, MARY)

    for button_id in SCOPE_BUTTONS + ["logoutBtn"]:
        assert browser.find(f"#{button_id}").is_enabled, f"{button_id} is disabled for Mary"


def test_home_disables_buttons_without_scopes(browser: BrowserSession, app_url: str) -> None:
    log_in(browser, app_url, MOSS)

    assert browser.title == "Learn FastAPI Home"
    for button_id in SCOPE_BUTTONS:
        assert not browser.find(f"#{button_id}").is_enabled, f"{button_id} is enabled for Moss"
    assert browser.find("#logoutBtn").is_enabled


def test_login_form_rejects_wrong_password(browser: BrowserSession, app_url: str) -> None:
    log_in(browser, app_url, MARY, password="not-the-password")

    assert browser.title == "Learn FastAPI Login"
    assert browser.find("h4").text == "Incorrect username or password"


def test_my_info_button_shows_own_row(browser: BrowserSession, app_url: str) -> None:
    log_in(browser, app_url, MARY)

    browser.click_to_load_page(browser.find("#meBtn"))

    assert browser.title == "Learn FastAPI My Info"
    assert browser.find("#emp_no").text == "10011"
    assert browser.find("#email").text == MARY
    assert browser.find("#scopes").text == "super:*"


def test_logout_button_opens_login_page(browser: BrowserSession, app_url: str) -> None:
    log_in(browser, app_url, MARY)

    browser.click_to_load_page(browser.find("#logoutBtn"))

    assert browser.title == "Learn FastAPI Login"
    assert browser.current_url == f"{app_url}/auth/login?state=20"
    assert browser.find_all("h4") == []


def test_logout_ends_login(browser: BrowserSession, app_url: str) -> None:
    log_in(browser, app_url, MARY)
    browser.click_to_load_page(browser.find("#logoutBtn"))

    browser.open(f"{app_url}/auth/home")

    assert browser.title == "Learn FastAPI Login"
    assert browser.find("h4").text == "Not authenticated or authentication has expired"
