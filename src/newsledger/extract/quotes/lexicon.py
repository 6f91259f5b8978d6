"""The words that introduce reported speech: cue verbs, reporting nouns and their frames.

Lemmas, lower case. The lists were grown from the cues of the PolNeAR training annotations
(``said``, ``told``, ``according to``, ``wrote``, ``added``, ...) and kept to words whose
subject is the one who says, writes or holds the attributed content.
"""

from __future__ import annotations


def _lemmas(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Verbs of saying and writing: their subject is the speaker, their clausal complement the content.
SPEECH_VERBS = _lemmas(
    """
    say tell add announce explain claim deny insist warn state report write tweet post note
    argue suggest ask answer reply respond declare acknowledge admit concede confirm reveal
    disclose stress emphasize emphasise point observe remark comment mention recall continue
    allege assert contend maintain predict promise pledge vow threaten testify complain boast
    caution urge demand propose recommend agree disagree conclude estimate indicate signal
    charge accuse blame praise criticize criticise describe call cite quote joke quip muse
    concur counter retort reiterate repeat affirm assure inform notify caution admonish
    decry lament protest object question speculate forecast project calculate hint imply
    instruct order advise tout brag concede clarify specify elaborate underline underscore
    highlight announce proclaim insist swear guarantee acknowledge confess estimate rule
    """
)
# Manners of speaking: cues of a direct quote ("“Go back,” Trump barked"), never of a bare clause.
MANNER_VERBS = _lemmas(
    """
    bark beam yell shout scream chant exclaim whisper cry snap thunder marvel sigh laugh
    echo mouth read shoot fire gush murmur mutter roar rage growl plead wonder interject
    """
)
# Verbs of believing and showing: PolNeAR annotates them as attributions too.
BELIEF_VERBS = _lemmas(
    """
    think believe know feel hope fear worry expect doubt find show suggest reckon guess
    assume consider figure imagine wonder learn hear understand recognize recognise realize
    realise acknowledge see
    """
)
# Verbs whose noun object can be the content ("announced the opening of centres").
OBJECT_CONTENT_VERBS = _lemmas(
    """
    announce deny confirm reveal report claim acknowledge admit predict promise pledge propose
    disclose allege demand threaten recommend concede vow estimate show fear
    """
)
# Verbs whose "of/about/against ..." phrase is the content ("warned of the alarming recruitment").
PREP_CONTENT_VERBS = {
    "warn": frozenset({"of", "about", "against", "that"}),
    "caution": frozenset({"against", "about"}),
    "complain": frozenset({"about", "of"}),
    "speak": frozenset({"of", "about"}),
    "talk": frozenset({"about", "of"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about", "of"}),
    "write": frozenset({"about", "of"}),
    "call": frozenset({"for"}),
    "ask": frozenset({"about", "for"}),
    "refer": frozenset({"to"}),
    "point": frozenset({"to"}),
    "respond": frozenset({"to"}),
    "rail": frozenset({"against"}),
    "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}),
    "advocate": frozenset({"for"}),
    "push": frozenset({"for"}),
    "argue": frozenset({"for", "against"}),
    "testify": frozenset({"about"}),
    "comment": frozenset({"on", "about"}),
    "agree": frozenset({"with", "on"}),
    "side": frozenset({"with", "against"}),
    "pivot": frozenset({"to"}),
    "press": frozenset({"for"}),
    "hope": frozenset({"for"}),
}
# Verbs whose object is the one spoken to, not what is said ("told reporters", "urged voters").
ADDRESSEE_VERBS = _lemmas(
    """
    tell ask urge assure order advise instruct inform notify warn admonish caution remind answer
    call charge continue maintain affirm counter rule project add
    """
)
# Seeming ("Trump appears to ...") and passive beliefs ("Sanders is expected to win"): PolNeAR
# annotates the subject with the complement as content, and the agent, if any, as source.
APPEARANCE_VERBS = _lemmas("seem appear")
PASSIVE_BELIEF_VERBS = _lemmas(
    "expect see consider believe know think say report rumor rumour view regard deem treat interpret celebrate brand"
)
# Verbs whose infinitive complement is the content ("called on Russia to remember that ...").
XCOMP_CONTENT_VERBS = frozenset({"call", "urge", "ask", "tell", "warn", "order", "advise", "promise",
                                 "pledge", "vow", "threaten", "demand", "instruct"})
# "call" reports speech only as "call on/for" ("called on the community to ..."), not "called it X".
PARTICLE_REQUIRED = {"call": frozenset({"on", "for", "upon"})}
# Nouns that report speech: "the claim that ...", "in a statement".
REPORTING_NOUNS = _lemmas(
    """
    statement claim announcement warning assertion allegation testimony remark comment
    argument suggestion insistence promise pledge admission denial acknowledgment
    acknowledgement prediction charge accusation contention assurance report
    """
)
# Prepositional phrases that say how something was said; they join the cue ("said in a statement").
MEDIUM_NOUNS = frozenset({"statement", "interview", "release", "post", "tweet", "letter", "email",
                          "speech", "op-ed", "video", "message", "briefing", "conference", "call",
                          "remarks", "comments", "appearance", "filing", "broadcast", "podcast"})
# Stances taken towards something: PolNeAR attributes "Republicans support the bill" to its holders.
# Their object is the content, and they count only with a subject that holds the stance.
STANCE_VERBS = _lemmas(
    """
    support endorse criticize criticise oppose praise back defend attack accuse reject applaud
    favor favour embrace question challenge blast slam condemn denounce mock dismiss welcome
    blame describe view dispute decry hail tout
    express discuss issue portray list name thank publish reference voice email credit detail
    remember deem congratulate outline distance disavow request rebut recite recount characterize
    label offer compare promote identify convince persuade
    """
)
# Intentions and wishes, with an infinitive as content ("Trump wants to build a wall").
INTENT_VERBS = _lemmas(
    """
    want hope plan seek decide refuse decline prefer intend aim vow promise pledge threaten
    expect agree wish like love
    """
)
# Nouns of stance whose "for/of/to" phrase is the content ("Trump's support for the wall").
STANCE_NOUNS = {
    "support": frozenset({"for", "of"}),
    "criticism": frozenset({"of"}),
    "opposition": frozenset({"to"}),
    "endorsement": frozenset({"of"}),
    "praise": frozenset({"for", "of"}),
    "call": frozenset({"for"}),
    "calls": frozenset({"for"}),
}


# The small model's lemmatizer slips on a few cue verbs ("hoping" -> "hop").
LEMMA_REPAIRS = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}
