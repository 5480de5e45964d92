package main

type Celsius

func main() {
}
