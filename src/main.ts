// `npm start`. The saved corpus and index are read, and the data files' times checked, while the rest
// of the bot's code loads (src/start.ts): loading it takes about a second, most of which the main
// thread spends waiting for tsx's loader thread, and at 1M passages those reads took as long again
// after it. Only node's built-ins and the cache's small modules are loaded before they start.
import { readAhead } from './cache/early.ts';

readAhead();
await import('./start.ts');
