package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "out 1")
	fmt.Fprintln(os.Stderr, "err 1")
	fmt.Fprintf(os.Stderr, "err %d %s\n", 2, "two")
	fmt.Fprint(os.Stdout, "out", 2, "\n")
	n, err := fmt.Fprintln(os.Stdout, "count me")
	fmt.Println(n, err)
	os.Stdout.WriteString("direct write\n")
	os.Stderr.Write([]byte("raw stderr\n"))
	fmt.Println(os.Getenv("GOSUB_SURELY_UNSET_VAR") == "")
	_, ok := os.LookupEnv("GOSUB_SURELY_UNSET_VAR")
	fmt.Println(ok)
}
