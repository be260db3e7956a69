// npm run data -- backup <file> | restore <file> <folder>: the embedded data (DATA_DIR), live.
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../app/index.js';
import { backupDataDir, DataDirError, restoreDataDir } from '../infra/dataDir/index.js';

const usage = `usage:
  npm run data -- backup <file>             back up DATA_DIR (${process.env.DATA_DIR ?? './data'}) into <file>, while it runs or not
  npm run data -- restore <file> <folder>   restore a backup into <folder>, which must be new or empty`;

async function main(args: string[]): Promise<number> {
  const [command, file, folder] = args;
  if (command === 'backup' && file && args.length === 2) {
    const started = performance.now();
    const dataDir = loadConfig().DATA_DIR;
    const done = await backupDataDir(dataDir, file);
    console.info(
      `backed up ${resolve(dataDir)} ${done.live ? 'from the running process' : '(nothing was running on it)'} ` +
        `into ${done.file}: ${done.bytes} bytes, database and ${done.files} files, in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  }
  if (command === 'restore' && file && folder && args.length === 3) {
    const done = await restoreDataDir(file, folder);
    console.info(
      `restored the backup of ${done.createdAt} (database and ${done.files} files) into ${resolve(folder)}: ` +
        `start with DATA_DIR=${folder}`,
    );
    return 0;
  }
  console.error(usage);
  return 64;
}

try {
  process.exit(await main(process.argv.slice(2)));
} catch (error) {
  if (error instanceof DataDirError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error('data command failed:', error);
  process.exit(1);
}
