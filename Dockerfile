# One image for the web process and the Celery worker (docker-compose.yml picks the command).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --create-home --uid 1000 app

COPY pyproject.toml README.md ./
COPY offshoring ./offshoring
COPY dashboard ./dashboard
RUN pip install .

COPY . .
# collectstatic needs settings but no secret worth keeping; the real one comes from the environment.
RUN SECRET_KEY=collectstatic-only DEBUG=0 python manage.py collectstatic --noinput

# The export files' directory, owned by the app user (a named volume mounted there keeps its owner).
RUN mkdir -p /app/var/exports && chown -R app /app/var

USER app
EXPOSE 8000
CMD ["gunicorn", "--config", "gunicorn.conf.py", "offshoring.wsgi:application"]
