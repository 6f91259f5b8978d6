"""Parses the small model gets wrong in a way a rule can see, shared by the extractors that read them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.nlp.words import MODALS

DO_SUPPORT = frozenset({"do", "does", "did"})
# Verbs of demanding, whose "that" clause takes a bare verb; word forms, as the repair runs before the lemmatizer.
MANDATIVE_FORMS = frozenset({"demanded", "demands", "demand", "insisted", "insists", "urged", "urges", "asked",
                             "asks", "recommended", "recommends", "proposed", "proposes", "requested", "requests",
                             "required", "requires", "ordered", "orders", "stipulated", "stipulates"})


def stray_subject(verb: Token) -> Token | None:
    """ "Missiles struck a block, killing at least 40 people, including three children, governor Serhiy Lysak
    said": the parser hangs "people" on "said" as a second subject, right after the reported clause; it is the
    object of that clause's last verb. The stray subject, or None."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2:
        return None
    stray, speaker = subjects[0], subjects[-1]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < stray.i]
    if not clauses or stray.right_edge.i >= speaker.left_edge.i:
        return None
    reported = clauses[-1]
    return stray if reported.right_edge.i + 1 == stray.left_edge.i else None


def stray_object(verb: Token) -> Token | None:
    """The stray subject of the reporting verb that ``verb``, the last verb of the reported clause with no
    object of its own, was the object of ("killing" and "at least 40 people" in ``stray_subject``'s example)."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    reporting = verb
    while reporting.dep_ != "ccomp" and reporting.head != reporting:
        reporting = reporting.head
    if reporting.dep_ != "ccomp":
        return None
    stray = stray_subject(reporting.head)
    if stray is None or verb.right_edge.i + 1 != stray.left_edge.i:
        return None
    return stray


def misread_relative(verb: Token) -> bool:
    """ "Islamist militants killed at least 20 soldiers in an attack ..., the army said": the small model reads
    "militants killed" as militants who were killed (a participle modifying the subject of "said"). A participle
    with a direct object of its own, on a noun that is a subject, is the clause's verb in the active voice."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i < verb.head.i:
        return False
    if verb.head.dep_ != "nsubj" or any(c.dep_ in ("auxpass", "aux", "mark") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def rehang_reporting_conjuncts(doc: Doc) -> Doc:
    """ "The Security Council demanded that the rebels withdraw and called on all armed groups to disarm", "said the
    government would not tolerate violence and warned that ...": the parser hangs the second past-tense verb on the
    reported verb, which cannot share its tense (a bare or modal verb), so the rebels would be calling and the
    government warning. Such a conjunct, with no subject of its own, is hung on the reporting verb with its "and"."""
    for tok in doc:
        head = tok.head
        if tok.dep_ != "conj" or tok.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.i > head.i:
            continue
        governor = head.head
        aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        # "demanded that the rebels withdraw": after a verb of demanding, a present form is a bare subjunctive
        subjunctive = head.tag_ == "VBP" and governor.lower_ in MANDATIVE_FORMS
        bare = head.tag_ == "VB" or bool(aux & MODALS) or subjunctive
        # (runs before the attribute ruler: fine-grained tags only, no coarse ones yet)
        if not bare or aux & DO_SUPPORT or governor.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        for cc in [c for c in head.children if c.dep_ in ("cc", "punct") and head.i < c.i < tok.i]:
            cc.head = governor
        tok.head = governor
    return doc


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PAST_TAGS = frozenset({"VBD", "VBN"})


def rehang_verbs_read_as_adjectives(doc: Doc) -> Doc:
    """ "Members of one party assaulted and injured members of another": the parser reads "injured" (and sometimes
    "assaulted" too) as an adjective of the object, in one of three ways mended in turn. A past-tense verb with a
    subject is the root; a past form after "and" with the object after it is a verb, and the object is its own. Tags
    only, as this runs before the attribute ruler."""
    _object_made_root(doc)
    _subject_made_root(doc)
    _second_verb_made_adjective(doc)
    return doc


def _object_made_root(doc: Doc) -> None:
    """The object made the root, with "assaulted" an adjective that has a subject of its own."""
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_ in NOUN_TAGS]:
        verbs = [c for c in root.children if c.dep_ == "amod" and c.tag_ in PAST_TAGS and c.i < root.i]
        if not verbs or verbs[0].tag_ != "VBD" or not any(c.dep_ == "nsubj" for c in verbs[0].children):
            continue
        verb = verbs[0]
        for tok in root.children:
            if tok.i < root.i and tok.dep_ in ("cc", "punct"):
                tok.head = verb  # the "and" between the verbs
        for other in verbs[1:]:
            other.head, other.dep_ = verb, "conj"
        root.head, root.dep_ = verb, "dobj"
        verb.head, verb.dep_ = verb, "ROOT"


def _subject_made_root(doc: Doc) -> None:
    """ "presumed militants assaulted teachers in Toulfe": the subject made the root, the verb right after it an
    adjective of the object, which hangs on the subject (a past tense, VBD, is never an adjective)."""
    for root in [t for t in doc if t.dep_ == "ROOT" and t.tag_ in NOUN_TAGS and t.i + 1 < len(doc)]:
        verb, obj = doc[root.i + 1], doc[root.i + 1].head
        if verb.tag_ != "VBD" or verb.dep_ != "amod" or obj.head != root or obj.i <= verb.i or \
                obj.tag_ not in NOUN_TAGS:
            continue
        for tok in [c for c in root.children if c.i > obj.i]:
            tok.head = verb  # what follows the object ("and forced them to leave", the full stop) is the verb's
        obj.head, obj.dep_ = verb, "dobj"
        root.head, root.dep_ = verb, "nsubj"
        verb.head, verb.dep_ = verb, "ROOT"


def _second_verb_made_adjective(doc: Doc) -> None:
    """The object made a conjunct of the first verb, or its second object ("staged a demonstration and exploded
    cocktail bombs"), with the second verb an adjective of it."""
    for verb in [t for t in doc if t.tag_ == "VBD"]:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        noun = objects[1] if len(objects) == 2 else next(
            (c for c in verb.children if c.dep_ == "conj" and c.tag_ in NOUN_TAGS), None)
        if noun is None or noun.tag_ not in NOUN_TAGS or noun.left_edge.i == 0:
            continue
        before, past = doc[noun.left_edge.i - 1], noun.left_edge
        if before.lower_ != "and" or before.head != verb:
            continue
        if past.dep_ != "amod" or past.head != noun or not past.lower_.endswith("ed") or past.tag_ not in (
                *PAST_TAGS, "JJ"):
            continue
        past.head, past.dep_, past.tag_ = verb, "conj", "VBD"
        noun.head, noun.dep_ = past, "dobj"
