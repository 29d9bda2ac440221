"""A small W3C WebDriver client over httpx, enough to drive headless Chromium through chromedriver.

It sends W3C WebDriver commands as HTTP requests, and the Chromium options in the
`goog:chromeOptions` capability that chromedriver reads.
"""

import base64
import logging
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import httpx

from tests.spec.servers import free_loopback_port, stop_process

logger = logging.getLogger(__name__)

# The key under which W3C WebDriver returns an element reference.
ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"
# Errors that mean the page is still changing, so a wait polls again instead of failing.
TRANSIENT_ERRORS = {"no such element", "stale element reference"}
DEFAULT_WAIT_SECONDS = 10.0
POLL_INTERVAL_SECONDS = 0.1
DRIVER_START_SECONDS = 10.0
# An HTTP timeout for one WebDriver command, above the page load timeout of the session.
COMMAND_TIMEOUT_SECONDS = 30.0
PAGE_LOAD_TIMEOUT_MS = 10_000
# A window variable set on the current document, so that a newly loaded document lacks it.
PAGE_MARKER = "webdriverPreviousPage"

T = TypeVar("T")


class WebDriverError(Exception):
    """A WebDriver command that the driver rejected or could not carry out."""

    def __init__(self, command: str, error: str, message: str) -> None:
        # chromedriver's messages mostly start with the error code already.
        detail = message if message.startswith(error) else f"{error}: {message}"
        super().__init__(f"{command} failed: {detail}")
        self.error = error


def chromium_arguments(user_data_dir: Path) -> list[str]:
    """Return the flags of a headless Chromium with its background network services turned off."""
    return [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        f"--user-data-dir={user_data_dir}",
    ]


@contextmanager
def running_chromedriver(driver_binary: str) -> Iterator[str]:
    """Run chromedriver on a free loopback port, yield its URL, and stop it afterwards."""
    port = free_loopback_port()
    process = subprocess.Popen(
        [driver_binary, f"--port={port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so stop_process() can end Chromium too
    )
    url = f"http://127.0.0.1:{port}"
    logger.info("started chromedriver pid %d at %s", process.pid, url)
    try:
        wait_until_driver_ready(url, process)
        yield url
    finally:
        stop_process(process)
        logger.info("stopped chromedriver pid %d", process.pid)


def wait_until_driver_ready(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + DRIVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chromedriver at {url} exited with code {process.returncode}")
        try:
            if httpx.get(f"{url}/status", timeout=1).json()["value"]["ready"]:
                return
        except httpx.TransportError:
            pass
        time.sleep(POLL_INTERVAL_SECONDS)
    raise TimeoutError(f"chromedriver at {url} was not ready within {DRIVER_START_SECONDS} s")


class Element:
    """A reference to one element of the current page."""

    def __init__(self, session: "BrowserSession", element_id: str, selector: str) -> None:
        self.session = session
        self.path = f"/element/{element_id}"
        self.selector = selector

    def click(self) -> None:
        self.session.command("POST", f"{self.path}/click", {})

    def clear(self) -> None:
        self.session.command("POST", f"{self.path}/clear", {})

    def send_keys(self, text: str) -> None:
        self.session.command("POST", f"{self.path}/value", {"text": text})

    def replace_text(self, text: str) -> None:
        self.clear()
        self.send_keys(text)

    @property
    def text(self) -> str:
        return self.session.command("GET", f"{self.path}/text")

    def attribute(self, name: str) -> str | None:
        return self.session.command("GET", f"{self.path}/attribute/{name}")

    def dom_property(self, name: str) -> Any:
        return self.session.command("GET", f"{self.path}/property/{name}")

    @property
    def is_enabled(self) -> bool:
        return self.session.command("GET", f"{self.path}/enabled")


class BrowserSession:
    """One WebDriver session, that is one browser window with its own profile and cookies."""

    def __init__(self, driver_url: str, browser_binary: str, user_data_dir: Path) -> None:
        self.http = httpx.Client(base_url=driver_url, timeout=COMMAND_TIMEOUT_SECONDS)
        capabilities = {
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "timeouts": {"implicit": 0, "pageLoad": PAGE_LOAD_TIMEOUT_MS, "script": PAGE_LOAD_TIMEOUT_MS},
            "goog:chromeOptions": {
                "binary": browser_binary,
                "args": chromium_arguments(user_data_dir),
            },
            "goog:loggingPrefs": {"browser": "ALL"},
        }
        created = self.send("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})
        self.session_path = f"/session/{created['sessionId']}"
        logger.info("opened WebDriver session %s", created["sessionId"])

    def send(self, method: str, path: str, payload: dict | None = None) -> Any:
        """Send one WebDriver command and return its `value`, raising WebDriverError on an error."""
        response = self.http.request(method, path, json=payload)
        value = response.json()["value"]
        if response.is_error:
            raise WebDriverError(f"{method} {path}", value["error"], value["message"])
        return value

    def command(self, method: str, path: str, payload: dict | None = None) -> Any:
        return self.send(method, f"{self.session_path}{path}", payload)

    def close(self) -> None:
        try:
            self.command("DELETE", "")
        finally:
            self.http.close()

    def open(self, url: str) -> None:
        self.command("POST", "/url", {"url": url})

    @property
    def title(self) -> str:
        return self.command("GET", "/title")

    @property
    def current_url(self) -> str:
        return self.command("GET", "/url")

    def find(self, selector: str) -> Element:
        found = self.command("POST", "/element", {"using": "css selector", "value": selector})
        return Element(self, found[ELEMENT_KEY], selector)

    def find_all(self, selector: str) -> list[Element]:
        found = self.command("POST", "/elements", {"using": "css selector", "value": selector})
        return [Element(self, reference[ELEMENT_KEY], selector) for reference in found]

    def execute(self, script: str, *arguments: Any) -> Any:
        """Run a JavaScript function body in the page and return its result."""
        return self.command("POST", "/execute/sync", {"script": script, "args": list(arguments)})

    def delete_cookies(self) -> None:
        """Delete the cookies of the current page's site."""
        self.command("DELETE", "/cookie")

    def console_entries(self) -> list[dict]:
        """Return and clear the browser console entries logged since the last call.

        `/se/log` is a chromedriver extension of the protocol. It returns entries only because
        this session requests the `goog:loggingPrefs` capability.
        """
        return self.command("POST", "/se/log", {"type": "browser"})

    def save_screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.command("GET", "/screenshot")))

    def wait_until(
        self,
        condition: Callable[[], T],
        description: str,
        timeout: float = DEFAULT_WAIT_SECONDS,
    ) -> T:
        """Poll `condition` until it returns a truthy value and return that value.

        A transient WebDriver error, such as an element gone with the previous page, counts as
        not yet. After `timeout` seconds, raise TimeoutError with `description` and the title
        and URL of the page.
        """
        deadline = time.monotonic() + timeout
        while True:
            try:
                result = condition()
                if result:
                    return result
            except WebDriverError as error:
                if error.error not in TRANSIENT_ERRORS:
                    raise
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"timed out after {timeout} s waiting until {description}; "
                    f"the page is {self.title!r} at {self.current_url}"
                )
            time.sleep(POLL_INTERVAL_SECONDS)

    def click_to_load_page(self, element: Element, timeout: float = DEFAULT_WAIT_SECONDS) -> None:
        """Click an element that loads a page, and wait until the new page has loaded.

        A script variable marks the current document, so the wait ends only when another
        document has replaced it, even one with the same URL and title.
        """
        self.execute(f"window.{PAGE_MARKER} = true;")
        element.click()
        self.wait_until(
            lambda: self.execute(
                f"return window.{PAGE_MARKER} === undefined && document.readyState === 'complete';"
            ),
            f"a click on {element.selector} has loaded a new page",
            timeout,
        )

    def wait_for_title(self, title: str, timeout: float = DEFAULT_WAIT_SECONDS) -> None:
        self.wait_until(lambda: self.title == title, f"the page title is {title!r}", timeout)
