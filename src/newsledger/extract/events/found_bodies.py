"""Bodies found with the marks of a killing: "a man was found dead in Colonia Buena Vista. The victim had his hands
tied", "the bodies of two civilians with gunshot wounds were found on the road".

Where nobody saw the killing, the discovery of the body is the only telling of it. ACLED records such a body as an
attack by unidentified men. Someone found dead with no mark of violence (a singer in a hotel room) may have died of
anything, so the marks are required, in the sentence or in the one after it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.extract.events.found import sentence_lemmas

FINDING_VERBS = frozenset({"find", "discover", "recover", "dump", "abandon", "retrieve"})
BODY_NOUNS = frozenset({"body", "corpse", "remains", "head", "skeleton", "cadaver"})
DEAD_WORDS = frozenset({"dead", "murdered", "killed", "lifeless", "slain", "executed", "beheaded", "decapitated"})
# Marks of a killing on a body or around it (lemmas).
KILLING_MARKS = frozenset({"gunshot", "bullet", "firearm", "torture", "behead", "decapitate", "dismember", "mutilate",
                           "strangle", "stab", "blindfold", "execute", "execution", "kill", "murder", "violence",
                           "tie", "bind", "gag", "muzzle", "bag", "slit", "hack", "machete", "shoot"})
KILLING_VERBS = frozenset({"kill", "shoot", "murder", "execute", "behead", "stab", "strangle", "assassinate",
                           "slaughter", "lynch", "hack"})
# Words that make a death an accident or an illness, whatever else is said.
MISHAP_WORDS = frozenset({"drown", "drowning", "overdose", "accident", "crash", "illness", "suicide", "hang",
                          "heart", "natural", "fall", "flood", "collapse"})


def found_killed(verb: Token) -> Token | None:
    """Who was found killed, when ``verb`` tells a body found with the marks of a killing; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FINDING_VERBS:
        return None
    found = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if found is None:
        return None
    noun = found.lemma_.lower()
    dead = any(c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "amod") and c.lower_ in DEAD_WORDS
               for c in verb.children) or any(c.lower_ in DEAD_WORDS for c in found.children)
    if noun not in BODY_NOUNS and not dead:
        return None
    if noun not in BODY_NOUNS and found.pos_ not in ("NOUN", "PROPN"):
        return None  # "it was found dead": whatever "it" was
    if any(t.pos_ == "VERB" and t.lemma_.lower() in KILLING_VERBS for t in verb.sent):
        return None  # "the corpse of a villager shot dead was found": the killing is told by its own verb
    after = _next_sentence(verb.sent)
    marks = sentence_lemmas(verb.sent) | (sentence_lemmas(after) if after is not None else frozenset())
    if KILLING_MARKS.isdisjoint(marks) or not MISHAP_WORDS.isdisjoint(marks):
        return None
    return found


def _next_sentence(sent: Span) -> Span | None:
    return sent.doc[sent.end].sent if sent.end < len(sent.doc) else None
