"""Fire that a monitor counted: "the SMM observed a total of 38 projectiles/shots in both directions of the
frontline near Serhiivka", "residents heard 15 explosions near the airport".

Ceasefire monitors report violations as counts of explosions, projectiles, shots and bursts of fire, often with
nobody named as firing. Each count is an exchange across a front line. ACLED codes them by what was fired and
between whom: fire in both directions, or small arms, is an armed clash; explosions, projectiles and heavy weapons
fired one way are shelling, not the roadside bomb a lone "explosion" usually is.
"""

from __future__ import annotations

from spacy.tokens import Token

# What a monitor counts: lemmas, and the words a slash list ("projectiles/explosions") leaves whole.
FIRE_COUNT_NOUNS = frozenset({"explosion", "projectile", "shot", "burst"})
MONITORING_VERBS = frozenset({"observe", "record", "register", "hear", "count", "log", "document", "note"})
# Nouns of a partitive count: "a total of 38 projectiles", "a number of explosions", "a series of blasts".
COUNT_NOUNS = frozenset({"total", "number", "series", "dozens", "hundreds", "scores"})
LIST_DEPS = frozenset({"nmod", "conj", "appos", "compound"})

# Heavy weapons a count of shots or bursts may name ("7 bursts of fire involving heavy machineguns").
HEAVY_WEAPON_WORDS = frozenset({"heavy", "cannon", "cannons", "mortar", "mortars", "agl", "artillery", "howitzer",
                                "howitzers", "tank", "tanks", "ifv", "ifvs", "bmp", "mlrs"})
BLAST_COUNT_NOUNS = frozenset({"explosion", "projectile"})
GUN_NOUNS = frozenset({"gunfire", "gunshot", "shooting", "firing", "shootout"})

# Cue words ``weapon_markers`` adds: counted fire a monitor observed (and whether it counts blasts), fire both
# ways across a line.
OBSERVED_FIRE = "observed-fire"
OBSERVED_BLASTS = "observed-blasts"
OBSERVED_GUNFIRE = "observed-gunfire"
TWO_WAY_FIRE = "two-way-fire"


def _fire_words(tok: Token) -> set[str]:
    """The fire nouns a token names, a slash list's whole ("projectiles/shots") included."""
    words = {tok.lemma_.lower(), *tok.lower_.split("/")}
    return {w[:-1] if w.endswith("s") else w for w in words} & FIRE_COUNT_NOUNS


def _list_head(tok: Token) -> Token:
    """The head of the list of fire nouns ``tok`` belongs to ("projectiles" in "projectiles/shots" hangs on
    "shots")."""
    head = tok
    while head.dep_ in LIST_DEPS and head.head.i != head.i and _fire_words(head.head):
        head = head.head
    return head


def _monitored(head: Token) -> bool:
    """The noun is what a monitor observed, recorded or heard, directly or through "a total of"."""
    noun = head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COUNT_NOUNS:
        noun = noun.head.head
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.lemma_.lower() in MONITORING_VERBS


def observed_fire(tok: Token) -> bool:
    """``tok`` heads a count of fire a monitor observed ("observed a total of 7 bursts of fire"; not "heard an
    explosion", which is one blast)."""
    return tok.tag_ == "NNS" and bool(_fire_words(tok)) and _list_head(tok).i == tok.i and _monitored(tok) and (
        not _into_the_air(tok))


def _into_the_air(tok: Token) -> bool:
    """ "heard shots being fired in the air": warning shots, at nobody."""
    return any(t.lower_ == "air" and t.head.lower_ in ("in", "into", "to") for t in tok.subtree)


def observed_fire_markers(tok: Token) -> set[str]:
    """The cue words observed fire headed by ``tok`` adds: that it was observed, and whether it counts blasts."""
    if not observed_fire(tok):
        return set()
    markers = {OBSERVED_FIRE}
    listed = [t for t in tok.subtree if _list_head(t).i == tok.i and _fire_words(t)]
    if any(_fire_words(t) & BLAST_COUNT_NOUNS for t in listed):
        markers.add(OBSERVED_BLASTS)
    if any(c.dep_ == "conj" and c.lemma_.lower() in GUN_NOUNS for c in tok.children):
        markers.add(OBSERVED_GUNFIRE)  # "explosions and gunfire were heard": a fight, not shelling
    return markers


def inside_observed_fire(tok: Token) -> bool:
    """``tok`` is a fire noun listed under another that heads observed fire ("projectiles" in
    "projectiles/explosions/shots"): one count, one event."""
    if not _fire_words(tok):
        return False  # (asked of every token: the cheap test first)
    head = _list_head(tok)
    return head.i != tok.i and observed_fire(head)


def two_way_fire(tok: Token) -> bool:
    """ "in both directions (of the frontline)": fire exchanged across a line."""
    return tok.lemma_.lower() == "direction" and any(c.lower_ == "both" for c in tok.children)
