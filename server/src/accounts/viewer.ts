import { unauthenticated } from '../shared/errors';
import { ApiKeyScope } from './api-key.entity';

/** Who is calling: a signed-in user (session) or an integration (API key). */
export interface Viewer {
  accountId: string;
  userId: string | null;
  apiKeyId: string | null;
  scope: ApiKeyScope;
  sessionId: string | null;
}

export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** A read-only API key runs queries only: any mutation, whichever it is, is refused. */
export const mayWrite = (viewer: Viewer | null): boolean =>
  !viewer?.apiKeyId || viewer.scope === ApiKeyScope.READ_WRITE;
