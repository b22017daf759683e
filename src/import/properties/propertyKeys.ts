import { isPlainObject } from '../safeRecord';

/** One key found in a file's properties, for the mapping picker. */
export interface PropertyKeySummary {
  key: string;
  /** How many features have it (with any value, null included). */
  featureCount: number;
  /** Up to `SAMPLE_COUNT` distinct values, as short text ("null", "[1,2]"…), in file order. */
  samples: string[];
}

const SAMPLE_COUNT = 3;
const SAMPLE_LENGTH = 40;

/** Every property key of the features, in order of first appearance, with sample values. */
export function listPropertyKeys(features: readonly ({ properties?: unknown } | null | undefined)[]): PropertyKeySummary[] {
  const summaries = new Map<string, PropertyKeySummary>();
  for (const feature of features) {
    const properties = feature?.properties;
    if (!isPlainObject(properties)) continue;
    for (const key of Object.keys(properties)) {
      let summary = summaries.get(key);
      if (!summary) {
        summary = { key, featureCount: 0, samples: [] };
        summaries.set(key, summary);
      }
      summary.featureCount += 1;
      if (summary.samples.length < SAMPLE_COUNT) {
        const sample = sampleText(properties[key]);
        if (!summary.samples.includes(sample)) summary.samples.push(sample);
      }
    }
  }
  return [...summaries.values()];
}

function sampleText(value: unknown): string {
  const text = typeof value === 'string' ? value : safeJson(value);
  return text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH - 1)}…` : text;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
