"""The application factory: settings, session store, database, middleware and routes."""

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from starsessions import SessionAutoloadMiddleware, SessionMiddleware

from .config import Settings
from .database import create_and_seed, create_engine
from .errors import install_error_handlers
from .logs import RequestLogMiddleware, start_queue_logging
from .routers import auth, employees, me
from .session_store import RevocableRedisStore
from .sessions import KEY_PREFIX, create_redis_client
from .unexpected_errors import UnexpectedErrorMiddleware

logger = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app from the given settings, or from the environment."""
    settings = settings or Settings()
    if not logging.getLogger().handlers:
        # Worker processes that uvicorn spawns start without the parent's logging set-up.
        start_queue_logging()
    redis = create_redis_client(settings.REDIS_URL)
    engine = create_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if settings.SEED_DATABASE:
            await create_and_seed(engine, settings.FIXTURES_DIR)
        logger.info("reference app started on database %s", engine.url.render_as_string())
        yield
        await engine.dispose()
        await redis.aclose()
        logger.info("reference app stopped")

    app = FastAPI(title="Learn FastAPI reference app", lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_store = RevocableRedisStore(
        connection=redis, prefix=KEY_PREFIX, revoked_ttl=settings.SESSION_LIFETIME_SECONDS
    )

    add_middleware(app, settings)
    install_error_handlers(app)
    for router in (auth.router, auth.root_router, auth.api_router, me.admin_router, me.api_me_router):
        app.include_router(router)
    app.include_router(employees.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    return app


def add_middleware(app: FastAPI, settings: Settings) -> None:
    """Add request logging, sessions, error handling and CORS; the last added runs first."""
    app.add_middleware(RequestLogMiddleware)
    app.add_middleware(SessionAutoloadMiddleware)
    app.add_middleware(
        SessionMiddleware,
        store=app.state.session_store,
        lifetime=settings.SESSION_LIFETIME_SECONDS,
        cookie_https_only=settings.SESSION_COOKIE_SECURE,
    )
    app.add_middleware(UnexpectedErrorMiddleware)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.ALLOW_ORIGINS,
        allow_methods=["GET", "POST"],
        allow_headers=["*"],
        allow_credentials=True,
        max_age=settings.CORS_MAX_AGE,
    )
