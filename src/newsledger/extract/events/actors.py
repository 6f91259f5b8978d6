"""Rules that find the actor of an event when the trigger's own subject, "by" agent or possessive does
not name it.

The subject a verb shares with the verb it hangs from ("prepared to resume shelling"), the doer of
what is done in protest ("staged a sit-in in protest at the tax"), the agent of a participle that
describes an event noun ("the demonstration staged by students"), the party acting through a thing
a participle describes ("the PKK issued a declaration demanding ..."), and the first side of a
reciprocal act ("talks between Israel and Syria").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events.blame import blamed_for
from newsledger.extract.events.found import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    _child,
    _Found,
    _held_responsible,
    _is_in_protest,
    _is_passive,
    _light_verb,
    _prep_object,
)
from newsledger.extract.events.parties import _is_party, _party_inside
from newsledger.extract.events.targets import CONTROL_VERBS

# Acts two sides do together ("talks between X and Y", "clashes between X and Y").
RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})
# Armed or enforcing bodies that, as the first half of a compound, do the act the head names: "police
# firing", "army shelling", "militant attack", "mob violence". Victims ("prisoner abuse") are not listed.
AGENT_COMPOUNDS = frozenset({"police", "army", "military", "troop", "troops", "soldier", "force", "forces",
                             "security", "militant", "rebel", "insurgent", "terrorist", "guerrilla", "militia",
                             "mob", "gunman", "paramilitary", "navy", "jihadist"})
# Verbs of armed force whose gerund names the act ("police firing", "army shelling").
FIRING_VERBS = frozenset({"fire", "shell", "shoot", "bomb", "attack", "raid"})
# Acts of force someone may be killed or hurt in ("killed in police firing", "died in an army operation").
VIOLENT_ACT_NOUNS = frozenset({"firing", "shooting", "shelling", "bombing", "attack", "raid", "crackdown", "gunfire",
                               "action", "encounter", "operation", "beating", "torture", "assault", "lathicharge",
                               "lathi-charge", "bullet", "bullets"})
# Prepositions that name what an act was done by or in ("killed in police firing", "died under torture").
CAUSE_PREPS = frozenset({"in", "by", "during", "from", "under", "after", "to", "following"})


# Verbs whose object, not subject, would do what the infinitive after them names ("urged Iran to release").
# The verbs of command (targets.CONTROL_VERBS) count only for acts not imposed on the one commanded
# (see ``_inherited_subject``).
OBJECT_CONTROL_VERBS = frozenset({"ask", "urge", "press", "pressure", "push", "tell", "persuade",
                                  "encourage", "invite", "advise", "beg", "implore", "exhort", "lobby", "allow",
                                  "permit", "authorize", "authorise", "empower", "help", "enable", "prompt",
                                  "lead", "inspire", "provoke", "spur", "drive"})
# ... and those whose addressee comes with "on" ("called on the UN to provide aid").
APPEALING_VERBS = frozenset({"call", "appeal", "prevail"})
# Explosives a vehicle or a person runs into ("their vehicle hit a landmine", "stepped on a mine").
LAID_EXPLOSIVES = frozenset({"mine", "landmine", "ied", "device", "explosive", "explosives", "bomb"})
RUNNING_INTO_VERBS = frozenset({"hit", "strike", "trigger", "step", "drive", "run"})
# Weapons and violent acts that stand as the subject of a killing or a hit ("Israeli air strikes killed
# 20 people", "clashes between rival militias left 12 dead"): the party behind them is the actor.
ATTACKING_THINGS = VIOLENT_ACT_NOUNS | frozenset({"strike", "airstrike", "air-strike", "missile", "rocket", "shell",
                                                  "bomb", "drone", "clash", "fighting", "violence", "barrage"})


def _behind_the_weapon(actor: Token) -> Token:
    """The party named inside a weapon or act that is the subject ("Israeli air strikes" -> Israeli), else
    the subject itself."""
    if actor.lemma_.lower() not in ATTACKING_THINGS and actor.lower_.removesuffix("s") not in ATTACKING_THINGS:
        return actor
    return _party_inside(actor) or actor


def _compound_agent(tok: Token) -> Token | None:
    """"police firing", "army shelling": the armed body a compound puts before an act noun does it."""
    return next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1
                 and c.lemma_.lower() in AGENT_COMPOUNDS), None)


def _cause_doer(f: _Found, by_token: dict[int, _Found]) -> Token | None:
    """Whoever did the act a passive one was done in or by: "six people were killed in police firing",
    "one person was killed when the police fired on the crowd". The act may hang on the passive coordinated with
    this one ("2 policemen were killed and 3 were wounded following attacks by Taliban militants")."""
    tok = f.token
    return _cause_doer_of(tok, by_token) or next(
        (doer for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"
         and (doer := _cause_doer_of(c, by_token)) is not None), None)


def _cause_doer_of(tok: Token, by_token: dict[int, _Found]) -> Token | None:
    for c in tok.children:
        # "following an ambush" is tagged now a preposition, now a verb
        if (c.dep_ == "prep" and c.lower_ in CAUSE_PREPS) or (c.lower_ == "following" and c.tag_ == "VBG"):
            for g in (g for g in c.children if g.dep_ == "pobj"):
                cause = by_token.get(g.i)
                if cause is not None and cause.sense.type == "ASSAULT" and cause.actor is not None:
                    return cause.actor
                if g.lower_ in VIOLENT_ACT_NOUNS or g.lemma_.lower() in VIOLENT_ACT_NOUNS:
                    # "killed in police firing", "killed in firing by militants": an act merged into this
                    # one (``drop_nested_duplicates``) or one the lexicon does not take alone.
                    doer = _prep_object(g, ("by",)) or _compound_agent(g)
                    if doer is not None:
                        return doer
                if g.lemma_.lower() in AGENT_COMPOUNDS and any(
                        a.dep_ == "acl" and a.tag_ == "VBG" and a.lemma_.lower() in FIRING_VERBS and a.i == g.i + 1
                        for a in g.children):
                    return g  # "killed in police firing", which the parser reads as police (that are) firing
        if c.dep_ == "advcl" and c.i in by_token and any(m.dep_ == "advmod" and m.lower_ == "when"
                                                        for m in c.children):
            cause = by_token[c.i]
            if cause.sense.type == "ASSAULT" and cause.actor is not None and not cause.passive:
                return cause.actor
    return None


def _protest_clause_actor(f: _Found) -> Token | None:
    """"workers staged a sit-in in protest at the tax": whoever does what is done in protest protests."""
    if not _is_in_protest(f.token):
        return None
    clause = f.token.head.head
    verb = _light_verb(clause) if clause.pos_ != "VERB" else clause
    if verb is None and clause.dep_ in OBJECT_DEPS and clause.head.pos_ == "VERB":
        verb = clause.head
    if verb is None or _is_passive(verb):
        return None
    subject = _child(verb, SUBJECT_DEPS) or _inherited_subject(verb)
    while subject is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":
        # "parents kept their kids from taking the exams in protest of testing": up to the clause with a subject
        verb = verb.head.head
        if _is_passive(verb):
            return None
        subject = _child(verb, SUBJECT_DEPS) or _inherited_subject(verb)
    return subject


def _first_side_between(noun: Token) -> Token | None:
    """"talks between Israel and Syria", "clashes between police and protesters": both sides act, so the
    PLOVER manual ("Compound and Reciprocal Actors") makes them all actors and names no recipient; an
    event holds one actor, the first side."""
    first = _prep_object(noun, ("between",))
    sides = first is not None and (_child(first, ("conj",)) is not None or first.tag_ in ("NNS", "NNPS"))
    return first if sides else None  # "between Israel and Syria", "between rival militias"


def _staged_by(noun: Token) -> Token | None:
    """"the demonstration staged by students", "an attack carried out by rebels": the agent of a participle
    that describes the event noun is its actor."""
    for participle in noun.children:
        if participle.dep_ == "acl" and participle.tag_ == "VBN":
            agent = _prep_object(participle, ("by",))
            if agent is not None:
                return agent
    return None


def _author_of(noun: Token) -> Token:
    """Who acts through a noun a participle describes: the party itself ("protesters demanding"), the one
    who issued the thing ("the PKK issued a declaration demanding ..."), or its author named inside it."""
    if _is_party(noun):
        return noun
    light = _light_verb(noun)
    if light is not None:
        issuer = _child(light, SUBJECT_DEPS) or _inherited_subject(light)
        if issuer is not None:
            return issuer
    # "rejected a UN resolution condemning ...": the author named in the thing, not who rejects it.
    return _party_inside(noun) or noun


def _inherited_subject(tok: Token, commanded: bool = False) -> Token | None:
    """The subject a verb shares with the verb it hangs from ("prepared to resume shelling"); the one
    asked or, with ``commanded``, ordered to act ("ordered the rebels to surrender") when it hangs from
    such a verb. Commanded acts that are imposed on the commanded ("forced the newspaper to suspend
    publication") are the commander's, so callers pass ``commanded`` only for other acts."""
    current = tok
    for _ in range(3):
        if current.dep_ not in ("xcomp", "conj", "advcl") or current.head == current:
            return None
        head = current.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and current.dep_ == "xcomp":
            # "France is ready to contribute", "Syria is willing to withdraw".
            current, head = head, head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        if _is_passive(head) and current.dep_ == "xcomp":
            return None
        lemma = head.lemma_.lower()
        control = OBJECT_CONTROL_VERBS | CONTROL_VERBS if commanded else OBJECT_CONTROL_VERBS
        if current.dep_ == "xcomp" and lemma in control | APPEALING_VERBS:
            # "pressed the authorities to investigate", "called on the UN to provide aid": the one pressed
            # or called on would act, not the presser.
            addressed = _child(head, ("dobj", "dative")) if lemma in control else \
                _prep_object(head, ("on", "upon"))
            if addressed is not None:
                return addressed
        if _ran_into_explosive(head):
            return None  # "hit an explosive device, wounding three peacekeepers": the convoy did not wound them
        subject = _child(head, SUBJECT_DEPS)
        if subject is not None:
            return subject
        current = head
    return None


def _held_to_have_done(tok: Token) -> Token | None:
    """Whom an accusation, a charge or a conviction holds to have done the act: "accused the army of bombing"
    (the army), "blamed police for killing two protesters" (police), "a man accused of stealing" (the man)."""
    held = _held_responsible(tok)
    return held[1] if held is not None and held[1] is not None else blamed_for(tok)


def _ran_into_explosive(tok: Token) -> bool:
    """ "their vehicle hit a landmine", "the convoy struck a roadside bomb", "a soldier stepped on a mine": the
    subject is who the explosive hit."""
    if tok.pos_ != "VERB":
        # the explosive named as the event ("stepped on a landmine"), through its preposition
        if tok.lemma_.lower() not in LAID_EXPLOSIVES or tok.dep_ != "pobj" or tok.head.lower_ != "on":
            return False
        tok = tok.head.head
        return tok.lemma_.lower() in RUNNING_INTO_VERBS
    if tok.lemma_.lower() not in RUNNING_INTO_VERBS or _is_passive(tok):
        return False
    hit = _child(tok, ("dobj",)) or _prep_object(tok, ("on", "over"))
    return hit is not None and hit.lemma_.lower() in LAID_EXPLOSIVES and _child(tok, SUBJECT_DEPS) is not None
