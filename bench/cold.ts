// A fresh process that starts the core from the saved corpus and index and answers one /ask, with
// the imports `npm start` has, timing each stage from process start. Prints one JSON line on stdout.
import { createCore } from '../src/core/create.ts';
import { CommandRouter } from '../src/core/router.ts';
import { allCommands } from '../commands/index.ts';
import { heapMb, round, rssMb } from './stats.ts';

// Process start to the end of the imports: the part of start-up spent loading code.
const importsMs = performance.now();
const [dataDir, cacheDir, question = 'what happened?'] = process.argv.slice(2);
if (!dataDir || !cacheDir) throw new Error('usage: cold.ts <dataDir> <cacheDir> [question]');
const core = await createCore({ dataDir, cacheDir, warn: (m) => process.stderr.write(`bench cold warning: ${m}\n`) });
const coreMs = performance.now();
const { reply } = await new CommandRouter(allCommands()).runLine(`/ask ${question}`, { core });
const readyMs = performance.now();
const { user, system } = process.cpuUsage();
const report = {
  imports_ms: importsMs, create_core_ms: coreMs - importsMs, first_answer_ms: readyMs - coreMs, ready_ms: readyMs,
  cpu_ms: (user + system) / 1000, answered: reply.items.length, heap_mb: heapMb(), ...rssMb(),
};
process.stdout.write(`${JSON.stringify(report, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))}\n`);
