// Package tz holds the one source of time zone rules of followup: the zone
// database a Go release ships (lib/time/zoneinfo.zip, the data time/tzdata
// embeds), embedded in the program and read on purpose, whatever zone
// database the machine has. So the same records give the same UTC
// instants on every machine. Sum names the rules, so that a build knows
// when they changed.
//
// To update the rules, copy $(go env GOROOT)/lib/time/zoneinfo.zip of a
// newer Go release over zoneinfo.zip.
package tz

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"sync"
	"time"
)

//go:embed zoneinfo.zip
var zipData []byte

// Sum is the SHA-256 of the embedded zone database, in hex.
var Sum = func() string {
	s := sha256.Sum256(zipData)
	return hex.EncodeToString(s[:])
}()

var (
	index = sync.OnceValues(func() (*zip.Reader, error) {
		return zip.NewReader(bytes.NewReader(zipData), int64(len(zipData)))
	})
	cache sync.Map // name → *time.Location
)

// Load returns the zone named name ("America/Chicago", "UTC") from the
// embedded database. "Local" and names the database lacks are errors.
func Load(name string) (*time.Location, error) {
	if name == "UTC" || name == "" {
		return time.UTC, nil
	}
	if loc, ok := cache.Load(name); ok {
		return loc.(*time.Location), nil
	}
	r, err := index()
	if err != nil {
		return nil, fmt.Errorf("tz: %w", err)
	}
	for _, f := range r.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("tz: %w", err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("tz: %w", err)
		}
		loc, err := time.LoadLocationFromTZData(name, data)
		if err != nil {
			return nil, fmt.Errorf("tz: %s: %w", name, err)
		}
		cache.Store(name, loc)
		return loc, nil
	}
	return nil, fmt.Errorf("tz: unknown time zone %q", name)
}
