# syntax=docker/dockerfile:1
# Summitry API: multi-stage build, production dependencies only, non-root.

# Production dependencies; better-sqlite3 compiles here, where the toolchain is.
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/
RUN npm ci --omit=dev --no-audit --no-fund

# Full install (the Prisma CLI and TypeScript are dev dependencies). Its postinstall
# generates the Prisma client into src/generated; src/ comes first because
# prisma.config.ts imports from it. Then src/ (client included) compiles to dist/.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts tsconfig.json tsconfig.build.json ./
COPY scripts/ scripts/
COPY prisma/ prisma/
COPY src/ src/
COPY explorer/ explorer/
RUN npm ci --no-audit --no-fund
RUN npm run build && npm run build:explorer

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_URL=file:/app/data/summitry.db
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json ./
# dist/ sits beside prisma/ and seeds/ as src/ does in the repository, so the paths the
# code computes from its own location (../../seeds, prisma/migrations) hold here too.
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/explorer/dist ./explorer/dist
COPY --chown=root:root prisma/ ./prisma/
COPY --chown=root:root seeds/ ./seeds/
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Compiled JavaScript, no tsx (npm run start:prod). Migrates, seeds an empty database,
# serves; SIGTERM drains and exits.
CMD ["node", "dist/server.js"]
