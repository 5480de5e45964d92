package main

import "fmt"

func helper() interface{} {
	return recover()
}

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
	}()
	panic("boom")
}

func direct() (res string) {
	defer func() {
		res = fmt.Sprint("direct: ", recover())
	}()
	panic("bang")
}

func loopRecover() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(fmt.Sprint("even ", i))
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}

func deferredRecoverCall() (msg string) {
	defer func() {
		msg = fmt.Sprint(msg, " / after")
	}()
	defer func() {
		recover()
		msg = "handled"
	}()
	var arr []int
	_ = arr[3]
	return "not reached"
}

func main() {
	fmt.Println(indirect())
	fmt.Println(direct())
	loopRecover()
	fmt.Println(deferredRecoverCall())
	fmt.Println("main done")
}
