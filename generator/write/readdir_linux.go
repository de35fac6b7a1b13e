package write

import (
	"encoding/binary"
	"io/fs"
	"path/filepath"
	"sync"

	"golang.org/x/sys/unix"
)

// dirHandle is an open directory of the walk of the destination, which
// reads thousands of them: each is opened relative to its parent, and read
// with no system calls but getdents, where os.File also sets up polling.
type dirHandle struct {
	fd   int
	path string // for errors
}

const dirFlags = unix.O_RDONLY | unix.O_DIRECTORY | unix.O_NOFOLLOW | unix.O_CLOEXEC

// openDir opens the directory p, which must not be a symbolic link.
func openDir(p string) (dirHandle, error) {
	fd, err := unix.Open(p, dirFlags, 0)
	if err != nil {
		return dirHandle{}, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	return dirHandle{fd, p}, nil
}

// open opens the directory name inside h, which must not be a symbolic
// link.
func (h dirHandle) open(name string) (dirHandle, error) {
	p := filepath.Join(h.path, name)
	fd, err := unix.Openat(h.fd, name, dirFlags, 0)
	if err != nil {
		return dirHandle{}, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	return dirHandle{fd, p}, nil
}

func (h dirHandle) close() { unix.Close(h.fd) }

// read returns the entries of the directory, with the type of each as the
// directory tells it.
func (h dirHandle) read() ([]dirEntry, error) {
	fd, p := h.fd, h.path
	var out []dirEntry
	bp := direntBufs.Get().(*[]byte)
	defer direntBufs.Put(bp)
	buf := *bp
	for {
		n, err := unix.Getdents(fd, buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "getdents", Path: p, Err: err}
		}
		if n <= 0 {
			return out, nil
		}

		// Each record is a struct linux_dirent64: inode (8 bytes),
		// offset (8), record length (2), type (1), then the name,
		// ended by a NUL.
		for off := 0; off+19 < n; {
			reclen := int(binary.NativeEndian.Uint16(buf[off+16:]))
			if reclen == 0 || off+reclen > n {
				return nil, &fs.PathError{Op: "getdents", Path: p, Err: unix.EIO}
			}
			typ, name := buf[off+18], buf[off+19:off+reclen]
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			off += reclen
			if string(name) == "." || string(name) == ".." {
				continue
			}
			e := dirEntry{name: string(name)}
			switch typ {
			case unix.DT_DIR:
				e.mode = fs.ModeDir
			case unix.DT_REG:
			case unix.DT_UNKNOWN:
				// Some file systems do not tell: ask, without
				// following a link.
				var st unix.Stat_t
				if err := unix.Fstatat(fd, e.name, &st, unix.AT_SYMLINK_NOFOLLOW); err != nil {
					return nil, &fs.PathError{Op: "fstatat", Path: p, Err: err}
				}
				switch st.Mode & unix.S_IFMT {
				case unix.S_IFDIR:
					e.mode = fs.ModeDir
				case unix.S_IFREG:
				default:
					e.mode = fs.ModeIrregular
				}
			default:
				e.mode = fs.ModeIrregular
			}
			out = append(out, e)
		}
	}
}

// direntBufs holds the buffers readDir reads directories into.
var direntBufs = sync.Pool{New: func() any { b := make([]byte, 16<<10); return &b }}

// stamp returns the directory's stamp, taken on the open directory.
func (h dirHandle) stamp() (dirStamp, bool) {
	var st unix.Stat_t
	if unix.Fstat(h.fd, &st) != nil || st.Mode&unix.S_IFMT != unix.S_IFDIR {
		return dirStamp{}, false
	}
	return dirStamp{dev: st.Dev, ino: st.Ino, ctime: st.Ctim.Nano()}, true
}

// stampAt returns the stamp of the directory p, false when p is not a
// directory or is a symbolic link.
func stampAt(p string) (dirStamp, bool) {
	var st unix.Stat_t
	if unix.Lstat(p, &st) != nil || st.Mode&unix.S_IFMT != unix.S_IFDIR {
		return dirStamp{}, false
	}
	return dirStamp{dev: st.Dev, ino: st.Ino, ctime: st.Ctim.Nano()}, true
}
