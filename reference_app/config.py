"""Application settings, read from the environment and from a `.env` file."""

from functools import cached_property
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MIN_SECRET_LENGTH = 32
FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"


class Settings(BaseSettings):
    """Every setting of the reference app, by its environment variable name."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=True)

    SECRET_KEY: str = Field(min_length=MIN_SECRET_LENGTH)
    ALGORITHM: str = "HS256"
    ACCESS_TOKEN_EXPIRE_SECONDS: int = Field(default=1800, gt=0)
    SESSION_LIFETIME_SECONDS: int = Field(default=3600, gt=0)

    # No REDIS_URL keeps sessions in an in-process fakeredis server. A URL with
    # the scheme fakeredis:// names such a server explicitly, so that a test
    # probe in the same process can open the same server.
    REDIS_URL: str | None = None
    SESSION_COOKIE_SECURE: bool = False

    # No DATABASE_URL means an in-memory SQLite database seeded at start-up.
    DATABASE_URL: str | None = None
    FIXTURES_DIR: Path = FIXTURES_DIR
    SEED_DATABASE: bool = True

    ENABLE_NO_SCOPES_UI: bool = False

    ALLOW_ORIGINS: list[str] = ["http://localhost"]
    CORS_MAX_AGE: int = 3600

    @field_validator("SECRET_KEY")
    @classmethod
    def reject_weak_secret(cls, value: str) -> str:
        """Reject a secret made of one repeated character, such as 32 zeros."""
        if len(set(value)) < 8:
            raise ValueError("SECRET_KEY is too weak: use at least 8 distinct characters")
        return value

    @cached_property
    def database_url(self) -> str:
        """The SQLAlchemy URL of the database, defaulting to in-memory SQLite."""
        return self.DATABASE_URL or "sqlite+aiosqlite:///:memory:"
