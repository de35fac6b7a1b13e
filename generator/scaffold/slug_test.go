package scaffold

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/followup-dev/followup/generator/model"
)

// TestSlugAnyScript: names in any script make a file name. The expected
// slugs are worked out from gosimple/slug's rules: "&" and "@" become
// words in English, then unidecode's table transliterates each character
// (CJK as Mandarin pinyin, "株" → "Zhu ", kana as romaji, "サ" → "sa", the
// long vowel mark "ー" → nothing; Cyrillic "Я" → "Ia", "ч" → "ch"; Arabic
// "ش" → "sh", "ط" → "T", "و" → "w", "ة" → "@", which is then no letter),
// the result is lowercased, every other character becomes a hyphen, and
// runs of hyphens become one.
func TestSlugAnyScript(t *testing.T) {
	cases := []struct{ company, role, want string }{
		{"株式会社サンプル", "データアナリスト", "zhu-shi-hui-she-sanpuru-detaanarisuto"},
		{"Яндекс", "Разработчик", "iandeks-razrabotchik"},
		{"شركة", "مطور", "shrk-mtwr"},
		{"Zoë Müller GmbH", "Entwicklerin", "zoe-muller-gmbh-entwicklerin"}, // Latin only: accents folded as before
		{"Acme & Co", "QA", "acme-co-qa"},
	}
	for _, tc := range cases {
		if got := Slug(tc.company, tc.role); got != tc.want || !model.ValidSlug(got) {
			t.Errorf("Slug(%q, %q) = %q, want %q", tc.company, tc.role, got, tc.want)
		}
	}
}

// TestNewRecordSlug: new writes the record under the slug made from the
// names, or the one asked for; a slug that is no file name is refused.
func TestNewRecordSlug(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "site.yaml"), []byte("title: T\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	today := model.NewDate(2026, 12, 7)
	p, err := NewRecord(dir, today, "株式会社サンプル", "データアナリスト", "")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.ToSlash(dir) + "/content/applications/zhu-shi-hui-she-sanpuru-detaanarisuto.yaml"; p != want {
		t.Errorf("path %s, want %s", p, want)
	}
	if p, err = NewRecord(dir, today, "Яндекс", "Разработчик", "yandex-dev"); err != nil || filepath.Base(p) != "yandex-dev.yaml" {
		t.Errorf("-slug yandex-dev: %s, %v", p, err)
	}
	if _, err := NewRecord(dir, today, "شركة", "مطور", "Not A Slug"); err == nil {
		t.Error("a -slug with spaces and capitals was accepted")
	}
}
