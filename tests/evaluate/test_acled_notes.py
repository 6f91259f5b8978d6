"""Scoring the extractor against ACLED's own coding of its notes: exports read in any column case, a note told in
two exports scored once, each wrongly typed note listed, and bad exports named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsledger import Pipeline
from newsledger.errors import EvaluationError
from newsledger.evaluate.acled_note_anchors import date_written
from newsledger.evaluate.acled_notes import evaluate, read_notes

HEADER = "event_id_cnty,event_date,EVENT_TYPE,SUB_EVENT_TYPE,country,NOTES\n"
ROWS = [
    'X1,2022-12-27,Violence against civilians,Attack,Benin,"On 27 December 2022, gunmen shot dead a farmer in '
    'Kalale (Kalale, Borgou)."\n',
    'X2,2022-12-20,Protests,Peaceful protest,Benin,"On 20 December 2022, hundreds of teachers marched in Cotonou '
    'to demand the payment of their salaries."\n',
    # ACLED's coders call this a battle; the note names no second side, so the extractor gives an attack
    'X3,2022-11-30,Battles,Armed clash,Benin,"On 30 November 2022, militants attacked a village in Karimama."\n',
]


def _export(folder: Path, name: str, rows: list[str]) -> Path:
    path = folder / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_notes_are_scored_against_acleds_sub_types(tmp_path: Path, pipeline: Pipeline) -> None:
    _export(tmp_path, "a.csv", ROWS)
    _export(tmp_path, "b.csv", ROWS[:1])  # the same note in a second export
    errors: list[str] = []
    report = evaluate(tmp_path, pipeline=pipeline, errors=errors)
    assert "3 items, 3 with a gold type" in report.format()
    assert report.metrics["acled_notes.accuracy"] == pytest.approx(2 / 3)
    assert errors == ["WRONG gold=Armed clash ours=Attack [a.csv] :: On 30 November 2022, militants attacked a "
                      "village in Karimama."]


def test_actor_types_are_read_as_codes_or_names_and_scored(tmp_path: Path, pipeline: Pipeline) -> None:
    """Older exports give inter1/inter2 as codes, newer ones as names with inter2 only inside the interaction."""
    old = _export(tmp_path, "old.csv", [])
    old.write_text("sub_event_type,inter1,inter2,country,notes\n"
                   'Attack,3,7,Benin,"On 27 December 2022, gunmen shot dead a farmer in Kalale."\n'
                   'Attack,1,7,Benin,"On 28 December 2022, unidentified men shot dead a trader in Kalale."\n',
                   encoding="utf-8")
    new = tmp_path / "new.csv"
    new.write_text("sub_event_type,inter1,interaction,country,notes\n"
                   'Mob violence,Rioters,Rioters-Civilians,Bangladesh,"On 3 May 2023, villagers beat a man to death '
                   'in Barisal."\n'
                   'Peaceful protest,Protesters,Protesters only,Bangladesh,"On 4 May 2023, teachers protested in '
                   'Dhaka."\n', encoding="utf-8")
    notes = {n.note[:15]: (n.inter1, n.inter2, n.country) for n in read_notes(tmp_path)}
    assert notes == {"On 27 December ": (3, 7, "BJ"), "On 28 December ": (1, 7, "BJ"),
                     "On 3 May 2023, ": (5, 7, "BD"), "On 4 May 2023, ": (6, 0, "BD")}
    errors: list[str] = []
    report = evaluate(old, pipeline=pipeline, errors=errors)
    # "unidentified men" are the codebook's unidentified armed group, not the state forces ACLED coded here
    assert report.metrics["acled_notes.interaction_accuracy"] == pytest.approx(1 / 2)
    assert [e.split(" actor1")[0] for e in errors] == ["SIDES gold=1,7 ours=3,7 Attack"]


def test_a_limit_takes_the_notes_first_in_hash_order(tmp_path: Path, pipeline: Pipeline) -> None:
    path = _export(tmp_path, "a.csv", ROWS)
    first = min(read_notes(path), key=lambda n: n.key)
    report = evaluate(path, limit=1, pipeline=pipeline)
    assert f"{first.sub_event_type} (n=1)" in report.format()
    assert report.format() == evaluate(path, limit=1, pipeline=pipeline).format()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("event_date,notes\n2022-12-27,something\n", "needs the columns sub_event_type"),
        ("", "needs the columns notes, sub_event_type"),
    ],
)
def test_a_bad_export_is_named(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "export.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=rf"export\.csv: .*{message}"):
        read_notes(path)


def test_a_folder_without_exports_and_no_path_are_errors(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match=r"no \.csv file"):
        read_notes(tmp_path)
    with pytest.raises(EvaluationError, match="needs PATH"):
        evaluate(None)


def test_place_date_and_fatalities_are_scored_against_acleds_coding(tmp_path: Path, pipeline: Pipeline) -> None:
    """The export's location, date and fatalities columns, against the note's main event."""
    path = tmp_path / "anchors.csv"
    path.write_text(
        "sub_event_type,event_date,location,latitude,longitude,fatalities,notes\n"
        # right place (by name), date and count
        'Attack,27 December 2022,Kalale,10.2928,3.3822,1,"On 27 December 2022, gunmen shot dead a farmer in '
        'Kalale (Kalale, Borgou)."\n'
        # ACLED coded another place and two dead; the note names one town and no figure
        'Attack,28-Dec-22,Segbana,10.9278,3.6947,2,"On 28 December 2022, gunmen attacked a farmer in Kandi."\n'
        # no date written out: the date is not scored
        'Peaceful protest,2022-12-20,Cotonou,6.3654,2.4183,0,"Teachers marched in Cotonou to demand their pay."\n',
        encoding="utf-8")
    errors: list[str] = []
    report = evaluate(path, pipeline=pipeline, errors=errors)
    text = report.format()
    assert "place right (name, or within 25 km) 0.667 (2/3)" in text
    assert "date right, notes that write it out 1.000 (2/2)" in text
    assert "fatalities right 0.667 (2/3)" in text
    assert report.metrics["acled_notes.place_accuracy"] == pytest.approx(2 / 3)
    assert [e.split(" ::")[0] for e in errors if not e.startswith("WRONG")] == [
        "PLACE gold=Segbana ours=Kandi", "FATALITIES gold=2 ours=None"]


@pytest.mark.parametrize(("note", "written"), [
    ("On 27 December 2022, gunmen shot dead a farmer.", True),
    ("On December 27, 2022, gunmen shot dead a farmer.", True),
    ("On December 27, gunmen shot dead a farmer.", False),
    ("Gunmen shot dead a farmer on 27 December 2021.", False),
])
def test_a_date_is_scored_only_where_the_note_writes_it_out(note: str, written: bool) -> None:
    assert date_written(note, date(2022, 12, 27)) is written
