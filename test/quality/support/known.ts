/**
 * Separates the problems a gate found into new ones (which fail the gate) and known findings the
 * element's registration tolerates for now (which the report lists as open).
 */
import type { ElementRegistration } from '../registry/types.js';
import { figures } from './figures.js';

/** The problems that are not known findings; records the known ones for the report. */
export function unexpectedProblems(
  registration: ElementRegistration,
  gate: string,
  state: string,
  problems: string[],
): string[] {
  const known = (registration.knownFindings ?? []).filter(
    (k) => k.gate === gate && (k.state === undefined || k.state === state),
  );
  return problems.filter((problem) => {
    const finding = known.find((k) => k.pattern.test(problem));
    if (!finding) return true;
    figures.known.push({ element: registration.tag, gate, state, problem, reason: finding.reason });
    return false;
  });
}

/** Folds repeated problems into one line each with a count: `text cut off ×23 (e.g. …)`. */
export function foldRepeats(problems: string[], key: (problem: string) => string): string[] {
  const groups = new Map<string, string[]>();
  for (const problem of problems) {
    const k = key(problem);
    groups.set(k, [...(groups.get(k) ?? []), problem]);
  }
  return [...groups.entries()].map(([k, all]) =>
    all.length === 1 ? all[0] : `${k} ×${all.length} (e.g. ${all[0]})`,
  );
}
