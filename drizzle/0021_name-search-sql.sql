-- Search by any part of a name, whatever the case and accents ("works" finds "Adventure Works", "societe" finds
-- "Société"): names are compared through search_text() (lower case, accents removed) with LIKE '%…%', which trigram
-- GIN indexes answer without reading every row. unaccent() is only STABLE (its dictionary could change), so an index
-- needs this IMMUTABLE wrapper naming the dictionary explicitly; both extensions ship with PostgreSQL and PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;--> statement-breakpoint
CREATE FUNCTION search_text(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary, value))
$$;--> statement-breakpoint
CREATE INDEX organizations_legal_name_search_idx ON organizations USING gin (search_text(legal_name) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX customers_name_search_idx ON customers USING gin (search_text(name) gin_trgm_ops);
