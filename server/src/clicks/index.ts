import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core';
import type { LinkReader } from '../links/link.reader';
import { REDIRECT_PAGE_HEADERS } from '../security/http';
import { enrichClick, type RawClick } from './click-capture';
import { ClickWriter } from './click-writer';
import { BatchedLinkLookup, LinkCache, LinkChangeSubscriber } from './link-cache';
import { NotFoundThrottle } from './not-found-throttle';
import { RedirectLoopGuard } from './redirect-loop';
import { createRedirectHandler, memoizeTrust, type TrustFn } from './redirect.route';
import { VisitorKeys } from './visitor';

/** The redirect (GET /:code), its link cache, and the click pipeline behind it. */
export function createClicks({ config, database, events }: Core, deps: { links: LinkReader }) {
  const visitorKeys = new VisitorKeys(config.sessionSecret);
  const writer = new ClickWriter<RawClick>(database.pool, {
    prepare: (raw) => enrichClick(raw, visitorKeys),
    onError: (error) => console.error(`Click write failed, will retry: ${(error as Error).message}`),
    events,
  });
  const lookup = new BatchedLinkLookup(deps.links);
  const cache = new LinkCache(lookup);
  // This process's edits drop the entry once committed (a create drops a remembered "unknown code");
  // other replicas hear of them through LISTEN/NOTIFY.
  const invalidate = ({ link }: { link: { code: string } }) => cache.invalidate(link.code);
  events.on('link.created', invalidate);
  events.on('link.updated', invalidate);
  events.on('link.deleted', invalidate);
  const subscriber = database.embedded
    ? null
    : new LinkChangeSubscriber(database.url, {
        onChange: (code) => cache.invalidate(code),
        onResync: () => cache.clear(),
        onError: (error) => console.error(`Link change listener: ${error.message}; reconnecting`),
      });
  subscriber?.start();
  const notFoundThrottle = new NotFoundThrottle();

  return {
    writer,
    cache,
    lookup,
    /** Hears other replicas' link changes (absent on the embedded database, which is single-process). */
    subscriber,
    /** The redirect, answered before Express: true when the request was a short code. */
    redirect(opts: {
      trustProxy: TrustFn;
      observe: (status: number, seconds: number) => void;
      /** Whether an absolute-form request line names us (`GET http://host/code`). */
      isOwnAuthority: (authority: string) => boolean;
    }): (req: IncomingMessage, res: ServerResponse) => boolean {
      return createRedirectHandler({
        cache,
        writer,
        trustProxy: memoizeTrust(opts.trustProxy, config.trustProxy),
        secureCookies: config.publicBaseUrl.startsWith('https:'),
        observe: opts.observe,
        // Guessing codes: a burst of unknown ones from one address is answered 429 (valid codes never are).
        onNotFound: (ip, _req, res) => notFoundThrottle.rejected(ip, res),
        pageHeaders: REDIRECT_PAGE_HEADERS,
        loopGuard: new RedirectLoopGuard(),
        isOwnAuthority: opts.isOwnAuthority,
      });
    },
    /** Stops hearing other replicas, then writes every queued click (up to 15 s). */
    async close() {
      await subscriber?.stop();
      const written = await writer.drain(15_000);
      if (!written) console.error(`Shutting down with ${writer.pending} clicks not written`);
    },
  };
}
export type ClicksModule = ReturnType<typeof createClicks>;
