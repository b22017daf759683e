import { forEachOverlappingBoxPair } from './boxOverlaps';
import { clip, ClipType, clipToRectangle } from './clip';
import { pathsAreaSquareMetres } from './measurePaths';
import type { Bounds, PlanarFrame } from './planarFrame';
import type { PreparedZone } from './preparedZone';

export interface OverlapPair {
  aIndex: number;
  bIndex: number;
  aId: string;
  bId: string;
  /** Area both zones cover, in m². */
  overlapSquareMetres: number;
}

export interface OverlapPairsOutcome {
  /** The pairs with the largest overlaps, at most `largest` of them, largest first. */
  pairs: OverlapPair[];
  /** How many pairs of zones overlap (a positive shared area), among the pairs examined. */
  pairCount: number;
  /** Their overlaps added up, m² (more than the total overlap where three or more zones meet). */
  totalSquareMetres: number;
  /** Pairs of distinct outlines whose bounding boxes meet: the pairs that had to be clipped. */
  candidatePairs: number;
  /** False when there were more candidate pairs than `maxCandidatePairs` and the rest were skipped. */
  complete: boolean;
}

/** Enough for any real zone file; 5,000 random dense zones make about 60,000. */
export const DEFAULT_MAX_CANDIDATE_PAIRS = 50_000;

/** Pairs listed by default: what a person reads; the count and total stand for the rest. */
export const DEFAULT_LARGEST_PAIRS = 100;

/**
 * The area pairs of zones share: the `largest` pairs listed, and how many pairs overlap and by how
 * much in all, so that the result stays the size of the zones, not of their square (10,000 copies
 * of one zone are 50 million overlapping pairs).
 *
 * Copies of one outline (the same fingerprint and area, as the duplicate check reads them) are
 * clipped once: a pair of copies shares the whole zone, and a pair of outlines stands for every
 * pair of their copies. Only pairs of outlines whose bounding boxes meet are clipped (sweep over
 * boxes, so 5,000 zones do not mean 12.5 million clips), and each of the two is first cut to the
 * boxes' intersection, which keeps the clip small when big zones touch at a corner.
 */
export function overlapPairs(
  zones: readonly PreparedZone[],
  frame: PlanarFrame,
  options: { maxCandidatePairs?: number; largest?: number; onPair?: (done: number, total: number) => void } = {},
): OverlapPairsOutcome {
  const maxCandidatePairs = options.maxCandidatePairs ?? DEFAULT_MAX_CANDIDATE_PAIRS;
  const largest = new LargestPairs(options.largest ?? DEFAULT_LARGEST_PAIRS);
  const outcome: OverlapPairsOutcome = { pairs: [], pairCount: 0, totalSquareMetres: 0, candidatePairs: 0, complete: true };
  const copies = copiesOfEachOutline(zones);
  for (const group of copies) {
    const pairs = (group.length * (group.length - 1)) / 2;
    if (pairs === 0) continue;
    const area = group[0]!.areaSquareMetres;
    outcome.pairCount += pairs;
    outcome.totalSquareMetres += pairs * area;
    largest.offer(group, group, area);
  }
  const candidates: [number, number][] = [];
  forEachOverlappingBoxPair(
    copies.map((group) => group[0]!.bounds),
    (a, b) => {
      if (candidates.length >= maxCandidatePairs) {
        outcome.complete = false;
        return false;
      }
      candidates.push([a, b]);
      return true;
    },
  );
  candidates.forEach(([a, b], done) => {
    const overlapSquareMetres = sharedArea(copies[a]![0]!, copies[b]![0]!, frame);
    if (overlapSquareMetres > 0) {
      const pairs = copies[a]!.length * copies[b]!.length;
      outcome.pairCount += pairs;
      outcome.totalSquareMetres += pairs * overlapSquareMetres;
      largest.offer(copies[a]!, copies[b]!, overlapSquareMetres);
    }
    options.onPair?.(done + 1, candidates.length);
  });
  outcome.candidatePairs = candidates.length;
  outcome.pairs = largest.list();
  return outcome;
}

/** The zones grouped by outline: copies together, in order of first appearance. */
function copiesOfEachOutline(zones: readonly PreparedZone[]): PreparedZone[][] {
  const groups: PreparedZone[][] = [];
  const byFingerprint = new Map<string, PreparedZone[]>();
  for (const zone of zones) {
    const group = byFingerprint.get(zone.fingerprint);
    const first = group?.[0];
    if (group && first && Math.abs(first.areaSquareMetres - zone.areaSquareMetres) <= 1e-9 * zone.areaSquareMetres) group.push(zone);
    else {
      const created = [zone];
      groups.push(created);
      if (!group) byFingerprint.set(zone.fingerprint, created);
    }
  }
  return groups;
}

/** The `limit` largest pairs offered, kept in a list that is sorted and cut whenever it doubles. */
class LargestPairs {
  private pairs: OverlapPair[] = [];

  constructor(private readonly limit: number) {}

  /** Pairs of a zone of `first` with one of `second` (a different one when the groups are the same), in index order. */
  offer(first: readonly PreparedZone[], second: readonly PreparedZone[], overlapSquareMetres: number): void {
    let offered = 0;
    for (let i = 0; i < first.length && offered < this.limit; i += 1) {
      for (let j = first === second ? i + 1 : 0; j < second.length && offered < this.limit; j += 1) {
        const [a, b] = first[i]!.index < second[j]!.index ? [first[i]!, second[j]!] : [second[j]!, first[i]!];
        this.pairs.push({ aIndex: a.index, bIndex: b.index, aId: a.id, bId: b.id, overlapSquareMetres });
        offered += 1;
      }
    }
    if (this.pairs.length > 2 * this.limit) this.cut();
  }

  list(): OverlapPair[] {
    this.cut();
    return this.pairs;
  }

  private cut(): void {
    this.pairs.sort((p, q) => q.overlapSquareMetres - p.overlapSquareMetres || p.aIndex - q.aIndex || p.bIndex - q.bIndex);
    this.pairs.length = Math.min(this.pairs.length, this.limit);
  }
}

function sharedArea(a: PreparedZone, b: PreparedZone, frame: PlanarFrame): number {
  const box: Bounds = {
    minX: Math.max(a.bounds.minX, b.bounds.minX) - 1,
    minY: Math.max(a.bounds.minY, b.bounds.minY) - 1,
    maxX: Math.min(a.bounds.maxX, b.bounds.maxX) + 1,
    maxY: Math.min(a.bounds.maxY, b.bounds.maxY) + 1,
  };
  const partA = clipToRectangle(a.paths, a.bounds, box);
  const partB = clipToRectangle(b.paths, b.bounds, box);
  if (partA.length === 0 || partB.length === 0) return 0;
  const shared = clip(ClipType.Intersection, partA, partB);
  return shared.length === 0 ? 0 : Math.max(0, pathsAreaSquareMetres(shared, frame));
}
