// Parses every .eml in a directory with mailparser's simpleParser, one
// after another, for about SECONDS seconds, and prints messages/s. The
// same files as BenchmarkInspect; run by run.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const { simpleParser } = require('mailparser');

async function main() {
  const dir = process.argv[2];
  const seconds = Number(process.argv[3] || 5);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  const mails = files.map((f) => fs.readFileSync(path.join(dir, f)));
  for (const m of mails) await simpleParser(m); // warm up the JIT
  let n = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < until) {
    await simpleParser(mails[n % mails.length]);
    n++;
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const mem = process.memoryUsage();
  console.log(`node mailparser ${require('mailparser/package.json').version} simpleParser: ${n} messages in ${secs.toFixed(2)} s = ${(n / secs).toFixed(0)} msgs/s (rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
