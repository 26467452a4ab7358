// Package store owns newsdesk's PostgreSQL schema and every SQL statement
// the other packages need. Nothing else writes SQL.
package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Store is the database behind the pipeline.
type Store struct {
	pool *pgxpool.Pool
}

// Open connects to the database at url, creating the database first when it
// does not exist and the server lets us (the default local setup).
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("store: DATABASE_URL: %w: %w", errConfig, redact(err))
	}
	// newsdesk's queries are short; PostgreSQL's JIT, triggered by cost
	// estimates, spent 0.5 s compiling a 2 ms queue page.
	cfg.ConnConfig.RuntimeParams["jit"] = "off"
	if err := createIfMissing(ctx, cfg.ConnConfig); err != nil {
		return nil, err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: connect: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: connect to %s: %w", describe(cfg.ConnConfig), err)
	}
	return &Store{pool: pool}, nil
}

// errConfig marks errors that no retry can cure.
var errConfig = errors.New("bad configuration")

// IsConfigError tells a connection string that can never work from a
// database that is down for now.
func IsConfigError(err error) bool { return errors.Is(err, errConfig) }

// Lasting tells an error PostgreSQL answered that trying again will not
// mend (a missing table, a refused statement) from trouble that passes:
// not reaching it, and the classes a server that is starting, shutting
// down, recovering or out of connections answers with (08, 53, 57, 58)
// or a transaction rolled back for a conflict (40).
func Lasting(err error) bool {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) || len(pgErr.Code) < 2 {
		return false
	}
	switch pgErr.Code[:2] {
	case "08", "40", "53", "57", "58":
		return false
	}
	return true
}

// Close releases every connection.
func (s *Store) Close() { s.pool.Close() }

// Ping tells whether the database answers, for readiness checks.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

func createIfMissing(ctx context.Context, cc *pgx.ConnConfig) error {
	conn, err := pgx.ConnectConfig(ctx, cc)
	if err == nil {
		return conn.Close(ctx)
	}
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) || pgErr.Code != "3D000" { // invalid_catalog_name
		return fmt.Errorf("store: connect to %s: %w", describe(cc), err)
	}
	admin := cc.Copy()
	admin.Database = "postgres"
	conn, err = pgx.ConnectConfig(ctx, admin)
	if err != nil {
		return fmt.Errorf("store: database %q does not exist and the server's postgres database is unreachable to create it: %w", cc.Database, err)
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{cc.Database}.Sanitize())
	if err != nil {
		if errors.As(err, &pgErr) && pgErr.Code == "42P04" { // created meanwhile by another process
			return nil
		}
		return fmt.Errorf("store: create database %q: %w", cc.Database, err)
	}
	return nil
}

// describe names a database for errors without its password.
func describe(cc *pgx.ConnConfig) string {
	return fmt.Sprintf("database %q on %s as %q", cc.Database, cc.Host, cc.User)
}

// redact drops pgx's parse error detail, which can quote the password.
func redact(err error) error {
	var pe *pgconn.ParseConfigError
	if errors.As(err, &pe) {
		return errors.New("cannot parse the connection string (check its syntax; it is not repeated here because it may hold a password)")
	}
	return err
}
