"""Event words used as labels, formulas and figures of speech in ordinary news.

Read over real articles (campaign coverage, local news, business pages), the extractor found events in
"the convention's pledged delegates", "the CARA Family Detention Pro Bono Project", "as opposed to defending
her record", "'Thank you for voting'", "2.1 percent declared support for the party",
"the debate promised to be a crucial moment", "a ballot initiative threatened to raise the wage", "sought
to appeal to younger voters", "deploying such a strategy", "pushing people to share more information" and
"registered to donate their organs". ``label_or_figure`` tells these uses from the events the same words
name; ``senses.everyday_sense`` asks it first. (Event words that name a trade or a thing, "consulting firm",
"Arson investigators", "riot police", are ``triggers.THING_HEADS``.)
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsledger.extract.events.everyday_words import (
    ARMED_GROUP_WORDS,
    ARMED_SUBJECTS,
    CAMPAIGN_CUES,
    DOCUMENT_NOUNS,
    LIVESTOCK,
    ORGANS_AND_MACHINES,
    TRADED_ASSETS,
)
from newsledger.extract.events.found import (
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    nearby_lemmas,
    nearby_sentences,
    sentence_forms,
    sentence_lemmas,
)
from newsledger.extract.events.lexicon import Sense
from newsledger.extract.events.parties import _is_party
from newsledger.nlp.words import MODALS

# Entities whose name may hold an event word: "the CARA Family Detention Pro Bono Project".
NAME_ENTITY_TYPES = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"})
# Who answers a poll: "2.1 percent declared support", "most respondents opposed the plan".
POLL_ANSWERERS = frozenset({"percent", "%", "respondent", "poll", "survey", "per"})
# "57 percent to 22 percent" (not "cut the tax from 16% to 8%").
POLL_SPLIT = re.compile(r"(?<!from )\b\d+(?:\.\d+)?(?: ?%| percent) to \d+(?:\.\d+)?(?: ?%| percent)")
# Those a candidate appeals to for their votes ("sought to appeal to younger African Americans").
ELECTORATES = frozenset({"voter", "delegate", "base", "supporter", "electorate", "constituency", "constituent",
                         "conservative", "liberal", "moderate", "independent", "evangelical", "woman", "man",
                         "american", "millennial", "suburbanite", "demographic", "audience", "reader", "viewer",
                         "fan", "consumer", "customer", "people", "youth", "bloc"})
# What is deployed or reinforced that is no force: "deploying such a strategy", "reinforced its R&D capabilities".
STRATEGIES = frozenset({"strategy", "tactic", "tactics", "argument", "rhetoric", "message", "skill", "skills",
                        "capability", "capabilities", "technology", "software", "app", "charm", "humour", "humor",
                        "playbook", "talent", "expertise", "brand", "algorithm", "tool", "tools"})
# What people share that is no cooperation between parties ("shared photos of the flood"), and what they share
# that is only when no one names a partner or a sharer ("pushing people to share more information"; agencies
# that "shared information on smuggling networks" cooperate).
PERSONAL_SHARES = frozenset({"photo", "photos", "picture", "pictures", "video", "videos", "post", "posts", "story",
                             "stories", "opinion", "opinions", "experience", "experiences", "thought", "thoughts",
                             "memory", "memories", "meme", "selfie", "recipe", "image", "images", "link", "content"})
SHARED_FACTS = frozenset({"information", "data", "detail", "details"})
RAISING_VERBS = frozenset({"promise", "threaten", "vow", "pledge"})
# Things said to promise or threaten what they are likely to bring ("a pending ballot initiative threatened to
# raise the wage", "the row threatens to derail the talks"); groups that threaten ("a fringe outfit") are not here.
RAISED_THINGS = frozenset({"initiative", "measure", "bill", "proposal", "plan", "debate", "scandal", "crisis", "row",
                           "dispute", "issue", "case", "move", "decision", "policy", "law", "ruling", "storm", "fire",
                           "flood", "virus", "outbreak", "situation", "deal", "vote", "election", "race", "contest",
                           "deficit", "price", "cost", "inflation", "rate", "weather", "rain", "season", "game",
                           "match", "event", "show", "film", "project", "development", "trend", "shortage", "strike"})
# What is occupied that is no territory or building taken: "the second vehicle, occupied by a driver".
# (Not "office", "post" or "position": students occupy offices, rebels army posts.)
OCCUPIED_SEATS = frozenset({"vehicle", "car", "seat", "seats", "bed", "space", "spot", "role", "job", "chair", "cab",
                            "cabin", "lane", "table", "time", "mind"})
# Prepositions that name who discusses, with whom, where or when ("discussed at the summit").
MEETING_PREPS = frozenset({"by", "with", "at", "between", "during", "in"})
PHONE_NUMBER = re.compile(r"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\(\d{3}\) ?\d{3}-\d{4}")
# A company that agrees to be bought ("agreed to be acquired by Monex").
TAKEOVER_VERBS = frozenset({"acquire", "buy", "purchase", "take", "merge", "sell"})
# What a concession "that ..." yields: "conceded that he had lost", "conceded that the ban would be lifted".
YIELDED = frozenset({"lose", "defeat", "lift", "withdraw", "release", "resign", "step", "end", "drop", "accept"})
# Verbs and nouns of mobilisation that business and campaign news use too ("approach recruitment analytically",
# "will reinforce customer service", "mobilise all efforts"): PLOVER's MOBILIZE is "military or police moves",
# so a sentence with none of these words names none ("Wagner's recruitment of prisoners" does).
MOBILIZING_WORDS = frozenset({"deploy", "deployment", "reinforce", "mobilise", "mobilize", "mobilisation",
                              "mobilization", "recruit", "recruitment"})
MILITARY_CUES = ARMED_SUBJECTS | ARMED_GROUP_WORDS | {
    "prisoner", "convict", "inmate", "mercenary", "war", "combat", "front", "frontline", "battlefield", "border",
    "guard", "guardsman", "reservist", "conscript", "tank", "warship", "ship", "carrier", "jet", "aircraft",
    "missile", "rocket", "drone", "artillery", "submarine", "helicopter", "bomber", "weapon", "defence", "defense",
    "security", "officer", "sergeant", "sgt", "colonel", "general", "pentagon", "nato", "operation", "mission",
    "peacekeeper", "peacekeeping", "battalion", "division", "contingent", "garrison", "base", "sailor", "airman",
    "navy", "naval", "air", "coast", "sheriff", "deputy", "swat", "riot", "military", "armed", "terrorist", "isis"}
# Thanks and applause between a speaker and the room are manners, not political support (praise for the
# volunteers who cleared a flooded town is support).
COURTESIES = frozenset({"thank", "praise", "applaud"})
AUDIENCES = frozenset({"crowd", "audience", "donor", "supporter", "fan", "attendee", "guest", "viewer",
                       "listener", "reader"})
# Whom campaigns and firms recruit: not armed forces.
CIVILIAN_RECRUITS = frozenset({"politician", "activist", "supporter", "voter", "volunteer", "donor", "member",
                               "staff", "staffer", "employee", "worker", "student", "candidate"})
# What investigators look into when no one is suspected.
CAUSES = frozenset({"cause", "causes", "circumstances"})
WEB_PLACES = frozenset({"website", "site", "page", "webpage", "homepage", "portal", "app", "blog", "link"})
PETS = LIVESTOCK | {"cat", "cats", "dog", "dogs", "pet", "pets", "puppy", "kitten", "animal", "animals", "zoo"}


def label_or_figure(tok: Token, lemma: str, pos: str, sense: Sense) -> bool:
    """True when the trigger ``tok`` names no event: a word of a name, a participle used as an adjective, a
    formula, a poll's answer, a raising verb with a thing as subject, a candidate's appeal for votes, a strategy
    deployed, a mobilisation with no word of armed force near it, things shared, donated, occupied, visited or
    discussed by no one, a company or court agreeing to a sale or a hearing, a point conceded, a telephone
    number, thanks and applause between a speaker and the room, the cases of rape or incest an abortion law
    excepts. (Opinions agreed with are ``senses``'.)"""
    children = list(tok.children)
    if _inside_a_name(tok) or (tok.dep_ == "amod" and lemma in ("pledge", "commit")):
        return True  # "the convention's pledged delegates", "committed supporters"
    if lemma == "oppose" and _as_opposed_to(tok):
        return True  # "as opposed to defending her connections"
    if lemma == "thank" and any(c.dep_ in OBJECT_DEPS and c.lower_ in ("you", "god") for c in children):
        return True  # "'Thank you for voting'", "thank you to the police", "Thank God": a formula, not praise
    if lemma in COURTESIES and pos == "V" and any(c.lemma_.lower() in AUDIENCES for c in (
            *(c for c in children if c.dep_ in OBJECT_DEPS), *_subjects_of(tok, children))):
        return True  # "after thanking the raucous crowd", "praised her 'wonderful donors'", "the audience applauded"
    if lemma in ("rape", "incest") and pos == "N" and _abortion_exception(tok):
        return True
    if lemma in ("promise", "pledge", "vow") and pos == "V" and _promises_nothing(tok, children):
        return True  # "'I promise.'": nothing promised is named
    if lemma == "beat" and any(s.lemma_.lower() in ("heart", "pulse") for s in _subjects_of(tok, children)):
        return True  # "his heart started beating on its own again"
    if lemma == "investigate" and any(c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and c.lemma_.lower() in CAUSES
                                      for c in children):
        return True  # "the cause of the crash is being investigated": an accident's, not someone's, wrongdoing
    if sense.type in ("SUPPORT", "REJECT", "AGREE") and _answers_a_poll(tok, children):
        return True
    if pos == "V" and lemma in RAISING_VERBS and _raised_thing(tok, children):
        return True
    if lemma == "appeal" and sense.type == "REQUEST" and _appeals_for_votes(tok, children):
        return True
    if sense.type == "MOBILIZE" and any(c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and c.lemma_.lower() in STRATEGIES
                                        for c in children):
        return True  # "deploying such a strategy", "its R&D capabilities are reinforced"
    if sense.type == "MOBILIZE" and lemma in MOBILIZING_WORDS and (not _military_sentence(tok) or any(
            c.dep_ in OBJECT_DEPS and c.lemma_.lower() in CIVILIAN_RECRUITS for c in children)):
        return True  # (and "recruited nearly 70 politicians", "recruit and mobilize supporters": a campaign's)
    if lemma == "rally" and sense.type == "PROTEST" and not TRADED_ASSETS.isdisjoint(sentence_lemmas(tok.sent)):
        return True  # "Before this week's rally, Twitter shares were barely half their offering price"
    if lemma == "share" and sense.type == "COOPERATE" and _shares_with_no_one(children):
        return True
    if lemma == "donate" and any(c.dep_ in OBJECT_DEPS and (c.lemma_.lower() in ORGANS_AND_MACHINES
                                                            or c.lower_ == "blood") for c in children):
        return True  # "registered to donate their organs"
    if lemma in ("beat", "defeat") and tok.dep_ in ("relcl", "acl") and any(c.tag_ == "TO" for c in children) \
            and not any(c.dep_ in OBJECT_DEPS for c in children):
        return True  # "goes into the season as the driver to beat"
    if lemma == "occupy" and any(t.lemma_.lower() in OCCUPIED_SEATS for t in _acted_on(tok, children)):
        return True  # "the second vehicle, occupied by a female adult driver"
    if lemma == "agree" and _agrees_to_a_deal_or_a_hearing(children):
        return True
    if sense.type == "REQUEST" and lemma == "call" and _a_text_calls(children):
        return True  # "Part of the policy calls for not allowing right on red"
    if lemma in ("discuss", "debate") and pos == "V" and _discussed_by_no_one(tok, children):
        return True  # "there were decisions discussed and made"
    if sense.type in ("CONSULT", "AGREE") and lemma == "visit" and (any(
            t.lemma_.lower() in PETS or t.lower_ in PETS or t.lemma_.lower() in WEB_PLACES
            for t in [*_acted_on(tok, children), *_through_of(_acted_on(tok, children))])
            or any(c.lower_ == "online" for c in children)):
        return True  # "planning on visiting the cat", "by visiting one of two websites", "visit online"
    if lemma in ("discuss", "comment", "speak") and "anonymity" in sentence_forms(tok.sent):
        return True  # "who spoke on the condition of anonymity to discuss sensitive internal deliberations"
    if lemma == "concede" and pos == "V" and _concedes_a_point(children):
        return True  # "She's a Sanders supporter but concedes that most of her peers love the Clintons"
    if lemma == "call" and sense.type == "REQUEST" and _telephone_call(tok):
        return True  # "For more information, call the Bob Wills Museum at 806-423-1253"
    return pos == "V" and lemma == "face" and sense.type == "THREATEN" and _faced_in_the_past(tok, children)


def _concedes_a_point(children: list[Token]) -> bool:
    """A point granted in argument, with nothing yielded ("conceded defeat", "conceded to demands" and "conceded
    that he had lost" yield)."""
    if any(c.dep_ in ("dobj", "prep") for c in children):
        return False
    clauses = [c for c in children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(w.lemma_.lower() in YIELDED for c in clauses for w in c.subtree)


def _military_sentence(tok: Token) -> bool:
    """A word of armed forces, weapons or war, or a state or nation named, in the trigger's sentence or the one
    before ("The Wagner Group has recruited prisoners. The group also opened recruitment centres")."""
    return any(not (sentence_lemmas(s) | sentence_forms(s)).isdisjoint(MILITARY_CUES)
               or any(w.ent_type_ in ("GPE", "NORP") for w in s) for s in nearby_sentences(tok))


def _promises_nothing(tok: Token, children: list[Token]) -> bool:
    """A promise with no object or clause, ending its sentence ("pledging, 'we will be respectful ...'" names the
    promise in the quote that follows, "jobs were not created as the government had promised" one made before)."""
    if any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prep", "advcl") or (c.dep_ == "mark" and c.lower_ == "as")
           for c in children):
        return False
    rest = tok.doc[tok.i + 1:tok.sent.end]
    return all(w.is_punct and w.text not in (",", ":", "-", "\u2013", "\u2014") for w in rest)


def _subjects_of(tok: Token, children: list[Token]) -> list[Token]:
    """The verb's subjects, or those of the verb it completes or is coordinated with ("his heart started beating",
    "the audience laughed and applauded")."""
    own = [c for c in children if c.dep_ == "nsubj"]
    if own or tok.dep_ not in ("xcomp", "conj") or tok.head.pos_ != "VERB":
        return own
    return [c for c in tok.head.children if c.dep_ == "nsubj"]


def _abortion_exception(tok: Token) -> bool:
    """ "exceptions for rape or incest", "abortion in cases of rape and incest": a kind of case the law names."""
    paired = any(c.lemma_.lower() in ("rape", "incest") for c in (*tok.conjuncts, tok.head) if c is not tok)
    return paired and not nearby_lemmas(tok).isdisjoint({"abortion", "exception", "exemption", "pro-life"})


def _telephone_call(tok: Token) -> bool:
    text = tok.sent.text.lower()
    return "for more information" in text or "for details" in text or bool(PHONE_NUMBER.search(tok.sent.text))


def _acted_on(tok: Token, children: list[Token]) -> list[Token]:
    """The verb's object, its passive subject, or the noun its participle modifies ("the vehicle, occupied")."""
    acted = [c for c in children if c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        acted.append(tok.head)
    return acted


def _agrees_to_a_deal_or_a_hearing(children: list[Token]) -> bool:
    """ "Coincheck has agreed to be acquired by Monex", "the court had agreed to hear cases": a company sold, a
    court's docket."""
    for act in (c for c in children if c.dep_ == "xcomp"):
        if act.lemma_.lower() in TAKEOVER_VERBS and any(a.dep_ == "auxpass" for a in act.children):
            return True
        if act.lemma_.lower() == "hear" and any(o.dep_ == "dobj" and o.lemma_.lower() in ("case", "appeal", "argument")
                                                for o in act.children):
            return True
    return False


def _through_of(nouns: list[Token]) -> list[Token]:
    """ "one of two websites": what a number or a part is of."""
    return [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


def _a_text_calls(children: list[Token]) -> bool:
    parts = [c for c in children if c.dep_ == "nsubj" and c.lower_ in ("part", "parts", "section", "much", "some")]
    return any(g.lemma_.lower() in DOCUMENT_NOUNS for p in parts for c in p.children if c.dep_ == "prep"
               and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


def _discussed_by_no_one(tok: Token, children: list[Token]) -> bool:
    """A thing discussed with no one named discussing it, nowhere and with no one ("the issue was discussed at
    the summit" and "discussed with Iran" name a meeting)."""
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children) or (
        tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN")
    if not passive or any(c.dep_ in ("agent", "prep") and c.lower_ in MEETING_PREPS for c in children):
        return False
    acted = _acted_on(tok, children)
    return bool(acted) and not any(_is_party(t) or t.pos_ == "PRON" for t in acted)


def _inside_a_name(tok: Token) -> bool:
    """A word inside an organisation's, a building's, a work's or a law's name: "the CARA Family Detention Pro
    Bono Project", "the Rapid Support Forces". A name ends in its head noun; a headline the tagger reads as a
    name ends in the act ("FDIC Accused Of Covering Up ...")."""
    if tok.ent_type_ not in NAME_ENTITY_TYPES or tok.ent_iob_ == "O":
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.ent_iob_ == "I" and after.ent_type_ == tok.ent_type_


def _as_opposed_to(tok: Token) -> bool:
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return before is not None and after is not None and before.lower_ == "as" and after.lower_ == "to"


def _answers_a_poll(tok: Token, children: list[Token]) -> bool:
    """ "2.1 percent declared support for the Together Party", "a majority of respondents opposed it", "male troops
    backed Trump, 57 percent to 22 percent"."""
    if POLL_SPLIT.search(tok.sent.text):
        return True
    clause = tok.head if tok.dep_ in OBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX") else tok
    subjects = [c for c in (children if clause is tok else clause.children) if c.dep_ in ("nsubj", "npadvmod")]
    subjects += [g for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
    return any(s.lemma_.lower() in POLL_ANSWERERS or s.lower_ in POLL_ANSWERERS for s in subjects)


def _raised_thing(tok: Token, children: list[Token]) -> bool:
    """ "The debate promised to be a crucial moment", "a pending ballot initiative threatened to raise the
    wage": the verb says what a thing is likely to do; no one promises or threatens."""
    if not any(c.dep_ == "xcomp" for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects or any(_is_party(s) or s.ent_type_ for s in subjects):
        return False
    to_be = any(c.dep_ == "xcomp" and c.lemma_.lower() in ("be", "become") for c in children)
    return to_be or all(s.lemma_.lower() in RAISED_THINGS for s in subjects)


def _appeals_for_votes(tok: Token, children: list[Token]) -> bool:
    """ "Both candidates sought to appeal to younger African Americans", "in a bid to appeal to moderate
    delegates": courting voters, not asking them for anything ("appealed to the UN for help" asks)."""
    if any((c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in ("xcomp", "ccomp") for c in children):
        return False
    addressed = [g for c in children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if not addressed:
        return False
    if any(a.lemma_.lower() in ELECTORATES or a.lower_.rstrip("s") in ELECTORATES for a in addressed):
        return True
    if any(a.ent_type_ in ("ORG", "GPE", "PERSON") or a.lemma_.lower() == "court" for a in addressed):
        return False  # "appealed to the Supreme Court against the result"
    return not CAMPAIGN_CUES.isdisjoint(sentence_lemmas(tok.sent))


def _shares_with_no_one(children: list[Token]) -> bool:
    """ "pushing people to share more and more information": shared with no one named ("shared intelligence
    with Jordan" and "shared with Mr. Hannity the full details" are between parties)."""
    if any(w.lower_ == "with" for c in children for w in c.subtree):
        return False
    objects = [c.lemma_.lower() for c in children if c.dep_ in OBJECT_DEPS]
    if any(o in PERSONAL_SHARES for o in objects):
        return True
    return any(o in SHARED_FACTS for o in objects) and not any(c.dep_ == "nsubj" for c in children)


def _faced_in_the_past(tok: Token, children: list[Token]) -> bool:
    """ "Rubio and Christie faced increasing attacks from Bush": attacks met, no threat ("must drop barriers or
    face tariff penalties" and "will face consequences" threaten)."""
    return tok.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in children)
