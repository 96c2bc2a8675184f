import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { childEnvironment } from '@moat/server/testing.mjs';
import { describe, expect, it } from 'vitest';
import { moatUrl } from './helpers.js';

const packageDir = resolve(import.meta.dirname, '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The first code block of the given language after a heading. */
function codeBlock(markdown: string, heading: string, language: string): string {
  const section = markdown.slice(markdown.indexOf(`\n## ${heading}\n`));
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section);
  if (!match?.[1]) throw new Error(`README has no ${language} block under "${heading}"`);
  return match[1];
}

describe('README', () => {
  it('example compiles with strict types and prints what README says, against a live server', () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const example = codeBlock(readme, 'Example', 'ts');
    expect(example).toContain("url: 'http://localhost:4000/graphql'");
    // Inside the package, so that `@moat/sdk` resolves to the built package as in an app.
    const dir = join(packageDir, 'test-output', 'readme');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'example.ts'), example.replace('http://localhost:4000/graphql', moatUrl));
    const compilerFlags = ['--strict', '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck'];
    execFileSync(process.execPath, [tsc, ...compilerFlags, '--lib', 'es2023,dom', join(dir, 'example.ts')], {
      env: childEnvironment(),
    });
    const output = execFileSync(process.execPath, [join(dir, 'example.js')], {
      env: childEnvironment(),
      encoding: 'utf8',
    });
    const printed = /This prints:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(output).toBe(printed);
  });
});
