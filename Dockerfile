# coverage-bot in a container: `docker build -t coverage-bot .` then
#   docker run --rm -it -v "$PWD/data:/data:ro" -v coverage-cache:/cache --env-file .env coverage-bot
# Articles are read from /data (followed live), what is built from them is kept in /cache.
# `docker stop` sends SIGTERM: the bot stops its platforms, flushes its log and exits 0.
FROM node:20-slim

WORKDIR /app
ENV NODE_ENV=production DATA_DIR=/data CACHE_DIR=/cache

# Dependencies first, so that a code change does not reinstall them. tsx (a dev dependency) runs
# the TypeScript, so the dev dependencies stay.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund && npm cache clean --force

COPY . .
RUN mkdir -p /data /cache && chown node:node /cache
USER node
VOLUME ["/cache"]
EXPOSE 3000

# node is PID 1 and handles SIGTERM and SIGINT itself (src/shutdown.ts); no npm wrapper in between.
CMD ["node", "--import", "tsx", "src/main.ts"]
