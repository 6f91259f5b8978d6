"""An event's quantities: the counts of its own clause, each with the noun it counts ("42 Russian cities",
"3000 troops"), and the figures of its harm statements ("killing six civilians and wounding 20")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsledger.extract.events.dating import _carrier
from newsledger.extract.events.figures import MULTIPLIERS, VAGUE_PLURALS, child_with, of_number, read_number
from newsledger.extract.events.harm import Statement, figure_token
from newsledger.nlp.text import doc_slice
from newsledger.records import Quantity

NUMBER_ENT_TYPES = frozenset({"", "CARDINAL", "QUANTITY"})
# Distances and spans of time are not counts of what an event involves ("30 km north of Ramadi").
MEASURES = frozenset({"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
                      "metre", "meter", "feet", "yards", "hours", "minutes", "days", "weeks", "months", "years",
                      "percent", "per", "cent"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "xcomp", "conj", "acl", "csubj", "pcomp"})


def quantities(tok: Token, statements: Sequence[Statement] = ()) -> tuple[Quantity, ...]:
    """Counts in the event's own clause (a noun's: its carrier's, "opened recruitment centres in 42 cities")
    and its participles ("..., setting fire to 30 houses"), each with the noun it counts, and the figures of
    its harm statements ("killing six civilians and wounding 20": 20 civilians); nearest first, at most six."""
    holder = tok if tok.pos_ in ("VERB", "AUX") else (_carrier(tok) or tok)
    region = {t.i: t for t in _own_clause(holder)}
    participles = [c for c in holder.children
                   if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and not any(m.dep_ == "mark" for m in c.children)]
    participles += [g for c in participles for g in c.children if g.dep_ == "conj" and g.tag_ == "VBG"]
    for c in participles:  # "killing 11 villagers and setting fire to 30 houses"
        region.update((t.i, t) for t in _own_clause(c))
    victims = [v for s in statements for v in (s.victims, *s.more) if v is not None]
    for v in victims:
        region.update((t.i, t) for t in v.subtree)
    kind = _antecedent(victims)
    out: dict[int, Quantity] = {}
    for t in sorted(region.values(), key=lambda t: t.i):
        value = _quantity_value(t)
        if value is None:
            continue
        counted = _counted_noun(t)
        if counted is None and t in victims:
            counted = t  # "wounding 20", "3 dead": the people of the event's other figures
        if counted is None:
            continue
        start, end = min(t.idx, counted.idx), max(t.idx + len(t.text), counted.idx + len(counted.text))
        unit = kind if counted == t or counted.lower_ in ("others", "more") else counted.lower_
        out[start] = Quantity(start, end, doc_slice(tok.doc, start, end), value, unit)
    for s in statements:
        figure = s.victims
        if s.toll and figure is not None and figure.idx not in out and read_number(figure_token(figure)) is not None:
            out[figure.idx] = Quantity(figure.idx, figure.idx + len(figure.text), figure.text, float(s.value), kind)
    return tuple(sorted(out.values(), key=lambda q: abs(q.start - tok.idx))[:6])


def _antecedent(victims: Sequence[Token]) -> str:
    """The noun that figures with none of their own count: "killing six civilians and wounding 20"."""
    for v in sorted(victims, key=lambda t: t.i):
        if v.pos_ in ("NOUN", "PROPN") and v.lower_ not in ("others", "more", "people") and read_number(v) is None:
            return v.lower_
    return "people"


def _own_clause(clause: Token) -> list[Token]:
    """The clause's tokens without the clauses embedded in it."""
    out: list[Token] = []
    stack = [clause]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS or c.pos_ not in ("VERB", "AUX"))
    return out


def _quantity_value(t: Token) -> float | None:
    if t.ent_type_ not in NUMBER_ENT_TYPES or _in_compound_word(t):
        return None  # "a five-storey block", "an 8-year-old son", "the 12-member delegation"
    if (t.head.lower_ in MULTIPLIERS and t.head != t) or (t.dep_ == "pobj" and t.head.head.lower_ in VAGUE_PLURALS):
        return None  # "two [dozen]", "tens of [thousands]": the outer word carries the figure
    if t.lower_ in VAGUE_PLURALS and t.pos_ in ("NOUN", "NUM"):
        if t.dep_ == "quantmod" and t.head.lower_ in VAGUE_PLURALS:
            return None  # "[Tens] of thousands", parsed as a modifier of "thousands"
        inner = of_number(t)
        outer = next((read_number(c) for c in t.children if c.dep_ == "quantmod" and c.lower_ in VAGUE_PLURALS), 1)
        return (read_number(t) or 0) * (outer or 1) * (inner if inner is not None and _is_vague(t, inner) else 1)
    if t.lower_ in MULTIPLIERS:
        return read_number(t)  # "a dozen policemen", "two dozen people"
    if t.dep_ not in ("nummod", "dobj", "nsubj", "nsubjpass", "pobj", "quantmod", "compound", "conj", "npadvmod") \
            or not t.like_num:
        return None
    return read_number(t)


def _is_vague(t: Token, inner: float) -> bool:
    of = next(c for c in t.children if c.dep_ == "prep" and c.lower_ == "of")
    return any(g.lower_ in VAGUE_PLURALS for g in of.children) and inner > 1


def _in_compound_word(t: Token) -> bool:
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    return nxt is not None and nxt.text == "-" and not nxt.whitespace_ and not t.whitespace_


def _counted_noun(t: Token) -> Token | None:
    if t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN") and t.head.lower_ not in MULTIPLIERS:
        return None if t.head.lower_ in MEASURES else t.head
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        obj = child_with(of, ("pobj",))
        if obj is not None and obj.lower_ in VAGUE_PLURALS:
            return _counted_noun(obj)  # "tens of thousands of Ukrainians"
        if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
            return obj
    if t.lower_ in MULTIPLIERS and t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    return None
