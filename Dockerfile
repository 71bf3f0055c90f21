# Production image: builds the server and the dashboard, then runs them as one Node process.
FROM node:20-bookworm-slim AS build
WORKDIR /src
RUN npm install -g pnpm@12.4.2
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY server/package.json server/
COPY client/package.json client/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build && pnpm --filter @smart-links/server deploy --prod --legacy /out/server \
    && mkdir -p /out/client && cp -r client/dist /out/client/dist

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000 TZ=UTC
WORKDIR /srv
COPY --from=build /out/server ./server
COPY --from=build /out/client ./client
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "server/dist/src/main.js"]
