import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const started = Date.now();
  const database = await openDatabase(config, { log: (message) => console.log(message) });
  const app = await createApp(config, database);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.port, resolve);
  });
  // The analytics worker builds its schema now rather than during the first dashboard visit.
  app.offload?.warm();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    `Smart Links listening on http://localhost:${port} (dashboard /app/, GraphQL /graphql) — ` +
      `${database.embedded ? `embedded database in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL'}, ready in ${Date.now() - started} ms`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.error(`${signal} received again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal} received: finishing requests and writing queued clicks…`);
    // Orchestrators kill after a grace period (Kubernetes: 30 s); leave on our own terms before that.
    setTimeout(() => {
      console.error(`Shutdown took over 25 s: exiting with ${app.writer.volatile} clicks not written`);
      process.exit(1);
    }, 25_000).unref();
    try {
      await app.close();
      await database.close();
      const { written } = app.writer.stats;
      const lost = app.writer.volatile;
      console.log(
        `Stopped: ${written} clicks written, ${app.writer.pending - lost} in the spool, ${lost} not written`,
      );
      process.exit(lost === 0 ? 0 : 1);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`Smart Links failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
