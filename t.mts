import { loadCorpusReport } from './src/corpus/load.ts';
const r = await loadCorpusReport(process.argv[2]!);
for (const p of r.corpus.passages) console.log(p.source, p.line, JSON.stringify(p.heading), p.text.slice(0, 70));
for (const [f, d] of r.dropped) for (const x of d) console.log('DROP', f, x.line, x.rule, x.text.slice(0, 60));
console.log(r.corpus.articles.map((a) => a.title), r.warnings);
