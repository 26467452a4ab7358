"""Parses every .eml in a directory with Python's email package
(policy=default), walking every part and decoding each leaf's payload,
for about SECONDS seconds, and prints messages/s. Run by run.sh."""
import email
import email.policy
import pathlib
import platform
import resource
import sys
import time


def parse(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if not part.is_multipart():
            part.get_payload(decode=True)
    return msg


def main():
    directory, seconds = sys.argv[1], float(sys.argv[2] if len(sys.argv) > 2 else 5)
    mails = [p.read_bytes() for p in sorted(pathlib.Path(directory).glob("*.eml"))]
    for m in mails:
        parse(m)
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        parse(mails[n % len(mails)])
        n += 1
    secs = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"python {platform.python_version()} email (policy=default, walk + decode): "
          f"{n} messages in {secs:.2f} s = {n / secs:.0f} msgs/s (max rss {rss:.0f} MiB)")


if __name__ == "__main__":
    main()
