// Four made-up outlets on one story (floods in Rio Seco): two give different death tolls, one gives a
// toll for another period (a decade: no disagreement), one is silent on the story. Outlets come from
// sources.yml (a folder and a file pattern) and from front matter; dates from file names and front matter.

export const FLOOD_ARTICLES: Record<string, string> = {
  'sources.yml': ['"wire/": Reuters', '"herald_*.txt":', '  outlet: The Herald', '  url: https://herald.example/floods', '"daily/": The Daily', ''].join('\n'),
  'wire/2025-03-04-floods.txt': [
    'Floods kill dozens in Rio Seco valley',
    '',
    'Floods swept through the Rio Seco valley on Monday after three days of rain.',
    '',
    'At least 40 people were killed in the floods, officials said, and 12 people remain missing.',
    '',
    'Rescue teams searched the riverbanks through the night.',
    '',
    '“We lost everything in one night,” said Maria Lopez, a farmer in the valley.',
  ].join('\n'),
  'herald_20250305.txt': [
    'Governor blames failed defences',
    '',
    'The Rio Seco floods killed 65 people, according to the regional governor.',
    '',
    'The governor said the flood defences built in 1998 had failed in several places.',
    '',
    '“We lost everything in one night,” said Maria Lopez, whose farm lies beside the river.',
  ].join('\n'),
  'gazette.md': [
    '---',
    'title: A valley that floods',
    'outlet: The Gazette',
    'date: 2025-03-06',
    '---',
    'Floods in Rio Seco are nothing new for the families who farm the valley.',
    '',
    'Over the past decade, floods in the valley have killed 300 people.',
  ].join('\n'),
  'daily/market.txt': [
    'Harvest market opens',
    '',
    'The harvest market opened on Saturday with 200 stalls selling apples and cheese.',
  ].join('\n'),
};
