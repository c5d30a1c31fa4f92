// Literal articles for the store tests: three files share a short furniture line, one has a
// quote, one cannot be read.
export const STORE_ARTICLES: Record<string, string> = {
  'harbour.txt': [
    'Harbour authority approves new ferry terminal',
    '',
    'The harbour authority approved a new ferry terminal on Tuesday after a two-year review of the western pier.',
    '',
    '"We waited a long time for this decision," said Marta Okafor, who chairs the fishermen\'s association.',
    '',
    'The council meets again on Thursday.',
  ].join('\n'),
  'library.txt': [
    'City library extends opening hours',
    '',
    'The central library will stay open until ten at night on weekdays from next month, the council announced.',
    '',
    'The council meets again on Thursday.',
  ].join('\n'),
  'market.md': [
    '---',
    'title: Farmers market moves to the square',
    'outlet: Valley Courier',
    'url: https://example.org/market',
    'date: 2024-05-02',
    '---',
    '',
    'The Saturday farmers market will move to the cathedral square in June, organisers said.',
    '',
    'The council meets again on Thursday.',
  ].join('\n'),
};

/** Not text at all: the loader skips it with a warning. */
export const BINARY = new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]);
