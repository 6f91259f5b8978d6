"""Quality gate: entity recognition on the held-out half of UNER English-EWT cannot silently drop."""

from newsledger.evaluate.entities import evaluate

# Measured 2026-11-26 on split=test (see docs/quality.md); floors sit just below.
FLOORS = {
    "newsledger.micro.f1": 0.61,
    "newsledger.PER.f1": 0.63,
    "newsledger.LOC.f1": 0.73,
}


def test_entity_quality_floors(shared_data, pipeline) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(shared_data / "entities/uner-english-ewt/en_ewt-ud-dev.iob2", split="test", pipeline=pipeline)
    for metric, floor in FLOORS.items():
        assert report.metrics[metric] >= floor, f"{metric} = {report.metrics[metric]:.3f} fell below {floor}"
    assert report.metrics["newsledger.micro.f1"] >= report.metrics["spacy_entities.micro.f1"] - 0.005
