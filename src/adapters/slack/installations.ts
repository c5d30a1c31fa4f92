// Where Slack OAuth installations are kept, so one deployment serves every workspace that installs
// the app: in PostgreSQL with DATABASE_URL (shared by every replica), else one JSON file per
// workspace in CACHE_DIR/slack-installations (Bolt's own file store runs the enterprise and team ids
// together into one folder name when there is no enterprise). Bolt calls `storeInstallation` after the OAuth redirect and `fetchInstallation` to
// find a workspace's bot token for each request. https://docs.slack.dev/tools/bolt-js/concepts/authenticating-oauth
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type pg from 'pg';
import type { Config } from '../../config.ts';
import { openPool } from '../../store/db.ts';
import { migrate } from '../../store/migrate.ts';

/** The row an installation (or a lookup) belongs to. */
function idOf(q: { isEnterpriseInstall?: boolean; enterpriseId?: string | undefined; teamId?: string | undefined }): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `E:${q.enterpriseId}`;
  if (q.teamId) return `T:${q.teamId}`;
  throw new Error('Slack installation: neither a team id nor an org-wide enterprise id');
}

export class PostgresInstallationStore implements InstallationStore {
  constructor(private readonly pool: pg.Pool) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const id = idOf({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
    await this.pool.query(
      'INSERT INTO slack_installations (id, installation) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET installation = EXCLUDED.installation, updated_at = now()',
      [id, JSON.stringify(installation)],
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const { rows } = await this.pool.query<{ installation: Installation }>('SELECT installation FROM slack_installations WHERE id = $1', [idOf(query)]);
    if (!rows[0]) throw new Error(`Slack installation: none for ${idOf(query)}; install the app into that workspace first`);
    return rows[0].installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.pool.query('DELETE FROM slack_installations WHERE id = $1', [idOf(query)]);
  }
}

/** One JSON file per workspace (or org-wide install), written owner-only: it holds the bot token. */
export class FileInstallationStore implements InstallationStore {
  constructor(private readonly dir: string) {}

  private file(q: Parameters<typeof idOf>[0]): string {
    return path.join(this.dir, `${idOf(q).replace(':', '-')}.json`);
  }

  async storeInstallation(installation: Installation): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = this.file({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
    await writeFile(file, JSON.stringify(installation), { mode: 0o600 });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    try {
      return JSON.parse(await readFile(this.file(query), 'utf8')) as Installation;
    } catch (err) {
      throw new Error(`Slack installation: none for ${idOf(query)}; install the app into that workspace first`, { cause: err });
    }
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await rm(this.file(query), { force: true });
  }
}

export interface OpenedInstallationStore {
  store: InstallationStore;
  close(): Promise<void>;
}

/** PostgreSQL with DATABASE_URL, else files under CACHE_DIR/slack-installations. */
export async function openInstallationStore(config: Config): Promise<OpenedInstallationStore> {
  if (!config.DATABASE_URL) {
    return { store: new FileInstallationStore(path.resolve(config.CACHE_DIR, 'slack-installations')), close: async () => {} };
  }
  const pool = openPool(config.DATABASE_URL, { max: 2 });
  await migrate(pool);
  let closing: Promise<void> | undefined;
  return { store: new PostgresInstallationStore(pool), close: () => (closing ??= pool.end()) };
}
