"""Reading TimeML and MEANTIME links for events, and scoring our events' dates and roles against them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsledger.errors import EvaluationError
from newsledger.evaluate.common import date_part
from newsledger.evaluate.event_anchors import (
    GoldArticle,
    GoldEvent,
    Scores,
    load_meantime_events,
    load_tbaq_events,
)
from newsledger.evaluate.event_where_when import AnchorRow, _same_date, read_rows
from newsledger.evaluate.event_where_when import Scores as OwnScores
from newsledger.records import Article, ArticleRecord, Event, EventPlace, EventTime, SpanRef

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" functionInDocument="CREATION_TIME">08/08/1998\
</TIMEX3></DCT>
<TEXT>Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> on \
<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>. \
Rescuers <EVENT eid="e2" class="OCCURRENCE">searched</EVENT> the rubble. \
Officials <EVENT eid="e3" class="REPORTING">said</EVENT> so.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0" />
</TimeML>
"""

MEANTIME = """<?xml version="1.0" encoding="UTF-8"?>
<Document doc_name="x" doc_id="1" lang="en">
<token t_id="1" sentence="0" number="0">Title</token>
<token t_id="2" sentence="1" number="0">June 1, 2009</token>
<token t_id="3" sentence="2" number="0">Ford</token>
<token t_id="4" sentence="2" number="1">sued</token>
<token t_id="5" sentence="2" number="2">GM</token>
<token t_id="6" sentence="2" number="3">in</token>
<token t_id="7" sentence="2" number="4">Detroit</token>
<token t_id="8" sentence="2" number="5">.</token>
<Markables>
<TIMEX3 m_id="20" type="DATE" value="2009-06-01" functionInDocument="CREATION_TIME"><token_anchor t_id="2"/></TIMEX3>
<EVENT_MENTION m_id="10" pred="sue"><token_anchor t_id="4"/></EVENT_MENTION>
<ENTITY_MENTION m_id="11"><token_anchor t_id="3"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="12"><token_anchor t_id="5"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="13"><token_anchor t_id="7"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="14"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY m_id="30" ent_type="ORG"/>
</Markables>
<Relations>
<TLINK r_id="1" reltype="IS_INCLUDED"><source m_id="10"/><target m_id="20"/></TLINK>
<HAS_PARTICIPANT r_id="2" sem_role="Arg0"><source m_id="10"/><target m_id="11"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="3" sem_role="Arg1"><source m_id="10"/><target m_id="12"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="4" sem_role="Argm-LOC"><source m_id="10"/><target m_id="13"/></HAS_PARTICIPANT>
<REFERS_TO r_id="5"><source m_id="11"/><source m_id="14"/><target m_id="30"/></REFERS_TO>
</Relations>
</Document>
"""


def test_tbaq_anchors_from_both_sides_of_a_link(tmp_path: Path) -> None:
    path = tmp_path / "X1.tml"
    path.write_text(TML, encoding="utf-8")
    gold = load_tbaq_events(path)
    assert gold.published == date(1998, 8, 8)
    exploded, searched, said = gold.events
    assert gold.text[exploded.start:exploded.end] == "exploded"
    assert exploded.anchors == ("1998-08-07",) and exploded.stated == ("1998-08-07",)
    assert searched.anchors == ("1998-08-08",) and searched.stated == ()  # the creation time: not stated
    assert said.anchors == ()  # BEFORE the creation time dates nothing


def test_meantime_roles_reach_every_mention_of_the_entity(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text(MEANTIME, encoding="utf-8")
    gold = load_meantime_events(path)
    (sued,) = gold.events
    assert gold.text[sued.start:sued.end] == "sued" and sued.anchors == ("2009-06-01",)
    actors = sorted(gold.text[s:e] for s, e in sued.role_spans({"Arg0"}))
    assert actors == ["Ford", "Title"]  # "Title" refers to the same entity here
    assert [gold.text[s:e] for s, e in sued.role_spans({"Argm-LOC"})] == ["Detroit"]


def _event(trigger: tuple[int, int], time: EventTime | None, actor: SpanRef | None = None,
           place: EventPlace | None = None) -> Event:
    return Event(id="v1", type="COERCE", mode=None, acled=None, trigger=trigger, actor=actor, target=None,
                 time=time, place=place, negated=False, modality="asserted", source=None)


def test_scores_count_right_wrong_and_missed_dates() -> None:
    text = "Bombs exploded on Friday. Rescuers searched."
    gold = GoldArticle("a", text, date(1998, 8, 8), (
        GoldEvent(6, 14, anchors=("1998-08-07",), stated=("1998-08-07",),
                  roles=(("Arg0", ((0, 5),)), ("Argm-LOC", ((18, 24),)))),
        GoldEvent(35, 43, anchors=("1998-08-07",), stated=("1998-08-07",)),
    ))
    events = (
        _event((6, 14), EventTime("1998-08-07", "Friday"), actor=SpanRef(0, 5, "Bombs")),
        _event((35, 43), EventTime("1998-08-08", "(publication date)")),
    )
    scores = Scores()
    scores.add(gold, ArticleRecord(article=Article(id="a", text=text), events=events))
    assert (scores.matched, scores.anchored, scores.time_right, scores.stated_missed) == (2, 2, 1, 1)
    assert scores.actor.tp == 1 and scores.place.fn == 1 and scores.target.tp + scores.target.fn == 0
    assert any(line.startswith("MISSED DATE") for line in scores.errors)


def test_date_part() -> None:
    assert date_part("1998-08-07TMO") == "1998-08-07"
    assert date_part("1998-W32-WE") == "1998-W32"
    assert date_part("PAST_REF") is None


def test_event_dates_and_places_floor(shared_data, pipeline) -> None:  # type: ignore[no-untyped-def]
    from newsledger.evaluate.event_anchors import evaluate

    report = evaluate(shared_data / "temporal" / "TBAQ-cleaned", split="test", pipeline=pipeline)
    assert report.metrics["tbaq.anchored"] >= 100, report.format()
    # TimeML anchors an event to times our rules leave to the clause they belong to (docs/quality/events.md)
    assert report.metrics["tbaq.date_right"] >= 0.66, report.format()  # measured 0.689
    assert report.metrics["tbaq.stated_precision"] >= 0.79  # measured 0.820
    # our own blind passages, labelled as the issue defines an event's place and date
    assert report.metrics["own.date_right"] >= 0.81  # measured 0.846 (0.852 before the thirteenth pass)
    assert report.metrics["own.date_precision"] >= 0.93  # measured 0.956 (0.963)
    assert report.metrics["own.place_right"] >= 0.76  # measured 0.789 (0.759 before the thirty-fifth pass)
    assert report.metrics["own.place_precision"] >= 0.91  # measured 0.945 (0.943)


def _row_file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "rows.tsv"
    path.write_text("published\ttext\tplace\tdate\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_own_passages_are_read_with_the_marked_trigger(tmp_path: Path) -> None:
    (row,) = read_rows(_row_file(tmp_path, "2023-03-11\tPolice [[arrested]] 12 in Lagos on Friday.\tLagos\t2023-03-10"))
    assert row.text == "Police arrested 12 in Lagos on Friday."
    assert row.text[row.trigger[0]:row.trigger[1]] == "arrested" and row.date == "2023-03-10"


@pytest.mark.parametrize(("row", "problem"), [
    ("2023-03-11\tPolice arrested 12.\t\t", "one [[trigger]]"),
    ("2023-03-11\tPolice [[arrested]] 12.\tLagos\t", "not in the text"),
    ("2023-03-11\tPolice [[arrested]] 12.\t\tlast Friday", "YYYY-MM-DD"),
    ("11/03/2023\tPolice [[arrested]] 12.\t\t", "publication date"),
    ("2023-03-11\tPolice [[arrested]] 12.", "4 tab-separated cells"),
])
def test_bad_own_passages_name_the_line(tmp_path: Path, row: str, problem: str) -> None:
    with pytest.raises(EvaluationError, match=re.escape(problem)) as caught:
        read_rows(_row_file(tmp_path, row))
    assert "line 2" in str(caught.value)


def test_own_place_and_date_scores() -> None:
    text = "KYIV - Troops shelled Avdiivka on Tuesday, officials said."
    row = AnchorRow(date(2023, 3, 11), text, (14, 21), "Avdiivka", "2023-03-07")
    right = _event((14, 21), EventTime("2023-03-07", "Tuesday"), place=EventPlace(22, 30, "Avdiivka", None))
    dateline = _event((14, 21), EventTime("2023-03-11", "(publication date)"), place=EventPlace(0, 4, "KYIV", None))
    scores = OwnScores()
    for event in (right, dateline):
        scores.add(row, ArticleRecord(article=Article(id="a", text=text), events=(event,)))
    assert (scores.found, scores.place_right, scores.date_right) == (2, 1, 1)
    assert (scores.place.tp, scores.place.fp, scores.place.fn) == (1, 1, 1)
    assert (scores.date.tp, scores.date.fp, scores.date.fn) == (1, 0, 1)  # the publication date claims nothing


@pytest.mark.parametrize(("ours", "gold", "weekend", "right"), [
    ("2019-01-28", "2019-01-28", False, True),
    ("2019-W04", "2019-01", False, True),  # 21-27 January
    ("2019-W05", "2019-01", False, False),  # 28 January - 3 February
    ("2019-W05", "2019-02", True, True),  # its weekend is 2-3 February
    ("2019-W05", "2019-01", True, False),
    (None, "2019-01", False, False),
])
def test_same_date(ours: str | None, gold: str, weekend: bool, right: bool) -> None:
    assert _same_date(ours, gold, weekend=weekend) is right
