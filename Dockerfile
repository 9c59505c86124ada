# One image, two roles: `afterword serve` (default) and `afterword worker`.
#   docker build -t afterword .
#   docker run -p 8000:8000 -e AFTERWORD_DATABASE_URL=postgresql://... afterword

FROM node:20-bookworm-slim AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json frontend/.npmrc ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
COPY openapi.json /src/openapi.json
RUN npm run build

FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN python -m venv /opt/afterword
WORKDIR /src
COPY requirements.lock ./
RUN /opt/afterword/bin/pip install -r requirements.lock
COPY pyproject.toml README.md ./
COPY api/ api/
RUN /opt/afterword/bin/pip install --no-deps .

FROM python:3.11-slim-bookworm AS runtime
RUN useradd --create-home --uid 10001 afterword
COPY --from=build /opt/afterword /opt/afterword
WORKDIR /app
COPY migrations/ migrations/
COPY --from=frontend /src/frontend/dist/ frontend/dist/
ENV PATH=/opt/afterword/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    AFTERWORD_DATA_DIR=/data \
    AFTERWORD_FRONTEND_DIR=/app/frontend/dist \
    AFTERWORD_MIGRATIONS_DIR=/app/migrations
RUN mkdir /data && chown afterword /data
USER afterword
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
ENTRYPOINT ["afterword"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
