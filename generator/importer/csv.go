package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/followup-dev/followup/generator/model"
)

// A cell is one field of the file with where it starts.
type cell struct {
	text      string
	line, col int
}

// readCSV splits data into the header and the rows. It takes a UTF-8 byte
// order mark off the front and reads commas, semicolons or tabs, whichever
// the header line uses most. A file that does not parse is reported up to
// the first broken line.
func readCSV(path string, data []byte, errs *model.ErrorList) (header []cell, rows [][]cell) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		errs.Add(path, 1, 1, "the file is UTF-16 text: save it as CSV in UTF-8")
		return nil, nil
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = sniffDelimiter(data)
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				errs.Add(path, pe.Line, pe.Column, "not CSV from here on: %v", pe.Err)
			} else {
				errs.Add(path, 1, 1, "cannot read the file as CSV: %v", err)
			}
			return header, rows
		}
		row := make([]cell, len(rec))
		for i, text := range rec {
			line, col := r.FieldPos(i)
			row[i] = cell{text, line, col}
			if !utf8.ValidString(text) {
				errs.Add(path, line, col, "the text is not UTF-8: save the file as CSV in UTF-8")
				return header, rows
			}
		}
		if header == nil {
			header = row
			continue
		}
		rows = append(rows, row)
	}
	if header == nil {
		errs.Add(path, 1, 1, "the file is empty: want a header row, then one row per application")
	}
	return header, rows
}

// sniffDelimiter returns the separator the first line uses most among
// comma, semicolon and tab, counting outside quotes; comma on a tie.
func sniffDelimiter(data []byte) rune {
	counts := map[byte]int{}
	quoted := false
	for _, c := range data {
		if c == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if c == '\n' || c == '\r' {
			break
		}
		counts[c]++
	}
	best := byte(',')
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return rune(best)
}
