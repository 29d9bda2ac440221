"""The implementation under test: the in-process reference app or a live server over HTTP."""

import importlib
import os
import secrets
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

import httpx
from anyio.from_thread import start_blocking_portal

from .client import ClientKind, SpecClient
from .store import RedisSessionStoreProbe, SessionStoreProbe
from .transport import PortalTransport

IN_PROCESS_BASE_URL = "http://testserver"


@dataclass
class Target:
    """Where scenarios send requests and what else they may know of the implementation."""

    base_url: str
    transport: httpx.BaseTransport | None = None
    store: SessionStoreProbe | None = None
    secret_key: str | None = None
    algorithm: str = "HS256"
    timeout: float = 30.0

    def client(self, kind: ClientKind) -> SpecClient:
        """Open a new client with an empty cookie jar."""
        http = httpx.Client(
            base_url=self.base_url,
            transport=self.transport,
            timeout=self.timeout,
        )
        return SpecClient(http, kind)


def load_app_factory(import_path: str):
    """Resolve `module:callable` to the callable that builds the ASGI app."""
    module_name, _, attribute = import_path.partition(":")
    if not attribute:
        raise ValueError(f"app factory {import_path!r} must look like 'package.module:callable'")
    return getattr(importlib.import_module(module_name), attribute)


@contextmanager
def temporary_environment(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def in_process_target(app_factory: str, settings: dict[str, str]) -> Iterator[Target]:
    """Build the app with these settings as environment variables and serve it in-process.

    Unless the settings name a REDIS_URL, the app gets a fresh fakeredis server of its own,
    which the store probe opens by the same fakeredis:// URL.
    """
    settings = {
        "SECRET_KEY": secrets.token_urlsafe(32),
        "REDIS_URL": f"fakeredis://spec-{uuid.uuid4().hex}:6379",
        **settings,
    }
    with temporary_environment(settings):
        app = load_app_factory(app_factory)()

    with ExitStack() as stack:
        portal = stack.enter_context(start_blocking_portal())
        stack.enter_context(portal.wrap_async_context_manager(app.router.lifespan_context(app)))
        store = RedisSessionStoreProbe(settings["REDIS_URL"])
        stack.callback(store.close)
        yield Target(
            base_url=IN_PROCESS_BASE_URL,
            transport=PortalTransport(portal, app),
            store=store,
            secret_key=settings["SECRET_KEY"],
            algorithm=settings.get("ALGORITHM", "HS256"),
        )
