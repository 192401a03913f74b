"""A real PostgreSQL server for the tests: Debian's `postgresql`, one per test session.

initdb and pg_ctl run as an ordinary user (PostgreSQL refuses to run as root: as root the
`postgres` account runs them), with the data folder in a fresh temporary folder and a Unix
socket there, no TCP port: nothing else on the machine can reach it or clash with it. Each
test gets a database of its own. Where the server cannot start the tests skip, saying why;
in CI (CI=true) they fail instead, so a missing server is never mistaken for a pass.
"""

import os
import shutil
import subprocess
import tempfile
from itertools import count
from pathlib import Path

import pytest

PORT = 5432  # only names the socket file, which lives in our own folder
VERSIONS = Path("/usr/lib/postgresql")


def _bin_dir() -> Path | None:
    found = sorted(VERSIONS.glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name)
                   if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


class PostgresServer:
    def __init__(self):
        self.bin = _bin_dir()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.folder = Path(tempfile.mkdtemp(prefix="course-kit-pg-"))
        self.data = self.folder / "data"
        self._names = count(1)
        if self.as_user:
            shutil.chown(self.folder, "postgres")

    def _run(self, *command: str) -> None:
        done = subprocess.run([*self.as_user, *command], capture_output=True, text=True, timeout=60)
        if done.returncode:
            raise RuntimeError(f"{Path(command[0]).name} failed: {(done.stderr or done.stdout).strip()[-500:]}")

    def start(self) -> "PostgresServer":
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-c listen_addresses='' -k {self.folder} -p {PORT} -c fsync=off -c full_page_writes=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "server.log"), "-w", "-t", "30", "start")
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.folder}&port={PORT}"

    def new_database(self) -> str:
        """A fresh, empty database; its URL."""
        import psycopg

        name = f"gradebook_{next(self._names)}"
        with psycopg.connect(host=str(self.folder), port=PORT, user="postgres", dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server():
    server = None
    try:
        import psycopg  # noqa: F401
        server = PostgresServer()
        server.start()
    except Exception as error:  # noqa: BLE001  every reason the server cannot run is reported the same way
        if server is not None:
            server.stop()
        reason = f"no PostgreSQL server for the tests: {error}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """The URL of an empty gradebook database on the session's PostgreSQL server."""
    return postgres_server.new_database()
