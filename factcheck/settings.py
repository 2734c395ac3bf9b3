"""Settings for the fact-checking workbench, read from the environment.

Defaults work on a developer machine and in CI: PostgreSQL and Redis on localhost.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlparse

from csp.constants import NONCE, NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name} must be a boolean (1/0, true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def _secret_key() -> str:
    """SECRET_KEY from the environment, else from a local file made once (never committed)."""
    key = os.environ.get("SECRET_KEY")
    if key:
        return key
    path = Path(env_str("SECRET_KEY_FILE", str(BASE_DIR / ".secret_key")))
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(64)
    try:
        path.write_text(key)
        path.chmod(0o600)
    except OSError:
        pass
    return key


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves the collected static files (htmx, CSS, JS) from the app itself: no CDN, no extra server.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): has this session passed a one-time password (AUTH-4)?
    "django_otp.middleware.OTPMiddleware",
    "factcheck.middleware.AbsoluteSessionAgeMiddleware",
    # A new session key when the user's roles, staff or superuser flag change (SES-2).
    "factcheck.middleware.RoleChangeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Logs every 403 and every login redirect (AC-2); outside the next one, to see its 204s.
    "factcheck.middleware.DenialLogMiddleware",
    # After HtmxMiddleware (needs request.htmx): login redirects under htmx become HX-Redirect (SES-6).
    "factcheck.middleware.HtmxLoginRedirectMiddleware",
    # Last, as django-axes asks: turns a lockout into a 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

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
                # django-htmx's {% htmx_script %} reads `csp_nonce`, django-csp names it CSP_NONCE.
                "factcheck.context_processors.csp_nonce",
            ],
        },
    },
]


def _database() -> dict[str, object]:
    """DATABASE_URL wins when set; otherwise DB_NAME/DB_USER/... with local defaults."""
    url = os.environ.get("DATABASE_URL")
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in {"postgres", "postgresql"}:
            raise ValueError(
                f"DATABASE_URL must be a postgres:// URL, got scheme {parsed.scheme!r}"
            )
        name = unquote(parsed.path.lstrip("/"))
        user = unquote(parsed.username or "")
        password = unquote(parsed.password or "")
        host = parsed.hostname or ""
        port = str(parsed.port or "")
    else:
        name = env_str("DB_NAME", "factcheck")
        user = env_str("DB_USER", "postgres")
        password = env_str("DB_PASSWORD", "")
        host = env_str("DB_HOST", "127.0.0.1")
        port = env_str("DB_PORT", "5432")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": user,
        "PASSWORD": password,
        "HOST": host,
        "PORT": port,
        "CONN_MAX_AGE": env_int("DB_CONN_MAX_AGE", 0),
        "OPTIONS": {"connect_timeout": 5},
        # Several test runs can share one server: each may name its own test database.
        "TEST": {"NAME": os.environ.get("DB_TEST_NAME") or f"test_{name}"},
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "claims:queue"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ar", "العربية")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Ingestion limits (see claims/ingestion).
INGEST_ROOT = Path(env_str("INGEST_ROOT", str(BASE_DIR / "var" / "ingest")))
INGEST_MAX_ARTICLE_BYTES = env_int("INGEST_MAX_ARTICLE_BYTES", 5 * 1024 * 1024)
INGEST_MAX_UPLOAD_BYTES = env_int("INGEST_MAX_UPLOAD_BYTES", 25 * 1024 * 1024)
# Text read from one upload batch in all (archives expand: each is capped, this caps their sum).
INGEST_MAX_BATCH_TEXT_BYTES = env_int("INGEST_MAX_BATCH_TEXT_BYTES", 200 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FILES = env_int("DATA_UPLOAD_MAX_NUMBER_FILES", 20)
# Per admin, over any 24 hours (RELIABILITY UP-1): one account cannot flood the queue. 0: no quota.
INGEST_DAILY_UPLOAD_BYTES = env_int("INGEST_DAILY_UPLOAD_BYTES", 250 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FEED_FETCH_TIMEOUT = env_int("FEED_FETCH_TIMEOUT", 10)
FEED_MAX_BYTES = env_int("FEED_MAX_BYTES", 5 * 1024 * 1024)

# Review rules.
BLIND_REVIEW = env_bool("BLIND_REVIEW", True)
# Admins and staff must pass a one-time password (TOTP) per session before the upload pages and
# /admin/ (RELIABILITY AUTH-4); reviewers and editors are not asked.
ADMIN_REQUIRE_OTP = env_bool("ADMIN_REQUIRE_OTP", True)
OTP_TOTP_ISSUER = "Claims workbench"

# Sessions and cookies. SECURE_COOKIES is on behind HTTPS in production.
SECURE_COOKIES = env_bool("SECURE_COOKIES", not DEBUG and env_bool("HTTPS", False))
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 1800)
SESSION_SAVE_EVERY_REQUEST = True
# Idle limit above (30 min, renewed by each request); hard limit after sign-in, however active.
SESSION_ABSOLUTE_AGE = env_int("SESSION_ABSOLUTE_AGE", 12 * 3600)
# Over HTTPS the cookies take the __Host- prefix: the browser then insists on Secure, Path=/, no Domain.
if SECURE_COOKIES:
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
# The CSRF token reaches htmx through hx-headers in the page, so scripts never need the cookie.
CSRF_COOKIE_HTTPONLY = True
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (set only when the proxy strips it).
if env_bool("SECURE_PROXY_SSL", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
# No system check is silenced: `check --deploy --fail-level WARNING` passes with the production
# environment (DEBUG=0, SECURE_COOKIES=1, SECURE_SSL_REDIRECT=1, SECURE_HSTS_PRELOAD=1).
SILENCED_SYSTEM_CHECKS: list[str] = []

# Brute-force lockout (django-axes). The standalone backend only vetoes locked-out logins; the
# ModelBackend after it authenticates. 5 failures lock the (username, IP) pair and, separately, the
# username from any address, for 15 minutes: at most 5 guesses per 15 min = 20 per hour per account.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_RESET_ON_SUCCESS = True
# A fixed window: attempts during a lockout do not push its end further out.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
# The client address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address that many
# hops from the right of X-Forwarded-For, so a client cannot pick its own address by sending the header.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "factcheck.middleware.client_ip"
# The sign-in record (RELIABILITY AUTH-3). AccessLog keeps each sign-in and sign-out; AccessAttempt
# rows are deleted by a success (AXES_RESET_ON_SUCCESS) or once the cool-off is over, so every
# failure is also kept in AccessFailureLog (address, user agent, UTC time, whether it locked; at
# most AXES_ACCESS_FAILURE_LOG_PER_USER_LIMIT = 1000 rows per username).
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Masked in AccessAttempt.post_data and in axes' log lines (the password always is). Axes' default
# masks the username (a password typed into the wrong box) and the address in log lines; the rows
# keep both in their own columns. The CSRF token is added: it is a secret of the user's session.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "csrfmiddlewaretoken"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}

# Celery: Redis broker, JSON only, at-least-once delivery with bounded redelivery.
# Tasks are idempotent (claims/services/extract.py claims the row before working), so redelivery is safe.
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = REDIS_URL
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_SERIALIZER = "json"
# The Article row is the source of truth for progress, never a Celery result.
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
CELERY_RESULT_EXPIRES = 3600
CELERY_TASK_ACKS_LATE = True
# Celery 5.7: with acks_late alone a task whose pool child is SIGKILLed is acked and lost.
# retry_on_worker_lost re-sends it like retry() does, bounded by the task's max_retries;
# reject_on_worker_lost would requeue without bound (message loops on a poison article).
CELERY_TASK_REJECT_ON_WORKER_LOST = False
CELERY_TASK_RETRY_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 600)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 540)
# Unacked messages come back after the visibility timeout: it must exceed the hard time limit and
# any countdown, or a slow task runs twice. Set in all three places Celery reads it. Tests of a
# killed worker lower it (and the restore interval) through the environment.
CELERY_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 3600)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    "unacked_restore_interval": env_int("CELERY_UNACKED_RESTORE_INTERVAL", 10),
    "unacked_restore_throttle": env_int("CELERY_UNACKED_RESTORE_THROTTLE", 10),
    "socket_timeout": 10,
    "socket_connect_timeout": 5,
    "health_check_interval": 25,
}
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
CELERY_WORKER_SOFT_SHUTDOWN_TIMEOUT = 30.0
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env_int("CELERY_WORKER_MAX_MEMORY_PER_CHILD", 512_000)  # KiB
# Celery's Django fixup closes the DB connection around every task unless this is set (then every
# N tasks); claims.tasks closes broken or expired ones itself (CONN_MAX_AGE) so reuse stays safe.
CELERY_DB_REUSE_MAX = env_int("CELERY_DB_REUSE_MAX", 1000)
CELERY_WORKER_DB_CONN_MAX_AGE = env_int("CELERY_WORKER_DB_CONN_MAX_AGE", 300)
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
# An article left PROCESSING longer than this was abandoned by a dead worker (the hard time limit
# has long killed any live attempt), so the sweep may take it back. PENDING ones older than
# ARTICLE_PENDING_STALE_SECONDS lost their message (enqueue failed after commit) and are re-queued.
ARTICLE_PROCESSING_STALE_SECONDS = env_int(
    "ARTICLE_PROCESSING_STALE_SECONDS", CELERY_TASK_TIME_LIMIT + 60
)
ARTICLE_PENDING_STALE_SECONDS = env_int("ARTICLE_PENDING_STALE_SECONDS", 300)
# Test only (RELIABILITY Q-7): a worker whose article contains this marker dies at once
# (os._exit), like a child killed by a crashing C extension. Read only while pytest runs the
# process (pytest sets PYTEST_CURRENT_TEST and test workers inherit it); empty otherwise.
INGEST_TEST_CRASH_MARKER = (
    env_str("INGEST_TEST_CRASH_MARKER", "") if "PYTEST_CURRENT_TEST" in os.environ else ""
)
CELERY_BEAT_SCHEDULE = {
    "poll-feeds": {"task": "claims.feeds_poll", "schedule": env_int("FEED_POLL_SECONDS", 300)},
    "sweep-stuck-articles": {
        "task": "claims.articles_sweep",
        "schedule": float(env_int("ARTICLE_SWEEP_SECONDS", 120)),
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
