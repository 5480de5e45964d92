package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int64
	History []string
}

type Bank struct {
	accounts map[string]*Account
}

type TxError struct {
	From, To string
	Amount   int64
	Err      error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("transfer %d from %s to %s: %v", e.Amount, e.From, e.To, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

func (b *Bank) Open(id string, initial int64) {
	b.accounts[id] = &Account{ID: id, Balance: initial}
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	f, ok := b.accounts[from]
	if !ok {
		return &TxError{from, to, amt, fmt.Errorf("unknown account %q", from)}
	}
	t, ok := b.accounts[to]
	if !ok {
		return &TxError{from, to, amt, fmt.Errorf("unknown account %q", to)}
	}
	if f.Balance < amt {
		return &TxError{from, to, amt, ErrInsufficient}
	}
	f.Balance -= amt
	t.Balance += amt
	f.History = append(f.History, fmt.Sprintf("-%d->%s", amt, to))
	t.History = append(t.History, fmt.Sprintf("+%d<-%s", amt, from))
	return nil
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	b.Open("alice", 100)
	b.Open("bob", 50)
	b.Open("carol", 0)
	txs := []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 30}, {"bob", "carol", 100}, {"bob", "carol", 80}, {"dave", "alice", 1}, {"carol", "alice", 5}}
	for _, tx := range txs {
		if err := b.Transfer(tx.from, tx.to, tx.amt); err != nil {
			fmt.Println("error:", err, "| insufficient:", errors.Is(err, ErrInsufficient))
		}
	}
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-6s %4d %v\n", a.ID, a.Balance, a.History)
	}
}
