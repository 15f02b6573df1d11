# syntax=docker/dockerfile:1
# The app as one stateless instance: Next's standalone output, run as an unprivileged user. Run many
# behind a load balancer with one PostgreSQL (and read replicas) and one Redis — compose.yaml, and
# `npm run test:cluster` which runs the same topology on one machine (decision 020).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 r2p && useradd --system --uid 1001 --gid r2p --home-dir /app r2p
# The standalone server, plus what `next build` leaves outside it (tests/cluster/instances.ts copies the same).
COPY --from=build --chown=r2p:r2p /app/.next/standalone ./
COPY --from=build --chown=r2p:r2p /app/.next/static ./.next/static
COPY --from=build --chown=r2p:r2p /app/db/migrations ./db/migrations
# Uploaded evidence: mount a volume here (UPLOADS_DIR) shared by every instance, or one per instance
# only if the load balancer keeps each person on one instance.
RUN mkdir -p /app/.data/uploads && chown -R r2p:r2p /app/.data
USER r2p
EXPOSE 3000
# Liveness and readiness: 200 while the primary database answers (the cache and replicas are reported, not required).
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/v1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
