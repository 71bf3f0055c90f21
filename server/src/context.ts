import type { Request, Response } from 'express';
import type { Viewer } from './accounts/viewer';
import type { DomainLoaders, DomainServices } from './domains';

/** Every domain's services, shared by the GraphQL resolvers and the HTTP routes. */
export type Services = DomainServices;
export type Loaders = DomainLoaders;

/** What a resolver gets, built per request. */
export interface Context {
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
  req: Request;
  res: Response;
}

/**
 * The two per-request steps of GraphQL that need the caller: choosing the body limit (signed-in
 * callers may send larger bodies; known before the body is read) and building the context.
 */
export function createContextBuilder(deps: {
  viewerFor: (req: Request) => Promise<Viewer | null>;
  services: Services;
  loaders: (accountId: string | null) => Loaders;
}) {
  return {
    async mayPostLarge(req: Request, res: Response): Promise<boolean> {
      res.locals.viewer = await deps.viewerFor(req);
      return res.locals.viewer !== null;
    },
    async context(req: Request, res: Response): Promise<Context> {
      // Looked up while choosing the body limit; if that failed (the database away), ask again here so
      // the failure answers SERVICE_UNAVAILABLE rather than UNAUTHENTICATED.
      const viewer =
        res.locals.viewer !== undefined ? (res.locals.viewer as Viewer | null) : await deps.viewerFor(req);
      return { viewer, services: deps.services, req, res, loaders: deps.loaders(viewer?.accountId ?? null) };
    },
  };
}
