// Two Slack HTTP replicas on one PostgreSQL database, through the real Bolt app and a fake Slack on
// localhost: both answer from the shared archive, a file indexed while both run is answered by
// both within 5 s (LISTEN/NOTIFY), /healthz says the database is reachable, a retry or replay
// reaching both is answered once, and stopping one replica leaves the other answering.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.ts';
import { readConfig } from '../../src/config.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { openPool } from '../../src/store/db.ts';
import { createStoreCore, type StoreCore } from '../../src/store/core.ts';
import { indexDataDir } from '../../src/store/index-run.ts';
import { SAMPLE_ARTICLES, suiteArticles } from '../helpers/articles.ts';
import { createTestDatabase, pgSkipReason, type TestDatabase } from '../helpers/postgres.ts';
import { memoryLogger, postSigned, slashCommandBody, startFakeSlack, type FakeSlack } from '../slack/fake-slack.ts';

const SECRET = 'replica-signing-secret';
const skip = pgSkipReason();

interface Replica {
  core: StoreCore;
  slack: SlackHandle;
  events: string;
}

describe.skipIf(skip !== '')('two Slack HTTP replicas on one database', () => {
  let db: TestDatabase;
  const dir = suiteArticles(SAMPLE_ARTICLES);
  let fake: FakeSlack;
  const replicas: Replica[] = [];
  let asked = 0;

  const startReplica = async (): Promise<Replica> => {
    const core = await createStoreCore({ databaseUrl: db.url });
    const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, DATABASE_URL: db.url };
    const slack = await startSlack({ config: { ...readConfig(env), PORT: 0 }, mode: 'http', router: new CommandRouter(allCommands()), ctx: { core }, log: memoryLogger().log });
    const replica = { core, slack, events: `http://127.0.0.1:${slack.port}/slack/events` };
    replicas.push(replica);
    return replica;
  };
  /** The answer a replica posts to /ask `question`, as JSON text. */
  const ask = async (r: Replica, question: string): Promise<string> => {
    const id = `ask-${++asked}`;
    const res = await postSigned(r.events, slashCommandBody('/ask', question, fake.responseUrl(id)), 'form', { secret: SECRET });
    expect(res.status).toBe(200);
    return JSON.stringify((await fake.next(`/respond/${id}`)).body);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const pool = openPool(db.url);
    await indexDataDir(pool, dir);
    await pool.end();
    fake = await startFakeSlack();
    await startReplica();
    await startReplica();
  });
  afterAll(async () => {
    for (const r of replicas) {
      await r.slack.stop().catch(() => undefined);
      await r.core.close().catch(() => undefined);
    }
    await fake?.close();
    await db?.drop();
  });

  it('both answer from the shared archive, and report the database reachable', async () => {
    for (const r of replicas) {
      expect(await ask(r, 'ferry terminal')).toMatch(/harbour\.txt:\d+/);
      const health = (await (await fetch(r.events.replace('/slack/events', '/healthz'))).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ ok: true, database: 'reachable', articles: 2 });
    }
  });

  it('a file indexed while both run is answered by both within 5 s', async () => {
    await writeFile(path.join(dir, 'bridge.txt'), 'Bridge tolls scrapped\n\nThe county scrapped the suspension bridge toll after a vote on Monday evening.\n');
    const pool = openPool(db.url);
    await indexDataDir(pool, dir);
    await pool.end();
    const deadline = Date.now() + 5000;
    const answered = new Set<number>();
    while (answered.size < replicas.length && Date.now() < deadline) {
      for (const [i, r] of replicas.entries()) if (!answered.has(i) && /bridge\.txt:\d+/.test(await ask(r, 'suspension bridge toll'))) answered.add(i);
      if (answered.size < replicas.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect([...answered].sort()).toEqual([0, 1]);
  });

  it('a retried event and a replayed request reaching both replicas are answered once', async () => {
    const [first, second] = replicas as [Replica, Replica];
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> ferry terminal', ts: '1700000000.000200', channel: 'CR1', event_ts: '1700000000.000200' };
    const body = JSON.stringify({
      token: 'legacy-token', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvRetried1',
      event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event,
    });
    // Slack's retry: the same event, signed anew, to whichever replica the balancer picks.
    expect((await postSigned(first.events, body, 'json', { secret: SECRET })).status).toBe(200);
    expect((await postSigned(second.events, body, 'json', { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 1 })).status).toBe(200);
    // A replay: the very same signed slash command, sent to both.
    const stamp = Math.floor(Date.now() / 1000);
    const command = slashCommandBody('/ask', 'ferry terminal', fake.responseUrl('replayed'));
    for (const r of replicas) expect((await postSigned(r.events, command, 'form', { secret: SECRET, timestamp: stamp })).status).toBe(200);
    await fake.next('/respond/replayed');
    // Anything still running finishes before these are answered by both.
    for (const r of replicas) await ask(r, 'library opening hours');
    expect(fake.received.filter((r) => r.path === '/api/chat.postMessage' && r.body['channel'] === 'CR1')).toHaveLength(1);
    expect(fake.received.filter((r) => r.path === '/respond/replayed')).toHaveLength(1);
  });

  it('with one replica stopped, the other keeps answering', async () => {
    const [first, second] = replicas as [Replica, Replica];
    await first.slack.stop();
    await expect(fetch(first.events, { method: 'POST' })).rejects.toThrow();
    expect(await ask(second, 'library opening hours')).toMatch(/library\.txt:\d+/);
  });
});
