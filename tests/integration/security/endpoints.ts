// Finds every server action and route handler in app/ by walking the tree (not from a list), so a
// new action file or route is picked up and must be given a row in access-table.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { AnyAction, RouteHandler } from './invoke';

const APP = path.resolve('app');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const files = walk(APP).map((f) => path.relative(APP, f).split(path.sep).join('/'));

/** Files under app/ that start with 'use server', and those named like action modules. */
export const actionFiles = files.filter((f) => /(^|\/)(actions|[\w-]+-actions)\.ts$/.test(f) || /^\s*['"]use server['"]/.test(fs.readFileSync(path.join(APP, f), 'utf8'))).sort();

/** Route handler files, by folder (the URL's shape, groups included). */
export const routeFolders = files.filter((f) => /(^|\/)route\.ts$/.test(f)).map((f) => path.posix.dirname(f)).sort();

export type FoundAction = { name: string; file: string; fn: AnyAction };

/** Every exported function of every action file. */
export async function loadActions(): Promise<FoundAction[]> {
  const found: FoundAction[] = [];
  for (const file of actionFiles) {
    const mod = (await import(path.join(APP, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === 'function') found.push({ name, file, fn: value as AnyAction });
  }
  return found;
}

export async function loadRoute(folder: string, method: 'GET' | 'POST' = 'GET'): Promise<RouteHandler> {
  const mod = (await import(path.join(APP, folder, 'route.ts'))) as Record<string, RouteHandler | undefined>;
  const handler = mod[method];
  if (!handler) throw new Error(`${folder}/route.ts exports no ${method}`);
  return handler;
}

/** The HTTP methods a route file exports (each table row covers exactly one). */
export async function routeMethods(folder: string): Promise<string[]> {
  const mod = (await import(path.join(APP, folder, 'route.ts'))) as Record<string, unknown>;
  return Object.keys(mod).filter((k) => /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(k));
}
