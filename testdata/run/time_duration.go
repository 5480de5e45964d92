package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 1500 * time.Millisecond, 90 * time.Second,
		2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -3 * time.Second, time.Duration(1<<63 - 1)}
	for _, d := range ds {
		fmt.Println(d, d.String(), int64(d))
	}
	d := 3*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), (90 * time.Second).Round(time.Minute))
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err)
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	fmt.Printf("%v %d %T\n", 2*time.Second, 2*time.Second, time.Second)
	t := time.Date(2024, time.February, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05 Mon Jan"), t.Weekday(), t.YearDay())
	fmt.Println(t.Add(24 * time.Hour).Format(time.RFC3339))
	fmt.Println(t.AddDate(1, 0, 0).Format("Jan 2, 2006"))
	u := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	fmt.Println(u.Sub(t), u.After(t), t.Equal(t))
	fmt.Println(time.Unix(0, 0).UTC())
}
