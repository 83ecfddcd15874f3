// `npm run --silent check -- …`: see core/cli.ts for the options.
import { readFile } from 'node:fs/promises';
import { runCheck } from '../core/cli';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const result = await runCheck(process.argv.slice(2), {
  readStdin,
  readFile: (path) => readFile(path, 'utf8'),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
