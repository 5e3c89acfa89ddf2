/**
 * Builds the site (unless E2E_DIST names an existing build) and serves it for the e2e tests.
 * The build goes to a temporary folder so it never replaces the dist/ someone else is using.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, serveStatic, type StaticServer } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: StaticServer | undefined;
let built: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  let dist = process.env.E2E_DIST;
  if (!dist) {
    dist = built = join(tmpdir(), `dockernet-e2e-${process.pid}`);
    buildSite(dist);
  }
  if (!existsSync(join(dist, 'playground', 'index.html'))) throw new Error(`${dist} has no playground page: build the site first`);
  server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
  if (built) rmSync(built, { recursive: true, force: true });
}
