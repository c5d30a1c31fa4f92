// `npx tsx bench/squad-to-corpus.ts <squad.json> <out-dir>`: turns a SQuAD-format file (v1.1 or v2.0)
// into a folder of articles (one paragraph a line) and a question set in the dev-qa format, so that
// `DATA_DIR=<out-dir>/articles npm run eval:qa -- <out-dir>/questions.json` measures /ask on
// questions nobody on the team wrote. Unanswerable (v2.0) questions are left out; every question's
// gold is the line of the paragraph it was asked about.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface Squad {
  data: { title: string; paragraphs: { context: string; qas: { question: string; is_impossible?: boolean }[] }[] }[];
}

async function main([input, outDir]: string[]): Promise<number> {
  if (!input || !outDir) {
    process.stderr.write('usage: npx tsx bench/squad-to-corpus.ts <squad.json> <out-dir>\n');
    return 2;
  }
  const squad = JSON.parse(await readFile(input, 'utf8')) as Squad;
  const articles = path.join(outDir, 'articles');
  await mkdir(articles, { recursive: true });
  const questions: { q: string; gold: string[]; style: string }[] = [];
  for (const [i, article] of squad.data.entries()) {
    const prefix = `s${String(i).padStart(2, '0')}`;
    const name = `${prefix}_${article.title.replace(/[^\w-]+/g, '_')}.txt`;
    const lines = article.paragraphs.map((p) => p.context.replace(/\s+/g, ' ').trim());
    await writeFile(path.join(articles, name), `${lines.join('\n')}\n`);
    for (const [line, p] of article.paragraphs.entries()) {
      for (const qa of p.qas) {
        if (!qa.is_impossible) questions.push({ q: qa.question.trim(), gold: [`${prefix}:${line + 1}`], style: 'squad' });
      }
    }
  }
  await writeFile(path.join(outDir, 'questions.json'), `${JSON.stringify(questions, null, 1)}\n`);
  process.stdout.write(`${squad.data.length} articles, ${questions.length} questions → ${outDir}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
