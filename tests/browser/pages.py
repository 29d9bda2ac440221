"""What a person does on the reference app's pages, in a real browser."""

import os
from pathlib import Path

from tests.browser.webdriver import BrowserSession

PASSWORD = "password"
# Set to a folder to save screenshots of the pages that the tests check, for a person to look at.
SCREENSHOT_DIR_VARIABLE = "SPEC_SCREENSHOT_DIR"


def log_in(browser: BrowserSession, app_url: str, email: str, password: str = PASSWORD) -> None:
    """Fill in and submit the login form, and wait until the page that follows has loaded."""
    browser.open(f"{app_url}/auth/login")
    browser.wait_for_title("Learn FastAPI Login")
    browser.find("#username").send_keys(email)
    browser.find("#password").send_keys(password)
    browser.click_to_load_page(browser.find("#loginBtn"))


def page_errors(entries: list[dict]) -> list[str]:
    """Return the messages of severe console entries, such as script errors and failed loads.

    The app serves no /favicon.ico, and the browser's failed request for it is no page error.
    """
    return [
        entry["message"]
        for entry in entries
        if entry["level"] == "SEVERE" and "/favicon.ico " not in entry["message"]
    ]


def save_screenshot(browser: BrowserSession, name: str) -> None:
    """Save a PNG of the current page as NAME.png when SPEC_SCREENSHOT_DIR is set."""
    folder = os.environ.get(SCREENSHOT_DIR_VARIABLE)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(Path(folder) / f"{name}.png")
