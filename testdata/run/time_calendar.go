package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1.5h", "-2m3.25s", "300ms", "1µs", "1us", "7ns", "0", "", "+5s", "1", ".5s", "1.s", "x", "9223372036854775807ns", "9223372036854775808ns", "2562047h47m16.854775808s", "1.0000000000000000001s", "3\x01s", "5é"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	for _, d := range []time.Duration{1, 1234, 1234567, -1 << 63, 59 * time.Minute, 61 * time.Minute, 100 * time.Hour} {
		fmt.Println(d, d.Round(7*time.Millisecond), d.Truncate(time.Second), d.Hours(), d.Minutes(), d.Seconds(), d.Microseconds(), d.Abs())
	}
	for _, t := range []time.Time{
		time.Date(2024, 2, 29, 13, 4, 5, 123456789, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(2000, 14, 35, 25, 61, 61, -1, time.UTC),
		time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		{},
		time.Date(2023, 7, 4, 0, 30, 0, 5000, time.FixedZone("EST", -5*3600)),
		time.Date(2023, 7, 4, 12, 30, 0, 5000, time.FixedZone("", 5*3600+1800)),
	} {
		fmt.Println(t, t.IsZero(), t.Weekday(), t.YearDay(), t.Unix(), t.Nanosecond())
		for _, l := range []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.Layout, "pm PM 3 03 15 _2 __2 002 .000 ,999 .9 -07 Z07 -07:00:00 Z070000 06 _2006 January Monday 2006-01-02.0000000000"} {
			fmt.Println(t.Format(l))
		}
		fmt.Println(t.AddDate(0, 1, 1), t.Add(-90*time.Minute), t.Truncate(time.Hour), t.Round(24*time.Hour), t.UTC())
		fmt.Printf("%v %s %d\n", t.Month(), t.Month(), t.Month())
	}
	a := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(b), b.Sub(a), a.Compare(b), time.Unix(1700000000, 5).UTC(), time.UnixMilli(-1).UTC())
	fmt.Println(time.Month(13), time.Weekday(-1))
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	e := time.Since(start)
	fmt.Println(e >= 20*time.Millisecond, e < 2*time.Second, time.Until(start) < 0)
}
