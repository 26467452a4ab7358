package store

import (
	"errors"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

func TestLasting(t *testing.T) {
	for code, want := range map[string]bool{
		"42P01": true,  // undefined table: run migrate
		"28P01": true,  // bad password
		"57P03": false, // starting up / in recovery
		"57P01": false, // admin shutdown
		"53300": false, // too many clients
		"08006": false, // connection failure
		"40P01": false, // deadlock
	} {
		err := fmt.Errorf("store: latest tag model: %w", &pgconn.PgError{Code: code})
		if got := Lasting(err); got != want {
			t.Errorf("Lasting(%s) = %v, want %v", code, got, want)
		}
	}
	if Lasting(errors.New("dial tcp: connection refused")) {
		t.Error("a connection error is lasting")
	}
}
