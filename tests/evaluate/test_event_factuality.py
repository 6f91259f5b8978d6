"""Whether events happened: reading MEANTIME's factuality, scoring it, and the gate."""

from __future__ import annotations

from pathlib import Path

from newsledger.evaluate.event_factuality import GoldArticle, GoldMention, Scores, _ours, load_meantime

WORDS = ["Rebels", "will", "not", "attack", "the", "town", "."]


def _meantime(tmp_path: Path, polarity: str, certainty: str, time: str) -> Path:
    tokens = "\n".join(f'<token number="{n}" sentence="0" t_id="{n + 1}">{w}</token>' for n, w in enumerate(WORDS))
    path = tmp_path / "1_rebels.xml"
    path.write_text(
        f'<?xml version="1.0" ?><Document doc_id="1" doc_name="1_rebels" lang="en">\n{tokens}\n<Markables>\n'
        f'<EVENT_MENTION certainty="{certainty}" m_id="1" polarity="{polarity}" pos="VERB" pred="attack" '
        f'time="{time}"><token_anchor t_id="4"/></EVENT_MENTION>\n'
        '<TIMEX3 functionInDocument="CREATION_TIME" m_id="2" type="DATE" value="2023-03-11"/>\n'
        "</Markables>\n<Relations/>\n</Document>\n",
        encoding="utf-8",
    )
    return path


def test_meantime_attributes_are_read(tmp_path: Path) -> None:
    gold = load_meantime(_meantime(tmp_path, "NEG", "CERTAIN", "FUTURE"))
    assert gold.text == "Rebels will not attack the town."
    (mention,) = gold.mentions
    assert gold.text[mention.start:mention.end] == "attack"
    assert (mention.negated, mention.future, mention.uncertain, mention.not_fact) == (True, True, False, True)


def test_an_unspecified_attribute_is_not_scored(tmp_path: Path) -> None:
    (mention,) = load_meantime(_meantime(tmp_path, "POS", "UNDERSPECIFIED", "NON_FUTURE")).mentions
    assert (mention.negated, mention.uncertain, mention.not_fact) == (False, None, None)
    scores = Scores()
    scores.add(GoldArticle("d", "x", None, (mention,)), mention, _ours(False, "hypothetical"), (0, 1))
    assert scores.prf["uncertain"].tp + scores.prf["uncertain"].fp + scores.prf["uncertain"].fn == 0
    assert scores.prf["not_fact"].tp + scores.prf["not_fact"].fp + scores.prf["not_fact"].fn == 0


def test_scoring_each_attribute() -> None:
    planned = GoldMention(0, 6, negated=False, future=True, uncertain=False)
    article = GoldArticle("d", "attack", None, (planned,))
    scores = Scores()
    scores.add(article, planned, _ours(True, "future"), (0, 6))
    assert (scores.prf["future"].tp, scores.prf["negated"].fp, scores.prf["not_fact"].tp) == (1, 1, 1)
    assert scores.errors == ["WRONG NEGATED: d …[[attack]]…"]
    scores.add(article, planned, _ours(False, "asserted"), (0, 6))
    assert (scores.prf["future"].fn, scores.prf["not_fact"].fn) == (1, 1)


def test_event_factuality_floor(shared_data, pipeline) -> None:  # type: ignore[no-untyped-def]
    """Quality gate on the test split of MEANTIME and TimeBank (never read for errors)."""
    from newsledger.evaluate.event_factuality import evaluate

    report = evaluate(shared_data / "temporal", split="test", pipeline=pipeline)
    floors = {  # measured 2026-11-27 (eleventh pass, last round): 0.665, 0.714, 0.576, 0.879
        "meantime.words.not_fact_f1": 0.64, "meantime.words.negated_f1": 0.66, "meantime.words.future_f1": 0.55,
        "timebank.words.negated_f1": 0.85,
    }
    for key, floor in floors.items():
        assert report.metrics[key] >= floor, f"{key} {report.metrics[key]:.3f} fell below {floor}\n{report.format()}"
