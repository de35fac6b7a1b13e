package inbox

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // ISO-8859-1, Windows-1252 and the other common charsets
	"github.com/emersion/go-message/mail"
	"golang.org/x/net/html"
)

// Message is what inbox reads of one e-mail.
type Message struct {
	Where    string // the file, and the message's number in an mbox
	From     string // the sender's address, lower case
	Name     string // the sender's name
	Subject  string
	Date     time.Time
	Bulk     string // why it is a newsletter: the header that says so; "" if none
	Text     string // the plain-text body
	Calendar []byte // a text/calendar part, if any
	// Unreadable says why the message could not be read; it is listed,
	// and the messages after it are read all the same.
	Unreadable string
}

// ReadFile reads the messages of an .eml file (one message) or an mbox
// file (several, each after a "From " line). An mbox is read a message at
// a time, so that an export of several gigabytes is never held whole: what
// stays of each message is what inbox reads of it.
func ReadFile(path string) ([]*Message, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	if head, _ := br.Peek(len("From ")); string(head) != "From " {
		data, err := io.ReadAll(br)
		if err != nil {
			return nil, err
		}
		return []*Message{readOne(data, path)}, nil
	}
	var out []*Message
	err = eachMboxMessage(br, func(raw []byte) {
		out = append(out, readOne(raw, fmt.Sprintf("%s #%d", path, len(out)+1)))
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// readOne reads the message raw found at where; one that cannot be read
// says why.
func readOne(raw []byte, where string) *Message {
	m, err := readMessage(bytes.NewReader(raw))
	if m == nil {
		m = &Message{}
	}
	if err != nil { // what of it was read, its headers say, stays
		m.Unreadable = err.Error()
	}
	m.Where = where
	return m
}

// eachMboxMessage calls fn with each message of an mbox file (RFC 4155)
// in turn: each starts with a line "From " at the start of the file or
// after an empty line, and lines of the body quoted as ">From " (mboxrd:
// any number of '>') lose one '>'. Lines end in CRLF, as RFC 5322 has
// them. raw is only good until fn returns.
func eachMboxMessage(r *bufio.Reader, fn func(raw []byte)) error {
	var cur bytes.Buffer
	started, blank := false, true
	for {
		line, err := r.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return err
		}
		if len(line) > 0 {
			line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
			switch {
			case blank && bytes.HasPrefix(line, []byte("From ")):
				if started {
					fn(cur.Bytes())
					cur.Reset()
				}
				started = true
			case started:
				if q := bytes.TrimLeft(line, ">"); len(q) < len(line) && bytes.HasPrefix(q, []byte("From ")) {
					line = line[1:]
				}
				cur.Write(line)
				cur.WriteString("\r\n")
			}
			blank = len(line) == 0
		}
		if err == io.EOF {
			break
		}
	}
	if started {
		fn(cur.Bytes())
	}
	return nil
}

// maxText is as much of a body as inbox reads: its phrases come early, and
// what is kept of every message of a large export adds up.
const maxText = 256 << 10

// readMessage reads one RFC 5322 message with go-message: its headers
// (encoded words decoded), its first text/plain part and its first
// text/calendar part, each decoded from its transfer encoding.
func readMessage(r io.Reader) (*Message, error) {
	e, err := message.Read(r)
	if err != nil && !message.IsUnknownCharset(err) {
		return nil, err
	}
	h := mail.Header{Header: e.Header}
	m := &Message{}
	if addrs, err := h.AddressList("From"); err == nil && len(addrs) > 0 {
		m.From, m.Name = strings.ToLower(addrs[0].Address), addrs[0].Name
	}
	m.Subject, _ = h.Subject()
	m.Date, _ = h.Date()
	switch prec := strings.ToLower(strings.TrimSpace(h.Get("Precedence"))); {
	case h.Get("List-Unsubscribe") != "":
		m.Bulk = "a List-Unsubscribe header"
	case h.Get("List-Id") != "":
		m.Bulk = "a List-Id header"
	case prec == "bulk" || prec == "list" || prec == "junk":
		m.Bulk = "Precedence: " + prec
	}
	err = e.Walk(func(_ []int, part *message.Entity, err error) error {
		if err != nil {
			return nil // a part that cannot be read is passed over
		}
		typ, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if typ == "" {
			typ = "text/plain"
		}
		switch {
		case typ == "text/plain" && m.Text == "":
			b, _ := io.ReadAll(io.LimitReader(part.Body, maxText))
			m.Text = string(b)
		case (typ == "text/calendar" || typ == "application/ics") && m.Calendar == nil:
			cal, _ := io.ReadAll(io.LimitReader(part.Body, 1<<20))
			m.Calendar = bytes.ReplaceAll(cal, []byte("\r\n"), []byte("\n")) // one kind of line end, whatever the message's
		case typ == "text/html" && m.Text == "":
			b, _ := io.ReadAll(io.LimitReader(part.Body, maxText))
			m.Text = htmlText(string(b))
		}
		return nil
	})
	return m, err
}

// htmlText returns the text of an HTML body, for a message without a
// text/plain part.
func htmlText(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	quoted := 0 // inside a <blockquote>: the message quoted
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			if name, _ := z.TagName(); string(name) == "blockquote" {
				quoted++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "blockquote" && quoted > 0 {
				quoted--
			}
		case html.TextToken:
			if quoted == 0 {
				b.Write(z.Text())
				b.WriteByte(' ')
			}
		}
	}
}

// quoteStart starts what a reply quotes of the message it answers: "On
// Tue, 3 Nov 2026, Jordan Lee wrote:", Outlook's "-----Original
// Message-----" or its "From: … Sent: …" block.
var quoteStart = regexp.MustCompile(`(?m)^\s*(On .{1,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|From:\s.*\n\s*(Sent|Date):\s)`)

// ownWords returns the text a message's sender wrote: without the lines
// quoted with ">" and without what follows the start of a quoted message.
func ownWords(text string) string {
	if loc := quoteStart.FindStringIndex(text); loc != nil {
		text = text[:loc[0]]
	}
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for _, l := range lines {
		if !strings.HasPrefix(strings.TrimLeft(l, " \t"), ">") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
