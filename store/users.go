package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Roles of desk accounts and API tokens, least to most trusted.
const (
	RoleEditor = "editor"
	RoleChief  = "chief"
	RoleAdmin  = "admin"
)

// ErrNotFound means the row asked for does not exist.
var ErrNotFound = errors.New("store: not found")

// ErrExists means a name is already taken.
var ErrExists = errors.New("store: already exists")

// User is a desk account.
type User struct {
	ID           int64     `json:"id"`
	Name         string    `json:"name"`
	Role         string    `json:"role"`
	PasswordHash string    `json:"-"`
	Disabled     bool      `json:"disabled"`
	CreatedAt    time.Time `json:"created_at"`
}

// AddUser creates an account; hash is the argon2id hash of its password.
func (s *Store) AddUser(ctx context.Context, name, role, hash string) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO users (name, role, password_hash) VALUES ($1, $2, $3) RETURNING id`,
		name, role, hash).Scan(&id)
	if isUnique(err) {
		return 0, fmt.Errorf("store: add user %q: %w", name, ErrExists)
	}
	if err != nil {
		return 0, fmt.Errorf("store: add user %q: %w", name, err)
	}
	return id, nil
}

// SetPassword replaces an account's password hash and enables it.
func (s *Store) SetPassword(ctx context.Context, name, hash string) error {
	tag, err := s.pool.Exec(ctx, `UPDATE users SET password_hash = $2, disabled = false WHERE name = $1`, name, hash)
	if err != nil {
		return fmt.Errorf("store: set password of %q: %w", name, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: set password of %q: %w", name, ErrNotFound)
	}
	return nil
}

const userCols = `id, name, role, password_hash, disabled, created_at`

func scanUser(row pgx.Row) (User, error) {
	var u User
	err := row.Scan(&u.ID, &u.Name, &u.Role, &u.PasswordHash, &u.Disabled, &u.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		err = ErrNotFound
	}
	return u, err
}

// UserByName finds an account by its login name.
func (s *Store) UserByName(ctx context.Context, name string) (User, error) {
	u, err := scanUser(s.pool.QueryRow(ctx, `SELECT `+userCols+` FROM users WHERE name = $1`, name))
	if err != nil {
		return u, fmt.Errorf("store: user %q: %w", name, err)
	}
	return u, nil
}

// UserByID finds an account by id (the session holds the id).
func (s *Store) UserByID(ctx context.Context, id int64) (User, error) {
	u, err := scanUser(s.pool.QueryRow(ctx, `SELECT `+userCols+` FROM users WHERE id = $1`, id))
	if err != nil {
		return u, fmt.Errorf("store: user %d: %w", id, err)
	}
	return u, nil
}

// Users lists every account by name.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+userCols+` FROM users ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: list users: %w", err)
	}
	us, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (User, error) { return scanUser(r) })
	if err != nil {
		return nil, fmt.Errorf("store: list users: %w", err)
	}
	return us, nil
}

// DisableUser stops an account from logging in and ends its sessions'
// use: the desk checks the flag on every request.
func (s *Store) DisableUser(ctx context.Context, name string) error {
	tag, err := s.pool.Exec(ctx, `UPDATE users SET disabled = true WHERE name = $1`, name)
	if err != nil {
		return fmt.Errorf("store: disable user %q: %w", name, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: disable user %q: %w", name, ErrNotFound)
	}
	return nil
}

// Token is an API token's identity; the token itself is never stored.
type Token struct {
	ID   int64
	Name string
	Role string
}

// AddToken stores the SHA-256 hash of a new token.
func (s *Store) AddToken(ctx context.Context, name, role string, hash []byte) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO api_tokens (name, role, hash) VALUES ($1, $2, $3)`, name, role, hash)
	if isUnique(err) {
		return fmt.Errorf("store: add token %q: %w", name, ErrExists)
	}
	if err != nil {
		return fmt.Errorf("store: add token %q: %w", name, err)
	}
	return nil
}

// TokenByHash finds the enabled token with this hash. Its last use is
// recorded at most once a minute: a write per API call would cost a
// commit each.
func (s *Store) TokenByHash(ctx context.Context, hash []byte) (Token, error) {
	var t Token
	var stale bool
	err := s.pool.QueryRow(ctx, `SELECT id, name, role, last_used IS NULL OR last_used < now() - interval '1 minute'
		FROM api_tokens WHERE hash = $1 AND NOT disabled`, hash).Scan(&t.ID, &t.Name, &t.Role, &stale)
	if errors.Is(err, pgx.ErrNoRows) {
		err = ErrNotFound
	}
	if err == nil && stale {
		_, err = s.pool.Exec(ctx, `UPDATE api_tokens SET last_used = now() WHERE id = $1`, t.ID)
	}
	if err != nil {
		return t, fmt.Errorf("store: token: %w", err)
	}
	return t, nil
}

// LoginFailures counts failures recorded under key since the given time.
func (s *Store) LoginFailures(ctx context.Context, key string, since time.Time) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM login_failures WHERE key = $1 AND at > $2`, key, since).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: login failures: %w", err)
	}
	return n, nil
}

// AddLoginFailure records a failed login under each key and forgets
// failures older than a day.
func (s *Store) AddLoginFailure(ctx context.Context, keys ...string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO login_failures (key) SELECT unnest($1::text[]);
		`, keys)
	if err == nil {
		_, err = s.pool.Exec(ctx, `DELETE FROM login_failures WHERE at < now() - interval '1 day'`)
	}
	if err != nil {
		return fmt.Errorf("store: record login failure: %w", err)
	}
	return nil
}

// ClearLoginFailures forgets the failures under key (after a good login).
func (s *Store) ClearLoginFailures(ctx context.Context, key string) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM login_failures WHERE key = $1`, key); err != nil {
		return fmt.Errorf("store: clear login failures: %w", err)
	}
	return nil
}

func isUnique(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}
