package seal

import (
	"crypto/sha512"
	"encoding/base64"
	"strings"
)

// The pages of an encrypted build are authenticated, but the script and
// the style sheet they load are files in clear, which anyone who can
// change the published site could change to read the opened page, or the
// key the browser keeps. So each opened page pins them with Subresource
// Integrity (the W3C recommendation): the reference carries the SHA-384 of
// the file's bytes, and the browser refuses a file that does not hash to
// it. The hash is inside the sealed page, where no one can change it
// without the page being refused as damaged. The unlock page pins
// unlock.js the same way, though the unlock page itself is in clear: see
// the README for what that leaves.

// pinnedAssets are the files of a build that its pages load.
var pinnedAssets = []string{"assets/followup.js", "assets/style.css"}

// integrity returns the Subresource Integrity metadata of data:
// "sha384-" and the base64 of its SHA-384.
func integrity(data []byte) string {
	sum := sha512.Sum384(data)
	return "sha384-" + base64.StdEncoding.EncodeToString(sum[:])
}

// pinner returns what gives every reference of a page to one of the files
// (by path below the site's root, in files), written as the renderer
// writes it ("/job-hunt/assets/followup.js" in quotes, base being the
// base URL's path), its integrity attribute.
func pinner(base string, files map[string][]byte, names ...string) *strings.Replacer {
	var pairs []string
	for _, name := range names {
		data, ok := files[name]
		if !ok {
			continue
		}
		ref := `"` + base + name + `"`
		pairs = append(pairs, ref, ref+` integrity="`+integrity(data)+`"`)
	}
	return strings.NewReplacer(pairs...)
}
