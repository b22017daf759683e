import type { ImportMessageCode, ImportMessageParams } from '../importMessage';

/** What a rule found, before the feature's context (file, index, id, name) is added. */
export interface RuleProblem {
  code: ImportMessageCode;
  params: ImportMessageParams;
}

/** Things found across a whole geometry that are reported once per feature, not per position. */
export interface GeometryTally {
  unclosedRings: number;
  positionsWithExtraValues: number;
}

export function problem(code: ImportMessageCode, params: ImportMessageParams = {}): RuleProblem {
  return { code, params };
}
