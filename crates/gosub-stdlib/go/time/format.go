package time

// Predefined layouts for Time.Format, written with the reference time Mon Jan 2 15:04:05 MST 2006.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// String returns the time formatted with the layout "2006-01-02 15:04:05.999999999 -0700 MST".
func (t Time) String() string { return t.Format("2006-01-02 15:04:05.999999999 -0700 MST") }

// GoString returns t as Go syntax would construct it.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	loc := "time.Location(" + quote(t.Location().String()) + ")"
	if t.loc == nil || t.loc == &utcLoc {
		loc = "time.UTC"
	} else if t.loc == &localLoc {
		loc = "time.Local"
	}
	return "time.Date(" + itoa(int64(year)) + ", time." + month.String() + ", " + itoa(int64(day)) + ", " +
		itoa(int64(hour)) + ", " + itoa(int64(min)) + ", " + itoa(int64(sec)) + ", " + itoa(t.nsec) + ", " +
		loc + ")"
}

// Format returns a textual representation of t laid out as layout, which shows how the reference time
// Mon Jan 2 15:04:05 -0700 MST 2006 would be displayed.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is like Format but appends the textual representation to b and returns the extended
// buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	zone, offset := t.Zone()
	for layout != "" {
		n, kind, arg := nextElem(layout)
		if kind == elemLiteral {
			b = append(b, layout[:n]...)
			layout = layout[n:]
			continue
		}
		layout = layout[n:]
		switch kind {
		case elemYear:
			y := year
			if y < 0 {
				b = append(b, '-')
				y = -y
			}
			b = appendPad(b, y, 4, '0')
		case elemYear2:
			y := year % 100
			if y < 0 {
				y = -y
			}
			b = appendPad(b, y, 2, '0')
		case elemMonthLong:
			b = append(b, month.String()...)
		case elemMonthShort:
			b = append(b, month.String()[:3]...)
		case elemMonth:
			b = appendPad(b, int(month), 1, '0')
		case elemMonth0:
			b = appendPad(b, int(month), 2, '0')
		case elemDayLong:
			b = append(b, t.Weekday().String()...)
		case elemDayShort:
			b = append(b, t.Weekday().String()[:3]...)
		case elemDay:
			b = appendPad(b, day, 1, '0')
		case elemDay_:
			b = appendPad(b, day, 2, ' ')
		case elemDay0:
			b = appendPad(b, day, 2, '0')
		case elemYearDay_:
			b = appendPad(b, t.YearDay(), 3, ' ')
		case elemYearDay0:
			b = appendPad(b, t.YearDay(), 3, '0')
		case elemHour:
			b = appendPad(b, hour, 2, '0')
		case elemHour12, elemHour12_0:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			width := 1
			if kind == elemHour12_0 {
				width = 2
			}
			b = appendPad(b, h, width, '0')
		case elemMinute:
			b = appendPad(b, min, 1, '0')
		case elemMinute0:
			b = appendPad(b, min, 2, '0')
		case elemSecond:
			b = appendPad(b, sec, 1, '0')
		case elemSecond0:
			b = appendPad(b, sec, 2, '0')
		case elemPM, elempm:
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if kind == elempm {
				s = string([]byte{s[0] + 'a' - 'A', 'm'})
			}
			b = append(b, s...)
		case elemZoneName:
			if zone != "" {
				b = append(b, zone...)
				break
			}
			b = appendOffset(b, offset, false, false, false)
		case elemZone:
			// arg: bit 0 Z for UTC, bit 1 colons, bit 2 seconds, bit 3 hours only.
			if arg&1 != 0 && offset == 0 {
				b = append(b, 'Z')
				break
			}
			b = appendOffset(b, offset, arg&2 != 0, arg&4 != 0, arg&8 != 0)
		case elemFrac:
			b = appendFrac(b, t.nsec, arg)
		}
	}
	return b
}

// appendOffset appends a zone offset as ±hh[mm[ss]], with colons if colons.
func appendOffset(b []byte, offset int, colons, seconds, hoursOnly bool) []byte {
	if offset < 0 {
		b = append(b, '-')
		offset = -offset
	} else {
		b = append(b, '+')
	}
	b = appendPad(b, offset/3600, 2, '0')
	if hoursOnly {
		return b
	}
	if colons {
		b = append(b, ':')
	}
	b = appendPad(b, offset/60%60, 2, '0')
	if seconds {
		if colons {
			b = append(b, ':')
		}
		b = appendPad(b, offset%60, 2, '0')
	}
	return b
}

// appendPad appends v in decimal, padded on the left with pad to at least width characters.
func appendPad(b []byte, v int, width int, pad byte) []byte {
	s := itoa(int64(v))
	for i := len(s); i < width; i++ {
		b = append(b, pad)
	}
	return append(b, s...)
}

// appendFrac appends the fraction of a second for an elemFrac element: digits > 0 gives exactly that
// many digits; digits < 0 gives up to -digits digits without trailing zeros (and no separator when
// nothing is left); digits beyond ±100 mean a comma separator.
func appendFrac(b []byte, nsec int64, digits int) []byte {
	sep := byte('.')
	if digits >= 100 || digits <= -100 {
		sep = ','
		if digits > 0 {
			digits -= 100
		} else {
			digits += 100
		}
	}
	trim := digits < 0
	if trim {
		digits = -digits
	}
	var buf [9]byte
	v := nsec
	for i := 8; i >= 0; i-- {
		buf[i] = byte(v%10) + '0'
		v /= 10
	}
	out := buf[:digits]
	if trim {
		for len(out) > 0 && out[len(out)-1] == '0' {
			out = out[:len(out)-1]
		}
		if len(out) == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, out...)
}

// The kinds of layout element.
const (
	elemLiteral = iota
	elemYear
	elemYear2
	elemMonthLong
	elemMonthShort
	elemMonth
	elemMonth0
	elemDayLong
	elemDayShort
	elemDay
	elemDay_
	elemDay0
	elemYearDay_
	elemYearDay0
	elemHour
	elemHour12
	elemHour12_0
	elemMinute
	elemMinute0
	elemSecond
	elemSecond0
	elemPM
	elempm
	elemZoneName
	elemZone
	elemFrac
)

// nextElem returns the length and kind of the element layout starts with, and the element's argument
// (zone shape bits or fraction digits). A literal run stops before the next element.
func nextElem(layout string) (n int, kind int, arg int) {
	for i := 0; i < len(layout); i++ {
		m, k, a := elemAt(layout, i)
		if k != elemLiteral {
			if i == 0 {
				return m, k, a
			}
			return i, elemLiteral, 0
		}
	}
	return len(layout), elemLiteral, 0
}

// elemAt recognises the element starting at layout[i], if any.
func elemAt(layout string, i int) (n int, kind int, arg int) {
	s := layout[i:]
	has := func(p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
	switch s[0] {
	case 'J':
		if has("January") {
			return 7, elemMonthLong, 0
		}
		if has("Jan") {
			return 3, elemMonthShort, 0
		}
	case 'M':
		if has("Monday") {
			return 6, elemDayLong, 0
		}
		if has("Mon") {
			return 3, elemDayShort, 0
		}
		if has("MST") {
			return 3, elemZoneName, 0
		}
	case '0':
		if has("002") {
			return 3, elemYearDay0, 0
		}
		if len(s) >= 2 && '1' <= s[1] && s[1] <= '6' {
			return 2, [...]int{elemMonth0, elemDay0, elemHour12_0, elemMinute0, elemSecond0, elemYear2}[s[1]-'1'], 0
		}
	case '1':
		if has("15") {
			return 2, elemHour, 0
		}
		return 1, elemMonth, 0
	case '2':
		if has("2006") {
			return 4, elemYear, 0
		}
		return 1, elemDay, 0
	case '_':
		if has("_2") {
			// "_2006" is a literal underscore and a year.
			if has("_2006") {
				return 0, elemLiteral, 0
			}
			return 2, elemDay_, 0
		}
		if has("__2") {
			return 3, elemYearDay_, 0
		}
	case '3':
		return 1, elemHour12, 0
	case '4':
		return 1, elemMinute, 0
	case '5':
		return 1, elemSecond, 0
	case 'P':
		if has("PM") {
			return 2, elemPM, 0
		}
	case 'p':
		if has("pm") {
			return 2, elempm, 0
		}
	case '-', 'Z':
		z := 0
		if s[0] == 'Z' {
			z = 1
		}
		switch {
		case has(s[:1] + "07:00:00"):
			return 9, elemZone, z | 2 | 4
		case has(s[:1] + "070000"):
			return 7, elemZone, z | 4
		case has(s[:1] + "07:00"):
			return 6, elemZone, z | 2
		case has(s[:1] + "0700"):
			return 5, elemZone, z
		case has(s[:1] + "07"):
			return 3, elemZone, z | 8
		}
	case '.', ',':
		if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
			j := 1
			for j < len(s) && s[j] == s[1] {
				j++
			}
			if j < len(s) && '0' <= s[j] && s[j] <= '9' {
				break
			}
			digits := j - 1
			if digits > 9 {
				digits = 9
			}
			if s[1] == '9' {
				digits = -digits
			}
			if s[0] == ',' {
				if digits > 0 {
					digits += 100
				} else {
					digits -= 100
				}
			}
			return j, elemFrac, digits
		}
	}
	return 0, elemLiteral, 0
}
