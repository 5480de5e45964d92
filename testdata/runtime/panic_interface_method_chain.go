package main

import (
	"errors"
	"fmt"
)

type Store interface {
	Get(key string) string
}

type memStore struct{ data map[string]string }

func (m *memStore) Get(key string) string {
	v, ok := m.data[key]
	if !ok {
		panic(fmt.Errorf("get %q: %w", key, errNotFound))
	}
	return v
}

var errNotFound = errors.New("not found")

type Service struct{ store Store }

func (s Service) Handle(keys []string) {
	for _, k := range keys {
		fmt.Println(k, "=>", s.store.Get(k))
	}
}

func main() {
	svc := Service{&memStore{map[string]string{"a": "1"}}}
	func() {
		svc.Handle([]string{"a", "zz"})
	}()
}
