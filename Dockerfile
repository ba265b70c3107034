# syntax=docker/dockerfile:1
#
# faqbot: the Telegram FAQ bot in a small image.
#
#   docker build -t faqbot .
#   docker run -d --name faqbot --env-file /etc/faqbot/faqbot.env \
#     -v faqbot-index:/app/index -v faqbot-data:/app/data faqbot
#
# The token is never in the image: pass it at run time (--env-file). See deploy/README.md.

# ---- build ----------------------------------------------------------------------------------
# The slim Rust image has gcc and libc6-dev, which the C parts need (rusqlite's bundled SQLite,
# zstd-sys, ring).
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
# Everything the manifest names (src/, benches/ for its [[bench]] targets) comes in; see
# .dockerignore for what does not (target/, index/, data/, .env, .git).
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/local/cargo/git \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin faqbot \
 && cp target/release/faqbot /usr/local/bin/faqbot
# Refuse to build an image whose knowledge has errors (file and line are printed). To build
# anyway (not for production): --build-arg SKIP_KNOWLEDGE_CHECK=1
ARG SKIP_KNOWLEDGE_CHECK=
RUN if [ -n "$SKIP_KNOWLEDGE_CHECK" ]; then echo "knowledge check skipped"; \
    else /usr/local/bin/faqbot check --knowledge /src/knowledge; fi

# ---- run ------------------------------------------------------------------------------------
FROM debian:bookworm-slim
# TLS to api.telegram.org uses the root certificates compiled into the binary (webpki-roots);
# ca-certificates is installed anyway for anything that looks at the system store.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 faqbot \
 && useradd --system --uid 10001 --gid faqbot --home-dir /nonexistent --no-create-home \
      --shell /usr/sbin/nologin faqbot \
 && mkdir -p /app/index /app/data \
 && chown faqbot:faqbot /app/index /app/data \
 && chmod 0700 /app/index /app/data

WORKDIR /app
# Binary and knowledge belong to root and are read-only for the bot; it writes only index/ and
# data/. To change the knowledge without rebuilding, bind-mount a folder over /app/knowledge.
COPY --from=build /usr/local/bin/faqbot /app/faqbot
COPY --from=build /src/knowledge /app/knowledge

ENV FAQBOT_KNOWLEDGE_DIR=/app/knowledge \
    FAQBOT_INDEX_DIR=/app/index \
    FAQBOT_DATA_DIR=/app/data \
    FAQBOT_LOG=info \
    FAQBOT_LOG_MESSAGE_TEXT=false

# The search index (build output, rebuilt when missing) and the SQLite store (keep this one).
VOLUME ["/app/index", "/app/data"]

USER faqbot:faqbot
# On SIGTERM (docker stop) the bot stops taking updates, finishes its replies and exits 0.
# docker stop waits 10 s by default before SIGKILL; `docker stop -t 30` gives it more time.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app/faqbot"]
CMD ["serve"]
