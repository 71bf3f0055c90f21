import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Express, NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Config } from '../config';
import { spaSecurityHeaders } from '../security/http';
import { httpErrorBody } from '../shared/http-errors';

export const CLIENT_DIST = resolve(__dirname, '../../../../client/dist');

/** Build output under assets/ carries a content hash in its name: a changed file gets a new URL. */
const HASHED_ASSETS = /[\\/]assets[\\/][^\\/]+$/;

function cacheHeaders(res: ServerResponse, path: string): void {
  const hashed = HASHED_ASSETS.test(path);
  res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * The dashboard lives under /app so that every other one-segment path can be a short code. The build
 * writes brotli and gzip copies beside each asset; the visitor gets the one its Accept-Encoding prefers
 * (brotli first), the plain file otherwise, always with `Vary: Accept-Encoding`.
 */
export function mountDashboard(app: Express, config: Config, dist = CLIENT_DIST): void {
  app.use('/app', spaSecurityHeaders(config));
  if (existsSync(dist)) {
    app.use(
      '/app',
      expressStaticGzip(dist, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: { index: false, setHeaders: cacheHeaders },
      }),
    );
    // Every other path under /app is a screen of the SPA; a missing asset (an old build's chunk) falls
    // through to the 404, never to the page: a script tag cannot run HTML.
    app.get(/^\/app(\/(?!assets\/).*)?$/, (_req, res) => {
      res.set('Cache-Control', 'no-cache').sendFile(resolve(dist, 'index.html'));
    });
  }
  app.get('/', (_req, res) => res.redirect(302, '/app/'));
  app.get('/favicon.ico', (_req, res) => res.status(204).end());
  app.get('/robots.txt', (_req, res) => res.type('text/plain').send('User-agent: *\nDisallow: /\n'));
}

/** Last: the 404 page for anything unrouted, and JSON errors for what Express or a parser refused. */
export function mountFallbacks(app: Express, notFoundPage: string): void {
  app.use((_req, res) => {
    res.status(404).type('html').send(notFoundPage);
  });
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) console.error(error);
      res.status(status).json(httpErrorBody(status));
    },
  );
}
