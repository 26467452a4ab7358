package process

import (
	"os"
	"testing"
)

func TestProfBig(t *testing.T) {
	raw, _ := os.ReadFile("/tmp/big30.eml")
	Inspect(raw)
}
