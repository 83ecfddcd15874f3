import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManagedSchema, resolveConfig } from '../../core/config';
import { musselhorstPolicyInput } from '../../core/policy/musselhorst';
import { PolicySchema } from '../../core/policy/schema';
import {
  LeidinggevendeSchema,
  PlatformSwitchesSchema,
  SchoolContactsSchema,
} from '../../core/settings';
import { PLATFORM_IDS } from '../../core/types';

// public/managed_schema.json is what Chrome/Edge validate a school's pushed settings against;
// core/config.ts's ManagedSchema is what the extension accepts. They must describe the same
// thing, and the example in docs/IT.md must pass both.

const root = join(import.meta.dirname, '../..');
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

type JsonSchema = {
  type: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  items?: JsonSchema;
};
const schema = read('public/managed_schema.json') as JsonSchema;

/** Chrome's subset of JSON Schema (type, enum, properties, additionalProperties, items). */
function problems(value: unknown, s: JsonSchema, path = '(root)'): string[] {
  const type = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (type !== s.type && !(s.type === 'number' && type === 'integer'))
    return [`${path}: ${type} is not ${s.type}`];
  if (s.enum && !s.enum.includes(value)) return [`${path}: ${String(value)} not in enum`];
  if (s.type === 'array')
    return (value as unknown[]).flatMap((v, i) => problems(v, s.items!, `${path}.${i}`));
  if (s.type !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    const sub = s.properties?.[key] ?? s.additionalProperties;
    return sub ? problems(v, sub, `${path}.${key}`) : [`${path}.${key}: not in the schema`];
  });
}

describe('the managed-storage schema', () => {
  it('has a top-level object without additionalProperties (Chrome requires it)', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
  });

  it('names exactly the fields the extension reads', () => {
    expect(Object.keys(schema.properties!).sort()).toEqual(Object.keys(ManagedSchema.shape).sort());
    expect(Object.keys(schema.properties!.leidinggevende!.properties!).sort()).toEqual(
      Object.keys(LeidinggevendeSchema.shape).sort(),
    );
    expect(Object.keys(schema.properties!.platforms!.properties!).sort()).toEqual(
      [...PLATFORM_IDS].sort(),
    );
    expect(Object.keys(schema.properties!.policy!.properties!).sort()).toEqual(
      Object.keys(PolicySchema.shape).sort(),
    );
    expect(Object.keys(schema.properties!.schoolContacts!.properties!).sort()).toEqual(
      Object.keys(SchoolContactsSchema.shape).sort(),
    );
    expect(PlatformSwitchesSchema.safeParse({ x: false }).success).toBe(true);
  });

  it('lets the default pack through, so a school can push a whole pack', () => {
    expect(problems(musselhorstPolicyInput, schema.properties!.policy!)).toEqual([]);
  });

  it('lets the example in docs/IT.md through, and the extension takes all of it', () => {
    const example = read('docs/managed-settings.example.json');
    expect(problems(example, schema)).toEqual([]);
    const config = resolveConfig(undefined, {
      ...(example as object),
      policy: musselhorstPolicyInput,
    });
    expect(config.notices).toEqual([]);
    expect(config.settings.leidinggevende.name).toBe('Marieke Jansen');
    expect(config.locked).toContain('platforms.tiktok');
    expect(config.locked).toContain('policy');
    expect(config.settings.schoolContacts.phones).toEqual(['0591 123 456']);
  });

  it('would catch a misspelt field (the check above can fail)', () => {
    expect(problems({ leidingevende: {} }, schema)).toEqual([
      '(root).leidingevende: not in the schema',
    ]);
  });
});
