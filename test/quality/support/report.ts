/**
 * Writes `docs/quality.md` from the figures of a gate run: a summary of every promise with the number
 * that proves it, then one section per gate. Nothing in it is written by hand.
 */
import { writeFileSync } from 'node:fs';
import { REGISTRATIONS, selectedRegistrations } from '../registry/index.js';
import { AXE_TAGS } from './axe.js';
import { strictCsp, TRUSTED_TYPES_POLICIES } from './csp.js';
import { CLIENT_DEADLINE, FAULT_MODES } from './fault-modes.js';
import { figures, type FaultRecord } from './figures.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const fmt = (n: number) => n.toLocaleString('en-GB');
const verdict = (ok: boolean) => (ok ? '✅' : '❌');
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function table(head: string[], rows: (string | number)[][]): string {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map((c) => cell(String(c))).join(' | ')} |`);
  return lines.join('\n');
}

const ran = (gate: string) => figures.gatesRun.has(gate);
const notRun = (gate: string) => `_The ${gate} gate did not run in this run._`;

function summary(): string {
  const strictPages = figures.pages.filter((p) => p.flavor === 'strict');
  const violations = sum(strictPages.map((p) => p.cspViolations.length));
  const thirdParty = sum(figures.pages.map((p) => p.thirdParty.length));
  const requests = sum(figures.pages.map((p) => p.requests));
  const cookies = Math.max(0, ...figures.pages.map((p) => p.cookies));
  const storage = sum(figures.pages.map((p) => p.storage));
  const policies = [...new Set(strictPages.flatMap((p) => p.policies))].sort();
  const xssStrings = sum(figures.xss.map((x) => x.compared));
  const executions =
    sum(figures.xss.map((x) => x.executions.length)) + sum(figures.pages.map((p) => p.executions.length));
  const markup = sum(figures.xss.map((x) => x.markup.length));
  const mismatches = sum(figures.xss.map((x) => x.mismatches.length));
  const payloads = Math.max(0, ...figures.xss.map((x) => x.payloads));
  const fields = Math.max(0, ...figures.xss.map((x) => x.fields));
  const axeRuns = figures.axe.length;
  const axeViolations = sum(figures.axe.map((a) => a.violations.length));
  const layoutFindings = sum(figures.layout.map((l) => l.findings.length));
  const readable = sum(figures.layout.map((l) => l.readable));
  const knownLayout = figures.known.filter(
    (k) => k.gate === 'states' && k.problem.startsWith('layout'),
  ).length;
  const walks = figures.keyboard.filter((k) => k.operations === 0);
  const operations = figures.keyboard.filter((k) => k.operations > 0);
  const reached = sum(walks.map((w) => w.reached));
  const controls = sum(walks.map((w) => w.controls));
  const noIndicator = sum(walks.map((w) => w.withoutIndicator.length));
  const traps = walks.filter((w) => w.trapped).length;
  const failedOperations = operations.filter((o) => o.failedOperations.length).length;
  const faults = (phase: FaultRecord['phase']) => figures.faults.filter((f) => f.phase === phase);
  const survived = (phase: FaultRecord['phase']) => faults(phase).filter((f) => f.survived).length;
  const leakOk = figures.leaks.every(
    (l) => l.requestsAfterRemoval === 0 && l.retainedInstances === 0 && l.listenerGrowth <= 20,
  );
  const attributeValues = figures.attributes.length;
  const attributeProblems = figures.attributes.filter((a) => a.problems.length).length;
  const attributes = new Set(figures.attributes.map((a) => `${a.element} ${a.attribute}`)).size;
  const rows: string[][] = [];
  if (ran('xss')) {
    rows.push(
      [
        'No payload of the hostile dataset executes',
        `${fmt(executions)} executions; ${fmt(xssStrings)} strings compared (${fmt(payloads)} payloads × up to ${fields} fields, ${figures.xss.length} renderings)`,
        verdict(executions === 0),
      ],
      [
        'No script, frame, event attribute or non-allow-listed URL from data',
        `${fmt(markup)} found`,
        verdict(markup === 0),
      ],
      [
        'Every string shown exactly as the portal sent it',
        `${fmt(mismatches)} changed of ${fmt(xssStrings)}`,
        verdict(mismatches === 0),
      ],
    );
  }
  rows.push(
    [
      'Strict CSP with Trusted Types: no violation in any state',
      `${fmt(violations)} violations on ${fmt(strictPages.length)} strict-CSP pages; policies created: ${policies.join(', ') || 'none'}`,
      verdict(violations === 0 && policies.every((p) => TRUSTED_TYPES_POLICIES.includes(p))),
    ],
    [
      'No request to a third party',
      `${fmt(thirdParty)} of ${fmt(requests)} requests on ${fmt(figures.pages.length)} pages`,
      verdict(thirdParty === 0),
    ],
    [
      'No cookie, no web storage',
      `${cookies} cookies, ${storage} storage entries`,
      verdict(cookies === 0 && storage === 0),
    ],
  );
  if (ran('states')) {
    rows.push(
      [
        `axe-core (${AXE_TAGS.join(', ')}) in every state`,
        `${fmt(axeViolations)} violations in ${fmt(axeRuns)} runs`,
        verdict(axeViolations === 0),
      ],
      [
        '320 px and forced colours: nothing cut off or out of reach',
        `${fmt(layoutFindings - knownLayout)} findings (+ ${knownLayout} known, listed below); ${fmt(readable)} cut-off texts in buttons that show them whole`,
        verdict(layoutFindings - knownLayout === 0),
      ],
    );
  }
  if (ran('keyboard')) {
    rows.push([
      'Keyboard: every control reached, visible focus, no trap; operations work',
      `${fmt(reached)} of ${fmt(controls)} controls reached in ${walks.length} walks; ${noIndicator} without focus indicator; ${traps} traps; ${operations.length - failedOperations} of ${operations.length} operations`,
      verdict(reached === controls && noIndicator === 0 && traps === 0 && failedOperations === 0),
    ]);
  }
  if (ran('faults')) {
    rows.push([
      'Every fault mode survived (cause shown in time, retry, recovery, stale data kept)',
      `lasting ${survived('error')}/${faults('error').length}, single failure ${survived('transient')}/${faults('transient').length}, after data ${survived('stale')}/${faults('stale').length} (${FAULT_MODES.length} modes × ${selectedRegistrations().length} elements)`,
      verdict(figures.faults.every((f) => f.survived)),
    ]);
  }
  if (ran('leaks')) {
    rows.push([
      '1 000 mount/unmount cycles: no leak, no request after removal',
      figures.leaks
        .map(
          (l) =>
            `${l.element}: heap ${l.heapGrowthKb >= 0 ? '+' : ''}${fmt(l.heapGrowthKb)} KB, listeners +${l.listenerGrowth}, nodes +${l.nodeGrowth}, ${l.retainedInstances} retained, ${l.requestsAfterRemoval} requests after removal`,
        )
        .join('; '),
      verdict(leakOk),
    ]);
  }
  if (ran('crowd')) {
    rows.push([
      'Fifty elements: requests shared, retries within the budget',
      figures.crowd
        .map((c) => `${c.element}: ${c.requests} requests (${c.distinct} distinct) for “${c.scenario}”`)
        .join('; '),
      verdict(figures.crowd.every((c) => c.problems.length === 0)),
    ]);
  }
  if (ran('attributes')) {
    rows.push([
      'Bad input: a message naming the attribute, never a throw or a blank element',
      `${fmt(attributeValues)} values for ${attributes} attributes; ${attributeProblems} mishandled`,
      verdict(attributeProblems === 0),
    ]);
  }
  if (ran('privacy')) {
    rows.push([
      'Demo pages, loaded and used: only page origin and portal, no cookie, Referer ≤ origin',
      `${figures.privacy.length} pages, ${fmt(sum(figures.privacy.map((p) => p.requests)))} requests, ${sum(figures.privacy.map((p) => p.thirdParty.length))} to third parties`,
      verdict(
        figures.privacy.every((p) => !p.thirdParty.length && !p.cookiesSent && !p.cookiesSet && !p.storage),
      ),
    ]);
  }
  rows.push([
    'Open findings the gates tolerate for now',
    `${figures.known.length} (listed below)`,
    figures.known.length ? '⚠️' : '✅',
  ]);
  return table(['promise', 'figure from this run', ''], rows);
}

function xssSection(): string {
  if (!ran('xss')) return notRun('XSS');
  return `The demo portal's hostile dataset (\`@odw/demo-portal\` \`hostileCorpus\`: the Big List of Naughty Strings with \`alert()\` rewritten to the tripwire, plus HTML, SVG, URL and Markdown vectors and prototype keys) in every registered rendering, on a page without CSP (where a payload could run) and on the strict-CSP page.

${table(
  [
    'element',
    'rendering',
    'payloads',
    'text fields',
    'strings compared',
    'changed',
    'executed',
    'markup from data',
  ],
  figures.xss.map((x) => [
    x.element,
    x.variant,
    x.payloads,
    x.fields,
    fmt(x.compared),
    x.mismatches.length,
    x.executions.length,
    x.markup.length,
  ]),
)}`;
}

function statesSection(): string {
  if (!ran('states')) return notRun('states');
  const states = [...new Set(figures.axe.map((a) => `${a.element}\u0000${a.state}`))];
  const rows = states.map((key) => {
    const [element, state] = key.split('\u0000');
    const axe = figures.axe.filter((a) => a.element === element && a.state === state);
    const layout = figures.layout.filter((l) => l.element === element && l.state === state);
    const csp = figures.pages.filter(
      (p) => p.gate === 'states' && p.element === element && p.state === state,
    );
    return [
      element,
      state,
      sum(csp.map((p) => p.cspViolations.length)),
      axe.map((a) => `${a.view}: ${a.violations.length}`).join(', '),
      layout
        .map((l) => `${l.view}: ${l.findings.length}${l.readable ? ` (+ ${l.readable} readable)` : ''}`)
        .join(', '),
    ];
  });
  return `Each state on the strict-CSP page, checked at its own width, at 320 px, and at 320 px in forced-colours mode. Cut-off text counts as a finding unless it is the text of a button that shows it whole ("readable"; a keyboard operation proves the button does).

The CSP (portal origin as in the run):

\`\`\`
${strictCsp('<portal origin>')}
\`\`\`

${table(['element', 'state', 'CSP violations', 'axe violations', 'layout findings'], rows)}`;
}

function keyboardSection(): string {
  if (!ran('keyboard')) return notRun('keyboard');
  return table(
    ['element', 'walk or operation', 'controls', 'reached', 'without focus indicator', 'trap', 'result'],
    [...figures.keyboard]
      .sort((a, b) => a.operations - b.operations)
      .map((k) => [
        k.element,
        k.state,
        k.operations ? '' : k.controls,
        k.operations ? '' : k.reached,
        k.withoutIndicator.join(', ') || (k.operations ? '' : 0),
        k.operations ? '' : k.trapped ? 'yes' : 'no',
        k.operations ? (k.failedOperations.length ? k.failedOperations.join('; ') : 'works') : '',
      ]),
  );
}

function faultsSection(): string {
  if (!ran('faults')) return notRun('resilience');
  const phases: [FaultRecord['phase'], string][] = [
    ['error', 'lasting fault: ms to the error, then retry after healing'],
    ['transient', 'single failure: ms to data'],
    ['stale', 'fault after data: ms to the notice'],
  ];
  const rows = figures.faults
    .filter((f) => f.phase === 'error')
    .map((f) => {
      const of = (phase: FaultRecord['phase']) =>
        figures.faults.find((g) => g.element === f.element && g.mode === f.mode && g.phase === phase);
      const show = (r?: FaultRecord) => (r ? `${verdict(r.survived)} ${fmt(r.ms)}` : '–');
      return [
        f.element,
        `\`${f.mode}\``,
        show(f),
        show(of('transient')),
        show(of('stale')),
        f.shown.slice(0, 90) || (of('stale')?.shown ?? '').slice(0, 90),
      ];
    });
  return `Deadline for an error: the client's ${fmt(CLIENT_DEADLINE)} ms per call plus rendering. ${phases.map(([, d]) => d).join('; ')}.

${table(['element', 'fault', 'lasting', 'single failure', 'after data', 'what the reader reads'], rows)}`;
}

function leaksSection(): string {
  const parts: string[] = [];
  if (ran('leaks')) {
    parts.push(
      table(
        [
          'element',
          'cycles',
          'heap (after GC, cycle 100 → 1 000)',
          'listeners',
          'DOM nodes',
          'instances left',
          'requests after removal',
          'running at removal / aborted (shared detection)',
        ],
        figures.leaks.map((l) => [
          l.element,
          fmt(l.cycles),
          `${l.heapGrowthKb >= 0 ? '+' : ''}${fmt(l.heapGrowthKb)} KB`,
          `+${l.listenerGrowth}`,
          `+${l.nodeGrowth}`,
          l.retainedInstances,
          l.requestsAfterRemoval,
          `${l.inflightAtRemoval} / ${l.inflightAborted} (${l.sharedDetection})`,
        ]),
      ),
    );
  }
  if (ran('crowd')) {
    parts.push(
      table(
        ['element', 'scenario', 'requests', 'distinct', 'retries allowed by the budget'],
        figures.crowd.map((c) => [c.element, c.scenario, c.requests, c.distinct, c.allowedRetries || '–']),
      ),
    );
  }
  return parts.join('\n\n') || notRun('leak and crowd');
}

function attributesSection(): string {
  if (!ran('attributes')) return notRun('bad-input');
  const groups = [...new Set(figures.attributes.map((a) => `${a.element}\u0000${a.attribute}`))];
  return table(
    ['element', 'attribute', 'values tried', 'messages naming it', 'accepted on purpose', 'mishandled'],
    groups.map((key) => {
      const [element, attribute] = key.split('\u0000');
      const all = figures.attributes.filter((a) => a.element === element && a.attribute === attribute);
      return [
        element,
        `\`${attribute}\``,
        all.length,
        all.filter((a) => a.expected === 'error' && !a.problems.length).length,
        all.filter((a) => a.expected === 'tolerated' && !a.problems.length).length,
        all
          .filter((a) => a.problems.length)
          .map((a) => `${a.value}: ${a.problems.join('; ')}`)
          .join(' · ') || 0,
      ];
    }),
  );
}

function privacySection(): string {
  if (!ran('privacy')) return notRun('privacy');
  return table(
    [
      'demo page',
      'requests',
      'to the portal',
      'to third parties',
      'cookies sent / set',
      'storage entries',
      'Referer the portal saw',
    ],
    figures.privacy.map((p) => [
      p.page,
      p.requests,
      p.portalRequests,
      p.thirdParty.length,
      `${p.cookiesSent} / ${p.cookiesSet}`,
      p.storage,
      p.referrers.join(', ') || '–',
    ]),
  );
}

function knownSection(): string {
  if (!figures.known.length) return 'None.';
  const groups = new Map<string, { count: number; example: string }>();
  for (const k of figures.known) {
    const key = `${k.element} · ${k.gate} · ${k.state}\u0000${k.reason}`;
    const group = groups.get(key) ?? { count: 0, example: k.problem };
    group.count++;
    groups.set(key, group);
  }
  return table(
    ['where', 'what is wrong', 'occurrences', 'example'],
    [...groups.entries()].map(([key, g]) => {
      const [where, reason] = key.split('\u0000');
      return [where, reason, g.count, g.example.slice(0, 140)];
    }),
  );
}

/** Writes the report for this run to `path`. */
export function writeReport(path: string, options: { subset: boolean }): void {
  const day = figures.started.toISOString().slice(0, 10);
  const elements = selectedRegistrations()
    .map(
      (r) =>
        `\`<${r.tag}>\` (${Object.keys(r.states).length} states, ${Object.keys(r.attributes).length} attributes, ${r.hostile.length} hostile renderings)`,
    )
    .join(', ');
  const scope = options.subset
    ? `**A partial run** (gates: ${[...figures.gatesRun].join(', ')}); the full report is docs/quality.md.`
    : `All gates, for every registered element (${REGISTRATIONS.length}).`;
  const failures = figures.failures.length
    ? `\n## Failing checks in this run\n\n${figures.failures.map((f) => `- ${cell(f)}`).join('\n')}\n`
    : '';
  const text = `# Quality gates

Generated by \`npm run quality\` (a step of \`npm test\`) on ${day}, in ${figures.environment.chromium || 'Chromium'} with Node ${figures.environment.node}. Do not edit by hand: every figure below was counted in that run. The gates live in \`test/quality/\` (one registration per element in \`test/quality/registry/\`); [accessibility.md](accessibility.md) has the manual screen-reader protocol that complements them.

${scope} Elements: ${elements}.

## Summary

${summary()}
${failures}
## Security: the hostile dataset

${xssSection()}

## Strict CSP, axe, 320 px and forced colours, state by state

${statesSection()}

## Keyboard

${keyboardSection()}

## Resilience: demo-portal fault modes

${faultsSection()}

## Leaks and crowds

${leaksSection()}

## Bad input from editors

${attributesSection()}

## Privacy: the demo pages

${privacySection()}

## Run time

${table(
  ['gate', 'seconds'],
  figures.durations.map((d) => [d.gate, Math.round(d.seconds)]),
)}

## Open findings

Problems a gate found and tolerates until the element's owner fixes them (each registration lists its own, with the reason):

${knownSection()}
`;
  writeFileSync(path, text);
}
