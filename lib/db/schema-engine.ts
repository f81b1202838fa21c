// Drives Prisma's WASM schema engine (the CLI's engine binary cannot be downloaded here), with the
// fixes NOTES-toolchain.md lists for its known defects, each marked "defect N" below.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let gluePromise: Promise<Glue> | undefined;

/** Node 20 cannot import the .wasm directly: compile it and hand its exports to the JS glue. */
function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const require = createRequire(import.meta.url);
    const wasmFile = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const wasmModule = new WebAssembly.Module(fs.readFileSync(wasmFile));
    const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports });
    (glue as unknown as { __wbg_set_wasm(exports: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return glue;
  })();
  return gluePromise;
}

export type EngineOptions = {
  schemaPath: string;
  schemaText: string;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs a whole script as one query; replaces the adapters' executeScript (defects 4 and 8). */
  executeScript: (sql: string) => Promise<void>;
  /** Shadow database for createMigration; null where the command never needs one. */
  shadow?: { factory: SqlMigrationAwareDriverAdapterFactory; executeScript: (sql: string) => Promise<void> } | null;
};

export type EngineSession = {
  engine: SchemaEngine;
  /** Turns the engine's "External error id#N" into the adapter's real error (defect 3). */
  explain(error: unknown): Error;
  close(): Promise<void>;
};

/** Wraps a factory so that scripts run whole and every opened connection is tracked for disposal. */
function patchFactory(
  base: SqlMigrationAwareDriverAdapterFactory,
  executeScript: (sql: string) => Promise<void>,
  shadow: EngineOptions['shadow'],
  opened: SqlDriverAdapter[],
): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter, run: (sql: string) => Promise<void>): SqlDriverAdapter => {
    opened.push(adapter);
    // Keep the adapter as `this` for its own methods; override only executeScript.
    return new Proxy(adapter, {
      get(target, prop, receiver) {
        if (prop === 'executeScript') return run;
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => patch(await base.connect(), executeScript),
    connectToShadowDb: async () => {
      if (!shadow) throw new Error('This command does not use a shadow database.');
      return patch(await shadow.factory.connect(), shadow.executeScript);
    },
  };
}

export async function startEngine(options: EngineOptions): Promise<EngineSession> {
  const glue = await loadGlue();
  const opened: SqlDriverAdapter[] = [];
  const bound = bindMigrationAwareSqlAdapterFactory(patchFactory(options.factory, options.executeScript, options.shadow ?? null, opened));
  const explain = (error: unknown): Error => {
    const match = /External error id#(\d+)/.exec(String((error as Error)?.message ?? error));
    if (match) {
      const record = bound.errorRegistry.consumeError(Number(match[1]));
      const inner = record?.error as { message?: string; originalMessage?: string; kind?: string } | undefined;
      if (inner) return new Error(inner.originalMessage ?? inner.message ?? JSON.stringify(inner));
    }
    return error instanceof Error ? error : new Error(String(error));
  };
  let engine: SchemaEngine;
  try {
    engine = await glue.SchemaEngine.new({ datamodels: [[options.schemaPath, options.schemaText]] }, () => {}, bound);
  } catch (error) {
    throw explain(error);
  }
  return {
    engine,
    explain,
    close: async () => {
      engine.free();
      // defect 2: free() leaves the adapters it opened connected.
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export type { MigrationList };
