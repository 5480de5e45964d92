package main

import "fmt"

type Player struct {
	Name   string
	Score  int
	Scores [3]int
	Tags   []string
}

func bump(p Player) { p.Score += 100; p.Scores[0] = 100; p.Tags[0] = "bumped" }

func main() {
	p := Player{"ann", 1, [3]int{1, 2, 3}, []string{"new"}}
	bump(p)
	fmt.Println(p)
	team := []Player{p, p}
	team[0].Score = 50
	team[1].Scores[2] = 30
	team[1].Tags[0] = "shared"
	fmt.Println(p.Score, p.Scores, p.Tags)
	fmt.Println(team[0].Score, team[1].Scores, team[0].Tags)
	arr := [2]Player{p}
	arr2 := arr
	arr2[0].Name = "copy"
	fmt.Println(arr[0].Name, arr2[0].Name)
	ptrTeam := []*Player{&team[0], &team[1]}
	for _, pp := range ptrTeam {
		pp.Score++
	}
	fmt.Println(team[0].Score, team[1].Score)
	for i := range team {
		team[i].Name += "!"
	}
	fmt.Println(team[0].Name, team[1].Name)
	byName := map[string]Player{"x": p}
	cp := byName["x"]
	cp.Scores[1] = -1
	fmt.Println(byName["x"].Scores, cp.Scores)
	type Pair struct{ A, B *int }
	v := 1
	pr := Pair{&v, &v}
	pr2 := pr
	*pr2.A = 7
	fmt.Println(*pr.A, *pr.B, v)
}
