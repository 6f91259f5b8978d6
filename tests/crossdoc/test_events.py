from datetime import date

import pytest

from newsledger.crossdoc.events import EventMention, clause_stems, is_cessation, match, value_interval

D = date(2023, 3, 10)


def mention(**kw) -> EventMention:  # type: ignore[no-untyped-def]
    base = {"key": "ASSAULT", "first": D, "last": D, "timed": True, "actor": "E1", "target": "E2"}
    return EventMention(**{**base, **kw})


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (mention(), mention(), True),  # same actor, target and day
        (mention(), mention(key="PROTEST"), False),
        (mention(), mention(actor="E9"), False),  # conflicting actor
        (mention(), mention(first=date(2023, 3, 20), last=date(2023, 3, 20)), False),  # other day
        (mention(target=None), mention(target=None, timed=False), False),  # only the actor in common
        (mention(target=None, quantities=frozenset({42.0})), mention(target=None, quantities=frozenset({42.0}),
                                                                      timed=False), True),
        (mention(country="RU"), mention(country="UA"), False),
        (mention(target=None, timed=False, stems=frozenset({"priso"})),
         mention(target=None, timed=False, stems=frozenset({"priso"})), True),
        # "the United States and France accused Russia" / "France accused Russia": one side in common.
        (mention(actor="E1", co_actors=frozenset({"E3"})), mention(actor="E3"), True),
        (mention(actor="E1", co_actors=frozenset({"E3"})), mention(actor="E4", co_actors=frozenset({"E5"})), False),
        (mention(target="E2", co_targets=frozenset({"E6"})), mention(target="E6"), True),
    ],
)
def test_same_event(a: EventMention, b: EventMention, same: bool) -> None:
    assert bool(match(a, b)) is same
    assert bool(match(b, a)) is same


@pytest.mark.parametrize(
    ("text", "stopped"),
    [
        ("recruitment from prisons had ended, apparently", True),
        ("recruitment has stopped", True),
        ("recruitment was suspended in May", True),
        ("recruitment of prisoners in Russian jails", False),
        ("recruitment continued", False),
    ],
)
def test_cessation(text: str, stopped: bool) -> None:
    assert is_cessation(text, len("recruitment"), len(text)) is stopped


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2023-03-10", (date(2023, 3, 10), date(2023, 3, 10))),
        ("2023-02", (date(2023, 2, 1), date(2023, 2, 28))),
        ("2024-12", (date(2024, 12, 1), date(2024, 12, 31))),
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("P1M", None),
        ("2023-W10", None),
        (None, None),
    ],
)
def test_value_interval(value: str | None, interval: tuple[date, date] | None) -> None:
    assert value_interval(value) == interval


def test_clause_stems_skip_names_and_stopwords() -> None:
    text = "UN experts warned of the recruitment of prisoners in Russian jails by the Wagner Group."
    start = text.index("recruitment")
    stems = clause_stems(text, start, start + len("recruitment"))
    assert {"priso", "jails", "recru"} <= stems
    assert "wagne" not in stems and "the" not in stems
