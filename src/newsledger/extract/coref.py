"""Which named entity a pronoun or a definite description stands for, within one article.

``resolve_references(doc, entities, quotes)`` is a pure function of the parsed document and the entities
(and quotes) extracted from it. It ties "he", "its", "they", "the company", "the group", "the country", a
relative "which" and an apposition ("Ryanair, the Irish airline") to the entity they refer to, and returns
one ``SpanRef`` per tied word, so that an event whose actor is "the group" is Wagner's.

The method is salience, as in Lappin and Leass (1994): a mention in the last few sentences weighs more as a
subject or a direct object and less for each sentence back; each referent weighs what its weightiest mention
does, and the referring word goes to the heaviest referent that agrees with it, if it is clearly the heaviest
(``MARGIN``). Nouns and names that are no entity ("the deal", "the plane", a name the entity model missed)
compete too, so "It landed" after "The plane flew" stays untied rather than going to the company named before.
Precision comes first: a word the text leaves in doubt stays untied. A pronoun never refers to a subject of its
own verb ("Obama praised him"), and "I" or "we" inside a quote is its speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.records import Entity, Quote, SpanRef

# What each pronoun may refer to (spaCy entity types), and whether it needs a plural antecedent.
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "mine", "myself"})
GROUP_SPEAKER_PRONOUNS = frozenset({"we", "us", "our", "ours", "ourselves"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince"})
FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "madam", "lady", "dame", "queen", "princess"})
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
THING_TYPES = frozenset({"ORG", "GPE", "PRODUCT", "FAC"})
PLURAL_TYPES = frozenset({"ORG", "NORP"})
# Definite descriptions that refer back to a named entity, with the entity types they agree with.
DESCRIPTION_TYPES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("company", "firm", "group", "organisation", "organization", "militia", "movement", "outfit",
                     "carmaker", "automaker", "manufacturer", "maker", "airline", "carrier", "bank", "lender",
                     "retailer", "giant", "conglomerate", "corporation", "insurer", "airframer", "ministry",
                     "agency", "party", "alliance", "coalition", "union", "club", "network", "broadcaster",
                     "newspaper", "publisher", "producer", "supplier", "operator", "startup", "business"),
                    frozenset({"ORG"})),
    **dict.fromkeys(("country", "nation", "kingdom", "republic", "state", "city", "town", "capital", "province",
                     "region"), frozenset({"GPE"})),
    **dict.fromkeys(("device", "phone", "handset", "smartphone", "tablet", "computer", "plane", "aircraft",
                     "airliner", "jet", "superjumbo", "car", "vehicle", "model", "software", "product"),
                    frozenset({"PRODUCT"})),
}
# Titles that, before a person's name, are that person ("CEO Steve Jobs").
TITLE_WORDS = frozenset({"ceo", "president", "chairman", "chairwoman", "chief", "executive", "director", "minister",
                         "spokesman", "spokeswoman", "spokesperson", "founder", "leader", "head", "governor",
                         "senator", "secretary", "commander", "general", "mayor", "premier", "ambassador"})
# Words that alone say nothing of who is meant ("he" in one report and "he" in another are no evidence of one
# actor): what a reader needs the referent's name for.
BARE_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "who",
                           "whom", "which", "that", "this", "these", "those", "one", "someone", "somebody"})
# Clauses that are no part of the phrase they hang from ("the workers who were fired").
CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Descriptions that are the head of a name: "the ministry" is the Defence Ministry, not the group named last.
NAME_HEAD_NOUNS = frozenset({"ministry", "agency", "party", "alliance", "coalition", "union", "bank", "club"})
DEFINITE_WORDS = frozenset({"the", "this", "that"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Named-entity types no pronoun stands for ("on Monday", "$10,000").
NOT_REFERENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Nouns that only modify another noun ("prison recruitment", "Apple's"): no phrase of their own.
NOT_PHRASE_HEADS = frozenset({"compound", "poss", "nmod", "amod", "npadvmod"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
# How many sentences back a referring word may look (its own sentence is 0).
PRONOUN_REACH = 2
DESCRIPTION_REACH = 4
# How much more salient the chosen referent must be than the next one.
MARGIN = 1.5
# Verbs whose "it" subject is a placeholder for a clause ("it is likely that", "it was reported that").
EXPLETIVE_GOVERNORS = frozenset({"be", "seem", "appear", "remain", "take", "rain", "matter", "make", "become"})


@dataclass(frozen=True, slots=True)
class _Mention:
    """A noun phrase an anaphor may refer to: an entity's mention, or a noun that is no entity."""

    key: str  # the entity id, or "noun:<lemma>" for a noun that is no entity
    type: str  # the entity type, or "NOUN" / "NOUNS" (plural) / "NAME" for a noun or name that is no entity
    head: Token
    sentence: int
    weight: float  # salience in its own sentence
    gender: str | None = None  # "m" or "f" where a title says so ("Ms Blampied")


def resolve_references(doc: Doc, entities: Sequence[Entity], quotes: Sequence[Quote] = ()) -> tuple[SpanRef, ...]:
    """Pronouns, relative pronouns, appositions and definite descriptions tied to the entity they refer to.
    Words that refer to no entity, or to one the text leaves in doubt, get nothing."""
    if not entities:
        return ()
    return _Resolver(doc, entities, quotes).resolve()


def resolve_with_groups(doc: Doc, entities: Sequence[Entity], quotes: Sequence[Quote],
                        people: Collection[str]) -> tuple[tuple[SpanRef, ...], dict[int, SpanRef]]:
    """``resolve_references``, and for "they" that stands for a group no entity names ("Dozens of farmers
    gathered outside the court. They said ..."), that group's phrase, by the pronoun's first character. A group
    is a plural noun whose lemma is in ``people`` ("Prices rose. They said ..." are no speakers)."""
    resolver = _Resolver(doc, entities, quotes)
    references = resolver.resolve()
    groups = {doc[i].idx: _phrase(head) for i, head in resolver.groups.items() if head.lemma_.lower() in people}
    return references, groups


def _phrase(head: Token) -> SpanRef:
    """The noun phrase a head noun heads, without its relative clauses ("the workers who were fired")."""
    kept = _without(head, (c for c in head.children if c.dep_ in CLAUSE_DEPS))
    start, end = kept[0].idx, kept[-1].idx + len(kept[-1].text)
    return SpanRef(start, end, head.doc.text[start:end])


class _Resolver:
    """One article's mentions, and the referring words resolved so far (in reading order)."""

    def __init__(self, doc: Doc, entities: Sequence[Entity], quotes: Sequence[Quote]) -> None:
        self.doc, self.entities, self.quotes = doc, entities, quotes
        self.sentence_of = [0] * len(doc)
        self.sentence_start: list[int] = []  # first token of each sentence
        for n, sent in enumerate(doc.sents):
            self.sentence_of[sent.start : sent.end] = [n] * (sent.end - sent.start)
            self.sentence_start.append(sent.start)
        named, self.inside_names = _named_mentions(doc, entities, self.sentence_of)
        self.entity_at = {m.head.i: m.key for m in named}
        self.entity_type = {e.id: e.type for e in entities}
        nouns = _noun_mentions(doc, self.inside_names, self.entity_at, self.sentence_of)
        self.mentions = sorted([*named, *nouns], key=lambda m: m.head.i)
        self.positions = [m.head.i for m in self.mentions]  # kept in step with mentions, for windows
        self.groups: dict[int, Token] = {}  # a plural pronoun -> the head of the group it stands for
        self.quoted = [False] * len(doc)
        for quote in quotes:
            span = doc.char_span(*quote.content, alignment_mode="expand")
            if span is not None:
                self.quoted[span.start : span.end] = [True] * len(span)

    def resolve(self) -> tuple[SpanRef, ...]:
        """The tied words, in text order; ``groups`` is filled on the way."""
        text = self.doc.text
        found: list[SpanRef] = []
        for tok in self.doc:
            if tok.i in self.inside_names:
                continue
            entity = self._referent(tok)
            if entity is not None and tok.pos_ == "NOUN":
                self._add(_Mention(entity, self.entity_type[entity], tok, self.sentence_of[tok.i], _weight(tok)))
            elif tok.pos_ == "PRON" and tok.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
                # a resolved pronoun is one more mention of its referent; an unresolved one a rival of it
                # ("They're asking Manitobans ..., but they're not offering ...")
                key = entity or f"noun:pronoun-{tok.lower_}"
                kind = self.entity_type.get(entity or "", "NOUNS" if tok.lower_ in PLURAL_PRONOUNS else "NAME")
                self._add(_Mention(key, kind, tok, self.sentence_of[tok.i], _weight(tok)))
            if entity is not None:
                found.append(SpanRef(tok.idx, tok.idx + len(tok.text), text[tok.idx : tok.idx + len(tok.text)],
                                     entity))
        return tuple(found)

    def _add(self, mention: _Mention) -> None:
        index = bisect.bisect_right(self.positions, mention.head.i)
        self.mentions.insert(index, mention)
        self.positions.insert(index, mention.head.i)

    def _window(self, tok: Token, reach: int) -> list[_Mention]:
        """The mentions from ``reach`` sentences back up to the referring word: a long text costs no more per
        word than a short one."""
        first = self.sentence_start[max(0, self.sentence_of[tok.i] - reach)]
        return self.mentions[bisect.bisect_left(self.positions, first) : bisect.bisect_left(self.positions, tok.i)]

    def _referent(self, tok: Token) -> str | None:
        word = tok.lower_
        if tok.pos_ == "PRON":
            if word in SPEAKER_PRONOUNS or word in GROUP_SPEAKER_PRONOUNS:
                return self._speaker(tok, group=word in GROUP_SPEAKER_PRONOUNS)
            if tok.tag_ in ("WDT", "WP", "WP$"):
                return _relative_antecedent(tok, self.entity_at)
            if word in PERSON_PRONOUNS:
                return self._pronoun(tok, frozenset({"PERSON"}), plural=False)
            if word in THING_PRONOUNS and not _expletive(tok):
                return self._pronoun(tok, THING_TYPES, plural=False)
            if word in PLURAL_PRONOUNS:
                return self._pronoun(tok, PLURAL_TYPES, plural=True)
            return None
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        entity_at, entity_type = self.entity_at, self.entity_type
        if tok.dep_ == "appos" and tok.head.i in entity_at and tok.tag_ in ("NN", "NNP"):
            return entity_at[tok.head.i]  # "Ryanair, the Irish low-cost airline,"
        if tok.dep_ == "compound" and entity_type.get(entity_at.get(tok.head.i, "")) == "PERSON" and \
                tok.lemma_.lower() in TITLE_WORDS:
            return entity_at[tok.head.i]  # "Apple CEO Steve Jobs": the title is the person
        if tok.pos_ != "NOUN":
            return None
        return self._description(tok)

    def _pronoun(self, tok: Token, types: frozenset[str], *, plural: bool) -> str | None:
        governing = self._governing_subject(tok, types, plural=plural)
        if governing is not None:
            return governing or None
        return self._salient(tok, self._window(tok, PRONOUN_REACH), types, PRONOUN_REACH, plural=plural)

    def _governing_subject(self, tok: Token, types: frozenset[str], *, plural: bool) -> str | None:
        """"The Chicago native says he endorses ...": a pronoun subject of a clause that someone says, thinks or
        hopes is that someone. Returns the entity, "" when that someone is no entity, None when the rule does
        not apply."""
        if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ccomp":
            return None
        subject = next((c for c in tok.head.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        sent = tok.sent
        within = self.mentions[bisect.bisect_left(self.positions, sent.start) : bisect.bisect_left(self.positions,
                                                                                                   sent.end)]
        mention = next((m for m in within if m.head == subject), None)
        if mention is None:
            return ""
        return mention.key if self._agreeing(tok, mention, types, plural) and \
            not mention.key.startswith("noun:") else ""

    def _agreeing(self, tok: Token, m: _Mention, types: frozenset[str], plural: bool) -> bool:
        gender = "m" if tok.lower_ in MALE_PRONOUNS else "f" if tok.lower_ in PERSON_PRONOUNS else None
        return _agrees(m, types, plural) and (m.gender is None or m.gender == gender)

    def _salient(self, tok: Token, mentions: list[_Mention], types: frozenset[str], reach: int, *,
                 plural: bool) -> str | None:
        """The heaviest agreeing referent within reach; None when a noun that is no entity weighs more, or
        when two referents weigh about the same. Outside a quote, what the quote names is no referent."""
        here = self.sentence_of[tok.i]
        reflexive = tok.lower_ in REFLEXIVES
        scores: dict[str, float] = {}
        weightiest: dict[str, _Mention] = {}
        # "Obama praised him": not Obama, nor any other mention of him
        bound = {m.key for m in mentions if m.head.i < tok.i and _coargument(tok, m.head)}
        for m in mentions:
            if m.head.i >= tok.i:
                break
            distance = here - m.sentence
            if distance > reach or not self._agreeing(tok, m, types, plural):
                continue
            if self.quoted[m.head.i] and not self.quoted[tok.i]:
                continue  # "... Buhari is the leader," he said. He hailed Buhari: the speaker, not Buhari
            if reflexive and (distance or not _coargument(tok, m.head)):
                continue
            if not reflexive and m.key in bound:
                continue
            score = (100.0 + m.weight) / 2**distance
            if score > scores.get(m.key, 0.0):
                scores[m.key], weightiest[m.key] = score, m
        if not scores:
            return None
        ranked = sorted(scores, key=lambda k: -scores[k])
        best = ranked[0]
        if len(ranked) > 1 and scores[best] < MARGIN * scores[ranked[1]]:
            return None  # two referents about as likely: the text leaves it in doubt
        if best.startswith("noun:"):
            group = weightiest[best]
            if plural and group.type == "NOUNS" and group.head.pos_ == "NOUN":
                self.groups[tok.i] = group.head
            return None
        return best

    def _speaker(self, tok: Token, *, group: bool) -> str | None:
        """"I" inside a quote is its speaker. "We" is the speaker when the speaker is an organisation or a
        people, else the organisation the speaker is named with ("Boeing spokesman William Barksdale said: 'we
        ...'")."""
        for quote in self.quotes:
            start, end = quote.content
            if not start <= tok.idx < end or quote.speaker is None:
                continue
            entity = quote.speaker.entity
            kind = self.entity_type.get(entity or "")
            if not group:
                return entity if kind == "PERSON" else None
            if kind in ("ORG", "NORP", "GPE"):
                return entity
            return _speaker_organisation(self.doc, quote, self.entity_at, self.entity_type)
        return None

    def _description(self, tok: Token) -> str | None:
        """"The company", "the group", "the country": the heaviest entity of an agreeing type named before. A
        name-head noun ("the ministry") must be the head of the name; another description of the same kind said
        in between ("a group of men", "the company" for "the firm") is what it refers to."""
        lemma = tok.lemma_.lower()
        types = DESCRIPTION_TYPES.get(lemma)
        if types is None or tok.tag_ != "NN" or not any(
                c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in tok.children):
            return None
        if any(c.dep_ in ("compound", "poss", "nmod") or c.pos_ == "PROPN" for c in tok.children) or any(
                c.dep_ in ("prep", "relcl", "acl") and c.lower_ != "'s" for c in tok.children if c.i > tok.i):
            return None  # "the Airbus company", "the company's", "the company that makes": a new description
        window = self._window(tok, DESCRIPTION_REACH)
        names = {e.id for e in self.entities if lemma in e.name.lower()} if lemma in NAME_HEAD_NOUNS else None
        # a name the entity model missed may be what it describes ("Uber was sued by the DMV. The company ...")
        candidates = [m for m in window if m.type == "NAME" or (m.type in types and (names is None or m.key in names))]
        found = self._salient(tok, candidates, types, DESCRIPTION_REACH, plural=False)
        if found is None:
            return None
        latest = max(m.head.i for m in window if m.key == found)
        for between in self.doc[latest + 1 : tok.i]:
            if between.pos_ == "NOUN" and between.tag_ == "NN" and between.i not in self.inside_names and \
                    DESCRIPTION_TYPES.get(between.lemma_.lower()) == types:
                return None
        return found


def _named_mentions(doc: Doc, entities: Sequence[Entity], sentence_of: list[int]) -> tuple[list[_Mention], set[int]]:
    """Each entity mention as a referent (at its head), and the tokens of every mention ("John" of "Sarah
    Newton-John" refers to nobody else)."""
    found = []
    inside: set[int] = set()
    for entity in entities:
        spans = [s for s in (doc.char_span(a, b, alignment_mode="expand") for a, b in entity.mentions)
                 if s is not None and len(s)]
        gender = _gender(spans) if entity.type == "PERSON" else None
        for span in spans:
            inside.update(range(span.start, span.end))
            head = span.root
            # "Irish airline, Ryanair, announced": an apposition weighs what the phrase it names weighs
            role = head.head if head.dep_ == "appos" else head
            found.append(_Mention(entity.id, entity.type, head, sentence_of[head.i], _weight(role), gender))
    return found, inside


def _gender(spans: Iterable[Span]) -> str | None:
    """"m" or "f" when a title before the name says so ("Ms Blampied", "Mr. Boken")."""
    for span in spans:
        for tok in (span[0], span.doc[span.start - 1] if span.start else None):
            title = tok.lower_.rstrip(".") if tok is not None else ""
            if title in MALE_TITLES:
                return "m"
            if title in FEMALE_TITLES:
                return "f"
    return None


def _noun_mentions(doc: Doc, inside_names: set[int], entity_at: dict[int, str],
                   sentence_of: list[int]) -> list[_Mention]:
    """Noun phrases that are no entity ("the deal", "the workers", "the 787"): rivals for a pronoun."""
    found = []
    # "Apple's shares" is about Apple as much as about shares, and in "the airline, Ryanair," the name's mention
    # stands for the phrase: such nouns are left to the entity.
    held = {doc[i].head.i for i in entity_at if doc[i].dep_ in ("compound", "poss", "appos")}
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN", "NUM") or tok.i in inside_names or tok.dep_ in NOT_PHRASE_HEADS or \
                tok.ent_type_ in NOT_REFERENTS or tok.i in held:
            continue
        # A name the entity model missed ("AMLO", "Boken") may be anyone's: a rival for every singular pronoun
        kind = "NOUNS" if tok.tag_ in ("NNS", "NNPS") else "NAME" if tok.tag_ == "NNP" else "NOUN"
        found.append(_Mention(f"noun:{tok.lemma_.lower()}", kind, tok, sentence_of[tok.i], _weight(tok)))
    return found


def _weight(head: Token) -> float:
    """Lappin and Leass's salience factors: subject 80, direct object 50, other argument 40; a head not
    inside another noun phrase 80; a recent sentence 100 (added where the distance is known)."""
    weight = 80.0 if head.dep_ in SUBJECT_DEPS else 50.0 if head.dep_ in OBJECT_DEPS else 40.0
    holder = head.head.head if head.dep_ == "pobj" else head.head  # "recruitment of prisoners": inside
    if head.dep_ not in NOT_PHRASE_HEADS and holder.pos_ not in ("NOUN", "PROPN"):
        weight += 80.0
    return weight


def _agrees(m: _Mention, types: frozenset[str], plural: bool) -> bool:
    if m.type == "NOUNS":
        return plural
    if m.type == "NOUN":
        return not plural and "PERSON" not in types  # a common noun rarely stands for "he"
    if m.type == "NAME":
        return not plural
    if m.type in types:
        if not plural or m.head.tag_ == "NNPS":
            return True
        if m.type == "NORP":
            return m.head.dep_ not in NOT_PHRASE_HEADS  # "the Russians", not "Russian jails"
        # "they" for an organisation only where it acted ("Hamas said they ..."), not for one merely named
        # ("recruits of the Group ... their families" are the recruits')
        return m.type in PLURAL_TYPES and m.head.dep_ in SUBJECT_DEPS
    return plural and m.head.tag_ == "NNPS"


def _coargument(pronoun: Token, other: Token) -> bool:
    """Whether ``other`` is the subject of the verb the pronoun is an object of ("Obama praised him")."""
    if pronoun.dep_ == "poss" or other.dep_ not in SUBJECT_DEPS:
        return False
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    return other.head == verb


def _expletive(tok: Token) -> bool:
    """"It is likely that ...", "it was reported that ...", "made it clear": an "it" that stands for a clause."""
    if tok.dep_ == "expl":
        return True
    head = tok.head
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children if c.i > tok.i)
    if tok.dep_ == "nsubj" and head.lemma_ in EXPLETIVE_GOVERNORS and clause:
        return True
    if tok.dep_ == "nsubjpass" and clause:
        return True
    return tok.dep_ == "dobj" and head.lemma_ == "make" and clause


def _relative_antecedent(tok: Token, entity_at: dict[int, str]) -> str | None:
    """"Airbus, which builds the A380": the relative pronoun is the noun its clause modifies."""
    clause = tok.head
    while clause.dep_ not in ("relcl", "acl") and clause.head != clause and clause.pos_ != "NOUN":
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    return entity_at.get(clause.head.i)


def _speaker_organisation(doc: Doc, quote: Quote, entity_at: dict[int, str],
                          entity_type: dict[str, str]) -> str | None:
    """The one organisation named in the phrase that names a quote's speaker ("EADS chief executive Louis
    Gallois", "Scott Carson, president of Boeing Commercial Airplanes", "EADS's North America CEO")."""
    where = quote.speaker_mention or (quote.speaker.start, quote.speaker.end) if quote.speaker else None
    span = doc.char_span(*where, alignment_mode="expand") if where else None
    if span is None or not len(span):
        return None
    head = span.root
    # The phrase without its relative clauses: "Patty Murray, who hails from the state where Boeing ..." names
    # no employer.
    phrase = _without(head, (c for c in head.subtree if c.dep_ in CLAUSE_DEPS))
    found = {entity_at[t.i] for t in phrase if t.i in entity_at and entity_type.get(entity_at[t.i]) == "ORG"}
    return found.pop() if len(found) == 1 else None


def _without(head: Token, clauses: Iterable[Token]) -> list[Token]:
    """The tokens of the phrase ``head`` heads, less those of ``clauses``."""
    cut = {t.i for clause in clauses for t in clause.subtree}
    return [t for t in head.subtree if t.i not in cut]


def only_refers(text: str) -> bool:
    """Whether a participant's words only point at someone named elsewhere: a pronoun ("he") or a definite
    description ("the group"), as against words that name ("UN experts", "the Wagner Group")."""
    words = text.lower().split()
    return (len(words) == 1 and words[0] in BARE_PRONOUNS) or (
        len(words) == 2 and words[0] in DEFINITE_WORDS and words[1] in DESCRIPTION_TYPES)


def entity_by_offset(references: Iterable[SpanRef]) -> dict[int, str]:
    """The entity each tied word refers to, by the word's first character."""
    return {ref.start: ref.entity for ref in references if ref.entity is not None}
