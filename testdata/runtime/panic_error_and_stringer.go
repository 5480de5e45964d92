package main

type Both struct{}

func (Both) Error() string  { return "from Error" }
func (Both) String() string { return "from String" }

func main() {
	panic(Both{})
}
