import pytest
import spacy

from newsledger import Options, Pipeline
from newsledger.errors import ModelNotFoundError
from newsledger.nlp.model import load_model


def test_missing_model_names_the_package_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match="pip install en_core_web_trf"):
        load_model("en_core_web_trf")


def test_model_meta_matches_what_we_document(nlp) -> None:  # type: ignore[no-untyped-def]
    performance = nlp.meta["performance"]
    assert round(performance["ents_f"] * 100, 1) == 84.3
    assert round(performance["dep_las"] * 100, 1) == 89.9


def test_spacy_component_gives_the_same_records(sample_text: str, sample_record) -> None:  # type: ignore[no-untyped-def]
    import newsledger.nlp.components  # noqa: F401  (registers the factory)

    nlp = spacy.load(Options().model)
    nlp.add_pipe("newsledger", config={"published": "2023-03-11"})
    doc = nlp(sample_record.article.text)
    assert doc._.newsledger.entities == sample_record.entities


def test_pipeline_python_api(sample_text: str) -> None:
    record = Pipeline().extract(sample_text, published="2023-03-12", id="x")
    assert str(record.article.published) == "2023-03-12"
    assert record.to_json()["id"] == "x"


def test_a_failing_article_is_recorded_and_the_batch_goes_on(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newsledger.extract import EXTRACTORS
    from newsledger.records import Article, ArticleRecord, IngestFailure

    real = EXTRACTORS["entities"]

    def fragile(doc, context):  # type: ignore[no-untyped-def]
        if "boom" in doc.text:
            raise RuntimeError("boom")
        return real(doc, context)

    monkeypatch.setitem(EXTRACTORS, "entities", fragile)
    articles = [Article(id=str(i), text=t) for i, t in enumerate(["Kyiv was shelled.", "boom", "Lviv too."])]
    results = list(Pipeline(Options(batch_size=2)).extract_many(articles))
    assert [type(r) for r in results] == [ArticleRecord, IngestFailure, ArticleRecord]
    assert "extraction failed" in results[1].message  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "norm", "read_as_verb"),
    [
        ("IS militants attacked Iraqi forces in Makhmur district.", "isis", False),
        ("The army attacked IS positions near Haditha.", "isis", False),
        # a headline in capitals keeps its verb
        ("WHAT IS NEXT FOR THE TALKS", "is", True),
    ],
)
def test_a_name_read_as_a_common_word_gets_a_name_norm(nlp, text: str, norm: str, read_as_verb: bool) -> None:  # type: ignore[no-untyped-def]
    token = next(t for t in nlp(text) if t.text == "IS")
    assert (token.norm_, token.pos_ in ("AUX", "VERB")) == (norm, read_as_verb)
