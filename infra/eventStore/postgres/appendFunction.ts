import { POSITION_MARK, POSITION_MARK_CLASS, RESERVE_LOCK } from './constants.js';

/** SQLSTATEs the append function raises, mapped to the port's errors by appendInTransaction. */
export const WRONG_EXPECTED_VERSION = 'ES001';
export const IDEMPOTENCY_MISMATCH = 'ES002';

/**
 * The whole append in one server-side function, so it costs one round trip:
 * 1. lock the stream's version row (creating it at -1 if new);
 * 2. if every event id is already stored in this stream, return the earlier result (a retry);
 *    if only some are, raise ES002;
 * 3. check the expected version (any, no_stream, stream_exists, or an exact number), else ES001;
 * 4. reserve the first position and mark it in flight (see below);
 * 5. insert the events and bump the stream version.
 * Subscribers are told after the commit, by the appending process (AppendAnnouncer): a NOTIFY
 * inside the transaction would take PostgreSQL's notify-queue lock to its commit and serialise
 * every append's commit again.
 *
 * Gap safety without serialising commits. Appends commit concurrently, so a later position can
 * become visible before an earlier one. An append therefore holds a transaction-level advisory
 * lock on its first position (its mark) until it commits or rolls back; PostgreSQL makes a
 * commit visible before it releases the transaction's locks. Taking the position and the mark
 * happens inside a short window held shared on RESERVE_LOCK. A reader (es_safe_position) takes
 * that lock exclusively, so no append is between taking a position and marking it, and reads
 * the lowest mark: every position below it is committed or rolled back for good, and a later
 * statement sees all of those that committed. Appenders never wait for each other's commits.
 */
export const APPEND_FUNCTION = `
create or replace function es_append(p_stream text, p_category text, p_expected text, p_events jsonb)
returns table (next_version bigint, last_position bigint)
language plpgsql as $$
declare
  v_current bigint;
  v_count int := jsonb_array_length(p_events);
  v_found int;
  v_in_stream int;
  v_first bigint;
  v_position bigint;
  v_version bigint;
begin
  insert into es_streams (stream_name, version) values (p_stream, -1) on conflict do nothing;
  select version into v_current from es_streams where stream_name = p_stream for update;

  -- One index probe per event id (a lateral equality), never a plan that scans the log: the
  -- session caches this plan, and one made while the log was small would scan it once large.
  select count(*), count(*) filter (where e.stream_name = p_stream), max(e.stream_version), max(e.position)
    into v_found, v_in_stream, v_version, v_position
    from jsonb_array_elements(p_events) x
    cross join lateral (
      -- limit: the subquery stays a per-row probe, the planner cannot turn it into a join
      select s.stream_name, s.stream_version, s.position from es_events s where s.event_id = (x->>'id')::uuid limit 1
    ) e;
  if v_found > 0 then
    if v_found <> v_count or v_in_stream <> v_count then
      raise exception using errcode = '${IDEMPOTENCY_MISMATCH}', message = 'idempotency mismatch', detail = p_stream;
    end if;
    return query select v_version, v_position;
    return;
  end if;

  if not (p_expected = 'any'
          or (p_expected = 'no_stream' and v_current = -1)
          or (p_expected = 'stream_exists' and v_current >= 0)
          or (p_expected ~ '^[0-9]+$' and p_expected::bigint = v_current)) then
    raise exception using errcode = '${WRONG_EXPECTED_VERSION}', message = 'wrong expected version', detail = v_current::text, hint = p_stream;
  end if;

  -- The reservation window: a session-level lock, so it is released before commit; released
  -- on every error too, or readers would wait for it for as long as the connection lives.
  begin
    perform pg_advisory_lock_shared(${RESERVE_LOCK});
    v_first := nextval('es_events_position_seq');
    perform pg_advisory_xact_lock((${POSITION_MARK}) + v_first);
    perform pg_advisory_unlock_shared(${RESERVE_LOCK});
  exception when others or query_canceled then
    perform pg_advisory_unlock_shared(${RESERVE_LOCK});
    raise;
  end;

  with inserted as (
    insert into es_events (position, event_id, stream_name, stream_category, stream_version, event_type, data, metadata)
    select case when t.ord = 1 then v_first else nextval('es_events_position_seq') end,
           (x->>'id')::uuid, p_stream, p_category, v_current + t.ord, x->>'type', x->'data', x->'metadata'
      from jsonb_array_elements(p_events) with ordinality as t(x, ord)
     order by t.ord
    returning position
  )
  select max(position) into v_position from inserted;
  update es_streams set version = v_current + v_count where stream_name = p_stream;
  return query select v_current + v_count, v_position;
end
$$`;

/**
 * The highest position up to which the log is complete: the lowest mark of an append in flight
 * minus one (or the last position handed out when none is), lowered to the highest position
 * committed below it. The events up to it are read by a later statement, which sees them all.
 */
export const SAFE_POSITION_FUNCTION = `
create or replace function es_safe_position()
returns bigint
language plpgsql as $$
declare
  v_horizon bigint;
  v_head bigint;
begin
  begin
    perform pg_advisory_lock(${RESERVE_LOCK});
    select min(((l.classid::bigint << 32) | l.objid::bigint) - (${POSITION_MARK})) - 1 into v_horizon
      from pg_locks l
     where l.locktype = 'advisory' and l.objsubid = 1
       and l.database = (select oid from pg_database where datname = current_database())
       and l.classid::bigint between ${POSITION_MARK_CLASS} and ${POSITION_MARK_CLASS + 0xffff};
    if v_horizon is null then
      select case when is_called then last_value else 0 end into v_horizon from es_events_position_seq;
    end if;
    perform pg_advisory_unlock(${RESERVE_LOCK});
  exception when others or query_canceled then
    perform pg_advisory_unlock(${RESERVE_LOCK});
    raise;
  end;
  select coalesce(max(position), 0) into v_head from es_events where position <= v_horizon;
  return v_head;
end
$$`;

/**
 * Several streams in one call, so in one transaction and one round trip: every stream row is
 * created if new and locked in name order first (two batches, or a batch and a single append,
 * never wait for each other's rows in a cycle), then each part goes through es_append. A
 * conflict anywhere raises and rolls the whole call back. Answers one row per part, in order.
 */
export const APPEND_MANY_FUNCTION = `
create or replace function es_append_many(p_appends jsonb)
returns table (next_version bigint, last_position bigint)
language plpgsql as $$
declare
  v_part jsonb;
begin
  insert into es_streams (stream_name, version)
  select name, -1 from (select distinct x->>'stream' as name from jsonb_array_elements(p_appends) x) names
   order by name
  on conflict do nothing;
  -- Each row by its key (a lateral equality: no cached plan that scans es_streams), in name order.
  perform 1
    from (select distinct x->>'stream' as name from jsonb_array_elements(p_appends) x order by 1) names
    cross join lateral (
      select 1 from es_streams s where s.stream_name = names.name limit 1 for update
    ) locked;
  for v_part in select x from jsonb_array_elements(p_appends) with ordinality as t(x, ord) order by ord loop
    return query select * from es_append(v_part->>'stream', v_part->>'category', v_part->>'expected', v_part->'events');
  end loop;
end
$$`;
