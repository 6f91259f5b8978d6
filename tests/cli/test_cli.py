"""The CLI end to end, in a subprocess-free way (click's runner) except where a real process matters."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.schema import validate_article
from tests.conftest import SAMPLE


@pytest.fixture
def run(location: str, pipeline):  # type: ignore[no-untyped-def]
    """Runs the CLI on a fresh ledger, once on each backend."""
    from newsledger.cli.common import CLIState

    def invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
        state = CLIState(db=location)
        state._pipeline = pipeline  # the session's model, loaded once
        return CliRunner().invoke(cli, ["--db", location, *args], obj=state, input=input)

    return invoke


def test_extract_sample_json_matches_the_schema(run) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", str(SAMPLE))
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    validate_article(obj)
    assert obj["published"] == "2023-03-11"
    assert obj["author"] == "Sarah Newton-John"
    assert obj["id"] == SAMPLE.stem
    assert "Shutterstock" not in obj["text"]


def test_extract_jsonl_echoes_ids_in_order(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": f"Text {i} about Gaza.", "published": "2023-01-02"})
                             for i in ("z", "a", "m")) + "\n")
    result = run("extract", str(src), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["z", "a", "m"]


def test_extract_stdin_with_published(run) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", "-", "--published", "2023-03-11", input="Police arrested 12 people in Minsk.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["published"] == "2023-03-11"


def test_extract_bad_input_reports_and_goes_on(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", str(tmp_path / "empty.txt"), str(SAMPLE), "--format", "jsonl")
    assert result.exit_code == 1
    assert "empty.txt: the file is empty" in result.stderr
    assert json.loads(result.stdout)["id"] == SAMPLE.stem


def test_extract_bad_published_option(run) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", str(SAMPLE), "--published", "11/03/2023")
    assert result.exit_code == 2
    assert "unparseable date" in result.output


def test_table_format(run) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", str(SAMPLE), "--format", "table")
    assert "PERSON  Yevgeny Prigozhin" in result.stdout


def test_ingest_search_show_export(run) -> None:  # type: ignore[no-untyped-def]
    first = run("ingest", str(SAMPLE))
    assert "1 stored" in first.stderr
    again = run("ingest", str(SAMPLE))
    assert "0 stored, 1 duplicates skipped" in again.stderr
    hits = run("search", "recruitment centres", "--json")
    assert json.loads(hits.stdout.splitlines()[0])["article_id"] == SAMPLE.stem
    shown = run("show", SAMPLE.stem, "--format", "json")
    exported = run("export", "--format", "jsonl")
    extracted = run("extract", str(SAMPLE))
    assert json.loads(shown.stdout) == json.loads(exported.stdout) == json.loads(extracted.stdout)


def test_search_syntax_error_is_clear(run) -> None:  # type: ignore[no-untyped-def]
    run("ingest", str(SAMPLE))
    result = run("search", '"Wagner')
    assert result.exit_code != 0
    assert "cannot search for" in str(result.exception) + result.output


def test_help_explains_commands(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--help")
    for command in ("extract", "ingest", "search", "show", "export", "eval", "bench"):
        assert command in result.output


@pytest.mark.parametrize("kind", ["places", "events", "times"])
def test_eval_reads_the_shared_data_when_no_path_is_given(run, shared_data, kind: str) -> None:  # type: ignore[no-untyped-def]
    """``--help`` promises PATH defaults to the gold data under ../shared/data."""
    result = run("eval", kind, "--split", "test", "--limit", "1")
    assert result.exit_code == 0, result.output + repr(result.exception)
    assert "split test" in result.output
