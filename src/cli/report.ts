/** Prints an error the user can act on (message only, no stack) and sets a failing exit code. */
export function reportFatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsgraph: ${message}\n`);
  if (process.env.NEWSGRAPH_DEBUG && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exitCode = 1;
}
