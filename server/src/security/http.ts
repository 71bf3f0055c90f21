import cors from 'cors';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Config } from '../config';

/** Over https: the socket (or a trusted proxy's X-Forwarded-Proto) says so, or the public URL does. */
export function servedOverHttps(req: Request, publicBaseUrl: string): boolean {
  return req.secure || publicBaseUrl.startsWith('https:');
}

/**
 * The dashboard's policy: every script and style from our own origin (the Vite build emits files, no
 * inline script); images also from data: and blob: (QR codes, map markers, chart downloads); no
 * plugins, no framing, no foreign form targets. React, chart.js and leaflet set styles through the
 * CSSOM, which CSP leaves alone, so style-src needs no 'unsafe-inline'.
 */
export const SPA_CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'script-src-attr': ["'none'"],
};

/**
 * Static headers for the redirect's own small pages (404, 410, 429, 503): inline CSS only, nothing else,
 * never framed. Static, so they cost the fast path nothing; a 302 carries none.
 */
export const REDIRECT_PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

/** JSON answers execute nothing; a document policy that allows nothing costs nothing and stops sniffing tricks. */
const API_CSP_DIRECTIVES = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] };

function withHttpsVariants(build: (https: boolean) => RequestHandler, publicBaseUrl: string): RequestHandler {
  const plain = build(false);
  const secure = build(true);
  return (req: Request, res: Response, next: NextFunction) =>
    (servedOverHttps(req, publicBaseUrl) ? secure : plain)(req, res, next);
}

function headers(csp: Record<string, string[]> | false, https: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: csp
      ? {
          useDefaults: false,
          // Upgrading subresources only makes sense on a site that is itself served over https.
          directives: https ? { ...csp, 'upgrade-insecure-requests': [] } : csp,
        }
      : false,
    // HSTS over plain http is ignored by browsers and would be a lie; the short domain's parent may host
    // other sites, so no includeSubDomains.
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  }) as RequestHandler;
}

/** Security headers for the dashboard (/app). Never in front of the redirect: a 302 needs none. */
export function spaSecurityHeaders(config: Pick<Config, 'publicBaseUrl' | 'mapTileOrigins'>): RequestHandler {
  const directives = {
    ...SPA_CSP_DIRECTIVES,
    'img-src': [...SPA_CSP_DIRECTIVES['img-src'], ...config.mapTileOrigins],
  };
  return withHttpsVariants((https) => headers(directives, https), config.publicBaseUrl);
}

/**
 * Security headers for /graphql. Outside production Apollo's explorer page (inline script from its CDN)
 * is served on GET /graphql, so the document policy applies in production only.
 */
export function apiSecurityHeaders(config: Pick<Config, 'publicBaseUrl' | 'isProduction'>): RequestHandler {
  return withHttpsVariants(
    (https) => headers(config.isProduction ? API_CSP_DIRECTIVES : false, https),
    config.publicBaseUrl,
  );
}

/**
 * CORS for integrations calling the API from a browser: closed unless CORS_ORIGINS lists origins. No
 * credentials: a listed origin authenticates with an API key, never with a user's session cookie.
 */
export function corsForIntegrations(config: Pick<Config, 'corsOrigins'>): RequestHandler {
  if (config.corsOrigins.length === 0) return (_req, _res, next) => next();
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    credentials: false,
    maxAge: 600,
  }) as RequestHandler;
}
