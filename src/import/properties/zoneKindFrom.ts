import { ZONE_KINDS, type ZoneKind } from '../../domain/zone';

/** Chinese names of the kinds as plans and notices write them. */
const KIND_SYNONYMS: Readonly<Record<string, ZoneKind>> = {
  先导区: 'pilot-zone',
  车联网先导区: 'pilot-zone',
  示范区: 'demo-zone',
  测试示范区: 'demo-zone',
  场景区: 'scenario-area',
  应用场景: 'scenario-area',
  应用场景区: 'scenario-area',
};

/** The zone kind a property value names (`pilot-zone`, or `先导区`), or null. */
export function zoneKindFrom(value: unknown): ZoneKind | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if ((ZONE_KINDS as readonly string[]).includes(trimmed)) return trimmed as ZoneKind;
  return Object.hasOwn(KIND_SYNONYMS, trimmed) ? KIND_SYNONYMS[trimmed]! : null;
}
