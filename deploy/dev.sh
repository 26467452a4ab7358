#!/usr/bin/env bash
# The newcomer's two commands, on Debian, as root (or with the packages
# already installed):
#   bash deploy/dev.sh demo   set up what is missing, start the pipeline on
#                             embedded NATS with sample mail (Ctrl-C stops it)
#   bash deploy/dev.sh test   set up what is missing, run the whole test suite
# Installing is idempotent: present packages and running services are kept.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
demo | test) ;;
*)
	echo "usage: bash deploy/dev.sh demo|test" >&2
	exit 2
	;;
esac

say() { printf 'dev.sh: %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

if ! have go; then
	say "Go >= 1.26 is needed (https://go.dev/doc/install); Debian's golang package is older"
	exit 1
fi

packages=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || packages+=(postgresql)
have pdftotext || packages+=(poppler-utils)
if [ "$mode" = test ]; then
	have nats-server || packages+=(nats-server)
	have dovecot || packages+=(dovecot-imapd)
	have chromium || packages+=(chromium) # the desk's browser tests
fi
if [ ${#packages[@]} -gt 0 ]; then
	if [ "$(id -u)" != 0 ]; then
		say "missing Debian packages: ${packages[*]}; install them as root: apt-get install ${packages[*]}"
		exit 1
	fi
	say "installing ${packages[*]}"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# PostgreSQL: start the local cluster if its socket does not answer.
if ! pg_isready -q -h /var/run/postgresql; then
	say "starting PostgreSQL"
	for conf in /etc/postgresql/*/main; do
		version=$(basename "$(dirname "$conf")")
		pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
	done
	for _ in $(seq 30); do pg_isready -q -h /var/run/postgresql && break; sleep 1; done
	pg_isready -h /var/run/postgresql >/dev/null || { say "PostgreSQL did not start"; exit 1; }
fi
# newsdesk connects over the socket as the current user: give it a role.
me=$(id -un)
if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- psql -h /var/run/postgresql -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$me'" | grep -q 1; then
	say "creating PostgreSQL role $me"
	runuser -u postgres -- createuser -h /var/run/postgresql --superuser "$me"
fi

if [ "$mode" = demo ]; then
	say "starting newsdesk with sample mail; the desk's URL, user and password are printed below"
	exec go run ./cmd/newsdesk run --demo
fi

# NATS for the integration tests (unit tests embed their own).
if ! (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; then
	say "starting nats-server with JetStream on 127.0.0.1:4222"
	mkdir -p /var/lib/nats-server
	start-stop-daemon --start --oknodo --background --exec "$(command -v nats-server)" -- \
		-a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
	for _ in $(seq 30); do (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null && break; sleep 0.2; done
fi

# go.mod must list what the code imports, direct as direct: drift fails the run.
if ! go mod tidy -diff; then
	say "go.mod or go.sum is not tidy (diff above): run go mod tidy and commit"
	exit 1
fi
go vet ./...
# The two generators train the role labeller and the topic model on the
# whole corpus in one goroutine; under -race that took over four minutes,
# the run's longest package, so they run without it.
go test -race -count=1 $(go list ./... | grep -v '/learn/gen$')
go test -count=1 ./process/normalise/segment/learn/gen ./process/tag/learn/gen
# Allocation counts mean something only without the race detector, whose
# instrumentation allocates, and long single-goroutine sweeps (corpus
# passes, exhaustive input tables) gain nothing from it and ran ten- to
# fiftyfold slower under it: those tests skip under -race and run here.
go test -count=1 -run 'Allocations$|Sweep$' ./...
# Every parser's fuzz target, briefly: crashes found here fail the run.
# Budgets are execution counts, not durations: Go 1.26's fuzz coordinator
# can fail a duration run at its deadline with no crasher (golang/go#75804).
# Minimising each new input is capped so the time goes to fuzzing.
fuzz() { go test "$1" -run '^$' -fuzz "^$2\$" -fuzztime "$3" -fuzzminimizetime 2s; }
fuzz ./process/normalise FuzzInspect 3000x
fuzz ./process/normalise FuzzEmbargo 30000x
fuzz ./process/normalise FuzzDocx 20000x
fuzz ./process/normalise FuzzSanitize 20000x
fuzz ./process/normalise FuzzRepairHeader 20000x
fuzz ./config FuzzParseMailbox 100000x
fuzz ./ingest FuzzAuthParsers 20000x
fuzz ./desk FuzzParseOriginal 5000x
fuzz ./process/tag FuzzTag 3000x
fuzz ./process/normalise FuzzIssuerNames 5000x
fuzz ./process/normalise/segment/learn FuzzDecode 5000x
fuzz ./process FuzzMessageID 20000x
fuzz ./publish FuzzParseCursor 20000x
fuzz ./publish FuzzArticle 3000x
fuzz ./cmd/corpusgen FuzzBrief 3000x
fuzz ./process/tag FuzzDiffParagraphs 5000x
