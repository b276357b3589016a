#!/usr/bin/env node
// `npm test`: the static checks (types, lint, formatting) and jest, side by side. The checks take
// a core for about half a minute while jest builds the pages for the browser tests and runs the
// unit tests; one after the other they added that half minute to every run. Each check's output
// is held back and printed whole when it ends, so it never interleaves with jest's.
// Arguments go to jest: `npm test -- tests/core` runs the checks and those tests.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const checks = [
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'eslint', command: bin('eslint'), args: ['.'] },
  { name: 'prettier', command: bin('prettier'), args: ['--check', '.'] },
];

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

/** Runs a command to its end; its output is kept unless `inherit`. */
function run(command, args, { inherit = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${error.message}\n` }));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(output).toString() }),
    );
  });
}

const checkRuns = checks.map(async ({ name, command, args }) => {
  const { code, output } = await run(command, args);
  if (code === 0) {
    process.stdout.write(`\n${name}: passed (${seconds()})\n`);
  } else {
    process.stdout.write(`\n${name}: FAILED with exit code ${code} (${seconds()})\n${output}\n`);
  }
  return code;
});
const jest = run(bin('jest'), process.argv.slice(2), { inherit: true });

const codes = [...(await Promise.all(checkRuns)), (await jest).code];
const failed = [...checks.map((check) => check.name), 'jest'].filter((_, i) => codes[i] !== 0);
process.stdout.write(
  failed.length === 0
    ? `\nnpm test: types, lint, formatting and jest all passed (${seconds()})\n`
    : `\nnpm test: FAILED: ${failed.join(', ')} (${seconds()})\n`,
);
process.exit(failed.length === 0 ? 0 : 1);
