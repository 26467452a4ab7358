package svctest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// MinNATSVersion mirrors queue.MinServerVersion (svctest cannot import
// queue, whose tests import svctest; a queue test keeps the two equal).
const MinNATSVersion = "2.15.0"

// natsVersion reads the version from a NATS server's INFO banner.
func natsVersion(line string) string {
	var info struct {
		Version string `json:"version"`
	}
	json.Unmarshal([]byte(strings.TrimPrefix(strings.TrimSpace(line), "INFO ")), &info)
	return info.Version
}

// olderThan compares dotted versions ("2.9.10" < "2.10.0").
func olderThan(v, min string) bool {
	a, b := strings.Split(strings.SplitN(v, "-", 2)[0], "."), strings.Split(min, ".")
	for i := range b {
		if i >= len(a) {
			return true
		}
		x, err := strconv.Atoi(a[i])
		if err != nil {
			return true
		}
		y, _ := strconv.Atoi(b[i])
		if x != y {
			return x < y
		}
	}
	return false
}

// ModuleNATS starts, for this test only, the nats-server of the version
// go.mod pins, built from the module cache (once per version, kept under
// the temp directory), with JetStream on a free port, and returns its URL.
func ModuleNATS(t testing.TB) string {
	t.Helper()
	bin, err := ModuleNATSBinary()
	if err != nil {
		unavailable(t, "cannot build nats-server from the module cache: %v", err)
	}
	port := freePort(t)
	dir := t.TempDir()
	cmd := exec.Command(bin, "-a", "127.0.0.1", "-p", strconv.Itoa(port), "-js", "-sd", dir)
	if err := cmd.Start(); err != nil {
		t.Fatalf("svctest: start %s: %v", bin, err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	url := fmt.Sprintf("nats://127.0.0.1:%d", port)
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, err := probeNATS(url); err == nil {
			return url
		} else if time.Now().After(deadline) {
			t.Fatalf("svctest: module nats-server not answering on %s: %v", url, err)
		}
	}
}

// ModuleNATSBinary builds github.com/nats-io/nats-server/v2 at go.mod's
// version unless a build of it is already there. Concurrent test binaries
// may race to build; each renames its own file into place.
func ModuleNATSBinary() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "github.com/nats-io/nats-server/v2").Output()
	if err != nil {
		return "", fmt.Errorf("go list: %w", err)
	}
	bin := filepath.Join(os.TempDir(), "newsdesk-test-nats-server-"+strings.TrimSpace(string(out)))
	if isExecutable(bin) {
		return bin, nil
	}
	tmp := fmt.Sprintf("%s.%d", bin, os.Getpid())
	if out, err := exec.Command("go", "build", "-o", tmp, "github.com/nats-io/nats-server/v2").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, out)
	}
	return bin, os.Rename(tmp, bin)
}

// bannerOf reads the INFO line a NATS server greets with.
func bannerOf(conn net.Conn) (string, error) {
	if err := conn.SetReadDeadline(time.Now().Add(2 * time.Second)); err != nil {
		return "", fmt.Errorf("set deadline: %w", err)
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return "", fmt.Errorf("read INFO: %w", err)
	}
	if !strings.HasPrefix(line, "INFO ") {
		return "", fmt.Errorf("unexpected greeting %q", strings.TrimSpace(line))
	}
	return line, nil
}
