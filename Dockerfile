# syntax=docker/dockerfile:1
# Summitry API: multi-stage build, production dependencies only, non-root.

# Production dependencies; better-sqlite3 compiles here, where the toolchain is.
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
RUN npm ci --omit=dev --no-audit --no-fund

# Full install to generate the Prisma client (the CLI is a dev dependency).
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/ scripts/
COPY prisma/ prisma/
RUN npm ci --no-audit --no-fund
COPY src/ src/
RUN node scripts/prisma-generate.mjs

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_URL=file:/app/data/summitry.db
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json ./
COPY --from=build --chown=root:root /app/src ./src
COPY --chown=root:root prisma/ ./prisma/
COPY --chown=root:root seeds/ ./seeds/
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrates, seeds an empty database, serves; SIGTERM drains and exits.
CMD ["node", "--import", "tsx", "src/server.ts"]
