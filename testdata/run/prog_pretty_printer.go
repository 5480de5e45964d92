package main

import (
	"fmt"
	"sort"
	"strings"
)

func render(v interface{}, indent int, b *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", pad, k)
			render(x[k], indent+1, b)
			if i < len(keys)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "}")
	case []interface{}:
		b.WriteString("[")
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			render(e, indent, b)
		}
		b.WriteString("]")
	case string:
		fmt.Fprintf(b, "%q", x)
	case nil:
		b.WriteString("null")
	case float64:
		b.WriteString(fmt.Sprint(x))
	default:
		fmt.Fprintf(b, "%v", x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "gosub",
		"version": 0.1,
		"tags":    []interface{}{"go", "interpreter", 3, true, nil},
		"owner": map[string]interface{}{
			"login": "x",
			"id":    42,
			"extra": map[string]interface{}{},
		},
		"empty": []interface{}{},
	}
	var b strings.Builder
	render(doc, 0, &b)
	fmt.Println(b.String())
}
