/**
 * Puts an element into one of its registered states on a fresh gate page: mount, wait for data or an
 * error, do what the reader does, and prove the state was reached with the state's own selector.
 */
import type { ElementRegistration, GateContext } from '../registry/types.js';
import { GatePage, type GatePageOptions } from './gate-page.js';
import { setServerFault, type Stage } from './stage.js';
import { Subject } from './subject.js';

/** How long data may take to arrive (the client's deadline is 30 s; a loaded CI machine is slow). */
export const SETTLE_TIMEOUT = 45000;

export interface Visit {
  gate: GatePage;
  subject: Subject;
  /** Heals a server-wide fault the state set and closes the page. */
  done(): Promise<void>;
}

/** Opens a page and brings `registration`'s element into state `stateName`. */
export async function visitState(
  stage: Stage,
  ctx: GateContext,
  registration: ElementRegistration,
  stateName: string,
  options: { gate: string; flavor: GatePageOptions['flavor']; width?: number },
): Promise<Visit> {
  const state = registration.states[stateName];
  if (!state) throw new Error(`${registration.tag} registers no state "${stateName}"`);
  const gate = await GatePage.open(
    stage,
    { gate: options.gate, element: registration.tag, state: stateName },
    { flavor: options.flavor, width: options.width ?? state.width, alsoAllowed: state.alsoAllowed },
  );
  const subject = new Subject(gate);
  let faulted = false;
  const done = async () => {
    if (faulted) await setServerFault(stage, '');
    await gate.close();
  };
  try {
    await gate.mount(registration.tag, state.attributes(ctx));
    if (state.settle !== 'none') {
      const event = await gate.waitForEvent(subject.id, ['odw-load', 'odw-error'], SETTLE_TIMEOUT);
      if (event.type !== `odw-${state.settle}`) {
        throw new Error(
          `expected odw-${state.settle}, got ${event.type}${event.error ? ` (${event.error.name}: ${event.error.message})` : ''}`,
        );
      }
    }
    if (state.serverFault) {
      faulted = true;
      await setServerFault(stage, state.serverFault);
    }
    await state.act?.(subject);
    await gate.waitFor(subject.id, state.proof, SETTLE_TIMEOUT);
    await gate.settled(subject.id);
    return { gate, subject, done };
  } catch (error) {
    await done().catch(() => undefined);
    throw new Error(`${registration.tag} could not reach state "${stateName}": ${(error as Error).message}`, {
      cause: error,
    });
  }
}
