import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lostNone, runSustained } from '../bench/sustained.bench';

// `pnpm bench:sustained` in its short form, on a PostgreSQL of its own that it crashes and restarts.
describe('fault: sustained load through saturation, an outage, SIGTERM and kill -9', () => {
  it('records every answered click, and after kill -9 replays the spool', { timeout: 600_000 }, async () => {
    const lines: string[] = [];
    const results = await runSustained({ short: true, connections: 20, log: (l) => lines.push(l) });
    const report = lines.join('\n');
    for (const phase of results)
      assert.ok(lostNone(phase, 20), `${phase.name}: ${JSON.stringify(phase)}\n${report}`);
    const outage = results.find((r) => r.name === 'outage')!;
    assert.ok(outage.peakBacklog > 0, 'clicks waited while the database was away');
    const kill = results.find((r) => r.name === 'kill -9')!;
    // What was on disk came back after the restart: at most the clicks not yet spooled were lost.
    assert.ok(kill.recorded > 0 && kill.answered > 0, report);
    assert.ok(
      kill.answered - kill.recorded <= (kill.unspooledAtKill ?? 0) + kill.rate, // one second's slack for the scrape
      `kill -9 lost ${kill.answered - kill.recorded}, ${kill.unspooledAtKill} were unspooled\n${report}`,
    );
  });
});
