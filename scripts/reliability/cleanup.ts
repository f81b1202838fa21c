// Everything a reliability script starts (servers, databases, temp dirs) is registered here and
// undone on the way out: normal end, failure, Ctrl-C or SIGTERM.
type Task = { name: string; run: () => Promise<void> | void; sync?: () => void };

const tasks: Task[] = [];
let installed = false;

/** Registers an undo step; returns a function that runs it now (once) and unregisters it. */
export function onCleanup(name: string, run: () => Promise<void> | void, sync?: () => void): () => Promise<void> {
  install();
  const task: Task = { name, run, sync };
  tasks.push(task);
  return async () => {
    const i = tasks.indexOf(task);
    if (i < 0) return;
    tasks.splice(i, 1);
    await task.run();
  };
}

export async function cleanupAll(): Promise<void> {
  while (tasks.length) {
    const task = tasks.pop()!;
    try {
      await task.run();
    } catch (error) {
      console.error(`cleanup (${task.name}) failed:`, error instanceof Error ? error.message : error);
    }
  }
}

function install() {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: cleaning up…`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
  // Last resort for an abrupt exit: at least the servers die (kill is synchronous).
  process.on('exit', () => {
    for (const task of tasks) task.sync?.();
  });
}

/** Runs main, always cleans up, and exits 0 only when main returned true. */
export function runReliabilityScript(main: () => Promise<boolean>): void {
  main()
    .then(
      async (ok) => {
        await cleanupAll();
        process.exit(ok ? 0 : 1);
      },
      async (error: unknown) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : error);
        await cleanupAll();
        process.exit(2);
      },
    );
}
