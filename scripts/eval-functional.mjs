#!/usr/bin/env node
// Functional evaluation of Ward's classifier against test/functional/cases.jsonl.
//
// Runs a classify command (default: `npm run --silent classify`, in the repo root),
// writes one JSON line {"id","text"} per case to its stdin, and reads one JSON line
// {"id","scores":{...},"hidden":bool,"labels":[...]} per case from its stdout.
// A case passes when `hidden === abusive`. Prints accuracy per behaviour and overall,
// writes reports/functional.json.
//
// Exit codes: 0 = report written (whatever the accuracy), 1 = below a --min/--min-each
// gate, 2 = the command failed, timed out or produced malformed output, or bad usage.
//
// Plain Node ESM, no dependencies.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: node scripts/eval-functional.mjs [options]

  --cmd "<command>"     classify command, run through the shell in the repo root
                        (default: "npm run --silent classify")
  --cases <path>        cases file (default: test/functional/cases.jsonl)
  --out <path>          report file (default: reports/functional.json)
  --behaviour <a,b>     only evaluate these behaviours
  --verbose, -v         list every failure with its scores
  --min <x>             gate: exit 1 if overall accuracy < x (0-1, or a percentage if > 1)
  --min-each <x>        gate: exit 1 if any behaviour's accuracy < x
  --timeout <seconds>   kill the command after this long (default 600)
  -h, --help            this text
`;

function fail(msg, code = 2) {
  process.stderr.write(`eval-functional: ${msg}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const o = {
    cmd: 'npm run --silent classify',
    cases: 'test/functional/cases.jsonl',
    out: 'reports/functional.json',
    behaviours: null,
    verbose: false,
    min: null,
    minEach: null,
    timeout: 600,
  };
  const need = (i, name) => {
    if (i + 1 >= argv.length) fail(`${name} needs a value\n\n${USAGE}`);
    return argv[i + 1];
  };
  const frac = (v, name) => {
    const x = Number(v);
    if (!Number.isFinite(x) || x < 0 || x > 100) fail(`${name} must be a number in 0-1 or 0-100`);
    return x > 1 ? x / 100 : x;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline = null;
    if (a.startsWith('--') && a.includes('=')) {
      inline = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    }
    switch (a) {
      case '--cmd': o.cmd = inline ?? need(i++, a); break;
      case '--cases': o.cases = inline ?? need(i++, a); break;
      case '--out': o.out = inline ?? need(i++, a); break;
      case '--behaviour':
      case '--behaviours':
      case '--behavior': o.behaviours = (inline ?? need(i++, a)).split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--verbose':
      case '-v': o.verbose = true; break;
      case '--min': o.min = frac(inline ?? need(i++, a), a); break;
      case '--min-each': o.minEach = frac(inline ?? need(i++, a), a); break;
      case '--timeout': {
        const t = Number(inline ?? need(i++, a));
        if (!(t > 0)) fail('--timeout must be a positive number of seconds');
        o.timeout = t;
        break;
      }
      case '-h':
      case '--help':
        process.stdout.write(USAGE);
        process.exit(0);
        break;
      default: fail(`unknown option ${a}\n\n${USAGE}`);
    }
  }
  return o;
}

function loadCases(path, only) {
  let raw;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read cases file ${path}: ${e.message}`);
  }
  const cases = [];
  const ids = new Set();
  raw.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let c;
    try {
      c = JSON.parse(line);
    } catch (e) {
      fail(`${path}:${n + 1}: not JSON: ${e.message}`);
    }
    if (typeof c.id !== 'string' || typeof c.text !== 'string' || typeof c.behaviour !== 'string' || typeof c.abusive !== 'boolean') {
      fail(`${path}:${n + 1}: need string id/text/behaviour and boolean abusive`);
    }
    if (ids.has(c.id)) fail(`${path}:${n + 1}: duplicate id ${c.id}`);
    ids.add(c.id);
    cases.push(c);
  });
  if (only) {
    const known = new Set(cases.map((c) => c.behaviour));
    for (const b of only) if (!known.has(b)) fail(`unknown behaviour ${b} (known: ${[...known].join(', ')})`);
    return cases.filter((c) => only.includes(c.behaviour));
  }
  return cases;
}

function runCommand(cmd, input, timeoutSec) {
  return new Promise((resolvePromise) => {
    // own process group, so a timeout can stop the shell and everything it started
    const child = spawn(cmd, { cwd: REPO_ROOT, shell: true, detached: process.platform !== 'win32', stdio: ['pipe', 'pipe', 'pipe'] });
    const killTree = (sig) => {
      try {
        if (process.platform !== 'win32') process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        /* already gone */
      }
    };
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree('SIGTERM');
      setTimeout(() => killTree('SIGKILL'), 3000).unref();
    }, timeoutSec * 1000);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.stdin.on('error', () => {}); // EPIPE if the command exits without reading
    child.on('error', (e) => {
      clearTimeout(timer);
      resolvePromise({ code: null, spawnError: e, stdout: '', stderr: '' });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        code,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.end(input);
  });
}

function parseOutput(stdout, cases) {
  const want = new Map(cases.map((c) => [c.id, c]));
  const got = new Map();
  const problems = [];
  stdout.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let r;
    try {
      r = JSON.parse(line);
    } catch {
      problems.push(`stdout line ${n + 1} is not JSON: ${line.slice(0, 120)}`);
      return;
    }
    if (!r || typeof r !== 'object' || typeof r.id !== 'string') {
      problems.push(`stdout line ${n + 1} has no string "id"`);
      return;
    }
    if (!want.has(r.id)) problems.push(`unknown id ${r.id} on stdout line ${n + 1}`);
    else if (got.has(r.id)) problems.push(`duplicate result for id ${r.id}`);
    else if (typeof r.hidden !== 'boolean') problems.push(`id ${r.id}: "hidden" must be a boolean`);
    else if (r.scores !== undefined && (r.scores === null || typeof r.scores !== 'object' || Array.isArray(r.scores))) {
      problems.push(`id ${r.id}: "scores" must be an object`);
    } else if (r.labels !== undefined && !Array.isArray(r.labels)) problems.push(`id ${r.id}: "labels" must be an array`);
    else got.set(r.id, r);
  });
  const missing = cases.filter((c) => !got.has(c.id)).map((c) => c.id);
  if (missing.length) problems.push(`${missing.length} case(s) without a result, e.g. ${missing.slice(0, 5).join(', ')}`);
  return { got, problems };
}

const pct = (x) => (x === null ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function fmtScores(scores) {
  if (!scores) return '';
  return Object.entries(scores)
    .filter(([, v]) => typeof v === 'number')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, v]) => `${k}=${v.toFixed(2)}`)
    .join(' ');
}

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  const casesPath = resolve(REPO_ROOT, opt.cases);
  const outPath = resolve(REPO_ROOT, opt.out);
  const cases = loadCases(casesPath, opt.behaviours);
  if (!cases.length) fail('no cases to evaluate');

  const input = cases.map((c) => JSON.stringify({ id: c.id, text: c.text })).join('\n') + '\n';
  const t0 = Date.now();
  const res = await runCommand(opt.cmd, input, opt.timeout);
  const seconds = (Date.now() - t0) / 1000;

  if (res.spawnError) fail(`could not start "${opt.cmd}": ${res.spawnError.message}`);
  if (res.timedOut) fail(`"${opt.cmd}" timed out after ${opt.timeout}s`);
  if (res.code !== 0) {
    const tail = res.stderr.trim().split('\n').slice(-15).join('\n');
    fail(`"${opt.cmd}" exited with ${res.code ?? res.signal}${tail ? `; stderr:\n${tail}` : ''}`);
  }
  const { got, problems } = parseOutput(res.stdout, cases);
  if (problems.length) {
    fail(`malformed output from "${opt.cmd}":\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  ... ${problems.length - 20} more` : ''}`);
  }

  // score
  const byBeh = new Map();
  const results = [];
  for (const c of cases) {
    const r = got.get(c.id);
    const pass = r.hidden === c.abusive;
    results.push({
      id: c.id,
      behaviour: c.behaviour,
      text: c.text,
      expected_hidden: c.abusive,
      hidden: r.hidden,
      pass,
      scores: r.scores ?? null,
      labels: r.labels ?? null,
    });
    if (!byBeh.has(c.behaviour)) byBeh.set(c.behaviour, { behaviour: c.behaviour, expected_hidden: c.abusive, n: 0, correct: 0, hidden: 0 });
    const b = byBeh.get(c.behaviour);
    b.n++;
    b.correct += pass ? 1 : 0;
    b.hidden += r.hidden ? 1 : 0;
  }
  const behaviours = [...byBeh.values()].map((b) => ({ ...b, accuracy: b.correct / b.n }));
  const n = results.length;
  const correct = results.filter((r) => r.pass).length;
  const accuracy = correct / n;
  const macro = behaviours.reduce((s, b) => s + b.accuracy, 0) / behaviours.length;
  const abusive = results.filter((r) => r.expected_hidden);
  const benign = results.filter((r) => !r.expected_hidden);
  const hideRate = abusive.length ? abusive.filter((r) => r.hidden).length / abusive.length : null;
  const falseHideRate = benign.length ? benign.filter((r) => r.hidden).length / benign.length : null;

  // print
  const w = Math.max(...behaviours.map((b) => b.behaviour.length), 9);
  const lines = [];
  lines.push(`Ward functional tests: ${n} cases, command "${opt.cmd}" (${seconds.toFixed(1)}s)`);
  lines.push('');
  lines.push(`${'behaviour'.padEnd(w)}  expect   n  correct  accuracy`);
  for (const b of behaviours) {
    lines.push(`${b.behaviour.padEnd(w)}  ${(b.expected_hidden ? 'hide' : 'show').padEnd(6)} ${String(b.n).padStart(3)}  ${String(b.correct).padStart(7)}    ${pct(b.accuracy)}`);
  }
  lines.push('');
  lines.push(`overall accuracy         ${pct(accuracy)}  (${correct}/${n})`);
  lines.push(`macro (mean behaviour)   ${pct(macro)}`);
  lines.push(`abusive cases hidden     ${pct(hideRate)}  (${abusive.filter((r) => r.hidden).length}/${abusive.length})`);
  lines.push(`benign cases hidden      ${pct(falseHideRate)}  (${benign.filter((r) => r.hidden).length}/${benign.length})`);
  const failures = results.filter((r) => !r.pass);
  if (opt.verbose && failures.length) {
    lines.push('');
    lines.push(`failures (${failures.length}):`);
    for (const f of failures) {
      lines.push(`  ${f.id.padEnd(14)} expected ${f.expected_hidden ? 'hidden' : 'shown '}  ${fmtScores(f.scores)}${f.labels && f.labels.length ? `  [${f.labels.join(',')}]` : ''}`);
      lines.push(`  ${''.padEnd(14)} ${f.text}`);
    }
  } else if (failures.length) {
    lines.push(`(${failures.length} failures; --verbose lists them)`);
  }

  const gates = [];
  if (opt.min !== null && accuracy < opt.min) gates.push(`overall accuracy ${pct(accuracy).trim()} < --min ${pct(opt.min).trim()}`);
  if (opt.minEach !== null) {
    for (const b of behaviours) if (b.accuracy < opt.minEach) gates.push(`${b.behaviour} ${pct(b.accuracy).trim()} < --min-each ${pct(opt.minEach).trim()}`);
  }

  const report = {
    generated_at: new Date().toISOString(),
    command: opt.cmd,
    cases_file: relative(REPO_ROOT, casesPath),
    seconds,
    n,
    overall: {
      accuracy,
      correct,
      macro_accuracy: macro,
      abusive_hidden_rate: hideRate,
      benign_hidden_rate: falseHideRate,
    },
    gates: { min: opt.min, min_each: opt.minEach, failed: gates },
    behaviours,
    failures: failures.map((f) => {
      const { id, behaviour, text, expected_hidden, hidden, scores, labels } = f;
      return { id, behaviour, text, expected_hidden, hidden, scores, labels };
    }),
    results,
  };
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify(report, null, 2) + '\n');
  lines.push('');
  lines.push(`report: ${relative(process.cwd(), outPath) || outPath}`);
  process.stdout.write(lines.join('\n') + '\n');

  if (gates.length) {
    process.stderr.write(`eval-functional: gate failed:\n  ${gates.join('\n  ')}\n`);
    process.exit(1);
  }
}

main().catch((e) => fail(e.stack || String(e)));
