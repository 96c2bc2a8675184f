-- Trigram similarity powers Moat's typo-tolerant search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
