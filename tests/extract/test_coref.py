import pytest

from newsledger.extract.coref import resolve_references
from newsledger.pipeline import Pipeline
from newsledger.records import ArticleRecord


def _references(pipeline: Pipeline, text: str) -> dict[str, str]:
    """Each tied word (by its text and position) -> the name of the entity it refers to."""
    record = pipeline.extract(text)
    doc = pipeline.nlp(record.article.text)
    names = {e.id: e.name for e in record.entities}
    return {f"{r.text}@{r.start}": names[r.entity or ""] for r in
            resolve_references(doc, record.entities, record.quotes)}


def _referent(pipeline: Pipeline, text: str, word: str, nth: int = 0) -> str | None:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return _references(pipeline, text).get(f"{word}@{start}")


@pytest.mark.parametrize(
    ("text", "word", "nth", "entity"),
    [
        ("Wang Quanzhang disappeared in 2015. Authorities have blocked lawyers from visiting him.", "him", 0,
         "Wang Quanzhang"),
        ("Ms Blampied said she believes Boken murdered her. \"I think he killed her,\" Ms Blampied said.", "he",
         0, None),
        ("William Goble was taken to the county jail. He is charged with assault.", "He", 0, "William Goble"),
        ("The World Health Organization met on Monday. It has apologised for the delay.", "It", 0,
         "World Health Organization"),
        ("Ryanair said it would buy five Boeing 737 jets.", "it", 0, "Ryanair"),
        # a pronoun is no subject of its own verb
        ("Barack Obama met Joe Biden on Monday. Obama praised him.", "him", 0, "Joe Biden"),
        # two people about as salient: left unresolved
        ("Joe Biden called Barack Obama on Monday. He said the talks went well.", "He", 0, None),
        # a clause placeholder refers to nothing
        ("Airbus delayed the A380 again. It is likely that the airline will cancel.", "It", 0, None),
        # the thing that was the subject, not the company
        ("Boeing showed its new jet in March. The plane flew for three hours. It landed in Seattle.", "It", 0,
         None),
        # a title before a woman's name says who "he" is not
        ("Mrs Clinton met the envoy in Paris. He thanked her for the visit.", "He", 0, None),
        # "The Chicago native says he ...": the one who says it
        ("D'Alessandro ran the campaign for Senator Bernie Sanders. The Chicago native says he endorses the plan.",
         "he", 0, None),
        # what a quote names is no referent for the narrative after it
        ("\"Buhari is the leader of the party,\" Timi Frank said in Abuja. He hailed Buhari for his courage.", "He",
         0, "Timi Frank"),
    ],
)
def test_pronouns(pipeline: Pipeline, text: str, word: str, nth: int, entity: str | None) -> None:
    assert _referent(pipeline, text, word, nth) == entity


@pytest.mark.parametrize(
    ("text", "word", "nth", "entity"),
    [
        ("The Wagner Group has recruited prisoners. The group also opened recruitment centres in 42 cities.",
         "group", 0, "Wagner Group"),
        ("Google was fined on Monday. The company will appeal.", "company", 0, "Google"),
        # the regulator and the company fined are about as salient: left unresolved
        ("The European Commission fined Google on Monday. The company will appeal.", "company", 0, None),
        ("Ryanair, the Irish airline, is buying jets.", "airline", 0, "Ryanair"),
        # "the company" after a name the entity model missed is that name's, not the regulator named before
        ("Uber was sued by the Department of Motor Vehicles. The company started tests this week, but officials "
         "said the firm must have a permit.", "firm", 0, None),
        ("Hamas fired rockets at Israel. A group of men gathered outside. The group attacked a post.", "group", 1,
         None),
        # a name-head noun is the head of the name
        ("The Defence Ministry and the Wagner Group disagree. The ministry said so on Friday.", "ministry", 0,
         "Defence Ministry"),
        ("Apple CEO Steve Jobs opened the conference.", "CEO", 0, "Steve Jobs"),
    ],
)
def test_descriptions_and_titles(pipeline: Pipeline, text: str, word: str, nth: int, entity: str | None) -> None:
    assert _referent(pipeline, text, word, nth) == entity


@pytest.mark.parametrize(
    ("text", "word", "entity"),
    [
        ("Boeing spokesman William Barksdale said: \"We are very disappointed by the decision.\"", "We", "Boeing"),
        ("\"I will not resign,\" Timi Frank said on Monday.", "I", "Timi Frank"),
        ("\"We have opened centres,\" the Wagner Group said.", "We", "Wagner Group"),
    ],
)
def test_speakers(pipeline: Pipeline, text: str, word: str, entity: str) -> None:
    assert _referent(pipeline, text, word) == entity


def test_the_sample_article(sample_record: ArticleRecord, pipeline: Pipeline) -> None:
    text = sample_record.article.text
    doc = pipeline.nlp(text)
    names = {e.id: e.name for e in sample_record.entities}
    found = {(r.text, text[r.start - 30 : r.start].split()[-1]): names[r.entity or ""]
             for r in resolve_references(doc, sample_record.entities, sample_record.quotes)}
    assert found[("group", "the")] == "Wagner Group"  # "a 'contract' with the group"
    assert found[("his", "to")] == "Yevgeny Prigozhin"  # "referring to his private military company"
    # "their individual liberties" and "their families" are the prisoners', which are no entity
    assert not [r for r in found if r[0] == "their"]
    for (word, _), _entity in found.items():
        assert word != "John"  # a part of a name refers to nothing else


def test_no_entities_no_references(nlp) -> None:  # type: ignore[no-untyped-def]
    assert resolve_references(nlp("He said it would rain."), ()) == ()
