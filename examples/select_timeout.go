// select waits on several channels at once: here a result and a timeout, whichever comes first.
//
//	gosub run examples/select_timeout.go
package main

import (
	"fmt"
	"time"
)

func fetch(delay time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- fmt.Sprintf("answer after %v", delay)
	}()
	return ch
}

func main() {
	for _, delay := range []time.Duration{10 * time.Millisecond, 500 * time.Millisecond} {
		select {
		case answer := <-fetch(delay):
			fmt.Println(answer)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("gave up after 100ms")
		}
	}
}
