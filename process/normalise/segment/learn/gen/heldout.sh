#!/bin/sh
# heldout.sh: leave-one-writer-out evaluation of the role labeller on the
# train split. For each writer (the id's first letter), the labeller is
# trained without that writer's mail and the normaliser is evaluated on it:
# the closest the train split comes to mail from an unseen sender.
# The writers are every first letter among the train split's file names.
# Run from the module root: sh process/normalise/segment/learn/gen/heldout.sh [-v]
# With -v each writer's misses are listed after its table.
# It restores the committed weights when done.
set -eu
train=testdata/genre/train
w=process/normalise/segment/learn/weights.txt
tmp=$(mktemp -d)
cp "$w" "$tmp/weights.txt"
trap 'cp "$tmp/weights.txt" "$w"; rm -rf "$tmp"' EXIT
writers=$(for f in "$train"/*.eml; do basename "$f" | cut -c1; done | sort -u)
for writer in $writers; do
	mkdir -p "$tmp/$writer"
	for f in "$train/$writer"*; do ln -s "$PWD/$f" "$tmp/$writer/"; done
	go run ./process/normalise/segment/learn/gen -root . -out "$w" -without "$writer" 2>/dev/null
	go build -o "$tmp/newsdesk" ./cmd/newsdesk
	echo "== writer $writer held out"
	"$tmp/newsdesk" eval "$@" "$tmp/$writer" >"$tmp/out" 2>&1 || true
	sed -n '/^field/,/^tags/p' "$tmp/out" | grep -v '^tags' | tee -a "$tmp/all" || true
	sed -n '/^  [a-z_][a-z_]*  [a-z][0-9]/p' "$tmp/out"
done
echo "== all writers, each held out"
awk '$2 ~ /^[0-9]+\/[0-9]+$/ { split($2, a, "/"); r[$1] += a[1]; n[$1] += a[2]; if (!($1 in o)) { o[$1] = ++k; f[k] = $1 } }
	END { for (i = 1; i <= k; i++) printf "%-16s %4d/%-4d %5.1f%%\n", f[i], r[f[i]], n[f[i]], 100 * r[f[i]] / n[f[i]] }' "$tmp/all"
