/** How the zone list (zoneList.ts) is cut up so that no frame of building, updating or removing it runs long. */

/**
 * Items built in the first task, and in each chunk that follows, one per frame (see app.css on
 * chunks). A file of thousands of zones built at once cost a task of 250 ms per 758 zones
 * (building and laying out the items). The chunks on screen are laid out whole when their areas
 * arrive: with 250 items a chunk, that was a 107–144 ms layout inside a 215–229 ms frame.
 */
export const ITEMS_PER_CHUNK = 100;

/**
 * Items given their area per frame (and, when a list is taken down, items removed per frame: whole
 * chunks). Measured in headless Chromium on a list of 3,788: setting every area at once took
 * 290 ms (each text change lays the item out again), removing the list at once 360 ms; 500 at a
 * time, under 40 ms each, plus the layout of the chunks on screen.
 */
export const CHANGES_PER_TASK = 300;
