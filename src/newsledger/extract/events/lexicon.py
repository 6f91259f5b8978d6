"""The event trigger lexicon: which words name which PLOVER event, under which condition.

The lexicon is a small hand-written table (``triggers.tsv`` beside this module): one row a
lemma, part of speech, PLOVER type and mode, and an optional condition on the trigger's
arguments or modifiers. Conditions keep ambiguous verbs honest: "fire" is an assault only with
shots, rockets or protesters as its object; "call" is a request only as "call on" / "call for"; "enter" is
an assault only when troops enter a city ("subj=@armed obj=@gpe|city|...": several conditions, all must hold).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsledger.errors import NewsledgerError

LEXICON_FILE = "triggers.tsv"
DERIVED_FILE = "petrarch_verbs.tsv"  # written by build_lexicon.py
CONDITION_KINDS = ("obj", "prep", "mod", "nomod", "subj")


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word: its PLOVER type and mode, and when it applies."""

    type: str
    mode: str | None
    condition: str | None = None  # one of CONDITION_KINDS
    words: frozenset[str] = frozenset()
    also: tuple[tuple[str, frozenset[str]], ...] = ()  # further conditions of the row, all of which must hold

    def holds(self, args: Collection[str], preps: Collection[str], mods: Collection[str],
              subjects: Collection[str] = ()) -> bool:
        if self.condition is None:
            return True
        words = {"obj": args, "prep": preps, "mod": mods, "subj": subjects}
        return all(_holds(kind, wanted, words) for kind, wanted in ((self.condition, self.words), *self.also))


def _holds(kind: str, wanted: frozenset[str], words: dict[str, Collection[str]]) -> bool:
    if kind == "nomod":
        return wanted.isdisjoint(words["mod"]) and wanted.isdisjoint(words["obj"])
    return not wanted.isdisjoint(words[kind])


Lexicon = dict[tuple[str, str], tuple[Sense, ...]]


def parse_lexicon(lines: Iterable[str]) -> Lexicon:
    """Read the TSV rows; conditioned senses of a word come before its plain sense."""
    table: dict[tuple[str, str], list[Sense]] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) not in (4, 5) or cells[1] not in ("V", "N"):
            raise NewsledgerError(f"{LEXICON_FILE} line {number}: expected lemma, V|N, type, mode[, condition]")
        lemma, pos, type_, mode = cells[:4]
        conditions: list[tuple[str, frozenset[str]]] = []
        for part in cells[4].split() if len(cells) == 5 else ():
            kind, _, values = part.partition("=")
            if kind not in CONDITION_KINDS or not values:
                raise NewsledgerError(f"{LEXICON_FILE} line {number}: bad condition {part!r}")
            conditions.append((kind, frozenset(values.split("|"))))
        first = conditions[0] if conditions else (None, frozenset())
        sense = Sense(type_, None if mode == "-" else mode, first[0], first[1], tuple(conditions[1:]))
        table.setdefault((lemma, pos), []).append(sense)
    return {key: tuple(sorted(senses, key=lambda s: s.condition is None)) for key, senses in table.items()}


@cache
def load_lexicon(widen: bool = False) -> Lexicon:
    """The hand lexicon, widened (when ``widen``) by the verbs derived from PETRARCH2 (measured and
    not used by default: see docs/quality/events.md); a hand-listed word keeps only its own senses."""
    files = resources.files(__package__)
    table = parse_lexicon(files.joinpath(LEXICON_FILE).read_text(encoding="utf-8").splitlines())
    if widen:
        derived = parse_lexicon(files.joinpath(DERIVED_FILE).read_text(encoding="utf-8").splitlines())
        table = {**derived, **table}
    return table
