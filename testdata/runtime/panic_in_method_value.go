package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Withdraw(n int) {
	if n > a.balance {
		panic(fmt.Errorf("withdraw %d: balance only %d", n, a.balance))
	}
	a.balance -= n
}

func main() {
	acc := &Account{100}
	w := acc.Withdraw
	steps := []int{30, 50, 40}
	for _, s := range steps {
		w(s)
		fmt.Println("balance", acc.balance)
	}
}
