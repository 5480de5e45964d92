package main

import "my pkg"

func main() {
	pkg.Run()
}
