// How a replica keeps up with the store: a connection of its own LISTENing for new corpus versions
// (announced by `npm run index`), and a cheap reachability check for its health endpoint.
import pg from 'pg';
import { CHANGES_CHANNEL, corpusVersion } from './state.ts';

/** How often a replica checks that the database answers, for its health endpoint. */
const HEALTH_EVERY_MS = 2000;

/** The last answer to a `SELECT 1` every HEALTH_EVERY_MS, so a health check never waits on the database. */
export function watchReachability(pool: pg.Pool): { reachable: boolean; stop(): void } {
  const state = { reachable: true, stop: () => clearInterval(timer) };
  const timer = setInterval(() => {
    pool.query('SELECT 1').then(
      () => (state.reachable = true),
      () => (state.reachable = false),
    );
  }, HEALTH_EVERY_MS);
  timer.unref();
  return state;
}

/** A connection of its own that LISTENs for new versions; reconnects when the database drops it. */
export async function listenForChanges(url: string, onVersion: (version: number) => unknown): Promise<{ end(): Promise<void> }> {
  let client: pg.Client | null = null;
  let ended = false;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => n.channel === CHANGES_CHANNEL && onVersion(Number(n.payload)));
    c.on('error', () => undefined);
    c.on('end', () => {
      if (!ended) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANGES_CHANNEL}`);
    client = c;
    // Announcements missed while disconnected: the caller compares versions, so one check suffices.
    onVersion(await corpusVersion(c));
  };
  await connect();
  return {
    async end() {
      ended = true;
      await client?.end();
    },
  };
}
