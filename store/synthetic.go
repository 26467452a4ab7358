package store

import (
	"context"
	"fmt"
)

// AddSyntheticDrafts stores n invented drafts (headline, body of common
// words, one of five languages, review statuses spread over the tabs),
// for benchmarks and load tests of the desk. It runs in one statement
// pair on the server, so 100k drafts take seconds, not minutes.
func (s *Store) AddSyntheticDrafts(ctx context.Context, n int, tag string) error {
	_, err := s.pool.Exec(ctx, `
		WITH g AS (SELECT i FROM generate_series(1, $1::int) i),
		m AS (
			INSERT INTO messages (message_id, content_hash, raw, size, status)
			SELECT 'synthetic-' || $2 || '-' || i, sha256(convert_to($2 || i, 'UTF8')), '\x'::bytea, 0, 'drafted' FROM g
			RETURNING id, message_id)
		INSERT INTO drafts (message, status, kind, headline, doc)
		SELECT x.id, st, 'press_release', h, jsonb_build_object(
			'kind', 'press_release', 'headline', h, 'language', lang, 'issuer', 'Issuer ' || (i % 500),
			'body_text', body, 'body_html', '<p>' || body || '</p>',
			'source', jsonb_build_object('from', 'press' || (i % 300) || '@sender.example'),
			'people', jsonb_build_array('Person ' || (i % 1000)), 'places', jsonb_build_array('Place ' || (i % 200)),
			'organisations', jsonb_build_array('Org ' || (i % 700)),
			'topics', jsonb_build_array(jsonb_build_object('code', 'medtop:' || lpad((i % 90)::text, 8, '0'), 'label', '', 'score', 1, 'source', 'synthetic')),
			'embargo_until', CASE WHEN i % 50 = 0 THEN to_jsonb(now() + make_interval(hours => i % 72)) ELSE 'null'::jsonb END)
		FROM (
			SELECT m.id, i,
				(ARRAY['new','new','new','in_review','approved','published','rejected'])[1 + i % 7] st,
				(ARRAY['en','fr','de','es','pl'])[1 + i % 5] lang,
				'Release ' || i || ' on ' || w[1 + (i * 7) % cardinality(w)] || ' and ' || w[1 + (i * 13) % cardinality(w)] h,
				(SELECT string_agg(w[1 + ((i * k * 31 + k) % cardinality(w))], ' ') FROM generate_series(1, 80) k) body
			FROM m JOIN g ON m.message_id = 'synthetic-' || $2 || '-' || g.i,
			LATERAL (SELECT ARRAY['harbour','ferry','minister','budget','energy','contract','defence','report',
				'council','railway','hospital','school','vaccine','election','museum','festival','airport','bridge',
				'police','court','climate','water','forest','police','market','bank','export','science','university',
				'patrol','vessel','cable','network','security','exercise','agreement','summit','partnership','award',
				'investment','factory','jobs','research','study','launch','satellite','drone','shield','coast'] w) words
		) x`, n, tag)
	if err != nil {
		return fmt.Errorf("store: synthetic drafts: %w", err)
	}
	_, err = s.pool.Exec(ctx, `ANALYZE drafts; ANALYZE messages`)
	if err != nil {
		return fmt.Errorf("store: analyze: %w", err)
	}
	return nil
}
