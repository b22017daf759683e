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
  /** Pairs with a positive overlap, largest first. */
  pairs: OverlapPair[];
  /** Pairs of zones whose bounding boxes meet: the pairs that had to be clipped. */
  candidatePairs: number;
  /** False when there were more candidate pairs than `maxCandidatePairs` and the rest were skipped. */
  complete: boolean;
}

/** Enough for any real zone file; 5,000 random dense zones make about 60,000. */
export const DEFAULT_MAX_CANDIDATE_PAIRS = 50_000;

/**
 * The area each pair of zones shares. Only pairs whose bounding boxes meet are clipped (sweep
 * over boxes, so 5,000 zones do not mean 12.5 million clips), and each of the two is first cut to
 * the boxes' intersection, which keeps the clip small when big zones touch at a corner. Note that
 * the pairs' overlaps can add up to more than the total overlap where three or more zones overlap.
 */
export function overlapPairs(
  zones: readonly PreparedZone[],
  frame: PlanarFrame,
  options: { maxCandidatePairs?: number; onPair?: (done: number, total: number) => void } = {},
): OverlapPairsOutcome {
  const maxCandidatePairs = options.maxCandidatePairs ?? DEFAULT_MAX_CANDIDATE_PAIRS;
  const candidates: [number, number][] = [];
  let complete = true;
  forEachOverlappingBoxPair(
    zones.map((zone) => zone.bounds),
    (a, b) => {
      if (candidates.length >= maxCandidatePairs) {
        complete = false;
        return false;
      }
      candidates.push([a, b]);
      return true;
    },
  );
  const pairs: OverlapPair[] = [];
  candidates.forEach(([a, b], done) => {
    const overlapSquareMetres = sharedArea(zones[a]!, zones[b]!, frame);
    if (overlapSquareMetres > 0) {
      pairs.push({ aIndex: zones[a]!.index, bIndex: zones[b]!.index, aId: zones[a]!.id, bId: zones[b]!.id, overlapSquareMetres });
    }
    options.onPair?.(done + 1, candidates.length);
  });
  pairs.sort((p, q) => q.overlapSquareMetres - p.overlapSquareMetres || p.aIndex - q.aIndex || p.bIndex - q.bIndex);
  return { pairs, candidatePairs: candidates.length, complete };
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
