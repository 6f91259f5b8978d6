"""Quality gate: toponym recognition and resolution on GeoWebNews and TR-News cannot silently drop.

Runs the first 15 held-out (split=test) articles of each corpus to stay within a minute on CI;
the full figures are in docs/quality/places.md.
"""

from newsledger import Options, Pipeline
from newsledger.evaluate.places import evaluate

LIMIT = 15
# Measured 2026-11-26 with the command in docs/quality/places.md (--split test --limit 15), after
# the given-name filter and the TR-News offset realignment:
# GWN F1 0.699, acc@161 0.777, AUC 0.195; TR-News F1 0.910, acc@161 0.936, AUC 0.077.
FLOORS = {
    "gwn_overlap_f1": 0.68,
    "gwn_acc161": 0.76,
    "trnews_overlap_f1": 0.89,
    "trnews_acc161": 0.91,
}
CEILINGS = {  # lower is better
    "gwn_auc": 0.21,
    "trnews_auc": 0.10,
}


def test_place_quality_floors(shared_data, pipeline) -> None:  # type: ignore[no-untyped-def]
    # Same options and (cached) model as the session pipeline, but only the extractors places read.
    only_places = Pipeline(Options(model=pipeline.options.model, extractors=("entities", "places")))
    report = evaluate(shared_data / "geo", split="test", limit=LIMIT, pipeline=only_places)
    for metric, floor in FLOORS.items():
        assert report.metrics[metric] >= floor, f"{metric} = {report.metrics[metric]:.3f} fell below {floor}"
    for metric, ceiling in CEILINGS.items():
        assert report.metrics[metric] <= ceiling, f"{metric} = {report.metrics[metric]:.3f} rose above {ceiling}"
