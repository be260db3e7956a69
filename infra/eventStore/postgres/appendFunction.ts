import { APPEND_CHANNEL, APPEND_LOCK } from './constants.js';

/** SQLSTATEs the append function raises, mapped to the port's errors by appendInTransaction. */
export const WRONG_EXPECTED_VERSION = 'ES001';
export const IDEMPOTENCY_MISMATCH = 'ES002';

/**
 * The whole append in one server-side function, so it costs one round trip:
 * 1. lock the stream's version row (creating it at -1 if new);
 * 2. if every event id is already stored in this stream, return the earlier result (a retry);
 *    if only some are, raise ES002;
 * 3. check the expected version (any, no_stream, stream_exists, or an exact number), else ES001;
 * 4. take the global append lock, held to commit, so positions become visible in order;
 * 5. insert the events, bump the stream version, NOTIFY subscribers (delivered on commit).
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
  v_position bigint;
  v_version bigint;
begin
  insert into es_streams (stream_name, version) values (p_stream, -1) on conflict do nothing;
  select version into v_current from es_streams where stream_name = p_stream for update;

  select count(*), count(*) filter (where e.stream_name = p_stream), max(e.stream_version), max(e.position)
    into v_found, v_in_stream, v_version, v_position
    from es_events e
   where e.event_id in (select (x->>'id')::uuid from jsonb_array_elements(p_events) x);
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
    raise exception using errcode = '${WRONG_EXPECTED_VERSION}', message = 'wrong expected version', detail = v_current::text;
  end if;

  perform pg_advisory_xact_lock(${APPEND_LOCK});
  with inserted as (
    insert into es_events (event_id, stream_name, stream_category, stream_version, event_type, data, metadata)
    select (x->>'id')::uuid, p_stream, p_category, v_current + t.ord, x->>'type', x->'data', x->'metadata'
      from jsonb_array_elements(p_events) with ordinality as t(x, ord)
     order by t.ord
    returning position
  )
  select max(position) into v_position from inserted;
  update es_streams set version = v_current + v_count where stream_name = p_stream;
  perform pg_notify('${APPEND_CHANNEL}', v_position::text);
  return query select v_current + v_count, v_position;
end
$$`;
