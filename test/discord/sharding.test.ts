// Discord sharding as a user runs it: `npm start` (src/main.ts) in a child process against the fake
// Discord, which recommends a shard count, routes each guild's events to its shard, and refuses
// tokens or intents when asked. The shard processes are real: discord.js's ShardingManager forks them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { SAMPLE_ARTICLES, tempArticles } from '../helpers/articles.ts';
import { alive, runEntry, startEntry, type Running } from '../helpers/run.ts';
import { FakeDiscord, type Recorded } from './fake-discord.ts';
import { callbackType, isCallbackFor, messageOf } from './harness.ts';
import { APP_ID, slashCommand } from './payloads.ts';

type LogLine = Record<string, unknown>;

let fake: FakeDiscord | undefined;
let run: Running | undefined;

afterEach(async () => {
  // A test that failed half-way: end the bot; its shards stop themselves once their manager is gone.
  if (run && run.child.exitCode === null && run.child.signalCode === null) {
    run.child.kill('SIGKILL');
    await run.done;
  }
  run = undefined;
  await fake?.close();
  fake = undefined;
});

async function startBot(f: FakeDiscord, env: Record<string, string> = {}): Promise<Running> {
  const DATA_DIR = await tempArticles(SAMPLE_ARTICLES);
  run = startEntry('src/main.ts', [], { DISCORD_TOKEN: 'test-token', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: f.apiUrl, DATA_DIR, LOG_LEVEL: 'info', ...env });
  return run;
}

/** The JSON log lines on stderr so far (the manager's and its shards', which share its stderr). */
function logs(r: Running): LogLine[] {
  return r.stderr().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as LogLine);
}

/** Resolves with the log lines whose message is `msg` once there are `count` of them; rejects if the bot ends first. */
function waitForLogs(r: Running, msg: string, count: number): Promise<LogLine[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = logs(r).filter((l) => l.msg === msg);
      if (found.length < count) return;
      r.child.stderr.off('data', check);
      resolve(found);
    };
    r.child.stderr.on('data', check);
    void r.done.then(({ code, signal }) => reject(new Error(`npm start ended (${code ?? signal}) before ${count} × "${msg}":\n${r.stderr().slice(-3000)}`)));
    check();
  });
}

/** A guild id whose events Discord sends to `shard` of `count` (`(id >> 22) % count`). */
function guildOn(shard: number, count: number): string {
  return String(((1000n * BigInt(count) + BigInt(shard)) << 22n) + 7n);
}

/** `/ask` from a member of `guild`. */
function askIn(guild: string, question: string) {
  const i = slashCommand('ask', [{ name: 'question', type: 3, value: question }]);
  return { ...i, guild_id: guild, channel: { ...i.channel, guild_id: guild }, authorizing_integration_owners: { '0': guild } };
}

/** The bot's answer to an interaction: its callback's message, or the edit of a deferred reply. */
async function answerTo(f: FakeDiscord, i: { id: string; token: string }): Promise<string> {
  const callback: Recorded = await f.waitFor(isCallbackFor(i), 30_000);
  if (callbackType(callback) === 4) return JSON.stringify(messageOf(callback));
  const edit = await f.waitFor((x) => x.method === 'PATCH' && x.path.endsWith(`/${i.token}/messages/@original`), 30_000);
  return JSON.stringify(messageOf(edit));
}

/** The pids of the shard processes the manager said it started. */
const shardPids = (r: Running): number[] => logs(r).filter((l) => l.msg === 'Discord shard process started').map((l) => l.shard_pid as number);

describe('DISCORD_SHARDS', () => {
  it('reads auto (the default) or a whole number of shards', () => {
    expect(readConfig({}).DISCORD_SHARDS).toBe('auto');
    expect(readConfig({ DISCORD_SHARDS: ' AUTO ' }).DISCORD_SHARDS).toBe('auto');
    expect(readConfig({ DISCORD_SHARDS: '12' }).DISCORD_SHARDS).toBe(12);
    for (const bad of ['0', 'two', '1.5', '-2']) expect(() => readConfig({ DISCORD_SHARDS: bad })).toThrow(/^Configuration error: DISCORD_SHARDS must be auto or a whole number of shards such as 2\./);
  });

  it('stops npm start with one line naming DISCORD_SHARDS and exit 1 on a bad value', async () => {
    const r = await runEntry('src/main.ts', [], { env: { DISCORD_TOKEN: 'test-token', DISCORD_CLIENT_ID: APP_ID, DISCORD_SHARDS: 'many' } });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual(['Configuration error: DISCORD_SHARDS must be auto or a whole number of shards such as 2. Fix it in .env or the environment.']);
  }, 60_000);
});

describe('Discord sharding through npm start', () => {
  it('DISCORD_SHARDS=2: two shard processes identify as [0, 2] and [1, 2], each answers its guilds, a crashed one is restarted, SIGTERM stops them all cleanly', async () => {
    fake = await FakeDiscord.start({ maxConcurrency: 2 });
    const r = await startBot(fake, { DISCORD_SHARDS: '2' });
    const ready = await waitForLogs(r, 'Discord shard ready', 2);
    expect(ready.map((l) => l.shard).sort()).toEqual([0, 1]);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    const pids = shardPids(r);
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(r.child.pid);
    // Each shard loads the articles itself.
    await waitForLogs(r, 'coverage loaded', 2);

    for (const shard of [0, 1]) {
      const i = askIn(guildOn(shard, 2), 'ferry terminal approved');
      expect(fake.dispatch('INTERACTION_CREATE', i)).toEqual([[shard, 2]]);
      expect(await answerTo(fake, i)).toContain('harbour.txt:3');
    }

    // A shard that dies after being ready is started again, and serves its guilds.
    process.kill(pids[1]!, 'SIGKILL');
    const again = await waitForLogs(r, 'Discord shard ready', 3);
    expect(again[2]!.shard).toBe(1);
    await waitForLogs(r, 'coverage loaded', 3);
    const i = askIn(guildOn(1, 2), 'library hours');
    expect(fake.dispatch('INTERACTION_CREATE', i)).toEqual([[1, 2]]);
    expect(await answerTo(fake, i)).toContain('library.txt:3');

    // SIGTERM to every process at once, as systemd does: each shard stops its client cleanly (close 1000).
    const live = [pids[0]!, again[2]!.shard_pid as number];
    for (const pid of [r.child.pid!, ...live]) process.kill(pid, 'SIGTERM');
    expect((await r.done).code).toBe(0);
    expect(fake.closes.filter((c) => c.code === 1000).map((c) => c.shard).sort()).toEqual([[0, 2], [1, 2]]);
    // Three loads: the two shards and the restarted one; the manager loaded nothing.
    expect(logs(r).filter((l) => l.msg === 'coverage loaded')).toHaveLength(3);
    for (const pid of shardPids(r)) expect(alive(pid)).toBe(false);
  }, 180_000);

  it('auto with one shard recommended: no manager, Discord runs in the npm start process', async () => {
    fake = await FakeDiscord.start({ shards: 1 });
    const r = await startBot(fake);
    await waitForLogs(r, 'Discord recommends one shard: running it in this process', 1);
    await waitForLogs(r, 'connected to Discord', 1);
    await waitForLogs(r, 'coverage loaded', 1);
    expect(fake.identifies.map((i) => i.shard)).toEqual([[0, 1]]);
    expect(shardPids(r)).toEqual([]);
    const children = `/proc/${r.child.pid}/task/${r.child.pid}/children`;
    if (process.platform === 'linux') expect(readFileSync(children, 'utf8').trim()).toBe('');
    const i = askIn(guildOn(0, 1), 'ferry terminal approved');
    fake.dispatch('INTERACTION_CREATE', i);
    expect(await answerTo(fake, i)).toContain('harbour.txt:3');
    r.child.kill('SIGTERM');
    expect((await r.done).code).toBe(0);
  }, 60_000);

  it('auto with two shards recommended: a manager and two shards, which stop themselves when the manager is killed', async () => {
    fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 2 });
    const r = await startBot(fake);
    await waitForLogs(r, 'Discord shard ready', 2);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    const pids = shardPids(r);
    r.child.kill('SIGKILL');
    // npm start's stderr closes only when every process holding it (the shards too) has ended.
    await r.done;
    const stopped = logs(r).filter((l) => l.msg === 'asked to stop: stopping the platforms').map((l) => l.pid);
    expect(stopped.sort()).toEqual([...pids].sort());
  }, 90_000);

  it('auto with two shards recommended, intents refused (4014): the reason once, every shard stopped, exit 1', async () => {
    fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 2, closeOnIdentify: 4014 });
    const r = await startBot(fake);
    const { code } = await r.done;
    expect(code).toBe(1);
    const lines = r.stderr().split('\n');
    expect(lines.filter((l) => l.startsWith("Discord refused the bot's gateway intents (close code 4014, disallowed intents)"))).toHaveLength(1);
    expect(fake.identifies.length).toBeGreaterThanOrEqual(1);
    expect(fake.identifies.every((i) => i.shard?.[1] === 2)).toBe(true);
    expect(shardPids(r).length).toBeGreaterThanOrEqual(1);
    for (const pid of shardPids(r)) expect(alive(pid)).toBe(false);
  }, 90_000);

  it('DISCORD_SHARDS=2 with a rejected token (401): the reason once, before any shard starts, exit 1', async () => {
    fake = await FakeDiscord.start({ rejectToken: true });
    const r = await startBot(fake, { DISCORD_SHARDS: '2' });
    expect((await r.done).code).toBe(1);
    expect(r.stderr().split('\n').filter((l) => l.startsWith('Discord rejected DISCORD_TOKEN (401 Unauthorized).'))).toHaveLength(1);
    expect(shardPids(r)).toEqual([]);
    expect(fake.identifies).toEqual([]);
  }, 60_000);

  it('DISCORD_SHARDS=2 with a DATA_DIR that does not exist: said once by the manager, no shard started, exit 1', async () => {
    fake = await FakeDiscord.start();
    const missing = path.join(await tempArticles({}), 'nowhere');
    const r = await startBot(fake, { DISCORD_SHARDS: '2', DATA_DIR: missing });
    expect((await r.done).code).toBe(1);
    expect(r.stderr().split('\n').filter((l) => l.startsWith(`DATA_DIR ${missing} `))).toHaveLength(1);
    expect(shardPids(r)).toEqual([]);
  }, 60_000);
});
