/** SQL for a timestamptz as ISO-8601 in UTC with milliseconds, as JavaScript prints it. */
export const isoSql = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
