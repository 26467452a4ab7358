package main

import (
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
)

// init starts a CPU profile of the whole process when NEWSDESK_CPUPROFILE
// names a file, so a benchmark can profile the real binary in any role
// without a flag on every subcommand. The profile is written on SIGUSR1,
// not at exit: main leaves through os.Exit, which runs no deferred code,
// and a drain benchmark wants the drain, not the shutdown. It is written
// to FILE.tmp and renamed to FILE when complete, so a reader can wait for
// FILE to appear. A heap profile goes to FILE.heap at the same moment.
func init() {
	path := os.Getenv("NEWSDESK_CPUPROFILE")
	if path == "" {
		return
	}
	f, err := os.Create(path + ".tmp")
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "newsdesk: NEWSDESK_CPUPROFILE: %v\n", err)
		return
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGUSR1)
	go func() {
		<-sig
		signal.Stop(sig)
		pprof.StopCPUProfile()
		writeHeapProfile(path + ".heap")
		if err := f.Close(); err != nil {
			fmt.Fprintf(os.Stderr, "newsdesk: NEWSDESK_CPUPROFILE: %v\n", err)
			return
		}
		if err := os.Rename(path+".tmp", path); err != nil {
			fmt.Fprintf(os.Stderr, "newsdesk: NEWSDESK_CPUPROFILE: %v\n", err)
		}
	}()
}

// writeHeapProfile writes the heap profile (allocations since the start,
// what is live now) next to the CPU profile: `go tool pprof
// -sample_index=alloc_space` on it shows who allocated the bytes.
func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("heap").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "newsdesk: NEWSDESK_CPUPROFILE: heap profile: %v\n", err)
	}
}
