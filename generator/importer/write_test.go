package importer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"

	"github.com/followup-dev/followup/generator/internal/fault"
	"github.com/followup-dev/followup/generator/model"
)

// TestWriteNeverReplaces plants, between the preparing and the writing, a
// record under the name of the second row and a symlink under the name of
// the third, pointing out of the site. Write must fail, leave both as they
// are, write nothing through the link, and take back the first record.
func TestWriteNeverReplaces(t *testing.T) {
	dir := newSite(t)
	data := []byte("Company,Role,Date Applied\nAcme,One,2026-01-02\nAcme,Two,2026-01-03\nAcme,Three,2026-01-04\n")
	res, err := Prepare(Options{Source: dir, File: "x.csv", Today: model.NewDate(2026, 1, 31)}, data)
	if err != nil || len(res.Problems) > 0 || len(res.Records) != 3 {
		t.Fatalf("prepare: %v %v %d records", err, res.Problems, len(res.Records))
	}
	apps := filepath.Join(dir, "content", "applications")
	planted := filepath.Join(apps, "acme-two.yaml")
	if err := os.WriteFile(planted, []byte("company: Mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "outside.yaml")
	if err := os.Symlink(outside, filepath.Join(apps, "acme-three.yaml")); err != nil {
		t.Fatal(err)
	}
	err = res.Write(dir)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("Write = %v, want an error wrapping fs.ErrExist", err)
	}
	if b, _ := os.ReadFile(planted); string(b) != "company: Mine\n" {
		t.Errorf("the planted record now reads %q", b)
	}
	if _, err := os.Stat(filepath.Join(apps, "acme-one.yaml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("acme-one.yaml is left behind: %v", err)
	}
	if _, err := os.Lstat(outside); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a file was written through the symlink: %v", err)
	}
}

// TestPrepareAvoidsTakenNames gives a row whose name a file of any kind
// already has, whatever its extension, the next free name.
func TestPrepareAvoidsTakenNames(t *testing.T) {
	dir := newSite(t)
	apps := filepath.Join(dir, "content", "applications")
	if err := os.WriteFile(filepath.Join(apps, "acme-one.yaml~"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(apps, "acme-one-2.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Prepare(Options{Source: dir, File: "x.csv"}, []byte("Company,Role,Applied\nAcme,One,2026-01-02\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 1 || res.Records[0].Slug != "acme-one-3" {
		t.Fatalf("records %+v, want one named acme-one-3", res.Records)
	}
}

// TestPrepareRefusesLinkedDirectory: content/applications/ as a symlink
// out of the site is refused before anything is written through it.
func TestPrepareRefusesLinkedDirectory(t *testing.T) {
	dir := newSite(t)
	apps := filepath.Join(dir, "content", "applications")
	outside := t.TempDir()
	if err := os.RemoveAll(apps); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, apps); err != nil {
		t.Fatal(err)
	}
	if _, err := Prepare(Options{Source: dir, File: "x.csv"}, []byte("Company,Role,Applied\nAcme,One,2026-01-02\n")); err == nil {
		t.Fatal("Prepare took a site whose records directory leads out of it")
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 0 {
		t.Errorf("%d files written outside the site", len(entries))
	}
}

// TestWriteDiskFull fills the disk as the second record is written: the
// import fails, leaves no empty record and takes back the first.
func TestWriteDiskFull(t *testing.T) {
	dir := newSite(t)
	data := []byte("Company,Role,Date Applied\nAcme,One,2026-01-02\nAcme,Two,2026-01-03\n")
	res, err := Prepare(Options{Source: dir, File: "x.csv", Today: model.NewDate(2026, 1, 31)}, data)
	if err != nil || len(res.Problems) > 0 || len(res.Records) != 2 {
		t.Fatalf("prepare: %v %v %d records", err, res.Problems, len(res.Records))
	}
	files := 0
	defer fault.Set(func(point string) error {
		if point == "new-file" {
			if files++; files == 2 {
				return syscall.ENOSPC
			}
		}
		return nil
	})()
	if err := res.Write(dir); !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Write = %v, want no space left on device", err)
	}
	left, _ := os.ReadDir(filepath.Join(dir, "content", "applications"))
	if len(left) != 1 || left[0].Name() != "globex-data-engineer.yaml" {
		t.Errorf("content/applications holds %v, want the site's one record", left)
	}
}

// TestSameSlugOtherCompany imports companies whose names make one slug:
// "C Shop" and "C++ Shop" are two applications, the second named c-shop-dev-2;
// "c shop." is the first one again, written otherwise, and is skipped.
func TestSameSlugOtherCompany(t *testing.T) {
	res, err := Prepare(Options{Source: newSite(t), File: "x.csv", Today: model.NewDate(2026, 1, 31)},
		[]byte("Company,Role,Date Applied\nC Shop,Dev,2026-01-02\nC++ Shop,Dev,2026-01-03\nc shop.,DEV,2026-01-04\n"))
	if err != nil || len(res.Problems) > 0 {
		t.Fatalf("prepare: %v %v", err, res.Problems)
	}
	var got []string
	for _, r := range res.Records {
		got = append(got, r.Slug+" "+r.Company)
	}
	if want := []string{"c-shop-dev C Shop", "c-shop-dev-2 C++ Shop"}; !slices.Equal(got, want) {
		t.Errorf("records %q, want %q", got, want)
	}
	if want := []Skipped{{Line: 4, Company: "c shop.", Role: "DEV", Existing: "x.csv:2"}}; !slices.Equal(res.Skipped, want) {
		t.Errorf("skipped %+v, want %+v", res.Skipped, want)
	}
}
