// Many workspaces: the app is installed into two fake workspaces through Slack's OAuth flow
// (GET /slack/install → Slack's authorize page → GET /slack/oauth_redirect), the real Bolt app
// against a fake Slack on localhost; each workspace's mention is then answered with that
// workspace's own bot token. Installations kept in PostgreSQL (DATABASE_URL) or in files.
import { readdir } from 'node:fs/promises';
import pg from 'pg';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.ts';
import { platforms, readConfig } from '../../src/config.ts';
import { createCore } from '../../src/core/create.ts';
import { CommandRouter } from '../../src/core/router.ts';
import { SAMPLE_ARTICLES, suiteArticles } from '../helpers/articles.ts';
import { createTestDatabase, pgSkipReason, type TestDatabase } from '../helpers/postgres.ts';
import { suiteTempDir } from '../helpers/temp-dir.ts';
import { memoryLogger, postSigned, startFakeSlack, type FakeSlack } from './fake-slack.ts';

const SECRET = 'oauth-signing-secret';
const WORKSPACES = [
  { team: 'T100', token: 'xoxb-newsroom-one' },
  { team: 'T200', token: 'xoxb-newsroom-two' },
];

function mentionIn(team: string, channel: string): string {
  const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> ferry terminal', ts: '1700000000.000100', channel, event_ts: '1700000000.000100' };
  return JSON.stringify({
    token: 'legacy-token', team_id: team, api_app_id: 'A1', type: 'event_callback', event_id: `Ev-${team}`,
    event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: team, user_id: 'UBOT', is_bot: true }], event,
  });
}

function oauthSuite(name: string, storeEnv: () => Record<string, string>, stored: () => Promise<string[]>, skip: string): void {
  describe.skipIf(skip !== '')(`Slack OAuth install into two workspaces (${name})`, () => {
    let fake: FakeSlack;
    let slack: SlackHandle;
    let base: string;
    const dataDir = suiteArticles(SAMPLE_ARTICLES);

    beforeAll(async () => {
      fake = await startFakeSlack();
      const env = {
        SLACK_SIGNING_SECRET: SECRET, SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'client-secret',
        SLACK_API_URL: fake.apiUrl, SLACK_OAUTH_URL: fake.apiUrl.replace('/api/', '/oauth/v2/authorize'), ...storeEnv(),
      };
      const config = { ...readConfig(env), PORT: 0 };
      const core = await createCore({ dataDir });
      slack = await startSlack({ config, mode: 'http', router: new CommandRouter(allCommands()), ctx: { core }, log: memoryLogger().log });
      base = `http://127.0.0.1:${slack.port}`;
    });
    afterAll(async () => {
      await slack?.stop();
      await fake?.close();
    });

    it('installs through /slack/install and the OAuth redirect, then answers each workspace with its own token', async () => {
      for (const [i, w] of WORKSPACES.entries()) {
        const install = await fetch(`${base}/slack/install`, { redirect: 'manual' });
        expect(install.status).toBe(302);
        const authorize = new URL(install.headers.get('location')!);
        expect(authorize.pathname).toBe('/oauth/v2/authorize');
        expect(authorize.searchParams.get('client_id')).toBe('1111.2222');
        expect(authorize.searchParams.get('scope')).toContain('commands');
        fake.answers.set('/api/oauth.v2.access', {
          ok: true, app_id: 'A1', authed_user: { id: 'U1' }, scope: 'app_mentions:read,chat:write,commands,im:history', token_type: 'bot',
          access_token: w.token, bot_user_id: 'UBOT', team: { id: w.team, name: `Newsroom ${i + 1}` }, enterprise: null, is_enterprise_install: false,
        });
        const cookie = install.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
        const done = await fetch(`${base}/slack/oauth_redirect?code=code-${i}&state=${encodeURIComponent(authorize.searchParams.get('state')!)}`, { headers: { cookie } });
        expect(done.status).toBe(200);
      }
      const exchanges = fake.received.filter((r) => r.path === '/api/oauth.v2.access');
      expect(exchanges.map((r) => r.body['code'])).toEqual(['code-0', 'code-1']);
      expect((await stored()).sort()).toEqual(WORKSPACES.map((w) => w.team));

      for (const [i, w] of WORKSPACES.entries()) {
        const res = await postSigned(`${base}/slack/events`, mentionIn(w.team, `C${i}`), 'json', { secret: SECRET });
        expect(res.status).toBe(200);
      }
      for (const [i, w] of WORKSPACES.entries()) {
        const posted = await waitForPost(fake, `C${i}`);
        expect(posted.authorization).toBe(`Bearer ${w.token}`);
        expect(JSON.stringify(posted.body)).toMatch(/harbour\.txt:\d+/);
      }
    });

    it('refuses an OAuth redirect whose state it did not issue', async () => {
      const forged = await fetch(`${base}/slack/oauth_redirect?code=stolen&state=forged`);
      expect(forged.status).toBeGreaterThanOrEqual(400);
      expect(fake.received.filter((r) => r.path === '/api/oauth.v2.access').map((r) => r.body['code'])).not.toContain('stolen');
    });
  });
}

async function waitForPost(fake: FakeSlack, channel: string) {
  for (let i = 0; i < 100; i++) {
    const found = fake.received.find((r) => r.path === '/api/chat.postMessage' && r.body['channel'] === channel);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no message posted in ${channel}`);
}

let db: TestDatabase | undefined;
const cacheDir = suiteTempDir('cb-oauth-');
const pgSkip = pgSkipReason();
beforeAll(async () => {
  if (!pgSkip) db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

oauthSuite('PostgreSQL', () => ({ DATABASE_URL: db!.url }), () => storedInDatabase(db!.url), pgSkip);
oauthSuite('files', () => ({ CACHE_DIR: cacheDir }), async () => readdir(path.join(cacheDir, 'slack-installations')).then((names) => names.map((n) => n.replace(/^T-(.*)\.json$/, '$1'))), '');

async function storedInDatabase(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ team: string }>("SELECT installation->'team'->>'id' AS team FROM slack_installations")).rows.map((r) => r.team);
  } finally {
    await client.end();
  }
}

describe('configuration for many workspaces', () => {
  it('a signing secret with the OAuth client id and secret is Slack over HTTP, no bot token needed', () => {
    const config = readConfig({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c' });
    expect(platforms(config).slack).toBe('http');
    expect(platforms(readConfig({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '1.2' })).slack).toBeNull();
  });

  it('a DATABASE_URL that is not a PostgreSQL URL stops start-up naming the variable', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://db/coverage' })).toThrow(/DATABASE_URL must be a PostgreSQL URL/);
  });
});
