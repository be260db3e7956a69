/**
 * Test-only: `EVENTIDE_TEST_CRASH_AT=<flow>:<step>` kills the process (SIGKILL, nothing flushed)
 * right after that step, so a test can show the worker finishing the flow after a restart.
 * Unset (always, outside such tests) it does nothing.
 */
export function crashPoint(flow: string, step: string): void {
  const at = process.env['EVENTIDE_TEST_CRASH_AT'];
  if (at && at === `${flow}:${step}`) process.kill(process.pid, 'SIGKILL');
}
