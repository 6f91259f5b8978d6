"""Condemnation by a label: "described the sanctions as illegal", "branded the president a dictator", "called the
sanctions an act of economic aggression" are disapproval (CAMEO 111, PLOVER ACCUSE); "described the report as
baseless" rejects what it labels (PLOVER REJECT).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events.found import _child, _negated, _prep_object

LABELLING_VERBS = frozenset({"describe", "call", "brand", "label", "term", "dub", "characterise", "characterize"})
WRONG_LABELS = frozenset({"illegal", "illegitimate", "unlawful", "unacceptable", "shameful", "disgraceful",
                          "outrageous", "criminal", "barbaric", "irresponsible", "provocative", "provocation",
                          "unjust", "racist", "fascist", "dictator", "terrorist", "traitor", "liar", "farce", "sham",
                          "aggression", "hypocrisy", "hypocritical", "reckless", "deplorable", "despicable", "heinous",
                          "atrocious", "abhorrent", "blackmail", "piracy", "robbery", "theft", "interference",
                          "hostile", "inhumane", "cowardly", "scandalous", "genocidal", "murderer", "thug", "thugs",
                          "thief", "killer", "butcher", "tyrant", "puppet", "crook", "terrorism", "violation",
                          "betrayal", "crime", "atrocity", "insult", "affront", "disgrace", "travesty", "mockery",
                          "breach", "flagrant", "blatant", "meddling", "vandalism", "barbarism", "barbarity",
                          "banditry"})
# Disapproval rallied rather than labelled: opposition rallied against a party or its plan (CAMEO 113), "sought
# to rally opposition to the trade pact".
RALLYING_VERBS = frozenset({"rally", "mobilize", "mobilise", "galvanize", "galvanise", "whip", "stir"})
OPPOSING_NOUNS = frozenset({"opposition", "resistance", "hostility"})
DENIAL_LABELS = frozenset({"baseless", "unfounded", "groundless", "absurd", "false", "fabricated", "lie", "lies",
                           "nonsense", "fiction", "fake", "slander", "fabrication"})


def label_type(verb: Token) -> str | None:
    """ "ACCUSE" when ``verb`` labels something a wrong, "REJECT" when it labels a claim false, else None."""
    if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "acl") or _negated(verb):
        return None  # "what it called interference", "an alliance called Hayat Tahrir al-Sham": no new act
    if verb.lemma_.lower() not in LABELLING_VERBS:
        # (Statements that something is wrong, "said the resolution was shameful", were tried: in political news
        # half of them were no accusation, "one in four said the party was hostile to Latinos".)
        return None
    labelled = _child(verb, ("dobj", "dative"))
    if labelled is not None and labelled.tag_ in ("WDT", "WP"):
        return None  # "rebuked Washington for what it called interference": the rebuke is the act
    labels = _labels_given(verb)
    words = {w.lemma_.lower() for label in labels for w in (label, *_inner_words(label)) if w.pos_ != "PROPN"}
    if not DENIAL_LABELS.isdisjoint(words):
        return "REJECT"
    return "ACCUSE" if not WRONG_LABELS.isdisjoint(words) else None


def _labels_given(verb: Token) -> list[Token]:
    """What ``verb`` calls its object: "as illegal", the second object ("a dictator"), an "oprd" complement."""
    labels = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")
              or (c.dep_ == "advcl" and any(g.lower_ == "as" for g in c.children))]  # "as baseless", read as a clause
    if _child(verb, ("dative",)) is not None:
        labels += [c for c in verb.children if c.dep_ == "dobj"]  # "branded the governor a thief"
    labelled = _child(verb, ("dobj", "dative"))
    if labelled is not None:
        labels += [c for c in labelled.children if c.dep_ in ("appos", "amod") and c.i > labelled.i]
    as_what = _prep_object(verb, ("as",)) or (_prep_object(labelled, ("as",)) if labelled is not None else None)
    if as_what is not None:
        labels.append(as_what)  # "described the arms embargo as a betrayal", the "as" hung on either
    labels += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
               if g.dep_ in ("amod", "acomp")]  # "as illegal", hung on "as"
    return labels


def _inner_words(label: Token) -> list[Token]:
    """ "an act of economic aggression": the word the label's head is of, and the label's adjectives."""
    inner = _prep_object(label, ("of",))
    return [inner, *(c for c in label.children if c.dep_ == "amod")] if inner is not None else \
        [c for c in label.children if c.dep_ == "amod"]
