"""Indirect (reported) speech: a reporting verb or noun with its complement.

"Prigozhin said that ...", "warned of ...", "called on Russia to ...", "the claim that ...", but
also stances ("called him a loser"), intents, seemings ("appears to have learned ..."), as-clauses
("as the Times noted, ...") and cues set inside the clause they report ("..., Prigozhin added.").
A direct quote whose cue reports a longer clause around it is reframed as that indirect statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.extract.events.everyday_words import ARMED_GROUP_WORDS
from newsledger.extract.events.senses import verbal_attack
from newsledger.extract.quotes.candidates import (
    SENTENCE_END,
    SUBJECT_DEPS,
    Cand,
    cue_offsets,
    is_cue_verb,
    lemma_of,
    lstrip_index,
    marked,
    rstrip_index,
    subject_of,
    trimmed,
)
from newsledger.extract.quotes.lexicon import (
    ADDRESSEE_VERBS,
    APPEARANCE_VERBS,
    BELIEF_VERBS,
    INTENT_VERBS,
    MANNER_VERBS,
    OBJECT_CONTENT_VERBS,
    PASSIVE_BELIEF_VERBS,
    PREP_CONTENT_VERBS,
    REPORTING_NOUNS,
    SPEECH_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
    XCOMP_CONTENT_VERBS,
)
from newsledger.extract.quotes.marks import Quoted
from newsledger.nlp.datelines import dateline_dash
from newsledger.nlp.repairs import stray_subject
from newsledger.nlp.words import TIME_MARKS

# An indirect complement that merely frames a quote ("that “...”") counts as the direct quote.
DIRECT_SHARE = 0.6
_QUESTION_MARKS = frozenset({"if", "whether"})


def indirect_candidates(doc: Doc, text: str, direct: list[Cand], quoted: list[Quoted]) -> list[Cand]:
    by_cue = {c.cue_token: c for c in direct if c.cue_token is not None}
    inside = bytearray(len(text) + 1)
    for c in direct:
        inside[c.content[0] : c.content[1]] = b"\x01" * (c.content[1] - c.content[0])
    inside_quote = bytearray(len(text) + 1)
    for q in quoted:
        inside_quote[q.inner[0] : q.inner[1]] = b"\x01" * (q.inner[1] - q.inner[0])
    out = list(direct)
    for tok in doc:
        if inside[tok.idx] and tok.i not in by_cue:
            continue  # speech reported inside someone's quote
        found = _verb_content(tok) if _is_content_verb(tok) else _noun_content(tok)
        if found is None:
            continue
        content, subject = found
        if tok.i in by_cue and _reframe(by_cue[tok.i], content, doc):
            continue
        if tok.i in by_cue and not _apart(by_cue[tok.i], content):
            continue
        if inside_quote[content[0]] and inside_quote[max(content[1] - 1, content[0])]:
            continue  # a clause inside a quotation is the quote's business
        content = _after_dateline(doc, _within_paragraph(text, content, tok.idx))
        if content[1] - content[0] < 2 or not any(ch.isalnum() for ch in text[content[0] : content[1]]):
            continue
        out.append(Cand("indirect", content, tok.i, cue_offsets(tok), subject=subject))
    return out


def _within_paragraph(text: str, content: tuple[int, int], cue: int) -> tuple[int, int]:
    """A parse that runs over a line break (a dateline, a heading) is cut at the break."""
    start, end = content
    if "\n" not in text[start:end]:
        return content
    if cue < start:
        cut = text.find("\n", start, end)
        return start, rstrip_index(text, start, cut)
    if cue >= end:
        cut = text.rfind("\n", start, end) + 1
        return lstrip_index(text, cut, end), end
    # The cue sits inside: keep the paragraph it is in.
    first = lstrip_index(text, text.rfind("\n", start, cue) + 1, end)
    stop = text.find("\n", cue, end)
    return first, rstrip_index(text, first, stop) if stop >= 0 else end


# Who attacks with force rather than with words.
VIOLENT_DOERS = ARMED_GROUP_WORDS | frozenset({"police", "mob", "crowd", "rioter", "assailant", "terrorist"})


def _after_dateline(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """ "KHARTOUM, June 3 (Reuters) - Sudan's paramilitary forces shelled a market ..., a rights group said": the
    dateline says where the story was filed, not what the group said."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or len(span) == 0 or (span.start > 0 and "\n" not in doc[span.start - 1].text_with_ws):
        return content
    dash = dateline_dash(doc, span.start)  # not "US President-elect Donald Trump has called ..."
    if dash is None or dash.i + 1 >= span.end:
        return content
    return doc[dash.i + 1].idx, content[1]


def _is_content_verb(tok: Token) -> bool:
    if not tok.tag_.startswith("VB"):
        return False
    lemma = lemma_of(tok)
    return (
        lemma in STANCE_VERBS
        or lemma in INTENT_VERBS
        or lemma in PREP_CONTENT_VERBS
        or lemma in APPEARANCE_VERBS
        or lemma in PASSIVE_BELIEF_VERBS
        or is_cue_verb(tok)
        or _as_clause(tok)
    )


def _appearance(verb: Token) -> tuple[tuple[int, int], Token | None] | None:
    """"Trump appears to have learned ...", "Sanders is expected to win", "she is seen by X as ...".

    The content runs from the subject to the complement; the source is the agent of a passive, if any.
    """
    lemma = lemma_of(verb)
    if lemma in APPEARANCE_VERBS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif verb.tag_ == "VBN" and (lemma in PASSIVE_BELIEF_VERBS or lemma in STANCE_VERBS):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
        if subject is None and as_phrase is not None and verb.dep_ in {"acl", "advcl", "relcl"}:
            # "the contests known as Super Tuesday", "his call ..., denounced as inhumane"
            objects = [g for g in as_phrase.children if g.dep_ in {"pobj", "pcomp", "amod", "acomp"}]
            if objects:
                return _subtree_offsets(objects[0]), _agent(verb)
    else:
        return None
    comp = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in {"xcomp", "acomp", "ccomp", "oprd"} or (c.dep_ == "prep" and c.lower_ in {"as", "like"}))
        ),
        None,
    )
    if subject is None or comp is None:
        return None
    if comp.dep_ == "xcomp" and (lemma_of(comp) in SPEECH_VERBS or lemma_of(comp) in STANCE_VERBS):
        return None  # "seemed to blame the network": the inner verb is the cue
    return trimmed(verb.doc[subject.left_edge.i : comp.right_edge.i + 1]), _agent(verb)


def _agent(verb: Token) -> Token | None:
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _as_clause(verb: Token) -> bool:
    """"As the Times noted, ..." / "..., as Trump put it": a cue clause set in the clause it reports."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children) or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    lemma = lemma_of(verb)
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    return lemma in SPEECH_VERBS or lemma in BELIEF_VERBS or lemma in MANNER_VERBS


def _outside(verb: Token) -> tuple[int, int]:
    """The clause ``verb`` hangs from, without the verb's own clause (the longer side of it)."""
    doc = verb.doc
    head = verb.head
    left, right = verb.left_edge.i, verb.right_edge.i
    before = doc[head.left_edge.i : left]
    after = doc[right + 1 : head.right_edge.i + 1]
    return trimmed(after if len(after) >= len(before) else before)


def _reframe(cand: Cand, content: tuple[int, int], doc: Doc) -> bool:
    """A quote inside a longer reported clause ("says the candidate has “always run ...”").

    True when the quote lies inside the cue's clausal content (then that content is the quote's).
    """
    q = cand.quoted
    if q is None or not (content[0] <= q.start and q.end <= content[1] + 1):
        return False
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    inner = doc.char_span(q.inner[0], q.inner[1], alignment_mode="expand")
    if span is None or inner is None:
        return True
    if len(inner) < DIRECT_SHARE * len(span):
        cand.kind = "indirect"
        cand.content = content
    return True


def _apart(cand: Cand, content: tuple[int, int]) -> bool:
    """A cue that took a quote from an earlier clause but reports its own clause too.

    "Though he said it led to a “handful of people” filing papers, John said none were added": the
    quote came before "John said", whose own complement is another statement.
    """
    return cand.content[1] <= content[0] or content[1] <= cand.content[0]


def _verb_content(verb: Token) -> tuple[tuple[int, int], Token | None] | None:
    lemma = lemma_of(verb)
    subject = subject_of(verb)
    if _as_clause(verb):
        return _outside(verb), subject
    if is_cue_verb(verb):
        found = _said_content(verb, lemma)
        if found is not None:
            return found, subject
    seeming = _appearance(verb)
    if seeming is not None:
        return seeming
    if subject is None or subject.lower_ in {"who", "that", "which"}:
        return None
    if not is_cue_verb(verb) and lemma in PREP_CONTENT_VERBS:
        # "talked about the economy", "railed against the deal": the rest of the verb phrase; but
        # "“...,” Prigozhin said, referring to his company" is the writer's gloss on the quote.
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and is_cue_verb(verb.head):
            return None
        for child in verb.children:
            if child.dep_ == "prep" and child.i > verb.i and child.lower_ in PREP_CONTENT_VERBS[lemma]:
                return trimmed(verb.doc[child.i : verb.right_edge.i + 1]), subject
    if (lemma in STANCE_VERBS and not _violent_attack(verb, lemma)) or lemma == "call":
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN", "PRON"}:
                if lemma == "call" and not any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children):
                    break  # "called a meeting", not "called him a loser"
                return _object_phrase(verb, child), subject
    if lemma in INTENT_VERBS:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                return _subtree_offsets(child), subject
    return None


def _violent_attack(verb: Token, lemma: str) -> bool:
    """ "mobs attacked villages", "terrorists attacked a compound": violence by an armed body or a crowd, which
    the events extractor records, not a stance; "attacked the plan", "attacking Trump" stay stances."""
    if lemma != "attack" or verbal_attack(verb, "V"):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"] or ([verb.head] if verb.dep_ in ("acl", "relcl") else [])
    # a sentence-opening "Mobs" may be tagged a proper noun that keeps its plural
    return any({w.lemma_.lower(), w.lower_.removesuffix("s")} & VIOLENT_DOERS for d in doers
               for w in (d, *d.children) if w is d or w.dep_ in ("compound", "amod"))


def _said_content(verb: Token, lemma: str) -> tuple[int, int] | None:
    doc = verb.doc
    preps = PREP_CONTENT_VERBS.get(lemma, frozenset())
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and child.lower_ in preps:
            # "warned of the recruitment ... through tactics that ...": the rest of the verb phrase.
            return trimmed(doc[child.i : verb.right_edge.i + 1])
        if child.i > verb.i and (marked(child, preps) or marked(child, _QUESTION_MARKS)):
            # "is calling for the US to step up ...", "was asked if she had ever ..."
            return _subtree_offsets(child)
    # A clausal complement after the verb first: one before it is often the sentence before,
    # glued on by a missed sentence break, or the clause an interposed cue reports.
    # "..., the speaker said, days after protesters overran his residence": a clause of time is no content.
    ccomps = sorted((c for c in verb.children if c.dep_ == "ccomp" and not any(
        m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children)), key=lambda c: (c.i < verb.i, c.i))
    if ccomps:
        stray = stray_subject(verb)
        if stray is not None and ccomps[0].i < stray.i:
            return trimmed(doc[ccomps[0].left_edge.i : stray.right_edge.i + 1])
        return _subtree_offsets(ccomps[0])
    if lemma in SPEECH_VERBS or lemma in {"think", "believe"}:
        if _closes_clause(verb):
            span = doc[verb.head.left_edge.i : verb.left_edge.i]
            if len(span) >= 3:
                return trimmed(span)
        if _interposed(verb):
            return _subtree_offsets(verb.head)
    if lemma in BELIEF_VERBS and lemma not in SPEECH_VERBS and lemma not in OBJECT_CONTENT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and _object_is_content(verb, lemma) and child.pos_ in {"NOUN", "PROPN"}:
            return _subtree_offsets(child)
        speech_xcomp = lemma in SPEECH_VERBS and lemma != "continue"  # "continued to rise" is no statement
        if child.dep_ == "xcomp" and (lemma in XCOMP_CONTENT_VERBS or speech_xcomp) and child.i > verb.i:
            return _subtree_offsets(child)  # "called on X to ...", "said legalizing it could ..."

    return None


def _object_is_content(verb: Token, lemma: str) -> bool:
    """Whether a speech verb's noun object is what was said ("mentioned the wall", "cited a poll").

    Beyond the verbs that announce something, only with a subject before the verb: after a quote
    the small model reads an inverted subject as the object ("'...,' wrote a man calling himself").
    """
    if lemma in OBJECT_CONTENT_VERBS:
        return True
    if lemma not in SPEECH_VERBS or lemma in ADDRESSEE_VERBS:
        return False
    subject = subject_of(verb)
    return subject is not None and subject.i < verb.i


def _object_phrase(verb: Token, obj: Token) -> tuple[int, int]:
    """The object with what the verb says of it ("called him a loser", "accused her of lying")."""
    end = obj.right_edge.i
    for child in verb.children:
        if child.i > obj.i and (child.dep_ in {"oprd", "xcomp", "ccomp"} or child.lower_ in {"as", "of", "for"}):
            end = max(end, child.right_edge.i)
    return trimmed(verb.doc[obj.left_edge.i : end + 1])


def _interposed(verb: Token) -> bool:
    """"In any case, Mr. DiPietro said, the golf industry was ...": a cue set off inside its clause."""
    if verb.dep_ != "parataxis" or verb.head.i <= verb.i:
        return False
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    # The commas around the cue hang from the verb or from the clause, as the parse has it.
    return (
        any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and (_dash_or_comma(doc, right) or _dash_or_comma(doc, right + 1))
        and (left == 0 or _dash_or_comma(doc, left) or _dash_or_comma(doc, left - 1) or doc[left].is_sent_start is True)
    )


def _dash_or_comma(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].text in {",", "—", "–"}


def _closes_clause(verb: Token) -> bool:
    """"..., Prigozhin added.": the cue verb hangs off the clause it reports, after a comma."""
    if verb.dep_ not in {"parataxis", "ccomp", "advcl", "conj"} or verb.head.i >= verb.i:
        return False
    # A participle ("..., adding that ...") carries its own complement; only a finite verb with its
    # own subject ("..., Prigozhin added.") reports the clause before it.
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    doc = verb.doc
    left = verb.left_edge.i
    if left == 0 or not (_dash_or_comma(doc, left) or _dash_or_comma(doc, left - 1)):
        return False
    last = verb.right_edge.i
    if last + 1 >= len(doc) or doc[last + 1].text in SENTENCE_END or "\n" in doc[last + 1].text:
        return True
    # "X resigned, the speaker said, days after protesters overran his residence": set off by commas, the cue
    # still reports what comes before it.
    return verb.dep_ == "parataxis" and "," in (doc[last].text, doc[last + 1].text)


def _noun_content(noun: Token) -> tuple[tuple[int, int], Token | None] | None:
    if noun.pos_ != "NOUN":
        return None
    preps = STANCE_NOUNS.get(noun.lemma_.lower())
    if preps is not None:
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        for child in noun.children:
            if holder is not None and child.dep_ == "prep" and child.lower_ in preps and child.i > noun.i:
                objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
                if objects:
                    return _subtree_offsets(objects[0]), holder
    if noun.lemma_.lower() not in REPORTING_NOUNS:
        return None
    if noun.dep_ == "pobj" and noun.head.head.i != noun.head.i and is_cue_verb(noun.head.head):
        return None  # "said in a statement that": the verb is the cue
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp"} and any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children):
            subject = next((c for c in noun.children if c.dep_ == "poss"), None)
            return _subtree_offsets(child), subject
    return None


def _subtree_offsets(tok: Token) -> tuple[int, int]:
    return trimmed(tok.doc[tok.left_edge.i : tok.right_edge.i + 1])
