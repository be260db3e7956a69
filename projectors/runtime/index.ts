export { ProjectionRunner, type RunnerOptions } from './ProjectionRunner.js';
export { versionedTable, type Projection, type ProjectionContext } from './Projection.js';
export { defineProjection, type ProjectionSpec, type Recorded } from './defineProjection.js';
export { ensureProjectorSchema } from './schema.js';
export { activeTable, activeVersion, projectionsPosition } from './activeVersion.js';
export { LeaseLostError } from './Lease.js';
export { listParked, replayParked, type ParkedEvent } from './parkedEvents.js';
export { activeRows, type ExportedRows } from './activeRows.js';
export { keysetPage } from './keysetPage.js';
