// Command goparser-bench measures go/parser's throughput, to put beside `gosub parse --stats`.
//
// It walks each root the way gosub's parse command does (skipping directories named testdata or starting
// with '.', and files starting with '.'; not following symbolic links to directories, sorted), then reads and parses every .go
// file in turn on one goroutine with parser.ParseComments, and prints one line in gosub's shape:
//
//	files: N  bytes: N  seconds: S  MB/s: X  failed: F
//
// Reading and parsing are both timed, as gosub times them; the directory walk is not.
package main

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func skipped(name string) bool {
	return strings.HasPrefix(name, ".")
}

// collect returns the .go files under root, sorted within each directory.
func collect(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || skipped(name)) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || skipped(name) {
			return nil
		}
		// A symbolic link to a file counts, as in gosub; WalkDir never descends into linked directories.
		if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func main() {
	roots := os.Args[1:]
	if len(roots) == 0 {
		fmt.Fprintln(os.Stderr, "usage: goparser-bench DIR...")
		os.Exit(2)
	}
	var files []string
	for _, root := range roots {
		found, err := collect(root)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		files = append(files, found...)
	}

	fset := token.NewFileSet()
	bytes, failed := 0, 0
	start := time.Now()
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			failed++
			continue
		}
		bytes += len(src)
		if _, err := parser.ParseFile(fset, path, src, parser.ParseComments); err != nil {
			failed++
		}
	}
	seconds := time.Since(start).Seconds()
	fmt.Printf("files: %d  bytes: %d  seconds: %.3f  MB/s: %.1f  failed: %d\n",
		len(files), bytes, seconds, float64(bytes)/1e6/max(seconds, 1e-9), failed)
}
