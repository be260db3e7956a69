/**
 * readAll in one round trip: the head (es_safe_position) and the events after `p_after` up to it.
 * The read is a later statement than the head's (a volatile function takes a new snapshot for
 * each statement), so it sees every event at or below the head, as two statements from the
 * client would. The first row carries the head and no event; the events follow in position
 * order, at most `p_limit`, of the given types and categories (null: any). The read is planned
 * on each call (EXECUTE), as the client's query was: a cached generic plan could scan the log.
 */
export const READ_AFTER_FUNCTION = `
create or replace function es_read_after(p_after bigint, p_limit int, p_types text[], p_categories text[])
returns table (head bigint, "position" bigint, event_id uuid, stream_name text, stream_version bigint,
               event_type text, data jsonb, metadata jsonb, created_at timestamptz)
language plpgsql as $$
declare
  v_head bigint := es_safe_position();
begin
  return query select v_head, null::bigint, null::uuid, null::text, null::bigint, null::text, null::jsonb, null::jsonb, null::timestamptz;
  if v_head <= p_after then
    return;
  end if;
  return query execute
    'select null::bigint, e.position, e.event_id, e.stream_name, e.stream_version, e.event_type, e.data, e.metadata, e.created_at
       from es_events e where e.position > $1 and e.position <= $2'
    || case when p_types is null then '' else ' and e.event_type = any($3)' end
    || case when p_categories is null then '' else ' and e.stream_category = any($4)' end
    || ' order by e.position limit $5'
    using p_after, v_head, p_types, p_categories, p_limit;
end
$$`;
