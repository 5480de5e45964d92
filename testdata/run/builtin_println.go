package main

type T struct{ a int }

func main() {
	println("hello", 42, -7, true, false)
	println(1.5, 0.1, 1e21, -0.0, 100.0)
	println(int8(-3), uint8(250), uint64(1<<63), 'x')
	print("no newline", 1, 2, "\n")
	print("a", "b", "\n")
	var f32 float32 = 0.1
	println(f32)
	println(3 + 4i)
	var s []int
	println(s == nil, len(s))
	println()
	println("end")
}
