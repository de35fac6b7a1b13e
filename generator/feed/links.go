package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"

	"github.com/followup-dev/followup/generator/model"
)

// uidHexLen is how many hex digits of the SHA-256 a UID keeps: 128 bits.
const uidHexLen = 32

// googleAdd is Google Calendar's address for subscribing to a feed by URL.
const googleAdd = "https://calendar.google.com/calendar/r?cid="

// Links returns the three ways a page offers the feed at feedURL, an
// absolute http(s) URL: the webcal:// URL that desktop and phone calendars
// open as a subscription, the plain https:// URL to paste, and a link that
// adds the feed to Google Calendar. Google fetches the feed itself and only
// over https, so that link carries the https URL (an http one is upgraded)
// and works once the site is published over https.
func Links(feedURL string) (webcal, https, google string) {
	webcal = feedURL
	for _, scheme := range []string{"https://", "http://"} {
		if rest, ok := strings.CutPrefix(feedURL, scheme); ok {
			webcal = "webcal://" + rest
			break
		}
	}
	secure := feedURL
	if rest, ok := strings.CutPrefix(feedURL, "http://"); ok {
		secure = "https://" + rest
	}
	return webcal, feedURL, googleAdd + url.QueryEscape(secure)
}

// links makes the UIDs and URLs of a site's events.
type links struct {
	base string // absolute, ends in "/"
	host string // the site's host name, the right-hand side of every UID
}

// newLinks returns the links of a site published at baseURL.
func newLinks(baseURL string) links {
	if !strings.HasSuffix(baseURL, "/") {
		baseURL += "/"
	}
	host := "followup.invalid"
	if u, err := url.Parse(baseURL); err == nil && u.Hostname() != "" {
		host = strings.ToLower(u.Hostname())
	}
	return links{base: baseURL, host: host}
}

// uid returns the UID of the event whose key is key, such as
// "7f3c2a/confirm-receipt": a hash, so that it says nothing about the record,
// "@" the site's host. The same key always gives the same UID.
func (l links) uid(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])[:uidHexLen] + "@" + l.host
}

// application returns the URL of the page of app.
func (l links) application(app *model.Application) string {
	return l.base + model.AppDir(url.PathEscape(app.Slug))
}

// script returns the URL of the printable script of action id of app. An id
// with slashes ("thank-you/lee-park") keeps them as path segments.
func (l links) script(app *model.Application, id string) string {
	segments := strings.Split(id, "/")
	for i, s := range segments {
		segments[i] = url.PathEscape(s)
	}
	return l.application(app) + "scripts/" + strings.Join(segments, "/") + "/"
}
