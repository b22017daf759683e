import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/seededRandom';
import { locatedDuplicateKeyWarnings, repeatsAName } from '../../src/import/rules/duplicateKeys';

describe('repeatsAName (the quick pass over valid JSON)', () => {
  it.each([
    ['{"a":1,"a":2}', true],
    ['{"a":1,"b":{"a":2}}', false],
    ['[{"a":1},{"a":2}]', false],
    ['{"a":{"b":1},"a":2}', true],
    ['{"x":[[1,2],[3,4]],"y":{"z":[{"x":1,"x":2}]}}', true],
    // The same name written two ways is the same name.
    ['{"a":1,"\\u0061":2}', true],
    // Braces, quotes, colons and backslashes inside strings are not structure.
    ['{"a":"{\\"a\\":1}","b":"}{","c":"\\\\","d":"\\\\\\"a\\":"}', false],
    ['{"k\\"":1,"k":2}', false],
    ['{"k\\\\":1,"k\\\\":2}', true],
    ['{"a" : 1, "b"\n:\t2, "a"  :3}', true],
    ['"just a string"', false],
    ['[1, 2, {"a": [], "b": {}}]', false],
  ])('%s → %s', (text, expected) => {
    JSON.parse(text);
    expect(repeatsAName(text)).toBe(expected);
  });

  it('agrees with the located scan (jsonc-parser) on 2,000 random documents', () => {
    const random = seededRandom(3);
    const names = ['a', 'b', 'é', 'q"', 'k\\', '{', '}', ':'];
    const value = (depth: number): string => {
      const pick = random();
      if (depth > 3 || pick < 0.3) return random() < 0.5 ? String(Math.round(random() * 1000) / 10) : JSON.stringify(names[Math.floor(random() * names.length)]);
      if (pick < 0.55) return `[${Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1)).join(',')}]`;
      const members = Array.from({ length: Math.floor(random() * 4) }, () => `${JSON.stringify(names[Math.floor(random() * names.length)])}:${value(depth + 1)}`);
      return `{${members.join(', ')}}`;
    };
    let withRepeats = 0;
    for (let i = 0; i < 2000; i += 1) {
      const text = value(0);
      const located = locatedDuplicateKeyWarnings(text, 'random.json').length > 0;
      expect(repeatsAName(text)).toBe(located);
      if (located) withRepeats += 1;
    }
    expect(withRepeats).toBeGreaterThan(100);
    expect(withRepeats).toBeLessThan(1900);
  });
});
