"""A run killed mid-batch leaves the ledger intact and a re-run finishes the job."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import SAMPLE

N = 24


def make_batch(path: Path) -> None:
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n\n")[2:]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            body = "\n\n".join(paragraphs[i % len(paragraphs):] + paragraphs[: i % len(paragraphs)])
            fh.write(json.dumps({"id": f"a{i}", "text": f"Report {i}.\n\n{body}", "published": "2023-03-11"}) + "\n")


def count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def ingest(db: Path, batch: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEWSLEDGER_BATCH_SIZE": "1"}
    return subprocess.Popen([sys.executable, "-m", "newsledger.cli", "--db", str(db), "ingest", str(batch)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_kill_mid_batch_then_resume(tmp_path: Path) -> None:
    batch, db = tmp_path / "batch.jsonl", tmp_path / "ledger.db"
    make_batch(batch)
    proc = ingest(db, batch)
    deadline = time.monotonic() + 120
    while count(db) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = count(db)
    assert 3 <= stored < N, "the run should have been killed mid-batch"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for rowid, record in conn.execute("SELECT rowid, record FROM articles"):
            entities = conn.execute("SELECT count(*) FROM entities WHERE article_rowid = ?", (rowid,)).fetchone()[0]
            assert entities == len(json.loads(record)["entities"])  # no half-written article

    resumed = ingest(db, batch)
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err.decode()
    assert f"{N - stored} stored, {stored} duplicates skipped" in err.decode()
    assert count(db) == N
    with sqlite3.connect(db) as conn:
        linked = conn.execute("SELECT count(*) FROM article_stories").fetchone()[0]
    assert linked == N, "every article, including the one killed mid-way, joins the cross-document layer"
