import pytest

from newsledger.config import Options
from newsledger.errors import ConfigError


def test_environment_sets_model_and_db() -> None:
    options = Options.from_env({"NEWSLEDGER_MODEL": "en_core_web_trf", "NEWSLEDGER_DB": "/tmp/x.db"})
    assert (options.model, options.db_location()) == ("en_core_web_trf", "/tmp/x.db")


def test_explicit_values_beat_the_environment() -> None:
    assert Options.from_env({"NEWSLEDGER_MODEL": "a"}, model="b").model == "b"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"batch_size": 0}, "batch_size must be a whole number"),
        ({"extractors": ("entities", "sentiment")}, "unknown extractor"),
        ({"model": ""}, "model must be"),
    ],
)
def test_invalid_options(kwargs: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ConfigError, match=message):
        Options(**kwargs)


def test_bad_environment_value() -> None:
    with pytest.raises(ConfigError, match="NEWSLEDGER_BATCH_SIZE"):
        Options.from_env({"NEWSLEDGER_BATCH_SIZE": "many"})


def test_unknown_override() -> None:
    with pytest.raises(ConfigError, match="unknown option"):
        Options.from_env({}, colour="blue")
