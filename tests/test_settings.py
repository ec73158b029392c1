"""Settings: environment over config.toml over defaults; a bad file is one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.errors import WorkbenchError
from workbench.settings import DEFAULT_DB, Settings, SettingsError


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"WORKBENCH_CONFIG": str(tmp_path / "config.toml"), **extra}


def test_defaults_without_file_or_env(tmp_path):
    s = Settings.load(_env(tmp_path))
    assert s.db_path == DEFAULT_DB
    assert s.keymap_path is None and s.cache_dir is None
    assert s.debug is False and s.config_path is None
    assert s.max_input_bytes == 20 * 1024 * 1024
    assert s.reviewer_name  # login name or "reviewer"


def test_environment_values(tmp_path):
    s = Settings.load(
        _env(
            tmp_path,
            WORKBENCH_DB="x.db",
            WORKBENCH_REVIEWER="ana",
            WORKBENCH_KEYMAP="/k.toml",
            WORKBENCH_CACHE="/c",
            WORKBENCH_ORGANIZATION="Desk",
            WORKBENCH_MAX_INPUT_MB="2",
            WORKBENCH_DEBUG="1",
        )
    )
    assert (s.db_path, s.reviewer_name, s.organization) == ("x.db", "ana", "Desk")
    assert s.keymap_path == Path("/k.toml") and s.cache_dir == Path("/c")
    assert s.max_input_bytes == 2 * 1024 * 1024 and s.debug is True


def test_file_values_and_env_precedence(tmp_path):
    (tmp_path / "config.toml").write_text(
        'db = "file.db"\nreviewer = "filer"\norganization = "File Org"\nmax_input_mb = 5\ndebug = true\n',
        encoding="utf-8",
    )
    s = Settings.load(_env(tmp_path, WORKBENCH_REVIEWER="envy"))
    assert s.db_path == "file.db" and s.organization == "File Org"
    assert s.reviewer == "envy"  # environment overrides the file
    assert s.max_input_mb == 5.0 and s.debug is True
    assert s.config_path == tmp_path / "config.toml"


@pytest.mark.parametrize(
    "text",
    ['db = "unterminated\n', "reviewer = 3\n", 'colour = "blue"\n', 'max_input_mb = "lots"\n', "ingest_workers = 0\n",
     "ingest_workers = 1.5\n"],
)
def test_bad_file_is_one_line_naming_it(tmp_path, text):
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        Settings.load(_env(tmp_path))
    message = str(info.value)
    assert isinstance(info.value, WorkbenchError)
    assert "\n" not in message and "config.toml" in message


def test_ingest_workers_from_file_and_environment(tmp_path):
    assert Settings.load(_env(tmp_path)).ingest_workers is None  # "auto": decided from the input's size
    assert Settings.load(_env(tmp_path, WORKBENCH_INGEST_WORKERS="Auto")).ingest_workers is None
    (tmp_path / "config.toml").write_text("ingest_workers = 3\n", encoding="utf-8")
    assert Settings.load(_env(tmp_path)).ingest_workers == 3
    assert Settings.load(_env(tmp_path, WORKBENCH_INGEST_WORKERS="2")).ingest_workers == 2
    with pytest.raises(SettingsError, match=r"\$WORKBENCH_INGEST_WORKERS: ingest_workers must be"):
        Settings.load(_env(tmp_path, WORKBENCH_INGEST_WORKERS="many"))


def test_settings_are_frozen(tmp_path):
    s = Settings.load(_env(tmp_path))
    with pytest.raises(AttributeError):
        s.db_path = "other.db"  # type: ignore[misc]
