// Derives a command's option list from its zod schema, so platforms never keep a second list by hand.
import { z } from 'zod';
import type { Command } from './command.ts';

export interface OptionSpec {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  required: boolean;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  /** Which list a platform may autocomplete this option from (`speakers`). */
  autocomplete?: string;
}

interface JsonProp {
  type?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  autocomplete?: string;
}

// Walking a schema takes a while and its options never change: derived once per schema.
const derived = new WeakMap<object, OptionSpec[]>();

export function commandOptions(command: Pick<Command, 'schema'>): OptionSpec[] {
  let options = derived.get(command.schema);
  if (!options) derived.set(command.schema, (options = deriveOptions(command)));
  return options;
}

function deriveOptions(command: Pick<Command, 'schema'>): OptionSpec[] {
  const json = z.toJSONSchema(command.schema, { io: 'input' }) as {
    properties?: Record<string, JsonProp>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  const specs = Object.entries(json.properties ?? {}).map(([name, p]): OptionSpec => ({
    name,
    description: p.description ?? name,
    type: toOptionType(p.type),
    required: required.has(name),
    ...(p.minimum !== undefined && { min: p.minimum }),
    ...(p.maximum !== undefined && { max: p.maximum }),
    ...(p.minLength !== undefined && { minLength: p.minLength }),
    ...(p.maxLength !== undefined && { maxLength: p.maxLength }),
    ...(p.autocomplete !== undefined && { autocomplete: p.autocomplete }),
  }));
  // Platforms (Discord) want required options first; keep schema order otherwise.
  return [...specs.filter((s) => s.required), ...specs.filter((s) => !s.required)];
}

function toOptionType(type: string | undefined): OptionSpec['type'] {
  if (type === 'integer' || type === 'number' || type === 'boolean') return type;
  return 'string';
}
