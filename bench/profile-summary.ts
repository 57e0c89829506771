/**
 * `npx tsx bench/profile-summary.ts <file.cpuprofile> [rows]`: the functions of a `node --cpu-prof`
 * profile by self time and by total time (a function's time with everything it calls, counted once
 * per sample however deep the recursion), as percentages of all samples.
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const [file, rowsArg = '40'] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [rows]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n: Node) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
for (const s of profile.samples) {
  const leaf = byId.get(s)!;
  self.set(name(leaf), (self.get(name(leaf)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
    const k = name(byId.get(id)!);
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + 1);
  }
}
const n = profile.samples.length;
const show = (title: string, m: Map<string, number>) => {
  process.stdout.write(`${title}\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(rowsArg)))
    process.stdout.write(`${((v * 100) / n).toFixed(1).padStart(5)}%  ${k}\n`);
};
show('self', self);
show('total', total);
// `LINES=name` also prints the self samples of the functions called `name` by line of the profiled file.
const only = process.env.LINES;
if (only) {
  const lines = new Map<number, number>();
  for (const nd of profile.nodes as (Node & { positionTicks?: { line: number; ticks: number }[] })[]) {
    if (nd.callFrame.functionName !== only) continue;
    for (const t of nd.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
  }
  process.stdout.write(`${only} by line\n`);
  for (const [line, v] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 25))
    process.stdout.write(`${((v * 100) / n).toFixed(2).padStart(6)}%  line ${line}\n`);
}
// `CALLEES=name` also prints, for the functions called `name`, the time (with everything they call) of each
// function they call directly, as percentages of all samples: where the function's total goes.
const callees = process.env.CALLEES;
if (callees) {
  const under = new Map<number, number>();
  for (const s of profile.samples) under.set(s, (under.get(s) ?? 0) + 1);
  const subtotal = new Map<number, number>();
  const sum = (id: number): number => {
    const known = subtotal.get(id);
    if (known !== undefined) return known;
    let t = under.get(id) ?? 0;
    for (const c of byId.get(id)!.children ?? []) t += sum(c);
    subtotal.set(id, t);
    return t;
  };
  const out = new Map<string, number>();
  let selfSamples = 0;
  for (const nd of profile.nodes) {
    if (nd.callFrame.functionName !== callees) continue;
    selfSamples += under.get(nd.id) ?? 0;
    for (const c of nd.children ?? []) {
      const k = name(byId.get(c)!);
      out.set(k, (out.get(k) ?? 0) + sum(c));
    }
  }
  process.stdout.write(`${callees} calls (self ${((selfSamples * 100) / n).toFixed(2)}%)\n`);
  for (const [k, v] of [...out].sort((a, b) => b[1] - a[1]).slice(0, 25))
    process.stdout.write(`${((v * 100) / n).toFixed(2).padStart(6)}%  ${k}\n`);
}
// `CALLERS=name` prints the time of the functions called `name` (with what they call) by the chain of callers
// above them (three deep), as percentages of all samples: who asks for the time.
const callers = process.env.CALLERS;
if (callers) {
  const under = new Map<number, number>();
  for (const s of profile.samples) under.set(s, (under.get(s) ?? 0) + 1);
  const subtotal = (id: number): number =>
    (under.get(id) ?? 0) + (byId.get(id)!.children ?? []).reduce((t, c) => t + subtotal(c), 0);
  const out = new Map<string, number>();
  for (const nd of profile.nodes) {
    if (nd.callFrame.functionName !== callers) continue;
    const chain: string[] = [];
    for (let p = parent.get(nd.id); p !== undefined && chain.length < 3; p = parent.get(p))
      chain.push(byId.get(p)!.callFrame.functionName || '(anon)');
    const k = chain.join(' < ');
    out.set(k, (out.get(k) ?? 0) + subtotal(nd.id));
  }
  process.stdout.write(`${callers} called from\n`);
  for (const [k, v] of [...out].sort((a, b) => b[1] - a[1]).slice(0, 25))
    process.stdout.write(`${((v * 100) / n).toFixed(2).padStart(6)}%  ${k}\n`);
}
