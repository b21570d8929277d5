# The newsgraph API, for docker-compose.yml: it talks to the neo4j service through NEO4J_URI,
# so no Java or Maven is needed in this image.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "dist/cli/main.js", "serve", "--host", "0.0.0.0"]
