import { createServer } from 'node:http';

/** The ceiling for Node on this machine: answers every request with a 302 and does nothing else. */
const server = createServer((_req, res) => {
  res.writeHead(302, { Location: 'https://example.com/landing', 'Cache-Control': 'private, no-store' });
  res.end();
});
server.listen(Number(process.env.PORT ?? 0), () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`Bare server listening on http://localhost:${port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
