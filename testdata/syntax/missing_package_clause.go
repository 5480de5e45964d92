import "fmt"

func main() {
	fmt.Println("no package")
}
