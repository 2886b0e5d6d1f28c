-- pg_restore runs with an empty search_path: generated columns and indexes that call these
-- functions must find semillero_unaccent by its schema, or restoring a dump fails
-- (found by deployment/backup/restore-drill.sh). Same results, so no column is recomputed.
create or replace function semillero_search_document(title text, body text) returns tsvector
    language sql immutable parallel safe
    as $$
        select setweight(to_tsvector('spanish'::regconfig, public.semillero_unaccent(coalesce(title, ''))), 'A')
            || setweight(to_tsvector('english'::regconfig, public.semillero_unaccent(coalesce(title, ''))), 'A')
            || setweight(to_tsvector('spanish'::regconfig, public.semillero_unaccent(coalesce(body, ''))), 'B')
            || setweight(to_tsvector('english'::regconfig, public.semillero_unaccent(coalesce(body, ''))), 'B')
    $$;

create or replace function semillero_search_query(q text) returns tsquery
    language sql immutable parallel safe strict
    as $$
        select websearch_to_tsquery('spanish'::regconfig, public.semillero_unaccent(q))
            || websearch_to_tsquery('english'::regconfig, public.semillero_unaccent(q))
    $$;
