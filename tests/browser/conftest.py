"""Fixtures that serve the reference app and drive headless Chromium at it through chromedriver."""

import os
import shutil
from collections.abc import Iterator

import pytest

from tests.browser.pages import page_errors
from tests.browser.webdriver import BrowserSession, running_chromedriver
from tests.spec.servers import reference_server

# Set to 1 to fail, instead of skip, the browser tests when Chromium or chromedriver is missing.
REQUIRE_BROWSER_VARIABLE = "SPEC_REQUIRE_BROWSER"
INSTALL_COMMAND = "apt-get install chromium chromium-driver"


@pytest.fixture(scope="session")
def browser_binaries() -> tuple[str, str]:
    """Return the paths of Chromium and chromedriver, skipping the test when one is missing."""
    chromium = shutil.which("chromium")
    chromedriver = shutil.which("chromedriver")
    if chromium and chromedriver:
        return chromium, chromedriver

    found = {"chromium": chromium, "chromedriver": chromedriver}
    missing = " and ".join(name for name, path in found.items() if not path)
    reason = f"{missing} not found on PATH: install them with `{INSTALL_COMMAND}` (Debian packages)"
    if os.environ.get(REQUIRE_BROWSER_VARIABLE) == "1":
        pytest.fail(f"{reason}; {REQUIRE_BROWSER_VARIABLE}=1 requires the browser tests to run")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    """The base URL of the reference app under uvicorn, with in-memory data and sessions."""
    with reference_server() as (base_url, _settings):
        yield base_url


@pytest.fixture(scope="session")
def chromedriver_url(browser_binaries: tuple[str, str]) -> Iterator[str]:
    with running_chromedriver(browser_binaries[1]) as url:
        yield url


@pytest.fixture(scope="module")
def browser_session(
    browser_binaries: tuple[str, str],
    chromedriver_url: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[BrowserSession]:
    """One browser per test module, with a profile of its own."""
    session = BrowserSession(chromedriver_url, browser_binaries[0], tmp_path_factory.mktemp("chromium"))
    yield session
    session.close()


@pytest.fixture
def browser(browser_session: BrowserSession, app_url: str) -> Iterator[BrowserSession]:
    """The module's browser without the app's cookies, checked for page errors after the test."""
    browser_session.open(f"{app_url}/auth/login")
    browser_session.delete_cookies()
    browser_session.console_entries()
    yield browser_session

    errors = page_errors(browser_session.console_entries())
    assert not errors, f"the browser console logged errors: {errors}"
