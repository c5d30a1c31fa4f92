// A replica's office holders: the `role_holders` rows `npm run index` read from the served passages
// (`roles-write.ts`), a few hundred, read with each snapshot (at start and on every reload) and
// handed to the question planner as its `RoleHolders`, so that a question naming an office plans
// from the store as in-process. An office and country without a row has no holder. Rows read from
// another corpus version than the snapshot's (a replica that starts while `npm run index` writes
// them, after the new version is committed) are not used: `stale`, and the replica reads them again
// when that version is announced.
import type pg from 'pg';
import { countryKey } from '../search/query/role-holders.ts';
import type { Holder, Office, RoleHolders } from '../search/query/roles.ts';
import type { Place } from '../search/query/tables.ts';
import { readState } from './state.ts';

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** `current`: read from the snapshot's version (perhaps no holder: an archive naming no office); `stale`: from another (none used); `none`: never written. */
type RolesState = 'current' | 'stale' | 'none';

export class StoredRoleHolders implements RoleHolders {
  private constructor(
    private readonly rows: ReadonlyMap<string, Holder[]>,
    readonly state: RolesState,
    /** The `roles_version` read (undefined: never written), to tell whether the store's holders changed since. */
    readonly made: string | undefined,
  ) {}

  /** The holders stored for corpus `version` (`roles_version` starts with it: `roles-write.ts`); none when they are another version's. */
  static async open(db: Queryable, version: number): Promise<StoredRoleHolders> {
    const made = await readState(db, 'roles_version');
    if (made !== undefined && made.split(' ')[0] !== String(version)) return new StoredRoleHolders(new Map(), 'stale', made);
    const { rows } = await db.query<{ office: string; country: string; holders: Holder[] }>('SELECT office, country, holders FROM role_holders');
    return new StoredRoleHolders(new Map(rows.map((r) => [`${r.office}|${r.country}`, r.holders])), made === undefined ? 'none' : 'current', made);
  }

  holders(office: Office, country: Place | undefined): Holder[] {
    return this.rows.get(`${office.name}|${countryKey(country)}`) ?? [];
  }
}
