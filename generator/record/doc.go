// Package record is the one write path into application records: it adds
// an event, a contact or a skipped action to a record by splicing new lines
// into the file as its owner wrote it. The file is never re-encoded: the YAML
// library gives the positions of the existing nodes, the new text goes in
// between them in the style of the lines around it, and every byte that was
// there before stays where it was. An edit is written only when the edited
// record loads without error, and then atomically.
//
// # Saves made while an edit is written
//
// The record is its owner's file, open in an editor perhaps, and an edit
// (log, done, skip, serve's buttons) must never discard what the editor
// saved. The edit reads the record, splices its lines in, writes the
// result to a temporary file beside it and puts that file in the record's
// place. What is guaranteed depends on the system:
//
//   - On Linux, the new file and the record are exchanged in one step
//     (renameat2 with RENAME_EXCHANGE), so the file that comes out is
//     exactly what was in place at that instant, whether the editor wrote
//     into the record or renamed a new file over it. It is compared with
//     the text the edit was made on, once no process has it open for
//     writing (a read lease tells; an editor writing in place is waited
//     for a moment). If it differs, the two are exchanged back, which puts
//     the save in place again, and the edit is made anew on the saved text,
//     up to 8 times before it is refused with nothing written. If the
//     record was saved once more, onto the edit, in the moment between the
//     two exchanges, the newest save stays in place and the one before it
//     is kept beside the record under a name the error gives: no save is
//     deleted. Where leases are not allowed (a record of another user, a
//     file system without them), a process that opened the record before
//     the exchange and writes into it after the comparison is not seen. The
//     file systems that cannot exchange (some network and
//     FUSE file systems) get the fallback below.
//   - Elsewhere (macOS, the BSDs, Windows), the record is compared with
//     the text the edit was made on just before the new file is renamed
//     over it. A save that lands in the instant between the two is lost.
//
// An editor that saves from a text it read before the edit landed, and
// renames it over the record after, replaces the edit: that is the
// editor's save, and no tool writing beside it can prevent it. Editors
// that check the file's time before saving warn about it.
package record
