/**
 * Which rows a virtually scrolled table renders. Only the rows in view (plus a margin) exist in the DOM;
 * spacers above and below give the scrollbar its full length. Browsers cap element heights (Chromium at
 * about 33.5 million px, Firefox at about 17.9 million), so beyond `maxHeight` the scroll position is
 * scaled: a million rows still scroll from the first to the last.
 */

/** Input of {@link virtualWindow}. */
export interface WindowInput {
  scrollTop: number;
  /** Height of the visible area for rows (below a sticky header). */
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan?: number;
  /** Largest scrollable height used. */
  maxHeight?: number;
}

/** The rows to render and the spacer heights around them. */
export interface WindowRange {
  /** First row index to render. */
  first: number;
  /** One past the last row index to render. */
  end: number;
  /** Height of the spacer above the first rendered row. */
  padTop: number;
  /** Height of the spacer below the last rendered row. */
  padBottom: number;
  /** Total scrollable height of the rows. */
  totalHeight: number;
}

/** Largest total height before scaling starts (safe in every current browser). */
export const MAX_SCROLL_HEIGHT = 8_000_000;

/** Computes the window of rows to render for a scroll position. */
export function virtualWindow(input: WindowInput): WindowRange {
  const { rowHeight, rowCount } = input;
  const overscan = input.overscan ?? 6;
  const viewport = Math.max(0, input.viewportHeight);
  const realHeight = rowCount * rowHeight;
  const totalHeight = Math.min(realHeight, input.maxHeight ?? MAX_SCROLL_HEIGHT);
  const scrollable = Math.max(0, totalHeight - viewport);
  const realScrollable = Math.max(0, realHeight - viewport);
  const scrollTop = Math.min(Math.max(0, input.scrollTop), scrollable);
  // Where the viewport's top edge is in the full (unscaled) list of rows.
  const virtualTop = scrollable > 0 ? (scrollTop / scrollable) * realScrollable : 0;
  const firstVisible = Math.min(rowCount, Math.floor(virtualTop / rowHeight));
  const visibleCount = Math.ceil(viewport / rowHeight) + 1;
  const first = Math.max(0, firstVisible - overscan);
  const end = Math.min(rowCount, firstVisible + visibleCount + overscan);
  // Row `first` sits this far above or below the viewport's top edge, in real pixels; rendered rows keep
  // their real height, so only the spacer absorbs the scaling.
  const padTop = Math.max(0, scrollTop - (virtualTop - first * rowHeight));
  const padBottom = Math.max(0, totalHeight - padTop - (end - first) * rowHeight);
  return { first, end, padTop, padBottom, totalHeight };
}
