import type { ImportMessageCode, ImportMessageParams } from '../importMessage';

/** What a rule found, before the feature's context (file, index, id, name) is added. */
export interface RuleProblem {
  code: ImportMessageCode;
  /** The sentence about the problem, e.g. `ring 0 has 3 positions; a linear ring needs at least 4.` */
  detail: string;
  params: ImportMessageParams;
}

/** Things found across a whole geometry that are reported once per feature, not per position. */
export interface GeometryTally {
  unclosedRings: number;
  positionsWithExtraValues: number;
}

export function problem(code: ImportMessageCode, detail: string, params: ImportMessageParams = {}): RuleProblem {
  return { code, detail, params };
}
