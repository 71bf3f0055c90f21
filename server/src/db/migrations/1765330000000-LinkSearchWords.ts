import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The indexed text of a link for links(search); the query names the same expression. */
export const LINK_SEARCH_TEXT = `coalesce(title, '') || ' ' || destination_url || ' ' || code`;

/**
 * links(search) looks up a term's whole words before its trigrams (`wordQuery` in db/substring-search.ts):
 * "Product 99999" is made of trigrams that nearly every title holds, while few words begin with "99999".
 * `search_words` keeps the words as ILIKE sees the text: lowercased, split at every character but a–z
 * and 0–9 and between letters and digits, so that a run of the term's letters or digits that follows
 * another of its characters always begins a word. One GIN index over title, destination and code, partial
 * like the trigram ones; built CONCURRENTLY, outside a transaction, so that links stay writable.
 */
export class LinkSearchWords1765330000000 implements MigrationInterface {
  name = 'LinkSearchWords1765330000000';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION search_words(text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT to_tsvector('simple'::regconfig, regexp_replace(
          regexp_replace(lower($1), '[^a-z0-9]+', ' ', 'g'), '([a-z](?=[0-9])|[0-9](?=[a-z]))', '\\1 ', 'g'))
      $$`);
    // A concurrent build that failed leaves an invalid index behind: drop it and build again.
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS links_shared_words_idx`);
    await q.query(
      `CREATE INDEX CONCURRENTLY links_shared_words_idx ON links USING gin (search_words(${LINK_SEARCH_TEXT}))
         WHERE NOT is_recipient`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS links_shared_words_idx`);
    await q.query(`DROP FUNCTION IF EXISTS search_words(text)`);
  }
}
