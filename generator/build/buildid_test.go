package build

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestGoBuildID checks the program's identity against what the go command
// reads as the build ID of the same binary, and that a file that is no
// ELF binary has none.
func TestGoBuildID(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("ELF binaries only")
	}
	out, err := exec.Command("go", "tool", "buildid", os.Args[0]).Output()
	if err != nil {
		t.Skipf("go tool buildid: %v", err)
	}
	if got, want := goBuildID(os.Args[0]), strings.TrimSpace(string(out)); got != want || !strings.Contains(got, "/") {
		t.Errorf("goBuildID = %q, want %q", got, want)
	}
	script := filepath.Join(t.TempDir(), "followup")
	if err := os.WriteFile(script, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := goBuildID(script); got != "" {
		t.Errorf("goBuildID of a shell script = %q, want none", got)
	}
}
