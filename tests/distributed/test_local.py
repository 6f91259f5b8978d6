"""The local engine: Parquet tables per record kind, the manifest, the ledger, the run command."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.config import Options
from newsledger.distributed import TABLES, run
from newsledger.distributed.sample import Page, news_page, write_warc
from newsledger.distributed.stages import input_key
from newsledger.distributed.tables import read_table
from newsledger.errors import ConfigError, NewsledgerError
from newsledger.records import record_from_json
from newsledger.store import open_store

FAST = Options(extractors=("entities", "times"))


@pytest.fixture(scope="module")
def written(crawl: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    run([str(crawl)], out=out, options=FAST)
    return out


def test_tables_hold_every_record(written: Path) -> None:
    articles = read_table(written, "articles")
    assert len(articles) >= 2
    for row in articles:
        record = json.loads(row["record"])
        assert record_from_json(record).to_json() == record
        assert row["date"] == (record["published"] or "unknown")
        entities = [e for e in read_table(written, "entities") if e["article_id"] == row["article_id"]]
        assert len(entities) == len(record["entities"])
        mentions = [m for m in read_table(written, "mentions") if m["article_id"] == row["article_id"]]
        assert all(record["text"][m["start"]:m["end"]] == m["text"] for m in mentions)
        assert len(mentions) == sum(len(e["mentions"]) for e in record["entities"])
    times = read_table(written, "times")
    assert times and all(t["interval"] is None or len(json.loads(t["interval"])) == 2 for t in times)
    assert {f["reason"] for f in read_table(written, "failures")} == {"language", "content-type"}
    assert {p.name.split("=")[0] for p in (written / "articles").iterdir()} == {"date"}


def test_restarted_run_skips_done_inputs_and_redoes_unfinished_ones(crawl: Path, tmp_path: Path) -> None:
    other = write_warc(tmp_path / "other.warc.gz", [Page("https://example.org/a", news_page(
        "Court jails activist", ["A court in Minsk jailed an activist for five years on Friday, her lawyer said."],
        "2023-03-10"))])
    out = tmp_path / "out"
    first = run([str(crawl)], out=out, options=FAST)
    # A part file left by a run killed while doing ``other`` must not survive as a duplicate.
    stale = out / "articles" / "date=2023-03-10" / f"{input_key(str(other))}-0000000-0.parquet"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes((out / "articles").glob("date=*/*.parquet").__next__().read_bytes())
    second = run([str(crawl), str(other)], out=out, options=FAST)
    assert (first.inputs, second.inputs, second.inputs_skipped) == (1, 1, 1)
    assert second.items == 1 and second.extracted == 1
    ids = [row["article_id"] for row in read_table(out, "articles")]
    assert len(ids) == len(set(ids)) == first.extracted + 1
    manifest = [json.loads(line) for line in (out / "_manifest.jsonl").read_text().splitlines()]
    assert [m["input"] for m in manifest] == [str(crawl), str(other)]


def test_ledger_output(crawl: Path, tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    report = run([str(crawl)], db=db, options=FAST)
    assert report.stored == report.extracted >= 2
    with open_store(db) as store:
        assert store.counts()["articles"] == report.stored
        assert {f.reason for f in store.failures()} == {"language", "content-type"}
    assert run([str(crawl)], db=db, options=FAST).inputs_skipped == 1


def test_run_command(crawl: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", str(crawl), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "failed: 2 (content-type: 1, language: 1)" in result.output
    assert "throughput" in result.output
    assert all((tmp_path / "out" / t).is_dir() for t in TABLES)
    missing = CliRunner().invoke(cli, ["run", str(crawl)])
    assert missing.exit_code == 2 and "--out DIR" in missing.output


def test_bad_settings(crawl: Path) -> None:
    with pytest.raises(ConfigError, match="--out"):
        run([str(crawl)])
    with pytest.raises(ConfigError, match="unknown engine"):
        run([str(crawl)], out="x", engine="spark")


def test_ray_engine_without_ray_names_the_extra(crawl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(NewsledgerError, match=r'pip install "newsledger\[distributed\]"'):
        run([str(crawl)], out=tmp_path / "out", engine="ray")


def test_cli_engines_match_the_engine_module() -> None:
    from newsledger.cli.run import ENGINES as CLI_ENGINES
    from newsledger.distributed import ENGINES

    assert CLI_ENGINES == ENGINES
