/**
 * Runs once before the browser tests: checks the build exists and Chromium is installed (failing
 * with an install hint if not), then serves dist/ and hands its URL to the tests.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../helpers/browser';
import { serveDirectory, type RunningServer } from './static-server';

let server: RunningServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ has no build: run `npm run build` before the browser tests (npm test does both).');
  }
  chromiumPath();
  server = await serveDirectory('dist');
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
