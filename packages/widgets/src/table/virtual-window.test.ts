import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { virtualWindow } from './virtual-window.js';

describe('virtualWindow', () => {
  it('renders the first rows at the top and the last rows at the bottom, also for a million rows', () => {
    const base = { viewportHeight: 480, rowHeight: 33, rowCount: 1_000_000, maxHeight: 8_000_000 };
    const top = virtualWindow({ ...base, scrollTop: 0 });
    expect(top.first).to.equal(0);
    expect(top.padTop).to.equal(0);
    expect(top.totalHeight).to.equal(8_000_000);
    const bottom = virtualWindow({ ...base, scrollTop: 8_000_000 - 480 });
    expect(bottom.end).to.equal(1_000_000);
    expect(bottom.padBottom).to.equal(0);
    // The last row ends exactly at the bottom of the scrollable area.
    expect(bottom.padTop + (bottom.end - bottom.first) * 33).to.be.closeTo(8_000_000, 1e-6);
  });

  it('always covers the visible rows and keeps the scroll height constant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 20, max: 60 }),
        fc.integer({ min: 100, max: 1200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rowCount, rowHeight, viewportHeight, position) => {
          const total = Math.min(rowCount * rowHeight, 8_000_000);
          const scrollTop = position * Math.max(0, total - viewportHeight);
          const w = virtualWindow({ scrollTop, viewportHeight, rowHeight, rowCount, maxHeight: 8_000_000 });
          expect(w.first).to.be.within(0, rowCount);
          expect(w.end).to.be.within(w.first, rowCount);
          // The rendered rows fill the viewport: they start at or above its top and end at or below its bottom.
          expect(w.padTop).to.be.at.most(scrollTop + 1e-6);
          const bottom = Math.min(scrollTop + viewportHeight, total);
          expect(w.padTop + (w.end - w.first) * rowHeight).to.be.at.least(bottom - 1e-6);
          expect(w.padTop + (w.end - w.first) * rowHeight + w.padBottom).to.be.closeTo(
            Math.max(total, w.padTop + (w.end - w.first) * rowHeight),
            1e-6,
          );
        },
      ),
    );
  });
});
