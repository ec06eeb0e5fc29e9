"""Settings of the web app: defaults, environment variables, overrides, bad values."""

from __future__ import annotations

import pytest

from tomtat.errors import UsageError
from tomtat.web.settings import Settings, default_db_url
from tomtat.web.store import make_engine


def test_env_then_overrides():
    env = {"TOMTAT_MAX_ARTICLES": "7", "TOMTAT_DB_URL": "sqlite:///x.db", "TOMTAT_MAX_BODY_BYTES": ""}
    settings = Settings.from_env(env, max_article_chars=99, max_body_bytes=None)
    assert settings.max_articles == 7 and settings.max_article_chars == 99
    assert settings.db_url == "sqlite:///x.db" and settings.max_body_bytes == Settings().max_body_bytes


@pytest.mark.parametrize("env", [{"TOMTAT_MAX_ARTICLES": "many"}, {"TOMTAT_MAX_ARTICLES": "0"},
                                 {"TOMTAT_DEFAULT_WORDS": "2000"}])
def test_bad_values_are_usage_errors(env):
    with pytest.raises(UsageError):
        Settings.from_env(env)


def test_default_database_is_in_the_xdg_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_url() == f"sqlite:///{tmp_path / 'tomtat' / 'tomtat.db'}"
    assert (tmp_path / "tomtat").is_dir()
    assert Settings().url == default_db_url()


def test_bad_database_url_is_a_usage_error():
    with pytest.raises(UsageError, match="not a database URL"):
        make_engine("not a url")
