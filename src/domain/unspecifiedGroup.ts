/**
 * The breakdown group of zones that leave a dimension empty (no phase, no scenario…). In a module
 * of its own so the dashboard can name it without loading the coverage engine (Clipper,
 * GeographicLib) on the main thread.
 */
export const UNSPECIFIED_GROUP_KEY = '(unspecified)';
