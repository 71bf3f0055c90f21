import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core';
import type { LinkReader } from '../links/link.reader';
import { REDIRECT_PAGE_HEADERS } from '../security/http';
import type { CapturedClick } from './click';
import type { RawClick } from './click-capture';
import { ClickSpool } from './click-spool';
import { ClickWriter } from './click-writer';
import { BatchedLinkLookup, CAMPAIGN_CHANGE_PREFIX, LinkCache, LinkChangeSubscriber } from './link-cache';
import { NotFoundThrottle } from './not-found-throttle';
import { RedirectLoopGuard } from './redirect-loop';
import { createRedirectHandler, memoizeTrust, type TrustFn } from './redirect.route';
import { PreparePool } from './prepare-pool';

/** The redirect (GET /:code), its link cache, and the click pipeline behind it. */
export async function createClicks({ config, database, events }: Core, deps: { links: LinkReader }) {
  const preparer = new PreparePool(config.sessionSecret, config.clickPrepareThreads);
  const spool = config.clickSpoolDir
    ? await ClickSpool.open<CapturedClick>({
        dir: config.clickSpoolDir,
        commitIntervalMs: config.clickSpoolCommitMs,
        minFreeBytes: config.clickSpoolMinFreeBytes,
        alarmBytes: config.clickSpoolAlarmBytes,
      })
    : null;
  if (spool && spool.pending > 0)
    console.log(`Click spool: ${spool.pending} clicks from the last run will be written first`);
  const writer = new ClickWriter<RawClick>(database.pool, {
    prepare: (raws) => preparer.prepareSlice(raws),
    spool,
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
  // Recipient links come and go in bulk, announced once per call; a campaign's conversion tracking
  // changes what its links' redirects append.
  events.on('campaign.links.changed', ({ codes }) => {
    for (const code of codes) cache.invalidate(code);
  });
  events.on('campaign.tracking.changed', ({ campaignId }) => cache.invalidateCampaign(campaignId));
  const subscriber = database.embedded
    ? null
    : new LinkChangeSubscriber(database.url, {
        onChange: (payload) =>
          payload.startsWith(CAMPAIGN_CHANGE_PREFIX)
            ? cache.invalidateCampaign(payload.slice(CAMPAIGN_CHANGE_PREFIX.length))
            : cache.invalidate(payload),
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
    /**
     * Stops hearing other replicas, then writes every queued click (up to 15 s). Clicks it could not
     * write stay in the spool, written first on the next start.
     */
    async close() {
      await subscriber?.stop();
      const { written, unwritten, onDisk } = await writer.close(15_000);
      await preparer.close();
      if (!written)
        console.error(
          onDisk
            ? `Shutting down with ${unwritten} clicks in the spool, to be written on the next start`
            : `Shutting down with ${unwritten} clicks not written`,
        );
    },
  };
}
export type ClicksModule = Awaited<ReturnType<typeof createClicks>>;
