import { expect, waitUntil } from '@open-wc/testing';
import './odw-resize.js';

/** A frame whose page posts `message` to its parent, like embed.html does. */
function frameThatPosts(message: unknown): HTMLIFrameElement {
  const page = `<!doctype html><script>parent.postMessage(${JSON.stringify(message)}, '*');</script>`;
  const frame = document.createElement('iframe');
  frame.height = '150';
  frame.src = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  document.body.append(frame);
  return frame;
}

// The inner height: the resizer sets the content height; a border the host gives the frame comes on top.
const heightOf = (frame: HTMLIFrameElement) => frame.clientHeight;

describe('odw-resize.js on the host page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('gives the frame that reports its height exactly that height, and no other frame', async () => {
    const other = frameThatPosts({ type: 'something-else', height: 999 });
    const frame = frameThatPosts({ type: 'odw:height', height: 432.2 });
    await waitUntil(() => heightOf(frame) === 433, 'frame was not resized');
    expect(heightOf(other)).to.equal(150);
  });

  it('ignores malformed heights and clamps absurd ones', async () => {
    const negative = frameThatPosts({ type: 'odw:height', height: -5 });
    const text = frameThatPosts({ type: 'odw:height', height: '500' });
    const huge = frameThatPosts({ type: 'odw:height', height: 1e9 });
    await waitUntil(() => heightOf(huge) === 20000, 'huge frame was not clamped');
    expect(heightOf(negative)).to.equal(150);
    expect(heightOf(text)).to.equal(150);
  });

  it('asks frames for their height (they may have reported before the script ran)', async () => {
    const page = `<!doctype html><script>
      addEventListener('message', (e) => {
        if (e.data && e.data.type === 'odw:height-request') parent.postMessage({ type: 'odw:height', height: 222 }, '*');
      });
    </script>`;
    const frame = document.createElement('iframe');
    frame.src = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    dispatchEvent(new Event('load')); // the script asks again on the page's load event
    await waitUntil(() => heightOf(frame) === 222, 'frame was not asked for its height');
  });
});
