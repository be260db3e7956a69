/**
 * The warnings and errors a server logged during the run (Eventide: pino JSON lines at level 40
 * and above; Parse: winston's "warn:" and "error:" lines, less its start-up deprecation notices,
 * and any outgoing request the benchmark's script refused):
 * a 500 or a failed background step shows here even when every answer passed its check.
 */
export function serverLogSummary(name: string, output: string): string {
  const lines = output.split('\n').filter((line) => {
    if (/"level":(4|5|6)0\b/.test(line) || line.startsWith('parse-bench: refused')) return true;
    return /^(warn|error):/.test(line) && !line.includes('DeprecationWarning');
  });
  if (lines.length === 0) return `${name}: no warnings or errors logged`;
  const shown = lines.slice(0, 5).map((line) => `  ${line.slice(0, 400)}`);
  return [
    `${name}: ${lines.length} warning or error lines logged; the first ${shown.length}:`,
    ...shown,
  ].join('\n');
}
