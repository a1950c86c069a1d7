// Command ferretdb-test runs FerretDB 1.24.2 on loopback, with its SQLite backend, for the
// project's MongoDB integration tests.
//
// Why not `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2`? That binary panics
// at start ("Invalid build/version/version.txt file content"): the published Go module lacks
// the version file its own build adds (FerretDB issues #2982 and #4889). FerretDB's public
// embeddable package has no such check and runs the same handler, so this small program
// starts it. Telemetry is permanently off in the embedded package.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on (loopback only)")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite directory URI for the FerretDB backend")
	telemetry := flag.String("telemetry", "disable", "only \"disable\" is accepted; kept for parity with the upstream command")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	if *telemetry != "disable" {
		fail("telemetry cannot be enabled in this build")
	}
	host := (*listenAddr)[:max(strings.LastIndex(*listenAddr, ":"), 0)]
	if host != "127.0.0.1" && host != "localhost" && host != "[::1]" {
		fail("refusing to listen on %q: tests only use loopback", *listenAddr)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail("bad --log-level: %v", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	db, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listenAddr},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
	})
	if err != nil {
		fail("%v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	go func() {
		// MongoDBURI blocks until the listener is bound, so this line means "ready".
		fmt.Println("ferretdb ready:", db.MongoDBURI())
	}()
	if err := db.Run(ctx); err != nil {
		fail("%v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "ferretdb: "+format+"\n", args...)
	os.Exit(1)
}
