"""Whether an event happened, as the text tells it: negated, denied, asserted, reported, hypothetical or future.

``factuality(tok, quote)`` judges one trigger word from its clause: a negation on it or its verb, a denial
that governs it, modal and future auxiliaries, the verb it is the complement of ("plan to", "urged to",
"managed to"), a condition, and whether someone else tells it (a quote, a reporting verb, "reportedly").
It is a pure function of the parse, so ``newsledger eval event-factuality`` can score it on every gold
event word of MEANTIME and TimeBank as well as on the events the extractor finds.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from newsledger.extract.events.found import ALLEGING_VERBS, _definite, _held_responsible, _light_verb
from newsledger.records import Quote

REPORTING_VERBS = frozenset({"say", "tell", "report", "claim", "add", "explain", "announce", "state", "allege",
                             "confirm", "insist", "note", "write", "quote", "declare", "reveal", "acknowledge",
                             "assert", "indicate", "suggest", "believe", "argue", "comment", "estimate",
                             "warn", "caution", "admit", "testify"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must", "can", "ca"})
# Verbs that make what they govern planned ("plan to deploy") or only wished for ("urge to withdraw").
FUTURE_GOVERNORS = frozenset({"plan", "intend", "prepare", "agree", "promise", "pledge", "vow", "swear", "threaten",
                              "decide", "aim", "expect", "schedule", "offer", "ready", "willing", "resolve",
                              # adjectives of readiness: "is prepared to lift", "is set to visit"
                              "prepared", "poised", "poise", "set", "due", "determined", "eager", "keen"})
# Of these, verbs whose "to" clause is always what is intended, never a purpose ("offered on Monday to mediate").
INTENDING_VERBS = frozenset({"plan", "intend", "agree", "promise", "pledge", "vow", "swear", "threaten", "decide",
                             "offer", "resolve"})
# Verbs by which an event noun subject itself happens or goes on ("the talks will begin").
OCCURRENCE_VERBS = frozenset({"take", "begin", "start", "resume", "continue", "happen", "occur", "come", "go", "be",
                              "open", "close", "end", "last", "proceed", "get", "commence", "follow", "run"})
# What is expressed in the offering of it ("offered condolences"), unlike aid or talks, offered for later.
EXPRESSED_BY_OFFERING = frozenset({"condolence", "condolences", "sympathy", "apology", "thanks", "congratulation",
                                   "congratulations", "praise", "prayer", "prayers", "tribute", "greeting",
                                   "greetings", "gratitude", "regret", "regrets"})
# Verbs whose "in" phrase is the subject's own act: "engage in a protest", "take part in talks".
PARTICIPATION_VERBS = frozenset({"engage", "participate", "take", "join"})
KIND_NOUNS = frozenset({"kind", "type", "form", "sort"})
# A denial says the act did not happen (PLOVER: a negated report), with or without the reports it answers.
DENIAL_VERBS = frozenset({"deny", "refute"})
DISMISSAL_VERBS = frozenset({"reject", "dismiss", "deny", "refute", "rebut"})
CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "accusation", "charge", "suggestion", "rumour", "rumor"})
# Verbs whose infinitive or gerund complement is told as they are ("managed to free", "resorted to firing", "was
# forced to retreat", "continued to shell", "kept firing", "used to attack"): no purpose or plan, so the
# complement takes the governing clause's modality and negation ("will continue to shell" is future).
IMPLICATIVE_GOVERNORS = frozenset({"manage", "resort", "proceed", "force", "compel", "oblige",
                                   "continue", "begin", "start", "resume", "keep", "use", "tend", "love", "like",
                                   "hate"})
# "the first country to recognise the state", "the only senator to vote against": it did.
ORDINALS = frozenset({"first", "last", "only", "second", "third", "latest", "sole"})
HYPOTHETICAL_GOVERNORS = frozenset({"demand", "urge", "call", "ask", "want", "seek", "try", "attempt", "propose",
                                    "request", "hope", "wish", "refuse", "decline", "reject", "appeal", "press", "deny",
                                    "oppose", "consider", "likely", "unlikely",
                                    # permission says an act may happen, not that it did ("allow the police
                                    # to arrest anyone"); "were able to arrest" did happen, so "able" is not here
                                    "allow", "permit", "authorize", "authorise", "empower", "unable", "hesitate"})
# Verbs whose object or complement did not happen: "failed to reach a deal", "foiled an attack", "prevented the
# rebels from attacking", "averted a strike"; "called off the strike" is tested apart.
NEGATING_GOVERNORS = frozenset({"fail", "prevent", "avert", "foil", "thwart", "avoid", "cancel", "abort", "scrap",
                                "refrain"})
# Words that make their clause's subject or object no one: "No one was hurt", "arrested nobody", "reached no
# agreement", "Neither side fired".
NOBODY_WORDS = frozenset({"nobody", "nothing", "none", "noone"})
NOBODY_DETERMINERS = frozenset({"no", "neither"})
OBLIGATION_GOVERNORS = frozenset({"have", "need", "ought"})
# Nouns of accusation (the verbs are ``found.ALLEGING_VERBS``).
ALLEGATION_NOUNS = frozenset({"allegation", "accusation", "charge", "suspicion"})
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
# An event noun's modifier that says it is planned ("the planned offensive"), only possible ("a possible
# strike"), told on someone's word ("the alleged massacre") or did not happen ("a foiled attack").
PLANNED_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "forthcoming", "scheduled", "impending", "imminent",
                               "future", "prospective", "threatened", "intended", "expected", "anticipated"})
POSSIBLE_MODIFIERS = frozenset({"possible", "potential", "likely", "feared", "hypothetical"})
HEARSAY_MODIFIERS = frozenset({"alleged", "suspected", "purported", "reported", "claimed"})
FOILED_MODIFIERS = frozenset({"foiled", "thwarted", "averted", "aborted", "cancelled", "canceled", "abandoned"})
# A warning "against" an act speaks of what may come ("warned against any invasion"); one "of" an act
# often speaks of what goes on ("warned of the recruitment of prisoners"), and one "that" X did it reports it.
WARNING_VERBS = frozenset({"warn", "caution"})
# Prepositions that set an act in time or cause beside another; the verb they hang from does not govern it.
ADJUNCT_PREPS = frozenset({"after", "before", "following", "since", "despite", "during", "amid", "amidst"})
# Verbs that answer a past act named by their "for" ("retaliate for the killing", "punish them for the attack").
ANSWERING_VERBS = frozenset({"retaliate", "avenge", "punish", "apologise", "apologize", "compensate", "blame",
                             "condemn", "prosecute", "try", "sentence", "convict", "arrest", "hang", "execute",
                             "responsible", "accountable"})
# Nouns whose complement is an act that has happened or goes on, whatever is wished of them: an answer to it
# ("vowed revenge for the killing", "demanded compensation for the shelling"), an inquiry into it ("demanded an
# investigation into the killings") or its end ("called for an end to the shelling", "urged a halt to the
# executions").
PRESUPPOSING_NOUNS = frozenset({"revenge", "retaliation", "vengeance", "reprisal", "reprisals", "response",
                                "punishment", "compensation", "apology", "accountability", "justice",
                                "investigation", "inquiry", "enquiry", "probe", "inquest", "explanation",
                                "end", "halt", "stop", "cessation", "suspension", "stoppage",
                                # "will review the police handling of the protests": the protests took place
                                "handling", "aftermath", "anniversary", "coverage", "legacy"})
# Nouns of intent whose denial ("no intention of", "no plans to") is a refusal.
INTENT_NOUNS = frozenset({"intention", "intent", "plan", "desire", "wish"})
# Verbs that state an intent or a refusal ("said it would", "vowed to", "refused to").
STATING_VERBS = REPORTING_VERBS | FUTURE_GOVERNORS | WARNING_VERBS | frozenset({"refuse", "decline", "threaten"})


@dataclass(frozen=True)
class Factuality:
    """How the text tells one event.

    ``negated``: a negation of the trigger or of the verb that carries it ("did not attack", "did not hold
    talks"), which makes a cooperative act not done a refusal. ``by_no_one``: no one did it or had it done
    ("No one was hurt", "handed over none of the suspects"). ``undone``: a governing word says it did not
    happen ("foiled an attack", "failed to reach a deal", "is yet to release"). ``denied``:
    someone denies it, which the record gives as a negated report. ``intent``: a future told as someone's
    stated intent ("will attack", "vowed to strike"), which types hostile acts as threats; a purpose ("fired
    tear gas to disperse the crowd") or a "planned offensive" is future with no intent stated.
    """

    negated: bool
    modality: str
    denied: bool = False
    by_no_one: bool = False
    undone: bool = False
    intent: bool = False

    @property
    def recorded(self) -> tuple[bool, str]:
        """The ``negated`` and ``modality`` an event record carries."""
        if self.denied:
            return True, "reported"
        return self.negated or self.by_no_one or self.undone, self.modality


def factuality(tok: Token, quote: Quote | None) -> Factuality:
    """How the text tells the event of trigger ``tok``; ``quote`` is the quote whose content holds it."""
    lead = _coordinated_lead(tok)
    if lead is not None:
        # "Rebels will attack and burn the village", "threatened to attack and loot": the burning shares the
        # attack's auxiliaries; "did not fire or arrest anyone" its negation, "did not fire but arrested" not.
        told = factuality(lead, quote)
        # spaCy hangs the "or" on the first conjunct, before the second
        joined_by = max((c for c in (*tok.children, *lead.children) if c.dep_ == "cc" and c.i < tok.i),
                        key=lambda c: c.i, default=None)
        negated = _negated(tok) or (told.negated and joined_by is not None and joined_by.lower_ in ("or", "nor"))
        return dataclasses.replace(told, negated=negated, by_no_one=_by_no_one(tok), undone=told.undone or _undone(tok))
    carrier = _sharing_head(tok)
    if carrier is not None:
        # "did not manage to free the hostages": not done, but no refusal (a refusal is a negation of the act itself)
        told = factuality(carrier, quote)
        return dataclasses.replace(told, negated=_negated(tok), by_no_one=told.by_no_one or _by_no_one(tok),
                                   undone=told.undone or told.negated or _undone(tok))
    carrying = _carrying_infinitive(tok)
    if carrying is not None:
        told = factuality(carrying, quote)
        if told.modality in ("future", "hypothetical"):
            return Factuality(_negated(tok), told.modality, denied=_denied(tok), by_no_one=_by_no_one(tok),
                              undone=_undone(tok), intent=False)
    if _no_intention(tok):
        # "has no intention of releasing her", "has no plans to withdraw": an intent denied, a refusal
        return Factuality(True, "future", denied=False, by_no_one=False, undone=False, intent=True)
    modality, intent = _modality(tok, quote)
    return Factuality(_negated(tok), modality, denied=_denied(tok), by_no_one=_by_no_one(tok), undone=_undone(tok),
                      intent=intent)


def _no_intention(tok: Token) -> bool:
    """The act is what "no intention" or "no plans" are of: "no intention of releasing", "no plans to withdraw"."""
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of":
        intent = tok.head.head  # "no intention of releasing"
    elif tok.dep_ in ("acl", "relcl", "xcomp"):
        intent = tok.head  # "no plans to withdraw"
    else:
        return False
    return intent.pos_ == "NOUN" and intent.lemma_.lower() in INTENT_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in intent.children)


def _sharing_head(tok: Token) -> Token | None:
    """The verb whose telling an infinitive or gerund complement shares: "managed to free", "continued to shell",
    "kept firing", "used to attack" (not "used drones to attack", a purpose), "became the first country to
    recognise"."""
    if tok.pos_ != "VERB":
        return None
    head = tok.head
    if tok.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in IMPLICATIVE_GOVERNORS and \
            not (head.lemma_.lower() == "use" and any(c.dep_ == "dobj" for c in head.children)):
        return head
    if tok.dep_ in ("xcomp", "acl", "relcl") and any(c.tag_ == "TO" for c in tok.children):
        noun = head if tok.dep_ != "xcomp" else next(
            (c for c in head.children if c.dep_ in ("attr", "dobj") and c.i < tok.i), None)
        if noun is not None and any(c.dep_ in ("amod", "advmod") and c.lower_ in ORDINALS for c in noun.children):
            return _clause_verb(noun) if tok.dep_ != "xcomp" else head
    return None


def _carrying_infinitive(tok: Token) -> Token | None:
    """The infinitive that tells an event noun as its subject's own act, when a verb of plan, threat or wish
    governs it: "plan to stage a protest", "threatened to disrupt the convention with protests", "asked them not
    to engage in any kind of protest"."""
    if tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in KIND_NOUNS:
        tok = tok.head.head  # "any kind of protest"
    verb = _light_verb(tok)
    if verb is None and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        prep, holder = tok.head, tok.head.head
        if (holder.lemma_.lower() == "part" or (prep.lower_ == "with" and holder.dep_ == "dobj")) and \
                holder.head.pos_ == "VERB":
            holder = holder.head  # "take part in talks", "disrupt the convention with protests"
        if holder.pos_ == "VERB" and (prep.lower_ == "with" or (
                prep.lower_ == "in" and holder.lemma_.lower() in PARTICIPATION_VERBS)):
            verb = holder
    if verb is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "join":
        verb = tok.head
    if verb is None or not any(c.tag_ == "TO" for c in verb.children):
        return None
    governor = _governor(verb)
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    planned = governor is not None and governor.lemma_.lower() in FUTURE_GOVERNORS | HYPOTHETICAL_GOVERNORS
    return verb if planned or auxes & (FUTURE_AUX | HYPOTHETICAL_AUX) else None


def stated_intent(tok: Token, told: Factuality, quote_at: Callable[[int], Quote | None]) -> Factuality:
    """An act told as someone's intent or refusal ("will not accept refugees", "said it would allow inspectors",
    "vowed to strike") is recorded as that refusal, pledge or threat, which is made when it is said: not negated,
    and told as the verb that states it is ("said", asserted), else as its sentence tells it. ``quote_at`` gives
    the quote holding a character offset."""
    stating = _stating_verb(tok)
    if stating is not None:
        modality = factuality(stating, quote_at(stating.idx)).modality
    else:
        reported = quote_at(tok.idx) is not None or _under_reporting_verb(tok) or _hearsay(_clause_verb(tok))
        modality = "reported" if reported else "asserted"
    return dataclasses.replace(told, negated=False, modality=modality, intent=False)


def _stating_verb(tok: Token) -> Token | None:
    """The verb that says or sets out an intent: "Iraq *said* it would allow", "*vowed* to strike"."""
    for anc in itertools.islice(tok.ancestors, 4):
        if anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() in STATING_VERBS:
            return anc
    return None


def _coordinated_lead(tok: Token) -> Token | None:
    """The verb a verb is coordinated with when it has no subject or auxiliary of its own."""
    if tok.pos_ != "VERB" or tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    if tok.lemma_.lower() == "face":
        return None  # "gave him 48 hours to leave or face military action": the ultimatum is made now
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children):
        return None
    return tok.head


def _governor(tok: Token) -> Token | None:
    """The verb (or adjective) a trigger is the complement of, if any."""
    current = tok
    for _ in range(3):
        # "offered on Monday to mediate": a date between them makes the parser read the complement as a purpose
        misread = current.dep_ == "advcl" and current.head.lemma_.lower() in INTENDING_VERBS and \
            any(c.tag_ == "TO" for c in current.children)
        if (misread or current.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "acl")) and \
                current.head != current:
            if current.dep_ == "pobj" and current.head.lower_ == "due":
                return None  # "died due to police firing" names a cause; "is due to visit" a schedule
            if current.dep_ == "pobj" and current.head.lower_ in ADJUNCT_PREPS:
                return None  # "set ablaze the residence after the killing of a youth": when, not what is planned
            previous, current = current, current.head
            if current.pos_ == "NOUN" and current.lemma_.lower() in PRESUPPOSING_NOUNS:
                return None  # "vowed revenge for the killing of its leader": the killing took place
            if previous.dep_ == "prep" and any(c.dep_ == "dobj" and c.lemma_.lower() in PRESUPPOSING_NOUNS
                                               for c in current.children):
                return None  # the same when the parse hangs "to the executions" on "urged a halt"
            if current.pos_ in ("VERB", "ADJ", "AUX") or current.lemma_.lower() in HYPOTHETICAL_GOVERNORS:
                return current
        else:
            break
    return None


def _modality(tok: Token, quote: Quote | None) -> tuple[str, bool]:
    """The modality of the event of ``tok``, and whether a future one is someone's stated intent."""
    verb = _clause_verb(tok)
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} if verb is not None else set()
    if _presupposed(tok, verb):
        auxes = set()  # "These bombings will not cause America to retreat": the bombings took place
    governing = _governor(tok)
    governor = governing.lemma_.lower() if governing is not None else ""
    if governor == "offer" and tok.lemma_.lower() in EXPRESSED_BY_OFFERING:
        governor = ""  # "offered condolences to the victims" expresses them there and then
    if governing is not None and (_called_off(governing) or _pressed_on(governing)):
        # "called off the strike" ends it (see _undone), unlike "called for a strike"; "pressed on with a hunger
        # strike" goes on with it, unlike "pressed for talks"
        governor = ""
    if governor == "set" and governing is not None and any(c.dep_ in ("prt", "dobj") for c in governing.children):
        governor = ""  # "set off a bomb" detonates it; "is set to visit" plans a visit
    modifiers = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")} if tok.pos_ == "NOUN" else set()
    if auxes & HYPOTHETICAL_AUX or governor in HYPOTHETICAL_GOVERNORS or _under_condition(verb) \
            or _under_condition(governing) or _warned_against(tok) or modifiers & POSSIBLE_MODIFIERS:
        return "hypothetical", False
    if perfect_infinitive(tok) and governor in PERFECT_HEARSAY_GOVERNORS:
        # "ISGS claimed to have killed three JNIM fighters", "is believed to have fled": a past act someone tells
        return "reported", False
    if tok.pos_ == "VERB" and governor not in FUTURE_GOVERNORS | NEGATING_GOVERNORS \
            and tok.dep_ in ("xcomp", "advcl", "acl", "relcl") and any(c.tag_ == "TO" for c in tok.children) \
            and not _implied_by_head(tok) and not _is_to(tok) and not _yet_to(tok):
        if governor in OBLIGATION_GOVERNORS:
            return "hypothetical", False  # "Police have to disperse the crowd": an obligation, like "must"
        # An infinitive of purpose or plan ("faxed orders to detain him", "a contract to supply tankers"):
        # meant to happen, not told as done.
        return "future", False
    reported = quote is not None or _under_reporting_verb(tok) or _hearsay(verb) \
        or not modifiers.isdisjoint(HEARSAY_MODIFIERS)
    if auxes & FUTURE_AUX or governor in FUTURE_GOVERNORS or _going_to(verb) or _headline_infinitive(tok) \
            or (_is_to(tok) and not _yet_to(tok)):
        return "future", True
    if modifiers & PLANNED_MODIFIERS and not _occurred(tok) and _light_verb(tok) is None:
        # "the planned offensive"; but "the long-planned offensive began on Monday", and "did not hold their
        # planned rally" says by its verb whether the rally took place
        return "future", False
    if "would" in auxes:
        return ("future" if reported else "hypothetical"), reported
    return ("reported" if reported else "asserted"), False


# Verbs whose "to have done" tells a past act as hearsay: the reporting ones and those of belief ("are thought to have
# fled").
PERFECT_HEARSAY_GOVERNORS = REPORTING_VERBS | frozenset({"believe", "think", "understand", "suspect", "know"})


def perfect_infinitive(tok: Token) -> bool:
    """ "to have killed": an infinitive of a done act, which no plan or purpose is."""
    return tok.tag_ == "VBN" and tok.dep_ == "xcomp" and any(c.tag_ == "TO" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ == "have" for c in tok.children)


def _to_complement_of(tok: Token, heads: tuple[str, ...]) -> bool:
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in heads and any(c.tag_ == "TO" for c in tok.children)


def _is_to(tok: Token) -> bool:
    """ "Nigeria is to deploy 2,000 troops": an infinitive complement of "be" says what is to come."""
    return _to_complement_of(tok, ("be",)) and tok.lemma_.lower() != "blame"  # "is to blame": is responsible


def _yet_to(tok: Token) -> bool:
    """ "The government is yet to release the money", "the militants have yet to free them": it has not."""
    return _to_complement_of(tok, ("be", "have")) and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                          for c in tok.head.children)


def _occurred(noun: Token) -> bool:
    """An event noun said to have taken place: the subject of a past verb of occurrence."""
    head = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in OCCURRENCE_VERBS and head.tag_ == "VBD"


def _headline_infinitive(tok: Token) -> bool:
    """ "Russia to deploy troops to Belarus": a headline's infinitive, in a sentence with no finite verb,
    announces what is to come."""
    return tok.pos_ == "VERB" and any(c.tag_ == "TO" and c.dep_ == "aux" for c in tok.children) and \
        not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tok.sent)


def _presupposed(tok: Token, verb: Token | None) -> bool:
    """An event noun with a definite article or a possessor that is the subject of another predicate ("these
    bombings will not cause ...", "the attack would not deter us"): the modal is about that predicate, the
    event is referred to as done. "The talks will begin" and "a strike would cripple the port" are not."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and _referred_to_as_done(tok):
        return True
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or verb is None or verb.lemma_.lower() in OCCURRENCE_VERBS:
        return False
    return _definite(tok)


def beside_another_act(tok: Token) -> bool:
    """An act named by the object of a preposition that sets it beside another act rather than under it: "torched
    a house after the killing of a youth", "would retaliate for the killing of their leader"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in ADJUNCT_PREPS or (prep.lower_ == "for" and prep.head.lemma_.lower() in ANSWERING_VERBS)


def _referred_to_as_done(noun: Token) -> bool:
    """An event noun under a future or modal verb that names a past act: what a handling, an inquiry or a
    compensation is of or for ("will review the police handling of the protests", "will seek compensation for the
    shooting down of its airliner"), what one answers for, or a definite act another is set after ("will hold talks
    after the killing of a youth")."""
    prep, holder = noun.head, noun.head.head
    if prep.lower_ in ("of", "for", "into") and holder.lemma_.lower() in PRESUPPOSING_NOUNS:
        return True
    if prep.lower_ in ("for", "into") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in PRESUPPOSING_NOUNS for c in holder.children):
        return True  # the same when the parse hangs "into the bombing" on "will launch an inquiry"
    return beside_another_act(noun) and (prep.lower_ == "for" or _definite(noun))


def _hearsay(verb: Token | None) -> bool:
    """ "Armed men reportedly raped ...", "militants allegedly abducted ...": told on someone's word."""
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in verb.children)


def _warned_against(tok: Token) -> bool:
    """ "warned against any invasion": what one warns against has not happened."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "against" and prep.head.lemma_.lower() in WARNING_VERBS


def _implied_by_head(tok: Token) -> bool:
    """ "had to fire", "resorted to firing": the head verb says the act was done."""
    head = tok.head
    lemma = head.lemma_.lower()
    # "were able to arrest" did it; "will be able to", "were not able to" did not.
    copula = head.head
    past = copula.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in copula.children)
    able = lemma == "able" and past
    negated = any(c.dep_ == "neg" for c in (*head.children, *copula.children))
    return tok.dep_ == "xcomp" and (lemma in IMPLICATIVE_GOVERNORS or (lemma == "have" and head.tag_ == "VBD")
                                    or (able and not negated))


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause the trigger belongs to (the trigger itself when it is a verb)."""
    current = tok
    for _ in range(6):
        if (current.pos_ in ("VERB", "AUX") and current != tok) or (current == tok and tok.pos_ == "VERB"):
            return current
        if current.head == current:
            return None
        current = current.head
    return None


def _under_condition(verb: Token | None) -> bool:
    if verb is None:
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _going_to(verb: Token | None) -> bool:
    return verb is not None and verb.dep_ == "xcomp" and verb.head.lower_ == "going"


def _under_reporting_verb(tok: Token) -> bool:
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "about") and tok.head.head.lemma_.lower() in WARNING_VERBS:
        return True  # "UN experts have warned of the recruitment of prisoners": the experts say so
    if _alleged(tok):
        return True
    current = tok
    for anc in tok.ancestors:
        if current.dep_ in ("ccomp", "parataxis") and anc.lemma_.lower() in REPORTING_VERBS:
            return True
        current = anc
    return any(t.lower_ == "according" and t.nbor(1).lower_ == "to" for t in tok.sent if t.i + 1 < len(tok.doc))


def _alleged(tok: Token) -> bool:
    """What someone is accused, charged or suspected of: "Roof is accused of killing nine people", "was charged
    with assault", "accusations of murder", "over allegations he beat his ex-wife". Someone says it; that it
    happened as told is not the writer's word."""
    held = _held_responsible(tok)
    if held is not None:
        return held[0].lemma_.lower() in ALLEGING_VERBS
    if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep":
        holder = tok.head.head
        return holder.pos_ == "NOUN" and holder.lemma_.lower() in ALLEGATION_NOUNS and tok.head.lower_ == "of"
    # "allegations (that) he beat his ex-wife", which the parser may read as a relative clause; "the allegations
    # he made" is one, with its object missing.
    if tok.dep_ not in ("acl", "ccomp", "relcl") or tok.head.pos_ != "NOUN" or \
            tok.head.lemma_.lower() not in ALLEGATION_NOUNS:
        return False
    marked = any(c.dep_ == "mark" for c in tok.children)
    complete = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and \
        any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in tok.children)
    return marked or complete


def _denied(tok: Token) -> bool:
    """An act someone denies: "denied that its fighters attacked", "denied killing civilians", "rejected
    reports that troops had shelled the village"."""
    if tok.lemma_.lower() in CLAIM_NOUNS:
        return False  # "denied the accusations": what is denied is what they say, not that they were made
    current = tok
    through_claim = False
    for _ in range(4):
        if current.dep_ not in ("ccomp", "xcomp", "dobj", "pcomp", "pobj", "prep", "acl", "nsubjpass") or \
                current.head == current:
            return False
        previous, current = current, current.head
        lemma = current.lemma_.lower()
        if current.pos_ == "NOUN":
            if lemma not in CLAIM_NOUNS or (previous.dep_ == "acl" and not _content_clause(previous)):
                # "denied any involvement in the attack" denies the part, not the attack; "denied accusations
                # made by his brother" denies what they say, not their making
                return False
            through_claim = True
            continue
        if lemma in DENIAL_VERBS or (through_claim and lemma in DISMISSAL_VERBS):
            return True
        if current.pos_ in ("VERB", "AUX") and not (current.dep_ == "ccomp" and lemma in ("make", "be", "have")):
            return False
    return False


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or _no_longer(c) for c in tok.children):
        return True
    if _without(tok) or (tok.dep_ == "acl" and _without(tok.head)):
        return True  # "without firing a shot", "without a fight", "without a shot being fired"
    if tok.pos_ != "VERB" and any(c.lower_ in ("no", "never") for c in tok.children if c.dep_ == "det"):
        return True
    # "did not hold talks": talks carried by a negated light verb did not happen; "did not condemn the attack"
    # says nothing of whether the attack did.
    carrier = _light_verb(tok) if tok.pos_ == "NOUN" else None
    return carrier is not None and carrier != tok and any(c.dep_ == "neg" or _no_longer(c)
                                                          for c in carrier.children)


def _by_no_one(tok: Token) -> bool:
    """ "No one was hurt", "Police arrested nobody", "Neither side fired"; "has no plans" and "sees no end" deny
    the plans and the end, not the having or the seeing."""
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and _nobody(c)
        and not (c.dep_ == "dobj" and tok.lemma_.lower() in ("have", "see")) for c in tok.children)


def _undone(tok: Token) -> bool:
    """ "foiled an attack", "a foiled attack", "prevented them from marching", "called off the strike", "is yet
    to release the money"."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in FOILED_MODIFIERS for c in tok.children):
        return True
    if _yet_to(tok) or _stopped_short_of(tok):
        return True
    governor = _governor(tok)
    return governor is not None and (governor.lemma_.lower() in NEGATING_GOVERNORS or _called_off(governor)) and (
        not thwarted_at_a_front(governor))


# What is "thwarted" at a front line and was fought off there, not prevented ("thwarted a pro-Houthi incursion",
# "thwarted an attack on their positions"); a plot, or a bombing, thwarted never happened.
ADVANCE_NOUNS = frozenset({"incursion", "offensive", "advance", "infiltration"})
FRONT_WORDS = frozenset({"front", "frontline", "frontlines", "position", "positions"})


def thwarted_at_a_front(verb: Token) -> bool:
    if verb.lemma_.lower() != "thwart":
        return False
    fronts = not FRONT_WORDS.isdisjoint(t.lemma_.lower() for t in verb.sent)
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ADVANCE_NOUNS or (
        c.lemma_.lower() == "attack" and fronts)) for c in verb.children)


def _stopped_short_of(tok: Token) -> bool:
    """ "stopped short of threatening Venezuela": it did not."""
    prep = tok.head
    short = prep.head
    return tok.dep_ in ("pcomp", "pobj") and prep.lower_ == "of" and short.lower_ == "short" and \
        short.head.lemma_.lower() in ("stop", "fall")


def _nobody(tok: Token) -> bool:
    return tok.lower_ in NOBODY_WORDS or any(c.dep_ in ("det", "preconj") and c.lower_ in NOBODY_DETERMINERS
                                             for c in tok.children)


def _no_longer(tok: Token) -> bool:
    return tok.dep_ == "advmod" and tok.lower_ in ("longer", "more") and any(c.lower_ == "no" for c in tok.children)


def _called_off(verb: Token) -> bool:
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _pressed_on(verb: Token) -> bool:
    return verb.lemma_.lower() == "press" and any(c.dep_ == "prt" and c.lower_ in ("on", "ahead")
                                                  for c in verb.children)


def _content_clause(verb: Token) -> bool:
    """ "reports *that troops shelled the village*", unlike "accusations *made by his brother*"."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _without(tok: Token) -> bool:
    return tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without"
