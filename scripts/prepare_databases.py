#!/usr/bin/env python3
"""Create and seed the database of a test run, and drop it again afterwards.

    python scripts/prepare_databases.py create --state FILE   before the run
    python scripts/prepare_databases.py verify                after the run, before drop
    python scripts/prepare_databases.py drop --state FILE     after the run

DATABASE_URL names the database (a SQLAlchemy async URL). On PostgreSQL, MySQL and
MariaDB `create` replaces the database of that name with a new one seeded from
fixtures/, and `drop` drops it. The name must start with `spec_`, so that a mistyped
URL cannot drop anything else. A SQLite file is created and deleted; an in-memory or
absent DATABASE_URL needs nothing, because the app seeds it at start-up.

`verify` compares the tables with fixtures/ and fails when a row was added, removed or
changed, because scenarios must restore what they change and delete what they add. A
database that still equals its seed can run the suite again with the same outcome.

REDIS_URL, when it names a real Redis, is checked the same way. `create` records which
keys its Redis database contains and `drop` deletes every key that the run added
(sessions and the app's other entries), so that database is left with the keys it had.
Give each run its own database index, because keys that a concurrent user adds to the
same index in the meantime are deleted too.

Exit status 1 with a one-line message when a server is not reachable.
"""

import argparse
import asyncio
import json
import logging
import os
import re
import sys
from pathlib import Path

import redis
from sqlalchemy import select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import create_async_engine

from reference_app.config import FIXTURES_DIR
from reference_app.database import (
    DatabaseUnavailable,
    check_connection,
    create_and_seed,
    create_engine,
    employees,
    load_fixture_rows,
    user_scopes,
)
from reference_app.database_backends import CONNECT_TIMEOUT_SECONDS, backend_for

logger = logging.getLogger("prepare_databases")

DATABASE_NAME_PATTERN = re.compile(r"spec_[a-z0-9_]+")
REDIS_START_HINT = "start redis-server on that address, or point REDIS_URL elsewhere"


class DataChanged(Exception):
    """The run left rows in the database that differ from the seed."""


class ServiceUnavailable(Exception):
    """A database or Redis server that the run needs does not accept connections."""


def server_url(url: URL) -> URL:
    """Return the URL of a database that always exists on the server, for CREATE and DROP."""
    if url.get_backend_name() == "postgresql":
        return url.set(database="postgres")
    return url.set(database="information_schema")


def checked_database_name(url: URL) -> str:
    name = url.database or ""
    if not DATABASE_NAME_PATTERN.fullmatch(name):
        raise ValueError(
            f"rejected: will not create or drop database {name!r} of {url.render_as_string()}: "
            "its name must match spec_[a-z0-9_]+"
        )
    return name


async def run_on_server(url: URL, statements: list[str]) -> None:
    """Run statements on the server of `url` outside a transaction, as CREATE DATABASE needs."""
    engine = create_async_engine(
        server_url(url), isolation_level="AUTOCOMMIT", connect_args=backend_for(url).connect_args
    )
    try:
        await check_connection(engine, shown_url=url)
        async with engine.connect() as connection:
            for statement in statements:
                await connection.execute(text(statement))
    finally:
        await engine.dispose()


def drop_statement(url: URL, name: str) -> str:
    if url.get_backend_name() == "postgresql":
        # FORCE ends the connections of app servers that were killed rather than stopped.
        return f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    return f"DROP DATABASE IF EXISTS `{name}`"


def create_statement(url: URL, name: str) -> str:
    if url.get_backend_name() == "postgresql":
        return f'CREATE DATABASE "{name}" ENCODING \'UTF8\''
    return f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"


def sqlite_file(url: URL) -> Path | None:
    """Return the file of a SQLite URL, or None for an in-memory database."""
    if url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


async def create_database(url: URL) -> None:
    if url.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if path is None:
            return
        path.unlink(missing_ok=True)
    else:
        name = checked_database_name(url)
        await run_on_server(url, [drop_statement(url, name), create_statement(url, name)])

    engine = create_engine(url.render_as_string(hide_password=False))
    try:
        await create_and_seed(engine, FIXTURES_DIR)
    finally:
        await engine.dispose()
    logger.info("created and seeded %s", url.render_as_string())


async def drop_database(url: URL) -> None:
    if url.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if path is not None:
            path.unlink(missing_ok=True)
    else:
        await run_on_server(url, [drop_statement(url, checked_database_name(url))])
    logger.info("dropped %s", url.render_as_string())


async def read_rows(url: URL) -> tuple[list[dict], list[dict]]:
    """Read every employee and user-scope row."""
    engine = create_engine(url.render_as_string(hide_password=False))
    try:
        await check_connection(engine)
        async with engine.connect() as connection:
            employee_rows = (await connection.execute(select(employees))).mappings().all()
            scope_rows = (await connection.execute(select(user_scopes))).mappings().all()
    finally:
        await engine.dispose()
    return [dict(row) for row in employee_rows], [dict(row) for row in scope_rows]


def differences(table: str, key: str, expected: list[dict], found: list[dict]) -> list[str]:
    """Describe the rows that were added, removed or changed, one line each."""
    expected_by_key = {row[key]: row for row in expected}
    found_by_key = {row[key]: row for row in found}
    added = found_by_key.keys() - expected_by_key.keys()
    removed = expected_by_key.keys() - found_by_key.keys()
    lines = [f"{table}: row {value} added" for value in added]
    lines += [f"{table}: row {value} removed" for value in removed]
    for value in expected_by_key.keys() & found_by_key.keys():
        changed = [
            column for column, seeded in expected_by_key[value].items()
            if found_by_key[value].get(column) != seeded
        ]
        if changed:
            lines.append(f"{table}: row {value} changed in {', '.join(changed)}")
    return sorted(lines)


async def verify_database(url: URL) -> None:
    if url.get_backend_name() == "sqlite" and sqlite_file(url) is None:
        logger.info("an in-memory database ends with its app, so there is nothing to verify")
        return
    expected_employees, expected_scopes = load_fixture_rows(FIXTURES_DIR)
    found_employees, found_scopes = await read_rows(url)
    lines = differences("employees", "emp_no", expected_employees, found_employees)
    lines += differences("user_scopes", "email", expected_scopes, found_scopes)
    if lines:
        listing = "\n  ".join(lines)
        raise DataChanged(
            f"rows of {url.render_as_string()} differ from fixtures/ after the run, so a "
            f"scenario did not delete or restore what it wrote:\n  {listing}"
        )
    logger.info("%s equals fixtures/: the run restored every row", url.render_as_string())


def open_redis(url: str) -> redis.Redis:
    """Connect to Redis and send PING, raising ServiceUnavailable when that fails."""
    client = redis.Redis.from_url(
        url, socket_connect_timeout=CONNECT_TIMEOUT_SECONDS, socket_timeout=CONNECT_TIMEOUT_SECONDS
    )
    try:
        client.ping()
    except redis.RedisError as error:
        client.close()
        raise ServiceUnavailable(
            f"Redis {url} is not reachable ({error}): {REDIS_START_HINT}"
        ) from error
    return client


def stored_keys(client: redis.Redis) -> set[str]:
    return {key.decode() for key in client.scan_iter(count=1000)}


def record_redis_keys(url: str, state_file: Path) -> None:
    client = open_redis(url)
    try:
        keys = stored_keys(client)
    finally:
        client.close()
    state_file.write_text(json.dumps(sorted(keys)), encoding="utf-8")
    logger.info("Redis %s contains %d keys before the run", url, len(keys))


def delete_added_redis_keys(url: str, state_file: Path) -> None:
    before = set(json.loads(state_file.read_text(encoding="utf-8"))) if state_file.exists() else None
    client = open_redis(url)
    try:
        if before is None:
            logger.warning("no key list at %s, so no Redis keys were deleted", state_file)
            return
        added = stored_keys(client) - before
        if added:
            client.delete(*added)
        logger.info("deleted %d keys that the run added to Redis %s", len(added), url)
    finally:
        client.close()
    state_file.unlink()


def uses_real_redis(url: str | None) -> bool:
    return bool(url) and not url.startswith("fakeredis://")


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("create", "verify", "drop"))
    parser.add_argument(
        "--state",
        type=Path,
        help="file where `create` lists the Redis keys that `drop` keeps (create and drop only)",
    )
    parser.add_argument("--database-url", help="overrides the environment's DATABASE_URL")
    parser.add_argument("--redis-url", help="overrides the environment's REDIS_URL")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    database_url = arguments.database_url or os.environ.get("DATABASE_URL")
    redis_url = arguments.redis_url or os.environ.get("REDIS_URL")

    if arguments.action != "verify" and arguments.state is None:
        print(f"error: {arguments.action} needs --state FILE", file=sys.stderr)
        return 2

    steps = []
    if arguments.action == "verify" and database_url:
        steps.append(lambda: asyncio.run(verify_database(make_url(database_url))))
    elif arguments.action == "create":
        if uses_real_redis(redis_url):
            steps.append(lambda: record_redis_keys(redis_url, arguments.state))
        if database_url:
            steps.append(lambda: asyncio.run(create_database(make_url(database_url))))
    elif arguments.action == "drop":
        # Each clean-up step runs even when an earlier one failed, so one server that is
        # down does not leave the other's data behind.
        if database_url:
            steps.append(lambda: asyncio.run(drop_database(make_url(database_url))))
        if uses_real_redis(redis_url):
            steps.append(lambda: delete_added_redis_keys(redis_url, arguments.state))

    status = 0
    for step in steps:
        try:
            step()
        except (DatabaseUnavailable, ServiceUnavailable, DataChanged, ValueError) as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
            if arguments.action != "drop":
                break
    return status

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
