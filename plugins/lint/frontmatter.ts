/**
 * Reads a document's frontmatter with its positions and validates it with the content model,
 * so each problem names the field, the value found and the line it is on.
 */
import { isMap, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { documentSchema } from '../schema.ts';
import type { Problem } from './problem.ts';

export interface FrontmatterCheck {
  problems: Problem[];
  /** As written, when the YAML could be read. */
  raw: Record<string, unknown> | undefined;
  fieldOffset(path: readonly (string | number)[]): number | undefined;
}

/** The `---` block at the top of an MDX file: where its YAML starts in the file, and the YAML. */
function frontmatterBlock(source: string): { start: number; yaml: string } | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/u.exec(source);
  if (!open) return undefined;
  const start = open[0].length;
  const close = /^---[ \t]*$/mu.exec(source.slice(start));
  if (!close) return undefined;
  return { start, yaml: source.slice(start, start + close.index) };
}

export function checkFrontmatter(source: string): FrontmatterCheck {
  const block = frontmatterBlock(source);
  if (!block) {
    return {
      problems: [
        {
          offset: 0,
          ruleId: 'schema/frontmatter',
          severity: 'error',
          message: 'no frontmatter — start the file with a --- block holding title, issuers, docNumber and date',
          text: '',
        },
      ],
      raw: undefined,
      fieldOffset: () => undefined,
    };
  }
  const yamlDoc = parseDocument(block.yaml, { prettyErrors: false, uniqueKeys: true });
  const fieldOffset = (path: readonly (string | number)[]) => nodeOffset(yamlDoc, path, block.start);
  if (yamlDoc.errors.length > 0) {
    return {
      problems: yamlDoc.errors.map((error) => ({
        offset: block.start + error.pos[0],
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: `the frontmatter is not valid YAML: ${error.message}`,
        text: block.yaml.slice(error.pos[0], error.pos[1]),
      })),
      raw: undefined,
      fieldOffset,
    };
  }
  const raw: unknown = yamlDoc.toJS();
  if (!isMap(yamlDoc.contents) || typeof raw !== 'object' || raw === null) {
    return {
      problems: [
        { offset: block.start, ruleId: 'schema/frontmatter', severity: 'error', message: 'the frontmatter must be a list of fields (key: value)', text: '' },
      ],
      raw: undefined,
      fieldOffset,
    };
  }
  const record = raw as Record<string, unknown>;
  const result = documentSchema.safeParse(record);
  const issues = result.success ? [] : result.error.issues;
  const problems = withoutMissingTypos(issues, record).flatMap((issue) => describeIssue(issue, record, yamlDoc, block.start));
  return { problems, raw: record, fieldOffset };
}

/**
 * A misspelt field (docNumbr) also leaves the real one missing; the "unknown field — did you mean
 * docNumber?" message says both, so the separate "docNumber is missing" is dropped.
 */
function withoutMissingTypos(issues: readonly z.core.$ZodIssue[], raw: Record<string, unknown>): z.core.$ZodIssue[] {
  const meant = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const suggestion = nearest(key, knownKeys(issue.path as (string | number)[]));
      if (suggestion) meant.add(fieldName([...(issue.path as (string | number)[]), suggestion]));
    }
  }
  return issues.filter((issue) => {
    const path = issue.path as (string | number)[];
    return !(meant.has(fieldName(path)) && valueAt(raw, path) === undefined);
  });
}

/** One zod issue in the author's terms: `field "value": message`, at the field's line. */
function describeIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>, yamlDoc: Document, base: number): Problem[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const value = valueAt(raw, [...path, key]);
      const suggestion = nearest(key, knownKeys(path));
      const hint = suggestion ? `did you mean ${suggestion}?` : `the known fields are ${knownKeys(path).join(', ')}`;
      const field = fieldName([...path, key]);
      return {
        offset: keyOffset(yamlDoc, path, key, base) ?? base,
        ruleId: `schema/${field}`,
        severity: 'error' as const,
        message: `${field}${shown(value)}: unknown field — ${hint}`,
        text: key,
      };
    });
  }
  const value = valueAt(raw, path);
  const field = fieldName(path);
  const quoted = shown(value);
  // A message that already quotes the value (dates, 保密期限) is not prefixed with it twice.
  const prefix = quoted && issue.message.includes(quoted.trim()) ? field : `${field}${quoted}`;
  return [
    {
      // A missing field is reported at the opening --- of the frontmatter.
      offset: nodeOffset(yamlDoc, path, base) ?? 0,
      ruleId: `schema/${field || 'frontmatter'}`,
      severity: 'error',
      message: `${prefix}: ${issue.message}`,
      text: typeof value === 'string' ? value : '',
    },
  ];
}

function shown(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return ` "${value}"`;
  if (value instanceof Date) return ` "${value.toISOString().slice(0, 10)}"`;
  return ` ${JSON.stringify(value)}`;
}

function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let current = raw;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The source offset of the value at `path`, or of the nearest enclosing node that exists. */
function nodeOffset(yamlDoc: Document, path: readonly (string | number)[], base: number): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const node = yamlDoc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return base + node.range[0];
    if (depth === path.length && path.length > 0) {
      const key = keyOffset(yamlDoc, path.slice(0, -1), path[path.length - 1]!, base);
      if (key !== undefined) return key;
    }
  }
  return undefined;
}

function keyOffset(yamlDoc: Document, parent: readonly (string | number)[], key: string | number, base: number): number | undefined {
  const map = parent.length === 0 ? yamlDoc.contents : yamlDoc.getIn(parent, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
  return range ? base + range[0] : undefined;
}

/** The field names the content model knows at `path` (top level, or inside colophon, issuerMark, …). */
function knownKeys(path: readonly (string | number)[]): string[] {
  let schema: unknown = documentSchema;
  for (const key of [...path, null]) {
    schema = unwrap(schema);
    if (key === null) break;
    const def = (schema as { _zod: { def: { type: string; shape?: Record<string, unknown>; element?: unknown } } })._zod.def;
    schema = typeof key === 'number' ? def.element : def.shape?.[key];
    if (!schema) return [];
  }
  const def = (schema as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def;
  return Object.keys(def.shape ?? {});
}

function unwrap(schema: unknown): unknown {
  let current = schema as { _zod: { def: { type: string; innerType?: unknown; in?: unknown } } };
  while (['optional', 'default', 'pipe', 'nullable'].includes(current._zod.def.type)) {
    current = (current._zod.def.innerType ?? current._zod.def.in) as typeof current;
  }
  return current;
}

/** The known name within a small edit distance of a typo, e.g. docNumbr → docNumber. */
export function nearest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
