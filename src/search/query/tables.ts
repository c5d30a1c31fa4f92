// The place and news-vocabulary tables, parsed once at first use into name → entries maps.
import { PLACES } from '../data/places.ts';
import { NEWS_VOCABULARY } from '../data/news-vocabulary.ts';
import { nameKey } from './names.ts';

export interface Place {
  /** Country names, first the usual one. */
  countries: string[];
  /** Capitals and seats of government. */
  seats: string[];
  demonyms: string[];
}

export interface Category {
  names: string[];
  members: string[];
}

/** What a name in a question is: a country, one of its seats, or its demonym. */
export interface PlaceEntry {
  place: Place;
  role: 'country' | 'seat' | 'demonym';
}

let places: Map<string, PlaceEntry[]> | undefined;
let categories: Map<string, Category[]> | undefined;

const list = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

function add<T>(map: Map<string, T[]>, name: string, entry: T): void {
  const key = nameKey(name);
  map.set(key, [...(map.get(key) ?? []), entry]);
}

export function placeTable(): Map<string, PlaceEntry[]> {
  if (places) return places;
  places = new Map();
  for (const line of PLACES.split('\n').filter((l) => l.trim())) {
    const [c, s, d] = line.split(';');
    const place = { countries: list(c), seats: list(s), demonyms: list(d) };
    for (const name of place.countries) add(places, name, { place, role: 'country' as const });
    for (const name of place.seats) add(places, name, { place, role: 'seat' as const });
    for (const name of place.demonyms) add(places, name, { place, role: 'demonym' as const });
  }
  return places;
}

export function categoryTable(): Map<string, Category[]> {
  if (categories) return categories;
  categories = new Map();
  for (const line of NEWS_VOCABULARY.split('\n').filter((l) => l.trim())) {
    const [names, members] = line.split(':');
    const category = { names: list(names), members: list(members) };
    for (const name of category.names) add(categories, name, category);
  }
  return categories;
}
