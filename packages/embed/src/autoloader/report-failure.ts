/**
 * When an element's code cannot be loaded, the page must not just show an empty box: every element of
 * that tag still waiting for its definition gets the same `odw-error` event the elements fire themselves
 * (pages and the screenshot tool listen for it), and the console names the file. Fallback content the
 * editor put inside the element (e.g. a link to the dataset) stays visible.
 *
 * @param tag the element that could not be loaded
 * @param error why
 */
export function reportLoadFailure(tag: string, error: unknown): void {
  const failure = new Error(`odw could not load <${tag}>: ${(error as Error)?.message ?? error}`, {
    cause: error,
  });
  failure.name = 'LoadError';
  console.error(failure.message);
  for (const element of document.querySelectorAll(`${tag}:not(:defined)`)) {
    element.dispatchEvent(
      new CustomEvent('odw-error', { detail: { error: failure }, bubbles: true, composed: true }),
    );
  }
}
