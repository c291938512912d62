package gdelt

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// MaxLineBytes caps one line of an export: a row is a few hundred bytes,
// so a longer line is not a GDELT row and is reported, not read whole.
const MaxLineBytes = 1 << 20

// ErrLineTooLong is passed to Scan's function for a line over MaxLineBytes.
var ErrLineTooLong = fmt.Errorf("the line is longer than %d bytes", MaxLineBytes)

// Line is one line of an export file: its number, counted from 1, and its
// tab-separated fields. Err is set instead of Fields for a line that
// could not be read whole.
type Line struct {
	Number int
	Fields []string
	Err    error
}

// Scan reads an export file line by line, plain or zipped (GDELT
// distributes each export as a zip archive holding one CSV file), and
// calls fn with each line that is not blank. Only one line is held at a
// time. A header line (its first field GLOBALEVENTID) is passed over. An
// error of fn stops the scan and is returned; so is a file that cannot be
// read.
func Scan(path string, fn func(Line) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var magic [4]byte
	n, _ := io.ReadFull(f, magic[:])
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if n == 4 && bytes.Equal(magic[:], []byte("PK\x03\x04")) {
		return scanZip(path, fn)
	}
	return scanLines(f, fn)
}

// scanZip scans the one file a GDELT zip archive holds.
func scanZip(path string, fn func(Line) error) error {
	z, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("not a readable zip archive: %w", err)
	}
	defer z.Close()
	var members []*zip.File
	for _, m := range z.File {
		if !m.FileInfo().IsDir() {
			members = append(members, m)
		}
	}
	if len(members) != 1 {
		names := make([]string, len(members))
		for i, m := range members {
			names[i] = m.Name
		}
		return fmt.Errorf("a GDELT zip archive holds one export file; this one holds %d (%s)", len(members), strings.Join(names, ", "))
	}
	r, err := members[0].Open()
	if err != nil {
		return fmt.Errorf("zip member %s: %w", members[0].Name, err)
	}
	defer r.Close()
	if err := scanLines(r, fn); err != nil {
		return fmt.Errorf("zip member %s: %w", members[0].Name, err)
	}
	return nil
}

func scanLines(r io.Reader, fn func(Line) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for number := 1; ; number++ {
		buf = buf[:0]
		long := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !long {
				if len(buf)+len(chunk) > MaxLineBytes {
					long, buf = true, buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		end := errors.Is(err, io.EOF)
		switch {
		case long:
			if ferr := fn(Line{Number: number, Err: ErrLineTooLong}); ferr != nil {
				return ferr
			}
		default:
			text := strings.TrimRight(string(buf), "\r\n")
			if strings.TrimSpace(text) == "" {
				break
			}
			fields := strings.Split(text, "\t")
			if number == 1 && strings.EqualFold(strings.TrimSpace(fields[0]), "GLOBALEVENTID") {
				break
			}
			if ferr := fn(Line{Number: number, Fields: fields}); ferr != nil {
				return ferr
			}
		}
		if end {
			return nil
		}
	}
}
