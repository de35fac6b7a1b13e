// Package seal encrypts a rendered site so that it can be published where
// anyone can fetch it and still be read only by its owner. It is a stage of
// its own, applied to the files of a private build before they are written:
// it encrypts every page, replaces every path segment that comes from a
// record by an opaque id, and moves the calendar feeds to secret addresses.
//
// # The envelope, version 2
//
// Keys. The passphrase P comes from the environment (FOLLOWUP_PASSPHRASE);
// the salt S is 16 random bytes made once per site and kept in its settings
// (publish.salt, 32 hex digits), so that a rebuild derives the same keys:
//
//	M       = PBKDF2-HMAC-SHA256(P as UTF-8, S, 600000 iterations, 32 bytes)
//	K_enc   = HKDF-SHA256(M, salt empty, info "followup v2 encryption", 32 bytes)
//	K_nonce = HKDF-SHA256(M, salt empty, info "followup v2 nonce", 32 bytes)
//	KC      = HKDF-SHA256(M, salt empty, info "followup v2 check", 16 bytes)
//	K_id    = HKDF-SHA256(M, salt empty, info "followup v1 id", 32 bytes)
//	K_feed  = HKDF-SHA256(M, salt empty, info "followup v1 feed " || V, 32 bytes)
//
// where V is publish.feed_secret_version written in decimal (0 by default).
// Raising V moves every feed to a new address and leaves the other keys,
// the pages and their addresses as they were. Each info names the version
// that brought the key in: K_id and K_feed, which make addresses, are
// those of version 1, so that no address moved with version 2; the page
// keys are new, so that no nonce of a version 1 envelope is ever used
// again under the same key with other additional data.
//
// Sealing. A file of content C published at the slash path p (relative to
// the site's root, such as "index.html" or
// "applications/0123456789abcdef/index.html") of type T ("html" for a
// page, "text" for a plain-text script) is sealed as
//
//	A  = "followup v2" || 0x00 || T || 0x00 || p
//	N  = first 12 bytes of HMAC-SHA256(K_nonce, uint64be(len(A)) || A || C)
//	CT = AES-256-GCM-Seal(K_enc, N, C, additional data A)
//
// and published at p as an unlock page that holds, in a
// <script type="application/json" id="followup-sealed"> element, the JSON
// object {"v":2,"kdf":"pbkdf2-sha256","iter":600000,"salt":S,"check":KC,
// "path":p,"nonce":N,"type":T,"ct":CT}, the byte strings in standard
// base64 with padding.
//
// Opening. The browser derives K_enc and KC from the passphrase once and
// keeps them (never P: see unlock.js for where). A page found at the
// address q (its path below the site's root, "index.html" for a directory)
// opens only when its path p is q, or is "404.html", the page the host
// serves wherever no file is; any other is a page sealed for another
// address, copied or moved to this one, and is not opened. Then GCM opens
// CT with the additional data made from the envelope's own T and p: the
// type and the address are authenticated with the content, so one page's
// envelope relabelled with another's address does not open either. When
// GCM's tag check fails, the check value tells why: the envelope's KC is
// not the passphrase's (a wrong passphrase, or a saved key of a passphrase
// since changed), or it is, and the envelope was changed after it was
// sealed: the page is damaged. KC tells no more about P than CT does,
// since a guess of P can be tried against either at the cost of PBKDF2.
// An envelope whose KC and another part were both changed reads as a
// wrong passphrase; one whose KC alone was changed still opens.
//
// Addresses. A record's slug s becomes hex(first 8 bytes of
// HMAC-SHA256(K_id, "app" || 0x00 || s)), and the script of action a of
// that record hex(first 8 bytes of HMAC-SHA256(K_id, "action" || 0x00 || s
// || 0x00 || a)). A feed named f ("site", or "app" || 0x00 || s) is written
// at calendars/hex(first 16 bytes of HMAC-SHA256(K_feed, f)).ics: 128 bits
// that nobody without the passphrase can guess.
//
// # The feeds
//
// Calendars sync to third parties, so a feed carries what a published
// build's feed carries, no more: no email, phone, salary or notes. The
// site's feed is the published build's, which leaves out every record
// marked private: true. Such a record's page, in the encrypted build,
// offers its own feed all the same, and that feed is written: it is the
// feed a published build would write for the record were it not marked,
// at the record's secret address. Links in a feed are rewritten like those
// of the pages; since a fold may split a link and a rewritten link is
// longer, each content line is unfolded, rewritten and folded again with
// the feed package's Fold (CRLF, 75 octets, whole characters).
//
// # Why no nonce repeats for two different plaintexts
//
// The nonce is a pseudorandom function (HMAC-SHA256 under a key used for
// nothing else) of the pair (A, C), and the length prefix makes the
// encoding of the pair injective: two different pairs are two different
// HMAC inputs. The same pair gives the same nonce and so the same
// envelope, which is what keeps rebuilds byte-identical and reveals only
// that a page did not change. Two different pairs share a nonce only when
// 96-bit truncations of HMAC outputs collide. Over the whole life of a
// passphrase and salt, even 2^32 distinct sealed files (a rebuild of a
// thousand pages every minute for eight years) collide with probability
// below 2^64/2^97 = 2^-33. The nonce does not need to be secret or
// unpredictable for GCM, only unique per key, and K_nonce is never used
// to encrypt. Changing the passphrase changes M and so every key.
//
// # What stays in clear
//
// The unlock page (the same for every file but its envelope), unlock.js,
// the site's CSS and JS, robots.txt and .nojekyll. Each opened page
// references the CSS and JS with their SHA-384 (Subresource Integrity,
// see sri.go), and the unlock page unlock.js, so a changed copy is not
// run. What else is known: the number of files, their sizes to within the
// base64 expansion, the advice pages' file names (which are the
// playbook's, not a record's) and the base URL.
package seal
