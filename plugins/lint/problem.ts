import type { Severity } from './types.ts';

/** A problem found before the rules run (YAML, MDX syntax, schema); always an error with a fixed rule id. */
export interface Problem {
  offset: number;
  ruleId: string;
  severity: Severity;
  message: string;
  text: string;
}
