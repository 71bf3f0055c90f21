import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Express } from 'express';
import type { Config } from '../config';
import { OwnAddresses } from '../security/own-addresses';

/** Answers a request before Express when it can (a short code): true when it did. */
export type EarlyHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The HTTP server: `early` (the redirect, built with a test of whether an absolute-form request line
 * names us) first, everything else through Express; keep-alive outlasting a load balancer's.
 */
export function createHttpServer(
  config: Config,
  app: Express,
  early: (isOwnAuthority: (authority: string) => boolean) => EarlyHandler,
): Server {
  // Built at the first absolute-form request, when the port we listen on is known (PORT may be 0).
  let own: OwnAddresses | undefined;
  const ownAddresses = () => {
    const address = server.address();
    return (own ??= new OwnAddresses(
      config.publicBaseUrl,
      typeof address === 'object' && address ? address.port : config.port,
    ));
  };
  const handle = early((authority) => ownAddresses().isOwnAuthority(authority));
  const server = createServer((req, res) => {
    if (!handle(req, res)) app(req, res);
  });
  // A load balancer reuses idle connections to us until its own idle timeout: ours must be longer, or
  // we close one just as it sends a request on it (a reset). Headers get a little longer still.
  server.keepAliveTimeout = config.keepAliveTimeoutMs;
  server.headersTimeout = config.keepAliveTimeoutMs + 1_000;
  server.requestTimeout = Math.max(server.requestTimeout, server.headersTimeout + 1_000);
  return server;
}
