"""Simulated clients: a browser, an API client and a command-line client sending a bearer token."""

from enum import Enum
from http.cookies import SimpleCookie

import httpx

SESSION_COOKIE = "session"
FORMAT_HEADER = "x-expected-format"
JSON = "application/json"


class ClientKind(Enum):
    """How a client talks to the app, after the clients of the original application."""

    BROWSER = "browser"  # keeps cookies, follows redirects, requests HTML
    API = "API client"  # keeps cookies, follows redirects, requests JSON
    # Drops the session cookie of its login and sends the bearer token instead. It keeps
    # later cookies, such as the one that carries a redirect's message to the login page.
    BEARER = "command-line client"


class SpecClient:
    """One user's client, with its own cookie jar and every session id it was given."""

    def __init__(self, http: httpx.Client, kind: ClientKind) -> None:
        self.http = http
        self.kind = kind
        self.token: str | None = None
        self.session_ids_seen: list[str] = []
        http.event_hooks["response"].append(self._record_session_cookie)

    @property
    def wants_json(self) -> bool:
        return self.kind is not ClientKind.BROWSER

    @property
    def session_id(self) -> str | None:
        """The session id in the cookie jar, which a browser would send next."""
        return self.http.cookies.get(SESSION_COOKIE)

    def plant_session_cookie(self, value: str) -> None:
        """Put a session cookie in the jar as if the server had set it."""
        request = httpx.Request("GET", self.http.base_url)
        response = httpx.Response(
            200, headers={"set-cookie": f"{SESSION_COOKIE}={value}; path=/"}, request=request
        )
        self.http.cookies.extract_cookies(response)

    def request(self, method: str, path: str, *, follow_redirects: bool = True, **kwargs):
        headers = dict(kwargs.pop("headers", {}) or {})
        if self.wants_json:
            headers.setdefault(FORMAT_HEADER, JSON)
        if self.kind is ClientKind.BEARER and self.token:
            headers.setdefault("authorization", f"Bearer {self.token}")
        return self.http.request(
            method, path, headers=headers, follow_redirects=follow_redirects, **kwargs
        )

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def _record_session_cookie(self, response: httpx.Response) -> None:
        for header in response.headers.get_list("set-cookie"):
            cookie = SimpleCookie()
            cookie.load(header)
            morsel = cookie.get(SESSION_COOKIE)
            if morsel is not None and morsel.value.strip("'\""):
                self.session_ids_seen.append(morsel.value)

    def adopt_login(self, token: str) -> None:
        """Keep the token of a successful login. A command-line client also forgets the cookie."""
        self.token = token
        if self.kind is ClientKind.BEARER:
            self.http.cookies.clear()

    def end_session(self) -> None:
        """Log out if the client may still hold a session, so that runs leave no sessions behind."""
        if not (self.session_id or self.token):
            return
        path = "/auth/logout" if self.kind is ClientKind.BROWSER else "/api/logout"
        try:
            self.post(path)
        except httpx.HTTPError:
            pass  # the scenario's own checks already report a target that stopped responding

    def close(self) -> None:
        self.http.close()
