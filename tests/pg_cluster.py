"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl as a non-root user,
listening only on a Unix socket in a temporary directory."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
from pathlib import Path

import psycopg

MIGRATED_TEMPLATE = "migrated_template"
"""A database at the newest schema, made once per cluster by the ``pg_cluster`` fixture;
``new_database(name, template=MIGRATED_TEMPLATE)`` copies it."""


def _bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not candidates:
        raise RuntimeError(
            "PostgreSQL server binaries (pg_ctl, initdb) are not installed; "
            "install the Debian package 'postgresql' (.ci/run does)."
        )
    return Path(candidates[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresCluster:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.data = base / "data"
        self.sock = base / "sock"
        self.port = _free_port()
        self.bin = _bin_dir()
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(
            command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120
        )

    def start(self) -> None:
        self.sock.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            for path in (self.base, self.sock):
                os.chown(path, entry.pw_uid, entry.pw_gid)
            os.chmod(self.base, 0o755)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            self.user,
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-p {self.port} -k {self.sock} -c listen_addresses='' -c fsync=off "
            "-c full_page_writes=off -c synchronous_commit=off"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.data / "server.log"),
            "start",
        )

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.sock}&port={self.port}"

    def new_database(self, name: str, template: str | None = None) -> str:
        """An empty database, or a copy of ``template`` (a database nobody is connected to)."""
        copy_of = f' TEMPLATE "{template}" STRATEGY WAL_LOG' if template else ""
        with psycopg.connect(
            host=str(self.sock), port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"{copy_of}')
        return self.url(name)
