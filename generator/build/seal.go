package build

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/followup-dev/followup/generator/load"
	"github.com/followup-dev/followup/generator/model"
	"github.com/followup-dev/followup/generator/seal"
	"github.com/followup-dev/followup/generator/write"
)

// PassphraseVar is the environment variable that holds the passphrase of
// an encrypted build. It is never read from a file of the site.
const PassphraseVar = "FOLLOWUP_PASSPHRASE"

// ErrNoPassphrase is returned by an encrypted build without a passphrase.
var ErrNoPassphrase = errors.New("encryption is on (publish.encrypt in content/site.yaml, or -encrypt) but " +
	PassphraseVar + " is not set: set it to the site's passphrase (in GitHub Actions, a repository secret " +
	"of that name); nothing was written")

// Sealed renders an encrypted build in memory: the files Build writes for
// it, and how their paths map those of a private build. site may be nil,
// then it is loaded from opts.Source.
func Sealed(site *model.Site, opts Options) (map[string][]byte, *seal.Map, *model.Site, error) {
	if opts.Passphrase == "" {
		return nil, nil, nil, ErrNoPassphrase
	}
	if site == nil {
		var err error
		if site, err = load.SiteContext(opts.ctx(), opts.Source); err != nil {
			return nil, nil, nil, err
		}
	}
	pub := site.Settings.Publish
	if pub.Salt == nil {
		return nil, nil, nil, fmt.Errorf("seal: content/site.yaml has no publish.salt, which an encrypted build needs: add salt: %s under publish", load.NewSalt())
	}
	keys, err := seal.DeriveKeys(opts.Passphrase, pub.Salt, seal.Iterations, pub.FeedSecretVersion)
	if err != nil {
		return nil, nil, nil, err
	}
	priv := opts
	priv.Private = true
	pages, err := RenderSite(site, priv)
	if err != nil {
		return nil, nil, nil, err
	}
	// The feeds come from a published build of the same site: calendars
	// sync to third parties, so they carry no private field.
	public := *site
	public.Settings.Publish.Private = false
	open := opts
	open.Private = false
	feeds, err := RenderSite(&public, open)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := addHiddenFeeds(feeds.Files, site, open); err != nil {
		return nil, nil, nil, err
	}
	files, m, err := seal.Site(keys, pages.Files, feeds.Files, pages.Site.Settings.BaseURL)
	if err != nil {
		return nil, nil, nil, err
	}
	return files, m, pages.Site, nil
}

// addHiddenFeeds adds to feeds, the files of a published build of site,
// the feed of each record marked private: true, which the encrypted pages
// offer and a published build leaves out. Each is the feed a published
// build would write for the record were it not marked, so that it carries
// no private field; the site's feed stays without them, as published.
func addHiddenFeeds(feeds map[string][]byte, site *model.Site, opts Options) error {
	hidden := *site
	hidden.Settings.Publish.Private = false
	hidden.Applications = nil
	for _, a := range site.Applications {
		if a.Private {
			shown := *a
			shown.Private = false
			hidden.Applications = append(hidden.Applications, &shown)
		}
	}
	if len(hidden.Applications) == 0 {
		return nil
	}
	res, err := RenderSite(&hidden, opts)
	if err != nil {
		return err
	}
	for _, a := range hidden.Applications {
		name := model.AppFeed(a.Slug)
		data, ok := res.Files[name]
		if !ok {
			return fmt.Errorf("seal: a published build of %s writes no %s", a.Path, name)
		}
		feeds[name] = data
	}
	return nil
}

// buildSealed writes an encrypted build. Nothing is written when the
// passphrase is missing or a stage fails. It always renders the whole
// site, and the next build does not count on its inputs: the passphrase
// is not one of them.
func buildSealed(d *write.Dest, site *model.Site, opts Options) (*Result, error) {
	files, _, site, err := Sealed(site, opts)
	if err != nil {
		return nil, err
	}
	tx, err := d.Begin()
	if err != nil {
		return nil, err
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := tx.Put(name, files[name]); err != nil {
			tx.Abort()
			return nil, err
		}
	}
	forget(d)
	st, err := tx.Commit()
	if err != nil {
		return nil, err
	}
	return &Result{Site: site, Stats: st, Sealed: true}, nil
}
