import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../config';
import { spaSecurityHeaders } from '../security/http';
import { httpErrorBody } from '../shared/http-errors';

export const CLIENT_DIST = resolve(__dirname, '../../../../client/dist');

/** The dashboard lives under /app so that every other one-segment path can be a short code. */
export function mountDashboard(app: Express, config: Config): void {
  app.use('/app', spaSecurityHeaders(config));
  if (existsSync(CLIENT_DIST)) {
    app.use('/app', express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    app.get(/^\/app(\/.*)?$/, (_req, res) => {
      res.set('Cache-Control', 'no-cache').sendFile(resolve(CLIENT_DIST, 'index.html'));
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
