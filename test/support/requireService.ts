/**
 * Decides what a test does when a real service is missing: on a laptop it skips with a
 * reason; with CI=true a missing service is a failure, never a silent skip.
 */
export async function requireService(name: string, probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch (error) {
    const reason = `${name} is not reachable: ${(error as Error).message}`;
    if (process.env.CI === 'true') throw new Error(`${reason} (CI=true: a missing service fails the run)`);
    console.warn(`skipping: ${reason}`);
    return false;
  }
}
