package main

import (
	"strings"
	"testing"
)

// TestNewAnyScript: new makes a file name from names in Japanese, Cyrillic
// and Arabic (see scaffold.TestSlugAnyScript for how each is worked out),
// and -slug chooses one.
func TestNewAnyScript(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": minimalSettings})
	cases := []struct{ args []string }{
		{[]string{"株式会社サンプル", "データアナリスト"}},
		{[]string{"Яндекс", "Разработчик"}},
		{[]string{"شركة", "مطور"}},
		{[]string{"-slug", "sample-analyst", "株式会社サンプル", "データアナリスト"}},
	}
	want := []string{"zhu-shi-hui-she-sanpuru-detaanarisuto.yaml", "iandeks-razrabotchik.yaml", "shrk-mtwr.yaml", "sample-analyst.yaml"}
	for i, tc := range cases {
		code, stdout, stderr := runCmd(t, nil, append([]string{"new", "-source", dir}, tc.args...)...)
		if code != 0 || !strings.HasSuffix(strings.TrimSpace(stdout), "/content/applications/"+want[i]) {
			t.Errorf("new %q: code %d, %q %q; want %s", tc.args, code, stdout, stderr, want[i])
		}
	}
	if code, _, _ := runCmd(t, nil, "new", "-source", dir, "-slug", "Not a slug", "A", "B"); code != 2 {
		t.Errorf("-slug \"Not a slug\": code %d, want 2", code)
	}
}
