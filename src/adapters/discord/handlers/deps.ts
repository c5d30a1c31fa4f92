// What every interaction handler needs: the shared router and core, the log, and the deferral policy.
import type { PlatformDeps } from '../../platform.ts';
import type { DeferPolicy } from '../deadline.ts';

export interface HandlerDeps extends PlatformDeps {
  policy: DeferPolicy;
}
