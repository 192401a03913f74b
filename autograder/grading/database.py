"""Reaching the gradebook, whatever database holds it: SQLite by default, PostgreSQL too.

Every query the kit writes runs on both (no MAX over booleans, no SQLite-only syntax); the
tests grade, export and resume on a real PostgreSQL server as well as on SQLite.
"""

from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

# psycopg 3 (the `postgres` extra); SQLAlchemy 2.0 would otherwise look for psycopg2
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
POSTGRES_DRIVER = "postgresql+psycopg://"
POSTGRES_EXTRA = "pip install 'ai-trainer-course-kit[postgres]'"


class GradebookUnavailable(Exception):
    """The gradebook URL is malformed, its driver is missing, or its server cannot be reached."""


def database_url(url: str) -> str:
    """`url` with a plain `postgresql://` (or `postgres://`) made to use psycopg 3."""
    for scheme in POSTGRES_SCHEMES:
        if url.startswith(scheme):
            return POSTGRES_DRIVER + url.removeprefix(scheme)
    return url


def shown_url(url: str) -> str:
    """The URL as it may be printed: any password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def check_gradebook(url: str) -> None:
    """Connect once, so a wrong URL is one clear line before any work starts."""
    try:
        engine = create_engine(url)
    except (NoSuchModuleError, ModuleNotFoundError) as error:  # NoSuchModuleError is an ArgumentError too
        hint = f"; install it with {POSTGRES_EXTRA}" if url.startswith("postgres") else ""
        raise GradebookUnavailable(f"no database driver for {shown_url(url)} ({error}){hint}") from None
    except ArgumentError:
        raise GradebookUnavailable(f"not a database URL: {url!r} (e.g. postgresql://user@host/dbname)") from None
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise GradebookUnavailable(f"cannot open the gradebook {shown_url(url)}: {reason}") from None
    finally:
        engine.dispose()


@contextmanager
def connection(url: str):
    """A connection to the gradebook, closed with its engine afterwards."""
    engine = create_engine(url)
    try:
        with engine.connect() as connected:
            yield connected
    finally:
        engine.dispose()
