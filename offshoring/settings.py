"""Settings for every environment, read from the environment (django-environ).

With no variables set, the embedded defaults apply: SQLite next to manage.py, Celery tasks run
in-process, DEBUG on. The production stack is switched on by DEBUG=0 with DATABASE_URL,
CELERY_BROKER_URL, SECRET_KEY and ALLOWED_HOSTS (see README, "Configuration").
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if env.bool("READ_DOT_ENV_FILE", default=False):
    environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DEBUG", default=True)

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        # A guessable key in production would let anyone forge sessions: refuse to start instead.
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (production).")
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "simple_history",
    "offshoring.apps.OffshoringConfig",
    "dashboard.apps.DashboardConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "offshoring.urls"
WSGI_APPLICATION = "offshoring.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "dashboard.context_processors.data_freshness",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded database serves a demo with an in-process worker: wait for locks, don't fail.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    # plotly.js from the installed plotly package, served by the site itself (no CDN): see dashboard/staticfiles.py.
    "dashboard.staticfiles.PlotlyFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # collectstatic stores a gzip copy of every file, which whitenoise sends to browsers that accept it
    # (plotly.min.js: 4.8 MB, 1.5 MB gzip-compressed). In production the names also carry a hash of the content,
    # so whitenoise can let browsers cache them for ever; that needs the manifest collectstatic writes, so
    # the embedded defaults (and the test suite) keep plain names.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# While developing, whitenoise serves the source folders (finders) as they change. `make demo` collects
# the files first and sets WHITENOISE_USE_FINDERS=0, so the collected, compressed copies are served.
WHITENOISE_USE_FINDERS = env.bool("WHITENOISE_USE_FINDERS", default=DEBUG)
WHITENOISE_AUTOREFRESH = env.bool("WHITENOISE_AUTOREFRESH", default=DEBUG)
# Files served at the site root rather than under STATIC_URL: /favicon.ico, which browsers ask for on every page.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")

# The shared cache (chart aggregates, export progress): Redis when REDIS_CACHE_URL is set, so that every
# gunicorn worker and the Celery workers see the same entries; memory of the process otherwise. A
# database of its own: clearing the cache must never flush the broker's queues.
REDIS_CACHE_URL = env("REDIS_CACHE_URL", default="")
if REDIS_CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_CACHE_URL,
            "KEY_PREFIX": "offshoring",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Exports (dashboard/exports.py): up to EXPORT_DIRECT_MAX_ROWS rows are written whole, then sent with
# their length; larger ones are written by a Celery job (queue "exports") into EXPORT_ROOT, a private
# directory (never served as static or media), and kept EXPORT_TTL_HOURS for their requester.
EXPORT_DIRECT_MAX_ROWS = env.int("EXPORT_DIRECT_MAX_ROWS", default=50_000)
EXPORT_ROOT = env.path("EXPORT_ROOT", default=BASE_DIR / "exports")
EXPORT_TTL_HOURS = env.int("EXPORT_TTL_HOURS", default=24)
EXPORT_TASK_TIME_LIMIT = env.int("EXPORT_TASK_TIME_LIMIT", default=1800)

# Uploads: a whole .zip of articles goes through the admin form in one request.
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("DATA_UPLOAD_MAX_MEMORY_SIZE", default=50 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = env.int("DATA_UPLOAD_MAX_NUMBER_FILES", default=1000)
ARTICLE_MAX_BYTES = env.int("ARTICLE_MAX_BYTES", default=5 * 1024 * 1024)
ZIP_MAX_FILES = env.int("ZIP_MAX_FILES", default=2000)
ZIP_MAX_TOTAL_BYTES = env.int("ZIP_MAX_TOTAL_BYTES", default=200 * 1024 * 1024)

# Celery: no broker means tasks run in-process (the embedded default, and the test suite).
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
if CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    CELERY_BROKER_TRANSPORT = "offshoring.broker:Transport"  # survives a Redis restart (see broker.py)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
# A task is acknowledged only once it has run, and re-queued if its worker dies mid-task.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=240)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)}
# How often a worker looks for the unacknowledged messages of a dead worker to deliver again (kombu's
# default: a scan every 10 × 10 s, for messages older than the visibility timeout). The worker-crash
# test lowers these with CELERY_VISIBILITY_TIMEOUT; production keeps the defaults.
CELERY_BROKER_TRANSPORT_OPTIONS.update(
    unacked_restore_interval=env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=10),
    unacked_restore_throttle=env.int("CELERY_UNACKED_RESTORE_THROTTLE", default=10),
)
# Parse tasks not picked up for this long count as lost: Redis can drop a message fetched by a worker
# killed before it recorded the message as unacknowledged. The beat schedule below re-queues them
# (once the queue has drained), and so does `manage.py reparse --stuck`.
PARSE_STUCK_MINUTES = env.float("PARSE_STUCK_MINUTES", default=30)
CELERY_BEAT_SCHEDULE = {
    "requeue-stuck-articles": {
        "task": "offshoring.tasks.articles_requeue_stuck_task",
        "schedule": env.float("PARSE_STUCK_SWEEP_SECONDS", default=300),
    },
    "expire-exports": {"task": "dashboard.tasks.exports_expire_task", "schedule": 3600},
}
# Exports have a queue of their own: a burst of large exports never delays the parsing of uploads.
CELERY_TASK_ROUTES = {"dashboard.tasks.export_job_run_task": {"queue": "exports"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
