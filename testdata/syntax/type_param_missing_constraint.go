package main

func pair[K comparable, V](k K, v V) {}

func main() {
}
