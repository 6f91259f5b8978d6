"""Everyday senses of event words: when a word the lexicon lists names no political event.

Most news is not about conflict, and the words of conflict have everyday senses there: a company
"demonstrated" its new phone, a patient is "fighting cancer", "demand for diesel engines" fell, a
spokesman "refused to comment" or "requested anonymity", a suspect "pleaded not guilty", a group is
"called" something, senators "agree" that a crime was horrific, oil prices "retreated", a team
"surrendered a lead" or "was beaten 3-2", a film "bombed". ``everyday_sense`` tells these from the
political senses by the words around the trigger, so a ledger fed ordinary news is not filled with
events nobody reported. Deaths in accidents and at the hands of nature are ``triggers.non_agent_cause``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events.acled_words import REFLEXIVES
from newsledger.extract.events.everyday_words import (
    ABSTRACT_DAMAGE,
    ACTS_DEMANDED,
    AILMENT_ATTACKS,
    ALLYING_WORDS,
    ANONYMITY_ASKERS,
    ARMED_GROUP_WORDS,
    ARMED_SUBJECTS,
    CAMPAIGN_CUES,
    CAMPAIGN_VOICES,
    CHAMPIONED,
    CIVIL_CAMPS,
    COLLECTIVES,
    COMBAT_NOUNS,
    CONTESTS,
    CONTROLLED_THINGS,
    COUNT_BEFORE,
    DEBATES,
    DISAPPEARANCE_CUES,
    DOCUMENT_NOUNS,
    ELECTORAL_WINS,
    EVERYDAY_STAKES,
    FIGHTING_VERBS,
    FIXTURES,
    FLOODING_VERBS,
    FORCE_CUES,
    GAZES,
    GOING_ON,
    GRIEVANCE_NOUNS,
    HARMING_VERBS,
    HOME_STORES,
    INDEX_NAMES,
    LEISURE_PLACES,
    LIVESTOCK,
    MARKET_CHANGES,
    MARKET_CUES,
    MARKET_MODIFIERS,
    MARKET_OBJECTS,
    MARKET_TYPES,
    MARKET_VERBS,
    MARKET_WORDS,
    MERGING_TRIGGERS,
    MESSAGES,
    MILITARY_MODIFIERS,
    MILITARY_SITES,
    MONEY_WORDS,
    MONTHS,
    NOTIONS,
    OPINION_HOLDERS,
    OPINION_NOUNS,
    OPINION_PRONOUNS,
    ORGANS_AND_MACHINES,
    PARDONED_BIRDS,
    PERFORMERS,
    PERMITTING,
    PLEAS,
    POLL_SUBJECTS,
    PRIZES,
    PROBLEMS,
    RECRUITS,
    REFUSING_VERBS,
    RIVALS,
    SAYING_VERBS,
    SCATHING_WORDS,
    SCORE,
    SCORED,
    SPORT_CUES,
    SPORT_PHRASES,
    SPORT_TYPES,
    SPORT_VETO,
    TRADED_ASSETS,
    UNIT_AFTER,
    WEATHER_WORDS,
    WINNING_VERBS,
    WORKS,
)
from newsledger.extract.events.found import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SPATIAL_WORDS,
    nearby_lemmas,
    sentence_forms,
    sentence_lemmas,
    word_forms,
)
from newsledger.extract.events.lexicon import Sense
from newsledger.extract.events.parties import PARTITIVE_NOUNS, _is_party, _is_person
from newsledger.extract.events.usage import label_or_figure
from newsledger.nlp.text import doc_slice
from newsledger.nlp.words import MODALS


def everyday_sense(tok: Token, lemma: str, pos: str, sense: Sense) -> bool:
    """True when the trigger ``tok`` (lemma, part of speech "V" or "N", the sense the lexicon gave it) is
    used in an everyday sense that names no event."""
    children = list(tok.children)
    if label_or_figure(tok, lemma, pos, sense):
        return True
    if pos == "V":
        if lemma in FIGHTING_VERBS and sense.type in ("ASSAULT", "THREATEN") and _fights_no_one(tok, children):
            return True
        if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in children):
            return True  # "demonstrated its foldable phone", "demonstrated that the plan works"
        if lemma in REFUSING_VERBS and _refuses_to_say(children):
            return True
        if lemma in ANONYMITY_ASKERS and _asks_anonymity(children):
            return True
        if lemma == "agree" and (_shares_an_opinion(children) or _agrees_in_general(children)
                                 or _opinion_of_many(children) or _agrees_in_a_word(tok, children)
                                 or _agrees_now(tok, children)):
            return True
        if lemma == "call" and sense.type in ("REQUEST", "CONSULT") and _names_or_contains(tok, children):
            return True
        if lemma == "plead" and (any(c.lower_ in PLEAS for c in tok.subtree) or not any(
                (c.dep_ == "prep" and c.lower_ in ("for", "with")) or c.dep_ in ("xcomp", "ccomp") for c in children)):
            return True  # "pleaded not guilty", "pled on the eve of trial": a plea in court, not an appeal
        if lemma == "rally" and sense.type == "PROTEST" and any(
                c.dep_ == "dobj" and not any(g.lower_ in SPATIAL_WORDS for g in c.children) for c in children):
            # "rallied supporters", "rally crowds": gathering one's own side; "rallied outside parliament" is
            # misparsed with the place as object
            return True
        if sense.type == "CONSULT" and _talks_alone(tok, lemma, children):
            return True
        if lemma == "raid" and any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in HOME_STORES for c in children):
            return True  # "raided the fridge"
        if lemma == "blame" and _to_blame(tok, children):
            return True
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ in ("place", "part") for c in children):
            return True  # "the attack took place in the village", "took part in talks in the capital": no capture
        if lemma in FLOODING_VERBS and any(g.lemma_.lower() in MESSAGES for c in children if c.dep_ in ("prep", "agent")
                                           for g in c.children if g.dep_ == "pobj"):
            return True  # "bombarded with emails from readers", "besieged by calls from salesmen"
        if lemma == "assure" and any(c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and not _is_party(c))
                                      for c in children):
            return True  # "Clinton is assured of winning at least 334 delegates"
        if lemma == "call" and sense.type == "SANCTION" and not any(c.lower_ == "off" for c in children):
            return True  # "is calling a meeting" convenes; "called off the talks" halts them
        if lemma in ("discuss", "speak", "comment") and tok.head.lemma_.lower() in PERMITTING:
            return True  # "because they were not authorized to discuss the gathering"
        if lemma == "look" and any(g.lemma_.lower() in GAZES for c in children if c.dep_ == "prep"
                                   for g in c.children if g.dep_ == "pobj"):
            return True  # "as I look into your eyes"
        if lemma == "agree" and any(c.dep_ in ("nsubj", "npadvmod") and c.lemma_.lower() in POLL_SUBJECTS
                                    for c in children):
            return True  # "48 percent agreed": a poll's answer
        if lemma in ("mobilize", "mobilise") and any(c.dep_ == "dobj" and c.lemma_.lower() in MONEY_WORDS
                                                     for c in children):
            return True  # "mobilised deposits of 2,300 crore"
        if lemma in ("seize", "capture", "grab", "snatch") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in PRIZES for c in children):
            return True  # "seize the gold medal", "captured the mood"
        if lemma in ("storm", "sweep", "romp", "cruise", "charge", "power", "blast") and any(
                g.lemma_.lower() in PRIZES or g.lemma_.lower() in FIXTURES for c in children
                if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children if g.dep_ == "pobj"):
            return True  # "stormed to the kabaddi title"
        if lemma == "shoot" and any(c.lower_ == "up" for c in children) and not any(
                c.dep_ in OBJECT_DEPS for c in children):
            return True  # "dengue cases shot up"
        if lemma == "cave" and any(c.dep_ == "nsubj" and not _is_party(c) for c in children):
            return True  # "a trench caved in"
        if lemma == "lock" and any(g.lemma_.lower() in CONTESTS for c in children if c.dep_ == "prep"
                                   and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
            return True  # "locked in a fierce battle for subscribers"
        if lemma == "confer" and any(c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and c.lemma_.lower() in CONFERRED
                                     for c in children):
            return True  # "the university conferred 438 postgraduate degrees": an award, not a consultation
        if lemma == "warn" and _warns_of_weather(children):
            return True  # "warned of dangerous bushfire conditions"
        if lemma == "pardon" and any(c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and c.ent_type_ != "GPE"
                                     and c.lower_ in PARDONED_BIRDS for c in children):
            return True  # "Obama pardoned his last turkey"
        if lemma == "sanction" and any(c.dep_ == "dobj" and not _is_party(c) for c in children):
            return True  # "the school did not sanction the event": approving it
        if lemma in ("reinforce", "strengthen", "bolster") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in NOTIONS for c in children):
            return True  # "reinforced the sense that ..."
        if lemma == "concede" and any(c.dep_ == "dobj" and c.lemma_.lower() in SCORED for c in children):
            return True  # "a defence that has conceded only eight goals"
        if lemma in ELECTORAL_WINS and sense.type in ("ASSAULT", "THREATEN") and _wins_votes(tok, children):
            return True  # "Clinton would beat Trump in a match-up"
        if lemma == "suspend" and _candidacy_ended(tok, children):
            return True  # "the Florida senator suspended his campaign": leaving a race, no concession to anyone
        if lemma == "hail" and any(c.dep_ == "prep" and c.lower_ == "from" for c in children):
            return True  # "who hails from the same state"
        if tok.lower_ == "wound" and any(c.lower_ == "up" for c in children):
            return True  # "as he wound up his speech"
        if lemma == "knife" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "jack":
            return True  # "the lorry jack-knifed"
        if sense.type in ("ASSAULT", "RETREAT", "REJECT") and _acts_on_a_thing(tok, lemma, children):
            return True
        if sense.mode == "base" and not _armed_base(tok, children):
            return True  # "protesters set up camp", "Amazon opened its new headquarters", a refugee camp
        if lemma == "take" and sense.mode == "capture" and any(
                c.dep_ == "dobj" and (c.pos_ == "PRON" or _is_person(c)) for c in children):
            return True  # "detained the academic and took him to Xinjiang": a person taken somewhere, no ground
        if lemma == "hang" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children):
            return True  # "he hanged himself": no execution
        if lemma == "end" and sense.type == "SANCTION" and not any(c.dep_ in OBJECT_DEPS for c in children):
            return True  # "the talks ended on Sunday night": no one ended them
        if lemma == "take" and sense.mode == "abduct" and not _taken_away(tok, children):
            return True  # "the painting was taken from the museum", "took the keys from her bag"
        if lemma == "enlist" and _enlists_no_recruits(tok, children):
            return True  # "enlisted the help of a lawyer", "he enlisted in the Army in 2004"
    elif _noun_in_everyday_sense(tok, lemma, sense) or _outlawed_kind(tok):
        return True
    if _forbidden_from(tok):
        return True
    if sense.type == "REQUEST" and lemma == "demand" and pos == "N" and market_demand(tok):
        return True
    if lemma == "pressure" and pos == "N" and tok.dep_ == "pobj" and tok.head.lower_ in ("under", "with"):
        return True  # "putting hospitals under heavy pressure", "coping with pressure": a strain, no one pressed
    if sense.type == "CONCEDE" and lemma == "meet" and any(
            c.dep_ in OBJECT_DEPS and c.lemma_.lower() == "demand" and market_demand(c) for c in children):
        return True
    if lemma in MERGING_TRIGGERS and sense.type == "COOPERATE" and ALLYING_WORDS.isdisjoint(sentence_lemmas(tok.sent)):
        return True  # "the merger of two banks", "formed an alliance with a rival airline"
    if lemma == "clash" and sense.type == "ASSAULT" and _clash_of_words(tok, children):
        return True
    if sense.type in SPORT_TYPES and _on_the_sports_pages(tok):
        return True
    return sense.type in MARKET_TYPES and _market_move(tok, children)


def _has_score(text: str) -> bool:
    """A score ("beaten 3-2", "took the first set 6-2"), not a range ("2-3 years") or dates ("October 19-20")."""
    for m in SCORE.finditer(text):
        after = text[m.end():m.end() + 12].lower().lstrip()
        before = text[max(0, m.start() - 10):m.start()].lower()
        counted = COUNT_BEFORE.search(text[max(0, m.start() - 14):m.start()].lower())
        if not UNIT_AFTER.match(after) and not any(month in before for month in MONTHS) and not counted:
            return True
    return False


def _on_the_sports_pages(tok: Token) -> bool:
    """ "The striker's attack on goal sealed the win", "laid siege to the visitors' goal but could not find an
    equaliser": two words only sport uses (or one and a score), and no fans, police or arms."""
    words = sentence_lemmas(tok.sent) | sentence_forms(tok.sent)
    text = tok.sent.text.lower()
    cues = len(words & SPORT_CUES) + _has_score(tok.sent.text) + sum(phrase in text for phrase in SPORT_PHRASES)
    return cues >= 2 and not words & SPORT_VETO


# Verbs that make or unmake a law about a kind of act.
OUTLAWING_VERBS = frozenset({"ban", "prohibit", "outlaw", "criminalise", "criminalize", "legalise", "legalize",
                             "decriminalise", "decriminalize", "forbid", "permit", "allow"})
FORBIDDING_VERBS = OUTLAWING_VERBS | {"bar"}  # "prohibits women from protesting", "barred from travelling"


def _outlawed_kind(tok: Token) -> bool:
    """ "Sierra Leone prohibits female genital mutilation", "the law bans public protests": a kind of act a law
    forbids or allows, bare of any article or number, is no occurrence (the ban itself may be an event)."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in OUTLAWING_VERBS and not any(
        c.dep_ in ("det", "poss", "nummod") for c in tok.children)


def _forbidden_from(tok: Token) -> bool:
    """ "Saudi Arabia prohibits women from protesting", "were barred from travelling": what people are forbidden to
    do is no occurrence."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in FORBIDDING_VERBS


def _noun_in_everyday_sense(tok: Token, lemma: str, sense: Sense) -> bool:
    """ "a demonstration of the new phone", "a Trump rally in Alabama", "heart attack patients" (where the
    parser hangs both words on "patients")."""
    if lemma == "demonstration":
        return _shows_a_thing(tok)
    if lemma == "rally":
        return sense.type == "PROTEST" and _campaign_rally(tok)
    if lemma in ("clash", "battle", "duel", "fight"):
        # "the Ranji Trophy clash between Mumbai and Baroda" ("the final battle for Mosul" is war)
        before = tok.doc[max(tok.sent.start, tok.i - 3):tok.i]
        return any(w.lemma_.lower() in SPORT_CUES for w in before)
    if lemma == "control" and sense.type == "ASSAULT":
        # "the driver must take control of the vehicle", "took control of the House": no ground taken
        preps = [p for p in (*tok.children, *tok.head.children) if p.dep_ == "prep" and p.lower_ == "of"]
        return any(g.lemma_.lower() in CONTROLLED_THINGS for p in preps for g in p.children if g.dep_ == "pobj")
    if lemma == "alert" and sense.type == "MOBILIZE":
        return not WEATHER_WORDS.isdisjoint(sentence_lemmas(tok.sent))  # "in view of the red alert" for rain
    return lemma == "attack" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in AILMENT_ATTACKS


def _fights_no_one(tok: Token, children: list[Token]) -> bool:
    """ "fought to keep the boy", "fighting cancer", "fight terrorism", "battle it out", "battling for
    market share": a struggle with no party on the other side. Armed subjects fight battles ("rebel groups
    fighting to topple Assad", "troops battling the Islamic State")."""
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        subjects.append(tok.head)
    armed = any(_armed_party(s) for s in subjects)
    fought_for = [g for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj"]
    stakes = {g.lemma_.lower() for g in fought_for}
    if stakes & (EVERYDAY_STAKES - ({"life", "survival"} if armed else set())):
        return True  # "will battle Samoa for ninth place", "firms fighting for talent"
    if armed:
        return False
    if any(g.ent_type_ == "PERSON" for g in fought_for) and not CAMPAIGN_CUES.isdisjoint(nearby_lemmas(tok)):
        return True  # "sent a 'political army' into the primary state to fight for Clinton"
    if stakes & CHAMPIONED:
        return True  # "a man who's devoted his life to fighting for others", "fighting for working people"
    if tok.tag_ == "VBG" and not subjects and any(
            c.dep_ == "dobj" and c.lemma_.lower() in GOING_ON for c in children):
        return False  # "Internet shut down as fighting spreads": the noun, misparsed as a verb with an object
    if any(c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children) for c in children):
        return True  # "relatives fought to keep the boy"
    if not any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("with", "against"))
               for c in children) and not CAMPAIGN_CUES.isdisjoint(sentence_lemmas(tok.sent)):
        return True  # "promises to continue fighting and vowing to win his home state" in a campaign
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]  # "the contest has been fought online"
    objects += [g for c in children if c.dep_ == "prep" and c.lower_ in ("against", "off")
                for g in c.children if g.dep_ == "pobj"]
    if objects:
        return not any(o.lemma_.lower() in COMBAT_NOUNS or o.lower_ in PARTITIVE_NOUNS
                       or any(_is_party(t) for t in _phrase_heads(o)) for o in objects)
    return False


def _phrase_heads(noun: Token) -> list[Token]:
    """The noun, its appositions and conjuncts, and what it is a part of ("a plague of locusts", "the Islamic
    State, file photo"), without its possessor or relative clause."""
    heads = [noun, *noun.conjuncts, *(c for c in noun.children if c.dep_ == "appos")]
    heads += [g for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return heads


def _taken_away(tok: Token, children: list[Token]) -> bool:
    """A person taken from a place by armed or unknown men, or not seen since: "was taken from his home by
    men in plain clothes and has not been seen since"."""
    if any(c.lemma_.lower() in ("hostage", "captive", "prisoner") for c in children):
        return True  # "taken hostage", "took them captive"
    people = [c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS | {"dobj"}]
    if not people or not all(p.ent_type_ == "PERSON" or p.lemma_.lower() in RECRUITS or p.pos_ == "PRON"
                             or _is_party(p) for p in people):
        return False
    if any(p.lower_ in ("it", "them") for p in people):
        return False  # "took them from the safe": a pronoun may stand for things
    return not DISAPPEARANCE_CUES.isdisjoint(sentence_lemmas(tok.sent) | sentence_forms(tok.sent))


def _enlists_no_recruits(tok: Token, children: list[Token]) -> bool:
    """Help enlisted, or one person enlisting: recruitment is of many ("thousands of young men enlisted")."""
    objects = [_counted(c) for c in children if c.dep_ == "dobj"]
    if objects:
        return not all(o.lemma_.lower() in RECRUITS and o.tag_ == "NNS" for o in objects)
    subjects = _clause_subjects(tok, children)
    if not subjects and tok.dep_ == "acl":
        subjects = [tok.head]  # "Thousands of young men enlisted", the participle read as the men's modifier
    return not any(s.tag_ in ("NNS", "NNPS") or s.lower_ == "they" for s in subjects)


def _clause_subjects(tok: Token, children: list[Token]) -> list[Token]:
    """The trigger's subjects, or those of the verb it is joined to or hangs from ("relocated from Zamfara
    and set up a new camp", "turned up to enlist")."""
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ in ("conj", "xcomp", "advcl"):
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return subjects


def _counted(noun: Token) -> Token:
    """What "hundreds of boys", "dozens of recruits" count; the noun itself otherwise."""
    if noun.lemma_.lower() in ("hundred", "thousand", "dozen", "score", "million") or noun.like_num:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((g for g in prep.children if g.dep_ == "pobj"), noun)
    return noun


def _armed_base(tok: Token, children: list[Token]) -> bool:
    """A camp or headquarters set up by an armed group, or a base by a state or armed group, as ACLED's
    "headquarters or base established" means: not a refugee camp, a protest camp or a firm's head office."""
    sites = [c for c in children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    site_words = {w.lemma_.lower() for s in sites for w in (s, *s.children) if w.dep_ != "det"}
    # the site's modifiers, not the site itself: "base camp" is a climbers' camp, "a base" is a base
    if not CIVIL_CAMPS.isdisjoint(site_words - {s.lemma_.lower() for s in sites}):
        return False
    military = any(s.lower_ in MILITARY_SITES for s in sites)
    if military and not MILITARY_MODIFIERS.isdisjoint(site_words):
        return True
    subjects = _clause_subjects(tok, children)
    if not subjects:
        return not ARMED_GROUP_WORDS.isdisjoint(sentence_lemmas(tok.sent))
    for subject in subjects:
        head_words = subject.doc[subject.left_edge.i:subject.i + 1]  # "Bandit leader Dogo Gide"
        words = set().union(*(word_forms(w) for w in head_words))
        if not ARMED_GROUP_WORDS.isdisjoint(words):
            return True
        if military and subject.ent_type_ in ("GPE", "NORP"):
            return True
    return False


def _armed_party(tok: Token) -> bool:
    """A named party or an armed body: "Israel", "Hamas", "troops", "rebel groups"."""
    return tok.ent_type_ in ("ORG", "NORP", "GPE") or tok.lemma_.lower() in ARMED_SUBJECTS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARMED_SUBJECTS for c in tok.children)


def _refuses_to_say(children: list[Token]) -> bool:
    """ "refused to comment", "declined to be named", "refused to identify himself", "declined to make the general
    available for an interview"."""
    for c in children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in SAYING_VERBS:
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() == "make" and any(g.lower_ == "available" for g in c.subtree):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() == "be" and any(
                g.lemma_.lower() in SAYING_VERBS for g in c.children if g.dep_ in ("acomp", "attr", "xcomp")):
            return True
    return False


def _asks_anonymity(children: list[Token]) -> bool:
    """ "requested anonymity", "asked not to be identified", "spoke on condition of anonymity"."""
    for c in children:
        if c.dep_ in OBJECT_DEPS and c.lemma_.lower() == "anonymity":
            return True
        if c.dep_ == "prep" and any(g.lemma_.lower() == "anonymity" for g in c.children):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote") and any(
                a.dep_ == "auxpass" for a in c.children):
            return True  # "asked not to be named"
    return False


def _shares_an_opinion(children: list[Token]) -> bool:
    """ "agree this was a horrific crime", "agreed with the judge's assessment", "agree Sanders' math doesn't add
    up": an opinion shared, not a commitment ("agreed that their countries should cooperate" keeps its modal)."""
    for c in children:
        if c.dep_ == "ccomp" and c.i > c.head.i:
            words = {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
            if not words & MODALS and not any(a.tag_ == "TO" for a in c.children) and (
                    c.tag_ != "VB" or words & {"do", "does", "did"}):
                return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in OPINION_NOUNS for g in c.children):
            return True
    # "he agrees with me", "a word that I don't agree with": no terms, no act agreed on
    terms = any(_agreed_term(c) or c.dep_ == "ccomp" for c in children)
    return not terms and any(
        c.dep_ == "prep" and c.lower_ == "with" and (not list(c.children) or any(
            g.dep_ == "pobj" and g.lower_ in OPINION_PRONOUNS for g in c.children)) for c in children)


def _agrees_in_general(children: list[Token]) -> bool:
    """ "We don't always agree on things", "whether you agree or not": agreement as a habit of mind."""
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in children):
        return True
    return any(g.lower_ in ("things", "everything", "anything", "much", "most", "little", "nothing")
               for c in children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj")


def _opinion_of_many(children: list[Token]) -> bool:
    """ "what most would agree was truly poor judgment": many share an opinion, nothing is agreed on or to."""
    if any(c.dep_ == "prep" and c.lower_ in ("on", "to", "with", "over") for c in children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in OPINION_HOLDERS for c in children)


def _agrees_in_a_word(tok: Token, children: list[Token]) -> bool:
    """ "Aliki Meirmaridou, MSF's psychologist, agrees.", "'Our ideas are different,' agrees Michelle Stevens",
    "..., the campaigns agree": agreement said of an opinion, with nothing agreed to ("the two sides finally
    agreed" after talks, and "Putin agreed.", stay)."""
    if any(c.dep_ in ("prep", "xcomp", "dobj", "advcl") or (c.dep_ == "ccomp" and c.i > tok.i) for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    quoted = any(c.dep_ in ("ccomp", "parataxis") and c.i < tok.i for c in children)
    # one person who "agrees" now holds an opinion; "Putin agreed." after a proposal may have agreed to it
    one_person = tok.tag_ in ("VBZ", "VBP") and any(s.ent_type_ == "PERSON" and s.tag_ != "NNPS" for s in subjects)
    return quoted or one_person or any(s.i > tok.i for s in subjects)


def _agrees_now(tok: Token, children: list[Token]) -> bool:
    """ "Dick agrees with the mayor that the force should ...", "Republicans who agree that the prison should be
    closed", "Millennials agree in poll": agreement in the present tense with nothing agreed to or on is an opinion
    held ("Iran and the EU agree to resume talks", "rebels agree a truce", "sides agree on a swap" are acts)."""
    return tok.tag_ in ("VBZ", "VBP") and not any(_agreed_term(c) for c in children)


def _agreed_term(child: Token) -> bool:
    """A child of "agree" that names what is agreed: "to resume talks", "a truce", "on a swap", "over the border"."""
    return child.dep_ in ("xcomp", "dobj") or (child.dep_ == "prep" and child.lower_ in ("to", "on", "over"))


def _to_blame(tok: Token, children: list[Token]) -> bool:
    """ "Kyiv was to blame for the attack": who is blamed, not who blames (blame.py); "the president may have his
    own party to blame": who is responsible."""
    if not any(c.tag_ == "TO" for c in children):
        return False
    if tok.dep_ in ("xcomp", "ccomp"):
        return tok.head.lemma_.lower() in ("be", "have")
    return tok.dep_ in ("relcl", "acl") and tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() == "have"


def _candidacy_ended(tok: Token, children: list[Token]) -> bool:
    """A candidate's campaign suspended ("suspended his presidential campaign"; a rebel group's "campaign of
    attacks" or a union's campaign of strikes suspended is a concession)."""
    campaigns = [c for c in children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "campaign"]
    if not campaigns or any(c.dep_ == "prep" and c.lower_ == "of" for o in campaigns for c in o.children):
        return False
    electoral = any(m.lemma_.lower() in CAMPAIGN_CUES for o in campaigns for m in o.children if m.dep_ in (
        "amod", "compound"))
    # "Mike Huckabee, the former governor of Arkansas, suspended his campaign" (a union suspends "its" campaign)
    own = any(m.dep_ == "poss" and m.lower_ in ("his", "her") for o in campaigns for m in o.children) and any(
        c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children)
    return electoral or own or bool((nearby_lemmas(tok) - {"campaign"}) & CAMPAIGN_CUES)


def _wins_votes(tok: Token, children: list[Token]) -> bool:
    """ "Clinton would beat Trump and Cruz, the poll finds", "I will beat Hillary Clinton in Ohio this fall",
    "beat back a challenge in a home-state election": a candidate beats a candidate in a vote ("beat up a
    heckler" is force)."""
    if any(c.lower_ == "up" for c in children):
        return False
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    return all(_candidate(o) or o.lemma_.lower() == "challenge" or (o.lemma_.lower() == "field" and any(
        _candidate(g) for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children))
        for o in objects) and bool(nearby_lemmas(tok) & CAMPAIGN_CUES) \
        and not sentence_lemmas(tok.sent) & (FORCE_CUES - {"beat"})


def _candidate(word: Token) -> bool:
    return word.ent_type_ in ("PERSON", "ORG") or word.pos_ in ("PRON", "PROPN") or word.lemma_.lower() in RIVALS


# What is conferred on someone rather than conferred about.
CONFERRED = frozenset({"degree", "award", "honour", "honor", "title", "doctorate", "medal", "status", "citizenship",
                       "power", "prize", "decoration", "rank"})


def _warns_of_weather(children: list[Token]) -> bool:
    """ "The Bureau of Meteorology has warned of dangerous bushfire conditions": a forecast, not an accusation."""
    for c in children:
        if c.dep_ == "prep" and c.lower_ in ("of", "about"):
            for g in c.children:
                words = {g.lemma_.lower(), *(m.lemma_.lower() for m in g.children if m.dep_ in ("compound", "amod"))}
                if g.dep_ == "pobj" and words & WEATHER_WORDS:
                    return True
    return False


def _talks_alone(tok: Token, lemma: str, children: list[Token]) -> bool:
    """ "the author will discuss his new book", "the Clintons have visited the restaurant before": one person
    talking, or a visit to a place of leisure, consults no other party."""
    if lemma in ("discuss", "debate") and not _with_another_party(tok, children):
        subjects = [c for c in children if c.dep_ == "nsubj"]
        return bool(subjects) and all(
            not s.conjuncts and (s.ent_type_ == "PERSON" or s.lower_ in ("i", "he", "she") or (
                s.tag_ == "NN" and s.ent_type_ == "" and s.lemma_.lower() not in COLLECTIVES)) for s in subjects)
    if lemma == "visit":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in LEISURE_PLACES for c in children)
    return False


def _with_another_party(tok: Token, children: list[Token]) -> bool:
    """ "discussed trade with China", "discussed the project in a conference call with Podesta", "debated the
    plan between them"; "discussed the differences between Clinton and Trump" names no other party."""
    return any(w.lower_ == "with" for w in tok.subtree) or any(
        c.dep_ == "prep" and c.lower_ == "between" for c in children)


def _campaign_rally(noun: Token) -> bool:
    """ "a Trump rally in Alabama", "greeted 2,000 supporters at a rowdy rally ... before the primary", "a
    Super Tuesday rally", "Trump, speaking at a rally in Wilmington": a candidate's rally in a campaign, not a
    protest. Party rallies against a government are protests, so nothing the rally is against may be in the sentence,
    and a word of the campaign must be in it or the one before, or the rally be one a named person is at."""
    words = sentence_lemmas(noun.sent)
    if words & {"against", "protest", "protester", "demand", "denounce", "oppose", "police", "opposition"}:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "after", "during", "before", "following") and any(
            w.ent_type_ == "PERSON" for w in noun.sent):
        return True  # "Trump, speaking at a rally in Wilmington", "After a New Hampshire rally Friday, Clinton ..."
    # "talks tough in his first rally with Clinton", "the senator opened a Rochester rally": one politician's
    # rally is a campaign's, whether or not the sentence names the campaign ("Cruz campaigned in Iowa. A planned
    # Cruz rally on Saturday ...": nor need it be this sentence)
    return bool(nearby_lemmas(noun) & CAMPAIGN_CUES) or _held_by_a_politician(noun)


def _held_by_a_politician(noun: Token) -> bool:
    """A rally held with a named person, or by a candidate or office-holder."""
    joint = any(g.ent_type_ == "PERSON" for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj")
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None and noun.dep_ in ("dobj", "pobj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (one candidate or office-holder: "opposition leader Raila Odinga held a rally" may be a protest, and several
    # journalists holding a rally outside the press club protest)
    return joint or (holder is not None and holder.lemma_.lower() in RIVALS and holder.tag_ not in ("NNS", "NNPS"))


def _clash_of_words(tok: Token, children: list[Token]) -> bool:
    """ "Bush clashed with Trump at Saturday's debate", "a clash between a competing candidate and Trump":
    people who argue, with nothing in the sentence that tells of force."""
    if not FORCE_CUES.isdisjoint(sentence_lemmas(tok.sent)):
        return False
    sides = [c for c in children if c.dep_ == "nsubj"]
    sides += [g for c in children if c.dep_ == "prep" and c.lower_ in ("with", "between")
              for g in c.children if g.dep_ == "pobj"]
    sides += [j for s in list(sides) for j in s.conjuncts]
    if sides and all(s.ent_type_ == "PERSON" or s.lemma_.lower() in RIVALS for s in sides):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("at", "during", "in") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in DEBATES for g in c.children) for c in children)


def _names_or_contains(tok: Token, children: list[Token]) -> bool:
    """ "a group called the Working Group on Afghan Women" names it; "terms call for the bank to issue
    shares" tells what a text contains."""
    if any(c.dep_ == "nsubjpass" for c in children) and any(
            g.ent_type_ == "PERSON" for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children):
        return True  # "Texas was called for Ted Cruz": the race, not an appeal
    names = [c for c in children if c.dep_ in ("oprd", "attr")]
    if names:
        return any(n.ent_type_ not in ("DATE", "TIME") for n in names)  # not "called Thursday on Arabs to unite"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in children):
        return True
    subjects = [c for c in children if c.dep_ in ("nsubj",)]
    if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and not subjects:
        subjects = [tok.head]
    return any(s.lemma_.lower() in DOCUMENT_NOUNS or s.lower_ in DOCUMENT_NOUNS for s in subjects)


def _acts_on_a_thing(tok: Token, lemma: str, children: list[Token]) -> bool:
    """ "were beaten 3-2", "the film bombed", "killing off its messaging app", "killed it at the festival",
    "the body rejected the kidney"."""
    if lemma in WINNING_VERBS and _has_score(doc_slice(tok.doc, tok.idx, tok.sent.end_char)):
        return True
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    if any(o.lemma_.lower() in ORGANS_AND_MACHINES for o in objects):
        return True  # "rejecting the transplanted kidney", "disengage an engine"
    if lemma in HARMING_VERBS and any(o.lemma_.lower() in ABSTRACT_DAMAGE for o in objects):
        return True  # "destroying the party's chance", "killed my enthusiasm"
    if lemma == "attack" and objects and all(o.lemma_.lower() in PROBLEMS for o in objects):
        return True  # "struggling to attack the long numerical questions"
    if objects and all(o.lemma_.lower() in LIVESTOCK for o in objects) and not any(
            _is_party(c) for c in children if c.dep_ == "nsubj"):
        return True  # "a tiger killed two buffaloes"
    if lemma == "destroy" and any(_is_party(o) for o in objects):
        return True  # "the media can destroy any candidate": a person is killed, not destroyed
    if lemma == "kill":
        if any(o.lower_ == "it" for o in objects):
            return True
        # ("killed off the bill"; not "killed in the sea off Kalpitiya", where "off" has its own object)
        if any(c.lower_ == "off" and not any(g.dep_ == "pobj" for g in c.children) for c in children) \
                and not any(_is_party(o) for o in objects):
            return True
    subjects = [c for c in children if c.dep_ == "nsubj"] + ([tok.head] if tok.dep_ == "acl" else [])
    if any(s.lemma_.lower() in WORKS for s in subjects):
        return True  # "the film bombed", "the hit musical has stormed the West End box office"
    return not objects and any(s.lemma_.lower() in PERFORMERS for s in subjects) and lemma in ("bomb", "kill", "die")


def _shows_a_thing(tok: Token) -> bool:
    """ "a demonstration of the new phone", "the clearest demonstration of the alliance's resolve"; "a
    demonstration of thousands of workers" is a protest."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return any(g.dep_ == "pobj" and not _is_party(g) and g.lower_ not in PARTITIVE_NOUNS
                       for g in c.children)
    return any(c.lemma_.lower() in ("product", "live", "software", "technology", "cooking", "flight", "practical")
               for c in tok.children if c.dep_ in ("amod", "compound"))


def market_demand(noun: Token) -> bool:
    """ "demand for diesel engines", "to meet customer demand", "a softening in the demand for office
    products": the market's demand, not a party's ("the union's demand for a pay rise", "a demand for his
    release", "demands for reform")."""
    if noun.tag_ == "NNS" or any(c.dep_ == "poss" for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "by") and any(g.dep_ == "pobj" and _is_party(g) for g in c.children)
           for c in noun.children):
        return False  # "to meet the demand of the strikers"
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "this", "that", "their", "its", "his", "her")
           for c in noun.children):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in MARKET_MODIFIERS for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in MARKET_CHANGES:
        return True  # "a surge in demand"
    if noun.dep_ in ("nsubj", "dobj", "pobj") and head.lemma_.lower() in MARKET_VERBS:
        return True
    for_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                   for g in c.children if g.dep_ == "pobj"]
    # "the demand for hotel rooms", in a sentence about a market: goods, not an act a party is asked to do
    # ("the demand for a separate flag" is one)
    return bool(for_objects) and not any(_is_party(g) or g.lemma_.lower() in ACTS_DEMANDED for g in for_objects) \
        and not MARKET_CUES.isdisjoint(sentence_lemmas(noun.sent))




def _market_move(tok: Token, children: list[Token]) -> bool:
    """ "Oil prices retreated from a three-week high", "shares exploded higher", "the euro surrendered early
    gains", "petrol prices shot up", "beat analysts' expectations": figures moving, not parties acting."""
    subjects = [c for c in children if c.dep_ == "nsubj" or c.dep_ in PASSIVE_SUBJECT_DEPS]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        subjects += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "the naira took another beating"
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    for words, vocabulary in ((subjects, MARKET_WORDS), (objects, MARKET_OBJECTS)):
        for word in words:
            if word.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and (
                    word.lemma_.lower() in vocabulary or word.lower_ in vocabulary):
                return True
    if any(w.lower_ in INDEX_NAMES for s in subjects for w in s.subtree):
        return True  # "The FTSE 100 retreated 0.8 percent"
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in TRADED_ASSETS for g in c.children) for c in children)






def verbal_attack(tok: Token, pos: str) -> bool:
    """ "Spitzer attacked him for failing to enforce a court order", "attacked the plan as reckless", "Trump
    spent the day attacking a rival", "a scathing attack on fame": criticism (PLOVER ACCUSE), not violence.
    A person attacking a person counts only when nothing in the sentence tells of force ("a man attacked
    the MP with a knife")."""
    campaign = not (CAMPAIGN_CUES | {"debate"}).isdisjoint(sentence_lemmas(tok.sent))
    if pos == "N":
        if tok.lemma_.lower() == "offensive":
            # "Clinton's gun control offensive against Bernie Sanders" ("a marketing offensive against rivals" is
            # a firm's)
            return campaign and FORCE_CUES.isdisjoint(sentence_lemmas(tok.sent)) and any(
                g.ent_type_ == "PERSON" for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for g in c.children if g.dep_ == "pobj")
        if any(c.dep_ in ("amod", "compound") and c.lower_ in SCATHING_WORDS for c in tok.children):
            return True
        if _person_on_person(tok) and FORCE_CUES.isdisjoint(sentence_lemmas(tok.sent)):
            return True  # "Cruz's attack on Carson last night"
        if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("level", "lodge") for c in tok.children):
            return True  # "an attack he leveled just seconds earlier at Clinton": words are levelled
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in CAMPAIGN_VOICES:
            return True  # "attack ads"
        # "faced increasing attacks from Bush and Kasich", "to debut new attacks on the stump", "candidates went
        # on the attack on television": a campaign's attacks, in a sentence with no word of force
        return campaign and _campaign_attack(tok) and FORCE_CUES.isdisjoint(sentence_lemmas(tok.sent))
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        objects = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if c.lower_ == "for" and any(g.tag_ == "VBG" or g.lemma_.lower() in GRIEVANCE_NOUNS for g in objects):
            return True
        if c.lower_ == "over" and any(g.lemma_.lower() in GRIEVANCE_NOUNS for g in objects):
            return True
        if c.lower_ == "as" and any(g.pos_ == "ADJ" for g in c.children):
            return True
    targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl", "xcomp") and not subjects:
        subjects = [tok.head] if tok.dep_ != "xcomp" else [c for c in tok.head.children if c.dep_ == "nsubj"]
    # a pronoun attacked in a campaign, or by a named person ("Trump attacked her on Monday")
    if tok.dep_ == "relcl" and tok.head.ent_type_ == "PERSON" and any(t.tag_ in ("WP", "WDT") for t in targets):
        targets.append(tok.head)  # "Mr. Bush, whom he attacked viciously during the campaign"
    named_subject = any(t.ent_type_ == "PERSON" for t in subjects)
    person_target = any(t.ent_type_ == "PERSON" or t.lemma_.lower() in RIVALS or t.lemma_.lower() in GRIEVANCE_NOUNS
                        or ((campaign or named_subject) and t.lower_ in ("him", "her", "them", "me", "us"))
                        for t in targets)
    speaking_subject = any(t.lemma_.lower() in CAMPAIGN_VOICES for t in subjects)
    if not (person_target or speaking_subject) or any(_armed_party(t) and t.ent_type_ != "PERSON" for t in subjects):
        return False
    return FORCE_CUES.isdisjoint(sentence_lemmas(tok.sent))


def _campaign_attack(noun: Token) -> bool:
    """An attack noun said of candidates: from or on a person, on the stump, or gone on."""
    if noun.head.lower_ == "on" and noun.head.head.lemma_.lower() == "go":
        return True  # "went on the attack"
    return _aimed_at_a_rival(noun, ("from", "on", "against"), also=("stump", "trail"))


def _person_on_person(noun: Token) -> bool:
    """ "Cruz's attack on Carson", "his attacks on Trump", "her attack on the senator": one person's attack on
    a named person or a rival ("their attacks on civilians" are a group's; "his attack on the mosque" hits a
    building)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.ent_type_ == "PERSON" or owner.lower_ in ("his", "her")):
        return False
    return _aimed_at_a_rival(noun, ("on", "against"))


def _aimed_at_a_rival(noun: Token, preps: tuple[str, ...], also: tuple[str, ...] = ()) -> bool:
    """A named person or a rival (or a word of ``also``) as the object of one of the noun's ``preps``."""
    return any(g.ent_type_ == "PERSON" or g.lemma_.lower() in RIVALS or g.lower_ in also for c in noun.children
               if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj")
