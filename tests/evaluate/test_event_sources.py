"""Who says so: scoring events told in someone's words against PolNeAR-style attributions, and the gate."""

from __future__ import annotations

from newsledger.evaluate.event_sources import Scores, attributions_around
from newsledger.evaluate.quotes import Attribution, GoldDoc
from newsledger.records import Article, ArticleRecord, Event, Quote, SpanRef

TEXT = "The experts said Wagner executed recruits, according to EuropePress. Police arrested two men."


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _event(trigger: str, source: str | None, modality: str) -> Event:
    return Event(id="v1", type="ASSAULT", mode=None, acled=None, trigger=_span(trigger), actor=None, target=None,
                 time=None, place=None, negated=False, modality=modality, source=source)


INNER = Attribution(content=(_span("Wagner executed recruits"),), source=(_span("The experts"),), cue=(_span("said"),))
OUTER = Attribution(content=((0, _span("recruits")[1]),), source=(_span("EuropePress"),),
                    cue=(_span("according to"),))
GOLD = GoldDoc("d", TEXT, [INNER, OUTER])


def _quote(speaker: str, via: str | None) -> Quote:
    vias = (SpanRef(*_span(via), via),) if via else ()
    return Quote("q1", "indirect", _span("Wagner executed recruits"), _span("said"),
                 SpanRef(*_span(speaker), speaker), vias, _span(speaker))


def test_innermost_attribution_first() -> None:
    assert attributions_around(_span("executed")[0], GOLD.attributions) == [INNER, OUTER]
    assert attributions_around(_span("arrested")[0], GOLD.attributions) == []


def test_source_right() -> None:
    record = ArticleRecord(article=Article(id="d", text=TEXT), quotes=(_quote("The experts", "EuropePress"),),
                           events=(_event("executed", "q1", "reported"), _event("arrested", None, "asserted")))
    scores = Scores()
    scores.add(GOLD, record)
    assert (scores.attributed.tp, scores.attributed.fp, scores.attributed.fn) == (1, 0, 0)
    assert (scores.source_right, scores.source_total) == (1, 1)
    assert scores.errors == []


def test_wrong_source_and_false_attribution() -> None:
    record = ArticleRecord(article=Article(id="d", text=TEXT), quotes=(_quote("Police", None),),
                           events=(_event("executed", "q1", "reported"), _event("arrested", None, "reported")))
    scores = Scores()
    scores.add(GOLD, record)
    assert (scores.attributed.tp, scores.attributed.fp, scores.attributed.fn) == (1, 1, 0)
    assert (scores.source_right, scores.source_total) == (0, 1)
    assert [e.split(":")[0] for e in scores.errors] == ["SOURCE ours 'Police' gold 'The experts'",
                                                        "FALSE attribution"]


def test_an_attributed_event_told_as_asserted_is_missed() -> None:
    record = ArticleRecord(article=Article(id="d", text=TEXT), events=(_event("executed", None, "asserted"),))
    scores = Scores()
    scores.add(GOLD, record)
    assert (scores.attributed.tp, scores.attributed.fn, scores.source_right, scores.source_total) == (0, 1, 0, 1)


def test_event_sources_floor(shared_data, pipeline) -> None:  # type: ignore[no-untyped-def]
    """Quality gate on PolNeAR dev/ (our test split, never read for errors)."""
    from newsledger.evaluate.event_sources import evaluate

    report = evaluate(shared_data / "attribution" / "polnear", split="test", pipeline=pipeline)
    assert report.metrics["sources.attributed_precision"] >= 0.86, report.format()  # measured 0.884
    assert report.metrics["sources.attributed_recall"] >= 0.77  # measured 0.795
    assert report.metrics["sources.source_right"] >= 0.60  # measured 0.623
