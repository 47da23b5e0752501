"""Settings come from the environment; production refuses to start without a secret key."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_settings(**env_vars: str) -> subprocess.CompletedProcess:
    """Import the settings in a fresh interpreter with only the given variables set."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CELERY_BROKER_URL", "SECRET_KEY", "DEBUG"}}
    env.update(env_vars, DJANGO_SETTINGS_MODULE="offshoring.settings")
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER, s.DEBUG)"
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_embedded_defaults_are_sqlite_and_in_process_tasks():
    done = load_settings()
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["django.db.backends.sqlite3", "True", "True"]


def test_production_without_secret_key_refuses_to_start():
    done = load_settings(DEBUG="0")
    assert done.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in done.stderr


def test_production_stack_is_switched_on_by_the_environment():
    done = load_settings(
        DEBUG="0",
        SECRET_KEY="a-long-enough-secret-for-this-test-only",
        DATABASE_URL="postgres://u:p@db:5432/offshoring",
        CELERY_BROKER_URL="redis://redis:6379/0",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["django.db.backends.postgresql", "False", "False"]


@pytest.mark.parametrize("setting", ["CELERY_TASK_ACKS_LATE", "CELERY_TASK_REJECT_ON_WORKER_LOST"])
def test_tasks_survive_a_dying_worker(settings, setting):
    assert getattr(settings, setting) is True


def test_celery_reads_django_settings(settings):
    from offshoring.celery import app

    assert app.conf.task_serializer == "json"
    assert app.conf.task_time_limit == settings.CELERY_TASK_TIME_LIMIT
    assert app.conf.task_soft_time_limit < app.conf.task_time_limit


def test_deploy_checks_are_clean_under_production_settings():
    env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    env.update(
        DEBUG="0", SECRET_KEY="x" * 20 + "-a-long-random-looking-production-key-0123456789", ALLOWED_HOSTS="example.org"
    )
    done = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_a_redis_broker_gets_the_guarded_transport():
    env = {k: v for k, v in os.environ.items() if k in {"PATH", "HOME", "LANG"}}
    env.update(CELERY_BROKER_URL="redis://127.0.0.1:6379/0", DJANGO_SETTINGS_MODULE="offshoring.settings")
    code = (
        "import django; django.setup(); from offshoring.celery import app; "
        "print(type(app.connection_for_write().transport).__module__)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "offshoring.broker"
