"""Serve the reference app with uvicorn: `python -m reference_app [--generate-secret]`."""

import argparse
import logging
import os
import secrets
import sys

import uvicorn
from pydantic import ValidationError

from .config import Settings
from .logs import start_queue_logging


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m reference_app", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default: 8000)")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument(
        "--generate-secret",
        action="store_true",
        help="sign tokens with a random SECRET_KEY for this run only, when none is set",
    )
    parser.add_argument("--ssl-keyfile", help="private key file, to serve HTTPS")
    parser.add_argument("--ssl-certfile", help="certificate file, to serve HTTPS")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    start_queue_logging()

    if arguments.generate_secret and not os.environ.get("SECRET_KEY"):
        os.environ["SECRET_KEY"] = secrets.token_urlsafe(32)
        logging.getLogger(__name__).warning("SECRET_KEY generated for this run; tokens die with it")
    try:
        settings = Settings()
    except ValidationError as error:
        print(f"invalid settings: {error}", file=sys.stderr)
        print("set SECRET_KEY to 32 or more random characters, or pass --generate-secret",
              file=sys.stderr)
        return 2
    shares_state = bool(settings.DATABASE_URL) and (settings.REDIS_URL or "").startswith("redis")
    if arguments.workers > 1 and not shares_state:
        print("--workers above 1 needs a redis:// REDIS_URL and a DATABASE_URL that every worker shares, "
              "because each worker would otherwise keep its own in-process sessions and data",
              file=sys.stderr)
        return 2

    uvicorn.run(
        "reference_app.main:create_app",
        factory=True,
        host=arguments.host,
        port=arguments.port,
        workers=arguments.workers,
        ssl_keyfile=arguments.ssl_keyfile,
        ssl_certfile=arguments.ssl_certfile,
        log_config=None,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
