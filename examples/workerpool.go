// A worker pool: three goroutines share one jobs channel, and a sync.WaitGroup tells main when all of
// them are done. Which worker takes which job varies from run to run; the results do not.
//
//	gosub run examples/workerpool.go
package main

import (
	"fmt"
	"sort"
	"sync"
)

func worker(jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := range jobs {
		results <- fmt.Sprintf("%d squared is %d", n, n*n)
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan string, 10)

	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}

	for n := 1; n <= 6; n++ {
		jobs <- n
	}
	close(jobs)

	// Close results once every worker has returned, so the range below ends.
	go func() {
		wg.Wait()
		close(results)
	}()

	var lines []string
	for line := range results {
		lines = append(lines, line)
	}
	sort.Strings(lines)
	for _, line := range lines {
		fmt.Println(line)
	}
}
