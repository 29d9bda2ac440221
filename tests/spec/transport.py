"""An httpx transport that serves requests from an ASGI app on one background event loop."""

import httpx
from anyio.from_thread import BlockingPortal


class PortalTransport(httpx.BaseTransport):
    """Send synchronous httpx requests to an ASGI app through an anyio blocking portal.

    Every client of one target shares the portal, so the app's connection pools and
    session store stay on the single event loop where its lifespan started them.
    """

    def __init__(self, portal: BlockingPortal, app) -> None:
        self._portal = portal
        self._asgi = httpx.ASGITransport(app=app, raise_app_exceptions=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        return self._portal.call(self._send, request, body)

    async def _send(self, request: httpx.Request, body: bytes) -> httpx.Response:
        async_request = httpx.Request(
            request.method, request.url, headers=request.headers, content=body
        )
        response = await self._asgi.handle_async_request(async_request)
        raw = b"".join([chunk async for chunk in response.stream])
        return httpx.Response(response.status_code, headers=response.headers, content=raw)
