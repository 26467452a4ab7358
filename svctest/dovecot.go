package svctest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
)

// exNoUser is doveadm's exit code (EX_NOUSER) for "nothing matched", e.g.
// kick with no sessions.
const exNoUser = 68

// Dovecot is a real Dovecot IMAP server run as root from a project-owned
// config (deploy/dovecot/dovecot.conf.tmpl) in a private temp dir, listening
// in plaintext on a free 127.0.0.1 port.
type Dovecot struct {
	Addr string // "127.0.0.1:PORT"

	dir, conf        string
	dovecot, doveadm string // resolved binaries; /usr/sbin is often not in PATH
	users            map[string]string
}

// dovecotParams are the fields dovecot.conf.tmpl may reference.
type dovecotParams struct {
	Dir, PasswdFile string
	Port            int
	Extra           string // appended configuration lines
}

// StartDovecot starts a fresh Dovecot whose passwd-file holds users
// (name -> password) and returns once it sends a ready IMAP greeting.
// Cleanup kills it and removes its directory. A missing dovecot-imapd
// install or non-root user skips the test, or fails it under CI=true.
// extra lines are appended to the configuration (e.g. to change the
// advertised capabilities).
func StartDovecot(t testing.TB, users map[string]string, extra ...string) *Dovecot {
	t.Helper()
	bin, adm := findBinary("dovecot", "/usr/sbin"), findBinary("doveadm", "/usr/bin")
	if bin == "" || adm == "" {
		unavailable(t, "dovecot/doveadm not found; install them with: apt-get install dovecot-imapd")
	}
	if os.Geteuid() != 0 {
		unavailable(t, "StartDovecot must run as root: Dovecot's master binds ports and switches to the dovecot user")
	}
	sys, err := user.Lookup("dovecot")
	if err != nil {
		unavailable(t, "system user dovecot missing (%v); reinstall dovecot-core", err)
	}
	uid, _ := strconv.Atoi(sys.Uid)
	gid, _ := strconv.Atoi(sys.Gid)

	// Not t.TempDir: it embeds the test name, and Dovecot's unix sockets
	// under base_dir must stay within the 108-byte sun_path limit.
	dir, err := os.MkdirTemp("", "svctest-dovecot-")
	if err != nil {
		t.Fatalf("svctest: %v", err)
	}
	t.Cleanup(func() { removeAll(t, dir) })

	d := &Dovecot{dir: dir, conf: filepath.Join(dir, "dovecot.conf"), dovecot: bin, doveadm: adm, users: maps.Clone(users)}
	params := dovecotParams{Dir: dir, PasswdFile: filepath.Join(dir, "passwd"), Port: freePort(t), Extra: strings.Join(extra, "\n")}
	d.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(params.Port))
	if err := d.prepare(params, uid, gid); err != nil {
		t.Fatalf("svctest: prepare dovecot: %v", err)
	}
	// Registered before start so a master that came up but never greeted is
	// still killed. A graceful "dovecot stop" sleeps ~3 s inside the master;
	// a throwaway instance gains nothing from it.
	t.Cleanup(func() {
		if err := d.kill(); err != nil {
			t.Errorf("svctest: %v", err)
		}
	})
	d.start(t)
	return d
}

// prepare lays out the instance directory. Dovecot's auth and mail
// processes run as the dovecot user, so they need the passwd-file and
// mail root readable/writable while the rest stays root-owned.
func (d *Dovecot) prepare(p dovecotParams, uid, gid int) error {
	if err := os.Chmod(d.dir, 0o755); err != nil { // MkdirTemp gives 0700
		return fmt.Errorf("chmod: %w", err)
	}
	if err := os.Mkdir(filepath.Join(d.dir, "state"), 0o755); err != nil {
		return fmt.Errorf("state dir: %w", err)
	}
	mail := filepath.Join(d.dir, "mail")
	if err := os.Mkdir(mail, 0o700); err != nil {
		return fmt.Errorf("mail dir: %w", err)
	}
	if err := os.Chown(mail, uid, gid); err != nil {
		return fmt.Errorf("chown mail dir: %w", err)
	}

	var passwd strings.Builder
	for _, name := range slices.Sorted(maps.Keys(d.users)) {
		pass := d.users[name]
		if name == "" || strings.ContainsAny(name, ":/\r\n") || strings.ContainsAny(pass, ":\r\n") {
			return fmt.Errorf("user %q: names must be non-empty without ':', '/' or newlines; passwords without ':' or newlines", name)
		}
		fmt.Fprintf(&passwd, "%s:{PLAIN}%s\n", name, pass)
	}
	if err := os.WriteFile(p.PasswdFile, []byte(passwd.String()), 0o640); err != nil {
		return fmt.Errorf("passwd file: %w", err)
	}
	if err := os.Chown(p.PasswdFile, 0, gid); err != nil {
		return fmt.Errorf("chown passwd file: %w", err)
	}

	// The template lives with the deploy configs so production and tests
	// share one reviewed file; runtime.Caller locates it from this source.
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		return errors.New("cannot locate svctest source to find deploy/dovecot")
	}
	tmplPath := filepath.Join(filepath.Dir(self), "..", "deploy", "dovecot", "dovecot.conf.tmpl")
	tmpl, err := template.ParseFiles(tmplPath)
	if err != nil {
		return fmt.Errorf("parse template: %w", err)
	}
	var conf bytes.Buffer
	if err := tmpl.Execute(&conf, p); err != nil {
		return fmt.Errorf("render %s: %w", tmplPath, err)
	}
	if err := os.WriteFile(d.conf, conf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	return nil
}

// Deliver stores raw (an RFC 5322 message) in user's folder via doveadm
// save, creating the folder first unless it is INBOX.
func (d *Dovecot) Deliver(t testing.TB, user, folder string, raw []byte) {
	t.Helper()
	if !strings.EqualFold(folder, "INBOX") {
		if _, err := d.adm(nil, "mailbox", "create", "-u", user, folder); err != nil && !strings.Contains(err.Error(), "already exists") {
			t.Fatalf("svctest: %v", err)
		}
	}
	if _, err := d.adm(raw, "save", "-u", user, "-m", folder); err != nil {
		t.Fatalf("svctest: %v", err)
	}
}

// URL returns "imap://USER:PASS@127.0.0.1:PORT/FOLDER?tls=off" with the
// credentials escaped. Users unknown to the server get an empty password.
func (d *Dovecot) URL(user, folder string) string {
	u := url.URL{Scheme: "imap", User: url.UserPassword(user, d.users[user]), Host: d.Addr, Path: "/" + folder, RawQuery: "tls=off"}
	return u.String()
}

// Kick disconnects every IMAP session of user, as an admin or a crashing
// backend would. Having no session to kick is logged, not fatal, because a
// client may legitimately be between reconnects.
func (d *Dovecot) Kick(t testing.TB, user string) {
	t.Helper()
	_, err := d.adm(nil, "kick", user)
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit) && exit.ExitCode() == exNoUser:
		t.Logf("svctest: kick %s: no sessions to kick", user)
	case err != nil:
		t.Fatalf("svctest: %v", err)
	}
}

// Restart stops Dovecot gracefully (clients get "* BYE Server shutting
// down", like a real restart) and starts it again on the same port. The
// graceful stop takes about 3 s because of fixed waits in Dovecot's master.
func (d *Dovecot) Restart(t testing.TB) {
	t.Helper()
	if out, err := exec.Command(d.dovecot, "-c", d.conf, "stop").CombinedOutput(); err != nil {
		t.Fatalf("svctest: dovecot stop: %v: %s", err, bytes.TrimSpace(out))
	}
	if err := waitClosed(d.Addr); err != nil {
		t.Fatalf("svctest: %v", err)
	}
	d.start(t)
}

var uidValidityRE = regexp.MustCompile(`uidvalidity=(\d+)`)

// SetUIDValidity sets folder's UIDVALIDITY to v (non-zero) so a client
// that cached UIDs must notice the reset, and verifies Dovecot applied it.
func (d *Dovecot) SetUIDValidity(t testing.TB, user, folder string, v uint32) {
	t.Helper()
	if v == 0 {
		t.Fatalf("svctest: UIDVALIDITY must be non-zero (RFC 3501)")
	}
	want := strconv.FormatUint(uint64(v), 10)
	if _, err := d.adm(nil, "mailbox", "update", "-u", user, "--uid-validity", want, folder); err != nil {
		t.Fatalf("svctest: %v", err)
	}
	out, err := d.adm(nil, "mailbox", "status", "-u", user, "uidvalidity", folder)
	if err != nil {
		t.Fatalf("svctest: %v", err)
	}
	if m := uidValidityRE.FindSubmatch(out); m == nil || string(m[1]) != want {
		t.Fatalf("svctest: UIDVALIDITY of %s/%s not updated to %s: %s", user, folder, want, bytes.TrimSpace(out))
	}
}

// adm runs doveadm against this instance; the config path selects its
// private base_dir, so it never touches the system Dovecot.
func (d *Dovecot) adm(stdin []byte, args ...string) ([]byte, error) {
	cmd := exec.Command(d.doveadm, append([]string{"-c", d.conf}, args...)...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return out, fmt.Errorf("doveadm %s: %w: %s", strings.Join(args, " "), err, bytes.TrimSpace(out))
	}
	return out, nil
}

func (d *Dovecot) start(t testing.TB) {
	t.Helper()
	// A file, not a pipe: the daemonized master inherits stdout/stderr and
	// would keep a pipe open, so CombinedOutput would never return.
	out, err := os.Create(filepath.Join(d.dir, "start.out"))
	if err != nil {
		t.Fatalf("svctest: %v", err)
	}
	defer out.Close()
	cmd := exec.Command(d.dovecot, "-c", d.conf)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Run(); err != nil {
		msg, _ := os.ReadFile(out.Name())
		t.Fatalf("svctest: start dovecot: %v: %s\n%s", err, bytes.TrimSpace(msg), d.logTail())
	}
	if err := waitGreeting(d.Addr); err != nil {
		t.Fatalf("svctest: %v\n%s", err, d.logTail())
	}
}

// kill SIGKILLs the master; its children notice through their dead-master
// pipe and exit within milliseconds, which closes the listener.
func (d *Dovecot) kill() error {
	raw, err := os.ReadFile(filepath.Join(d.dir, "run", "master.pid"))
	if errors.Is(err, os.ErrNotExist) {
		return nil // never started or already stopped
	} else if err != nil {
		return fmt.Errorf("read master.pid: %w", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil {
		return fmt.Errorf("parse master.pid: %w", err)
	}
	if p, err := os.FindProcess(pid); err == nil {
		if err := p.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
			return fmt.Errorf("kill dovecot master %d: %w", pid, err)
		}
	}
	return waitClosed(d.Addr)
}

func (d *Dovecot) logTail() string {
	b, err := os.ReadFile(filepath.Join(d.dir, "dovecot.log"))
	if err != nil {
		return "(no dovecot.log: " + err.Error() + ")"
	}
	if len(b) > 4096 {
		b = b[len(b)-4096:]
	}
	return "dovecot.log:\n" + string(b)
}

// waitGreeting treats "Waiting for authentication process" as not ready:
// Dovecot sends it before auth is up and then a second greeting, which
// confuses clients that expect exactly one.
func waitGreeting(addr string) error {
	var last error
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			last = err
			continue
		}
		_ = conn.SetReadDeadline(time.Now().Add(2 * time.Second))
		line, err := bufio.NewReader(conn).ReadString('\n')
		conn.Close()
		switch {
		case err != nil:
			last = err
		case !strings.HasPrefix(line, "* OK") || strings.Contains(line, "Waiting for authentication"):
			last = fmt.Errorf("greeting %q", strings.TrimSpace(line))
		default:
			return nil
		}
	}
	return fmt.Errorf("dovecot on %s not ready after 10s: %w", addr, last)
}

// Append stores messages into user's folder over IMAP on one connection,
// far faster than one doveadm process per message for large mailboxes.
func (d *Dovecot) Append(t testing.TB, user, folder string, msgs [][]byte) {
	t.Helper()
	c, err := imapclient.DialInsecure(d.Addr, nil)
	if err != nil {
		t.Fatalf("svctest: append: %v", err)
	}
	defer c.Close()
	if err := c.Login(user, d.users[user]).Wait(); err != nil {
		t.Fatalf("svctest: append: login %s: %v", user, err)
	}
	for _, m := range msgs {
		cmd := c.Append(folder, int64(len(m)), nil)
		if _, err := cmd.Write(m); err != nil {
			t.Fatalf("svctest: append: %v", err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatalf("svctest: append: %v", err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatalf("svctest: append to %s: %v", folder, err)
		}
	}
}
