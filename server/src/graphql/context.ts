import type { Request, Response } from 'express';
import type { Viewer } from '../accounts/account.service';
import { unauthenticated } from '../errors';
import type { Loaders } from '../links/link.loaders';
import type { Services } from '../services';

export interface Context {
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
  req: Request;
  res: Response;
}

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
