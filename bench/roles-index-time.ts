// What `npm run index` pays for the office holders it stores (`src/store/roles-write.ts`), beside the
// in-process engine reading the same offices from its own index, and whether the two agree:
// `npx tsx bench/roles-index-time.ts <articles dir>`. Prints one JSON line.
import { loadCorpus } from '../src/corpus/load.ts';
import { PassageIndex } from '../src/search/passage-index.ts';
import { CorpusRoleHolders } from '../src/search/query/role-holders.ts';
import { rolePostings } from '../src/search/query/role-postings.ts';
import { round, timed, timedAsync } from './stats.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: bench/roles-index-time.ts <articles dir>');
const loaded = await timedAsync(() => loadCorpus(dir));
const { passages } = loaded.value.corpus;
const postings = timed(() => rolePostings(passages));
const stored = timed(() => new CorpusRoleHolders(postings.value, passages).everyHolder());
const index = timed(() => PassageIndex.build(passages));
const inProcess = timed(() => new CorpusRoleHolders(index.value, passages).everyHolder());
console.log(
  JSON.stringify({
    passages: passages.length,
    load_ms: round(loaded.ms),
    store_postings_ms: round(postings.ms),
    store_read_ms: round(stored.ms),
    rows: stored.value.length,
    index_build_ms: round(index.ms),
    in_process_read_ms: round(inProcess.ms),
    same: JSON.stringify(stored.value) === JSON.stringify(inProcess.value),
    rss_mb: round(process.memoryUsage().rss / 2 ** 20),
  }),
);
