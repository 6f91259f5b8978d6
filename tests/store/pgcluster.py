"""A throwaway PostgreSQL cluster for the tests and the store benchmark.

Starts Debian's ``postgresql`` package binaries (``initdb``/``pg_ctl``) in a temporary folder on a
free port of 127.0.0.1, as the ``postgres`` user when run as root (initdb refuses root), and
removes everything on ``stop()``. ``NEWSLEDGER_TEST_PG_URL`` points the tests at an existing
server instead; each test then still gets a database of its own.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path


class ClusterUnavailable(RuntimeError):
    """PostgreSQL cannot be started here; the message says why."""


def _bin_dir() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if versions:
        return Path(versions[-1]).parent
    raise ClusterUnavailable("PostgreSQL's initdb is not installed (apt-get install -y postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class TempCluster:
    url: str = ""
    _dir: Path | None = None
    _bin: Path | None = None
    _as_user: list[str] = field(default_factory=list)

    def start(self, *, durable: bool = False) -> TempCluster:
        """Start the cluster. ``durable=False`` turns fsync off: fine for tests, not for benchmarks."""
        self._bin = _bin_dir()
        owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise ClusterUnavailable("running as root and there is no postgres user to run initdb as") from exc
            runuser = shutil.which("runuser")
            if runuser is None:
                raise ClusterUnavailable("running as root and runuser is missing")
            self._as_user = [runuser, "-u", "postgres", "--"]
        self._dir = Path(tempfile.mkdtemp(prefix="newsledger-pg-"))
        if owner is not None:
            os.chown(self._dir, owner.pw_uid, owner.pw_gid)
        data, port = self._dir / "data", _free_port()
        self._run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")
        settings = [f"-p {port}", "-c listen_addresses=127.0.0.1", f"-c unix_socket_directories={self._dir}",
                    "-c max_connections=300"]
        if not durable:
            settings += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run("pg_ctl", "-D", str(data), "-l", str(self._dir / "server.log"), "-w", "-t", "60",
                  "-o", " ".join(settings), "start")
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        return self

    def _run(self, program: str, *args: str) -> None:
        assert self._bin is not None
        result = subprocess.run([*self._as_user, str(self._bin / program), *args], capture_output=True, text=True,
                                timeout=120, check=False)
        if result.returncode != 0:
            log = self._dir / "server.log" if self._dir else None
            tail = log.read_text(errors="replace")[-1500:] if log and log.exists() else ""
            raise ClusterUnavailable(f"{program} failed: {result.stderr.strip()[-1500:]} {tail}".strip())

    def stop(self) -> None:
        if self._dir is None:
            return
        try:
            if self.url:
                self._run("pg_ctl", "-D", str(self._dir / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


def database_url(server_url: str, name: str) -> str:
    base, _, _ = server_url.rpartition("/")
    return f"{base}/{name}"


def create_database(server_url: str) -> str:
    """A new empty database on the server; returns its URL."""
    import psycopg

    name = "nl_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as conn:
        try:
            # FILE_COPY (PostgreSQL 15+) is several times faster than the default for tiny databases.
            conn.execute(f'CREATE DATABASE "{name}" STRATEGY FILE_COPY')
        except psycopg.errors.SyntaxError:
            conn.execute(f'CREATE DATABASE "{name}"')
    return database_url(server_url, name)


def drop_database(server_url: str, url: str) -> None:
    import psycopg

    name = url.rpartition("/")[2]
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
