// A replica's office holders: the `role_holders` rows `npm run index` read from the served passages
// (`roles-write.ts`), a few hundred, read with each snapshot (at start and on every reload) and
// handed to the question planner as its `RoleHolders`, so that a question naming an office plans
// from the store as in-process. An office and country without a row has no holder.
import type pg from 'pg';
import { countryKey } from '../search/query/role-holders.ts';
import type { Holder, Office, RoleHolders } from '../search/query/roles.ts';
import type { Place } from '../search/query/tables.ts';

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export class StoredRoleHolders implements RoleHolders {
  private constructor(private readonly rows: ReadonlyMap<string, Holder[]>) {}

  static async open(db: Queryable): Promise<StoredRoleHolders> {
    const { rows } = await db.query<{ office: string; country: string; holders: Holder[] }>('SELECT office, country, holders FROM role_holders');
    return new StoredRoleHolders(new Map(rows.map((r) => [`${r.office}|${r.country}`, r.holders])));
  }

  holders(office: Office, country: Place | undefined): Holder[] {
    return this.rows.get(`${office.name}|${countryKey(country)}`) ?? [];
  }
}
