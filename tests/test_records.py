from newsledger.records import record_from_json
from newsledger.schema import validate_article


def test_json_round_trip(sample_record) -> None:  # type: ignore[no-untyped-def]
    obj = sample_record.to_json()
    validate_article(obj)
    assert record_from_json(obj).to_json() == obj


def test_schema_rejects_a_span_outside_the_text(sample_record) -> None:  # type: ignore[no-untyped-def]
    import jsonschema
    import pytest

    obj = sample_record.to_json()
    obj["entities"][0]["mentions"].append([0, len(obj["text"]) + 5])
    with pytest.raises(jsonschema.ValidationError, match="outside the text"):
        validate_article(obj)
