package time

// A Month specifies a month of the year (January = 1, ...).
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// A Location maps time instants to the zone in use at that time. gosub knows only fixed zones.
type Location struct {
	name   string
	zone   string
	offset int // seconds east of UTC
}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC", zone: "UTC"}

// Local represents the system's local time zone. gosub does not read the system's zone database yet:
// local time is UTC.
var Local *Location = &localLoc

var localLoc = Location{name: "Local", zone: "UTC"}

// FixedZone returns a Location that always uses the given zone name and offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string { return l.get().name }

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// A Time represents an instant in time with nanosecond precision. The zero value is January 1, year 1,
// 00:00:00.000000000 UTC.
type Time struct {
	sec  int64 // seconds since January 1, year 1, 00:00:00 UTC
	nsec int64 // [0, 999999999]
	loc  *Location
}

// Seconds from January 1, year 1 to January 1, 1970.
const unixToInternal int64 = 62135596800

const secondsPerDay = 86400

// Now returns the current local time.
func Now() Time {
	sec, nsec := now()
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

// now returns the wall clock as seconds and nanoseconds since the Unix epoch.
func now() (sec int64, nsec int64)

// Sleep pauses the current goroutine for at least the duration d; a negative or zero duration returns
// immediately.
func Sleep(d Duration)

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns the local Time corresponding to the given Unix time, sec seconds and nsec nanoseconds
// since January 1, 1970 UTC. nsec outside [0, 999999999] is normalized.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

// UnixNano returns t as a Unix time in nanoseconds. The result is undefined outside the years 1678 to
// 2262.
func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

// IsZero reports whether t represents the zero time instant, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec }

// Equal reports whether t and u represent the same time instant, whatever their locations.
func (t Time) Equal(u Time) bool { return t.sec == u.sec && t.nsec == u.nsec }

// Compare compares the time instant t with u: -1 if t is before u, +1 if after, 0 if equal.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return 1
	}
	return 0
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	return Time{sec: t.sec + dsec, nsec: nsec, loc: t.loc}
}

// Sub returns the duration t-u, saturated at the largest or smallest Duration.
func (t Time) Sub(u Time) Duration {
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// AddDate returns the time corresponding to adding the given numbers of years, months and days to t,
// normalized as Date normalizes (October 32 becomes November 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return Time{sec: t.sec, nsec: t.nsec, loc: &utcLoc} }

// Local returns t with the location set to local time.
func (t Time) Local() Time { return Time{sec: t.sec, nsec: t.nsec, loc: Local} }

// In returns a copy of t representing the same instant in location loc; In panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return Time{sec: t.sec, nsec: t.nsec, loc: loc}
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t: its abbreviated name and its offset in seconds east
// of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

// local is t's seconds since January 1, year 1 in t's zone.
func (t Time) local() int64 { return t.sec + int64(t.loc.get().offset) }

// Date returns the year, month and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	return civil(floorDiv(t.local(), secondsPerDay))
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	// January 1, year 1 was a Monday.
	days := floorDiv(t.local(), secondsPerDay) + 1
	return Weekday(days - floorDiv(days, 7)*7)
}

// YearDay returns the day of the year specified by t, in [1, 365] for non-leap years and [1, 366] in
// leap years.
func (t Time) YearDay() int {
	days := floorDiv(t.local(), secondsPerDay)
	y, _, _ := civil(days)
	return int(days-daysBefore(y, 1, 1)) + 1
}

// Clock returns the hour, minute and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	s := int(t.local() - floorDiv(t.local(), secondsPerDay)*secondsPerDay)
	return s / 3600, s / 60 % 60, s % 60
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by t, in the range
// [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// Truncate returns the result of rounding t down to a multiple of d since the zero time.
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return t.Add(-t.sinceZeroMod(d))
}

// Round returns the result of rounding t to the nearest multiple of d since the zero time, halfway
// values rounding up.
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	r := t.sinceZeroMod(d)
	if r+r < d {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// sinceZeroMod is (t - zero time) mod d in [0, d), for d > 0.
func (t Time) sinceZeroMod(d Duration) Duration {
	// sec*1e9 + nsec mod d, without overflow: reduce |sec| seconds by doubling, then negate for times
	// before the zero time.
	secMod := Duration(0)
	s := uint64(t.sec)
	if t.sec < 0 {
		s = -s
	}
	for m := Second % d; s > 0; s >>= 1 {
		if s&1 == 1 {
			secMod = addMod(secMod, m, d)
		}
		m = addMod(m, m, d)
	}
	if t.sec < 0 && secMod != 0 {
		secMod = d - secMod
	}
	return addMod(secMod, Duration(t.nsec)%d, d)
}

// addMod is (a + b) mod m for a, b in [0, m).
func addMod(a, b, m Duration) Duration {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in loc. Values outside
// their usual ranges are normalized (October 32 is November 1). Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysBefore(year, m+1, 1) + int64(day-1)
	abs := days*secondsPerDay + int64(hour*3600+min*60+sec) - int64(loc.offset)
	return Time{sec: abs, nsec: int64(nsec), loc: loc}
}

// norm returns hi, lo such that hi*base + lo is unchanged and 0 <= lo < base.
func norm(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// floorDiv is a / b rounded toward negative infinity, for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// daysBefore is the number of days from January 1, year 1 to the given date of the proleptic Gregorian
// calendar (month in [1, 12], day counted from 1).
func daysBefore(year, month, day int) int64 {
	// Count years from March so that the leap day ends the year.
	y := int64(year)
	if month <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                     // [0, 399]
	mp := int64((month + 9) % 12)          // March = 0
	doy := (153*mp+2)/5 + int64(day) - 1   // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096]
	return era*146097 + doe - 306          // 0000-03-01 is 306 days before 0001-01-01
}

// civil is the date of the proleptic Gregorian calendar days after January 1, year 1.
func civil(days int64) (year int, month Month, day int) {
	z := days + 306
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365]
	mp := (5*doy + 2) / 153                                // [0, 11]
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}
