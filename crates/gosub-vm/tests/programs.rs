//! End-to-end tests of the VM on small programs assembled by hand (the compiler is not needed).

use gosub_bytecode::{Func, FuncFlags, Kind, Op, Program, RField, RType, SlotKind};
use gosub_vm::{Registry, Vm};

use SlotKind::{IfaceData as D, IfaceType as T, Ref as R, Scalar as S};

const INT: u32 = 0;
const ANY: u32 = 1;
const STRING: u32 = 2;
const MAP_STR_INT: u32 = 3;
const NODE: u32 = 4;
const PTR_NODE: u32 = 5;

/// The type table shared by the tests.
fn types() -> Vec<RType> {
    vec![
        RType { kind: Kind::Int, string: "int".into(), slots: 1, shape: vec![S], ..RType::default() },
        RType {
            kind: Kind::Interface,
            string: "interface {}".into(),
            slots: 2,
            shape: vec![T, D],
            ..RType::default()
        },
        RType {
            kind: Kind::String,
            string: "string".into(),
            slots: 2,
            shape: vec![R, S],
            ..RType::default()
        },
        RType {
            kind: Kind::Map,
            string: "map[string]int".into(),
            slots: 1,
            shape: vec![R],
            key: Some(STRING),
            elem: Some(INT),
            comparable: false,
            ..RType::default()
        },
        // type node struct { next *node; prev *node; val int }
        RType {
            kind: Kind::Struct,
            string: "main.node".into(),
            pkg_path: "main".into(),
            name: "node".into(),
            slots: 5,
            shape: vec![R, S, R, S, S],
            fields: vec![
                RField { name: "next".into(), ty: PTR_NODE, offset: 0, embedded: false, exported: false },
                RField { name: "prev".into(), ty: PTR_NODE, offset: 2, embedded: false, exported: false },
                RField { name: "val".into(), ty: INT, offset: 4, embedded: false, exported: false },
            ],
            ..RType::default()
        },
        RType {
            kind: Kind::Pointer,
            string: "*main.node".into(),
            slots: 2,
            shape: vec![R, S],
            elem: Some(NODE),
            ..RType::default()
        },
    ]
}

/// A function from its code, with one line per instruction (line = 10 + pc).
fn func(name: &str, params: u16, results: u16, kinds: Vec<SlotKind>, code: Vec<Op>) -> Func {
    let lines = (0..code.len() as u32).map(|pc| 10 + pc).collect();
    Func {
        name: name.into(),
        file: 0,
        line: 9,
        param_slots: params,
        result_slots: results,
        nregs: kinds.len() as u16,
        reg_kinds: kinds,
        code,
        lines,
        ..Func::default()
    }
}

fn program(funcs: Vec<Func>, strings: &[&str], natives: &[&str]) -> Program {
    Program {
        funcs,
        types: types(),
        strings: strings.iter().map(|s| s.as_bytes().into()).collect(),
        natives: natives.iter().map(|&n| n.into()).collect(),
        files: vec!["/tmp/prog.go".into()],
        main: Some(0),
        ..Program::default()
    }
}

/// Runs `p` and returns (exit code, stdout, stderr).
fn run(p: &Program) -> (i32, String, String) {
    run_with(p, false)
}

/// Runs `p`, collecting at every safepoint when `stress` is set.
fn run_with(p: &Program, stress: bool) -> (i32, String, String) {
    let mut vm = Vm::new(p, &Registry::core(), vec!["prog".into()]).expect("valid program");
    vm.set_gc_stress(stress);
    vm.capture_stderr();
    let code = vm.run_main();
    let out = String::from_utf8(vm.take_stdout()).unwrap();
    let err = String::from_utf8(vm.take_stderr()).unwrap();
    (code, out, err)
}

/// Code that prints the int in register `r` with `fmt.Println` (native 0), using registers
/// `scratch..scratch+5`.
fn println_int(r: u16, scratch: u16) -> Vec<Op> {
    vec![
        Op::MakeIface { dst: scratch + 3, src: r, ty: INT },
        Op::LoadI { dst: scratch + 5, imm: 1 },
        Op::MakeSlice { dst: scratch, len: scratch + 5, cap: scratch + 5, ty: ANY },
        Op::LoadI { dst: scratch + 5, imm: 0 },
        Op::StoreSl { s: scratch, i: scratch + 5, src: scratch + 3, n: 2 },
        Op::CallNative { native: 0, base: scratch },
    ]
}

/// Register kinds for `println_int`'s scratch registers.
fn println_kinds() -> Vec<SlotKind> {
    vec![R, S, S, T, D, S]
}

fn fib_func() -> Func {
    // func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
    func(
        "main.fib",
        1,
        1,
        vec![S; 5],
        vec![
            Op::LoadI { dst: 1, imm: 2 },
            Op::JmpLtI { a: 0, b: 1, off: 7 },
            Op::AddIK { dst: 3, a: 0, imm: -1 },
            Op::Call { f: 1, base: 3 },
            Op::Mov { dst: 2, src: 3 },
            Op::AddIK { dst: 3, a: 0, imm: -2 },
            Op::Call { f: 1, base: 3 },
            Op::AddI { dst: 0, a: 2, b: 3 },
            Op::Ret { src: 0, n: 1 },
            Op::Ret { src: 0, n: 1 },
        ],
    )
}

#[test]
fn fib_prints_its_result() {
    let mut code = vec![Op::LoadI { dst: 0, imm: 20 }, Op::Call { f: 1, base: 0 }];
    code.extend(println_int(0, 1));
    code.push(Op::Ret { src: 0, n: 0 });
    let mut kinds = vec![S];
    kinds.extend(println_kinds());
    let p = program(vec![func("main.main", 0, 0, kinds, code), fib_func()], &[], &["fmt.Println"]);
    assert_eq!(run(&p), (0, "6765\n".into(), String::new()));
}

#[test]
fn loop_sums_with_backward_jumps() {
    // s := 0; for i := 0; i < 100000; i++ { s += i }; println(s)
    let mut code = vec![
        Op::LoadI { dst: 0, imm: 0 },
        Op::LoadI { dst: 1, imm: 0 },
        Op::LoadI { dst: 2, imm: 100_000 },
        Op::Jmp { off: 2 },
        Op::AddI { dst: 0, a: 0, b: 1 },
        Op::AddIK { dst: 1, a: 1, imm: 1 },
        Op::JmpLtI { a: 1, b: 2, off: -3 },
    ];
    code.extend(println_int(0, 3));
    code.push(Op::Ret { src: 0, n: 0 });
    let mut kinds = vec![S, S, S];
    kinds.extend(println_kinds());
    let p = program(vec![func("main.main", 0, 0, kinds, code)], &[], &["fmt.Println"]);
    assert_eq!(run(&p).1, "4999950000\n");
}

#[test]
fn index_out_of_range_panics_with_a_traceback() {
    // func f(i int) int { s := make([]int, 3); return s[i] } ; main: f(5)
    let f = func(
        "main.f",
        1,
        1,
        vec![S, R, S, S, S],
        vec![
            Op::LoadI { dst: 4, imm: 3 },
            Op::MakeSlice { dst: 1, len: 4, cap: 4, ty: INT },
            Op::IndexSl { dst: 0, s: 1, i: 0, n: 1 },
            Op::Ret { src: 0, n: 1 },
        ],
    );
    let main = func(
        "main.main",
        0,
        0,
        vec![S],
        vec![Op::LoadI { dst: 0, imm: 5 }, Op::Call { f: 1, base: 0 }, Op::Ret { src: 0, n: 0 }],
    );
    let (code, out, err) = run(&program(vec![main, f], &[], &[]));
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n\
         main.f(...)\n\t/tmp/prog.go:12 +0x0\nmain.main()\n\t/tmp/prog.go:11 +0x0\n"
    );
}

#[test]
fn nil_map_write_and_nil_dereference() {
    let main = func(
        "main.main",
        0,
        0,
        vec![R, R, S, S, S],
        vec![
            Op::LoadStr { dst: 1, k: 0 },
            Op::LoadI { dst: 3, imm: 1 },
            Op::MapSet { m: 0, key: 1, val: 3, ty: MAP_STR_INT },
            Op::Ret { src: 0, n: 0 },
        ],
    );
    let (code, _, err) = run(&program(vec![main], &["k"], &[]));
    assert_eq!(code, 2);
    assert!(err.starts_with("panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n"), "{err}");

    let main = func(
        "main.main",
        0,
        0,
        vec![R, S, S],
        vec![Op::Load { dst: 2, p: 0, off: 4, n: 1 }, Op::Ret { src: 0, n: 0 }],
    );
    let (code, _, err) = run(&program(vec![main], &[], &[]));
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "panic: runtime error: invalid memory address or nil pointer dereference\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0x20 pc=0x0]\n\n"
        ),
        "{err}"
    );
}

#[test]
fn maps_store_find_count_and_range() {
    // m := map[string]int{}; m["a"]=1; m["bb"]=2; m["a"]=40; delete(m, "bb"); m["c"] = 2
    // sum values by ranging, print len and sum.
    let mut code = vec![
        Op::LoadI { dst: 1, imm: 0 },
        Op::MakeMap { dst: 0, hint: 1, ty: MAP_STR_INT },
        Op::LoadStr { dst: 2, k: 0 },
        Op::LoadI { dst: 4, imm: 1 },
        Op::MapSet { m: 0, key: 2, val: 4, ty: MAP_STR_INT },
        Op::LoadStr { dst: 2, k: 1 },
        Op::LoadI { dst: 4, imm: 2 },
        Op::MapSet { m: 0, key: 2, val: 4, ty: MAP_STR_INT },
        Op::LoadStr { dst: 2, k: 0 },
        Op::LoadI { dst: 4, imm: 40 },
        Op::MapSet { m: 0, key: 2, val: 4, ty: MAP_STR_INT },
        Op::LoadStr { dst: 2, k: 1 },
        Op::MapDelete { m: 0, key: 2, ty: MAP_STR_INT },
        Op::LoadStr { dst: 2, k: 2 },
        Op::LoadI { dst: 4, imm: 2 },
        Op::MapSet { m: 0, key: 2, val: 4, ty: MAP_STR_INT },
        // sum = 0; for k, v := range m { sum += v }
        Op::LoadI { dst: 5, imm: 0 },
        Op::MapIter { dst: 6, m: 0 },
        Op::MapNext { it: 6, key: 7, off: 2 },
        Op::AddI { dst: 5, a: 5, b: 9 },
        Op::Jmp { off: -3 },
        Op::LenMap { dst: 4, m: 0 },
    ];
    code.extend(println_int(4, 10));
    code.extend(println_int(5, 10));
    // A missing key reads as zero, with ok = false.
    code.extend([Op::LoadStr { dst: 2, k: 1 }, Op::MapGet2 { dst: 4, m: 0, key: 2, ty: MAP_STR_INT }]);
    code.extend(println_int(4, 10));
    code.extend(println_int(5, 10));
    code.push(Op::Ret { src: 0, n: 0 });
    let mut kinds = vec![R, S, R, S, S, S, R, R, S, S];
    kinds.extend(println_kinds());
    let p = program(vec![func("main.main", 0, 0, kinds, code)], &["a", "bb", "c"], &["fmt.Println"]);
    assert_eq!(run(&p), (0, "2\n42\n0\n0\n".into(), String::new()));
    // The map's entries are traced: collecting at every safepoint changes nothing.
    assert_eq!(run_with(&p, true), (0, "2\n42\n0\n0\n".into(), String::new()));
}

#[test]
fn deferred_closure_recovers_a_panic() {
    // func f() (r int) { defer func() { recover(); }(); panic("boom") } — with recover_pc returning 7.
    let closure =
        func("main.f.func1", 0, 0, vec![T, D], vec![Op::Recover { dst: 0 }, Op::Ret { src: 0, n: 0 }]);
    let mut f = func(
        "main.f",
        0,
        1,
        vec![S, R, R, S, T, D],
        vec![
            Op::LoadFunc { dst: 1, f: 2 },
            Op::Defer { fv: 1 },
            Op::LoadStr { dst: 2, k: 0 },
            Op::MakeIface { dst: 4, src: 2, ty: STRING },
            Op::Panic { x: 4 },
            // recovery: run the remaining defers, return 7
            Op::RunDefers,
            Op::LoadI { dst: 0, imm: 7 },
            Op::Ret { src: 0, n: 1 },
        ],
    );
    f.recover_pc = Some(5);
    f.flags = FuncFlags { has_defer: true, ..FuncFlags::default() };
    let mut code = vec![Op::Call { f: 1, base: 0 }];
    code.extend(println_int(0, 1));
    code.push(Op::Ret { src: 0, n: 0 });
    let mut kinds = vec![S];
    kinds.extend(println_kinds());
    let p = program(vec![func("main.main", 0, 0, kinds, code), f, closure], &["boom"], &["fmt.Println"]);
    assert_eq!(run(&p), (0, "7\n".into(), String::new()));
}

#[test]
fn unrecovered_string_panic_runs_defers_and_reports() {
    // defer println-ish closure that prints 1; panic("boom\nline2")
    let mut closure_code = vec![Op::LoadI { dst: 0, imm: 1 }];
    closure_code.extend(println_int(0, 1));
    closure_code.push(Op::Ret { src: 0, n: 0 });
    let mut ck = vec![S];
    ck.extend(println_kinds());
    let closure = func("main.main.func1", 0, 0, ck, closure_code);
    let main = func(
        "main.main",
        0,
        0,
        vec![R, R, S, T, D],
        vec![
            Op::LoadFunc { dst: 0, f: 1 },
            Op::Defer { fv: 0 },
            Op::LoadStr { dst: 1, k: 0 },
            Op::MakeIface { dst: 3, src: 1, ty: STRING },
            Op::Panic { x: 3 },
        ],
    );
    let (code, out, err) = run(&program(vec![main, closure], &["boom\nline2"], &["fmt.Println"]));
    assert_eq!((code, out.as_str()), (2, "1\n"));
    assert!(
        err.starts_with("panic: boom\n\tline2\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/prog.go:14"),
        "{err}"
    );
}

#[test]
fn deep_recursion_is_a_stack_overflow() {
    let f = func(
        "main.f",
        1,
        1,
        vec![S, S],
        vec![Op::AddIK { dst: 1, a: 0, imm: 1 }, Op::Call { f: 1, base: 1 }, Op::Ret { src: 1, n: 1 }],
    );
    let main = func("main.main", 0, 0, vec![S], vec![Op::Call { f: 1, base: 0 }, Op::Ret { src: 0, n: 0 }]);
    let (code, _, err) = run(&program(vec![main, f], &[], &[]));
    assert_eq!(code, 2);
    assert!(
        err.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\n")
            && err.contains("\nfatal error: stack overflow\n\n"),
        "{err}"
    );
    // The innermost frame is the callee at its declaration line (Go faults in its prologue); the
    // middle of the stack is elided, and the outermost frame is main.main.
    let frames: Vec<&str> = err.lines().skip_while(|l| !l.starts_with("goroutine 1")).skip(1).collect();
    assert_eq!(
        &frames[..4],
        ["main.f(...)", "\t/tmp/prog.go:9 +0x0", "main.f(...)", "\t/tmp/prog.go:11 +0x0"]
    );
    assert!(frames[100].starts_with("...") && frames[100].ends_with(" frames elided..."), "{}", frames[100]);
    assert_eq!(&frames[frames.len() - 2..], ["main.main()", "\t/tmp/prog.go:10 +0x0"]);
    assert_eq!(frames.len(), 2 * (50 + 48) + 1);
}

#[test]
fn division_by_zero_and_os_exit() {
    let main = func(
        "main.main",
        0,
        0,
        vec![S, S, S],
        vec![Op::LoadI { dst: 0, imm: 7 }, Op::DivI { dst: 2, a: 0, b: 1 }, Op::Ret { src: 0, n: 0 }],
    );
    let (code, _, err) = run(&program(vec![main], &[], &[]));
    assert_eq!(code, 2);
    assert!(err.starts_with("panic: runtime error: integer divide by zero\n\n"), "{err}");

    let main = func(
        "main.main",
        0,
        0,
        vec![S],
        vec![Op::LoadI { dst: 0, imm: 3 }, Op::CallNative { native: 0, base: 0 }, Op::Ret { src: 0, n: 0 }],
    );
    assert_eq!(run(&program(vec![main], &[], &["os.Exit"])), (3, String::new(), String::new()));
}

/// Builds a ring of doubly-linked nodes (a cyclic structure) `rounds` times and drops it each time.
fn churn_program(rounds: i32, nodes: i32) -> Program {
    // for r := 0; r < rounds; r++ { first := new(node); cur := first
    //   for i := 0; i < nodes; i++ { n := new(node); n.prev = cur; cur.next = n; cur = n }
    //   cur.next = first; first.prev = cur }
    let code = vec![
        Op::LoadI { dst: 0, imm: 0 },
        Op::LoadI { dst: 1, imm: rounds },
        Op::LoadI { dst: 2, imm: nodes },
        // round loop head (pc 3)
        Op::New { dst: 3, ty: NODE },      // first
        Op::MovN { dst: 5, src: 3, n: 2 }, // cur = first
        Op::LoadI { dst: 9, imm: 0 },      // i = 0
        // inner (pc 6)
        Op::New { dst: 7, ty: NODE },             // n
        Op::Store { p: 7, off: 2, src: 5, n: 2 }, // n.prev = cur
        Op::Store { p: 5, off: 0, src: 7, n: 2 }, // cur.next = n
        Op::MovN { dst: 5, src: 7, n: 2 },        // cur = n
        Op::AddIK { dst: 9, a: 9, imm: 1 },
        Op::JmpLtI { a: 9, b: 2, off: -6 },
        Op::Store { p: 5, off: 0, src: 3, n: 2 }, // cur.next = first
        Op::Store { p: 3, off: 2, src: 5, n: 2 }, // first.prev = cur
        Op::AddIK { dst: 0, a: 0, imm: 1 },
        Op::JmpLtI { a: 0, b: 1, off: -13 },
        Op::Ret { src: 0, n: 0 },
    ];
    program(vec![func("main.main", 0, 0, vec![S, S, S, R, S, R, S, R, S, S], code)], &[], &[])
}

#[test]
fn cyclic_garbage_is_collected_and_the_heap_stays_flat() {
    let p = churn_program(40, 20_000);
    let mut vm = Vm::new(&p, &Registry::core(), vec![]).unwrap();
    assert_eq!(vm.run_main(), 0);
    let stats = vm.heap().stats();
    // 40 rounds of 20k nodes of 48+ bytes is ~40 MB allocated; a flat heap keeps far less alive.
    assert!(stats.collections >= 2, "only {} collections", stats.collections);
    assert!(stats.live_bytes < 8 << 20, "live heap {} bytes", stats.live_bytes);
    assert!(stats.freed_objects > 100_000, "freed only {}", stats.freed_objects);
}

#[test]
fn gc_stress_keeps_live_structures_intact() {
    // Build a list of 2000 nodes holding i, collecting at every safepoint, then sum it.
    let mut code = vec![
        Op::LoadI { dst: 2, imm: 2000 },
        Op::LoadI { dst: 9, imm: 0 },
        Op::Zero { dst: 5, n: 2 }, // head = nil
        // pc 3: n := new(node); n.val = i; n.next = head; head = n; i++
        Op::New { dst: 7, ty: NODE },
        Op::Store { p: 7, off: 4, src: 9, n: 1 },
        Op::Store { p: 7, off: 0, src: 5, n: 2 },
        Op::MovN { dst: 5, src: 7, n: 2 },
        Op::AddIK { dst: 9, a: 9, imm: 1 },
        Op::JmpLtI { a: 9, b: 2, off: -6 },
        // sum: for p := head; p != nil; p = p.next { s += p.val }
        Op::LoadI { dst: 0, imm: 0 },
        Op::LoadI { dst: 1, imm: 0 },
        // pc 11
        Op::JmpEqI { a: 5, b: 1, off: 4 },
        Op::Load { dst: 3, p: 5, off: 4, n: 1 },
        Op::AddI { dst: 0, a: 0, b: 3 },
        Op::Load { dst: 5, p: 5, off: 0, n: 2 },
        Op::Jmp { off: -5 },
    ];
    code.extend(println_int(0, 10));
    code.push(Op::Ret { src: 0, n: 0 });
    let mut kinds = vec![S, S, S, S, S, R, S, R, S, S];
    kinds.extend(println_kinds());
    let p = program(vec![func("main.main", 0, 0, kinds, code)], &[], &["fmt.Println"]);
    let mut vm = Vm::new(&p, &Registry::core(), vec![]).unwrap();
    vm.set_gc_stress(true);
    assert_eq!(vm.run_main(), 0);
    assert_eq!(String::from_utf8(vm.take_stdout()).unwrap(), "1999000\n");
    assert!(vm.heap().stats().collections > 10);
}

#[test]
fn invalid_programs_are_rejected_at_load() {
    let main = func("main.main", 0, 0, vec![S], vec![Op::Mov { dst: 0, src: 5 }, Op::Ret { src: 0, n: 0 }]);
    let p = program(vec![main], &[], &[]);
    assert!(Vm::new(&p, &Registry::core(), vec![]).is_err());
    let main = func("main.main", 0, 0, vec![S], vec![Op::Jmp { off: 5 }]);
    let p = program(vec![main], &[], &[]);
    assert!(Vm::new(&p, &Registry::core(), vec![]).is_err());
}

#[test]
fn a_preempted_goroutine_resumes_where_it_stopped() {
    let mut code = vec![
        Op::LoadI { dst: 0, imm: 0 },
        Op::LoadI { dst: 1, imm: 0 },
        Op::LoadI { dst: 2, imm: 100_000 },
        Op::Jmp { off: 2 },
        Op::AddI { dst: 0, a: 0, b: 1 },
        Op::AddIK { dst: 1, a: 1, imm: 1 },
        Op::JmpLtI { a: 1, b: 2, off: -3 },
    ];
    code.extend(println_int(0, 3));
    code.push(Op::Ret { src: 0, n: 0 });
    let mut kinds = vec![S, S, S];
    kinds.extend(println_kinds());
    let p = program(vec![func("main.main", 0, 0, kinds, code)], &[], &["fmt.Println"]);
    let mut vm = Vm::new(&p, &Registry::core(), vec![]).unwrap();
    let mut g = gosub_vm::Goroutine::new(1);
    vm.start(&mut g, 0).unwrap();
    let mut yields = 0;
    loop {
        match vm.run(&mut g, 1000) {
            gosub_vm::Exit::Preempted => yields += 1,
            gosub_vm::Exit::Done => break,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(yields >= 50, "only {yields} yields");
    assert!(g.is_done());
    assert_eq!(String::from_utf8(vm.take_stdout()).unwrap(), "4999950000\n");
}

#[test]
fn goexit_runs_deferred_calls_and_recover_does_not_stop_it() {
    // main: defer func() { recover(); println-ish 1 }(); runtime.Goexit()
    let mut closure_code = vec![Op::Recover { dst: 0 }, Op::LoadI { dst: 2, imm: 1 }];
    closure_code.extend(println_int(2, 3));
    closure_code.push(Op::Ret { src: 0, n: 0 });
    let mut ck = vec![T, D, S];
    ck.extend(println_kinds());
    let closure = func("main.main.func1", 0, 0, ck, closure_code);
    let main = func(
        "main.main",
        0,
        0,
        vec![R],
        vec![
            Op::LoadFunc { dst: 0, f: 1 },
            Op::Defer { fv: 0 },
            Op::CallNative { native: 1, base: 0 },
            Op::Ret { src: 0, n: 0 },
        ],
    );
    let (code, out, err) = run(&program(vec![main, closure], &[], &["fmt.Println", "runtime.Goexit"]));
    assert_eq!((code, out.as_str()), (2, "1\n"));
    assert_eq!(err, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
}

#[test]
fn failed_assertions_name_the_static_interface_type() {
    // x := any("s"); _ = x.(int)  — then the same with the operand's static type recorded as `error`.
    let code = vec![
        Op::LoadStr { dst: 0, k: 0 },
        Op::MakeIface { dst: 2, src: 0, ty: STRING },
        Op::AssertType { dst: 4, x: 2, ty: INT },
        Op::Ret { src: 0, n: 0 },
    ];
    let kinds = vec![R, S, T, D, S];
    let mut p = program(vec![func("main.main", 0, 0, kinds, code)], &["s"], &[]);
    let (code, _, err) = run(&p);
    assert_eq!(code, 2);
    assert!(err.starts_with("panic: interface conversion: interface {} is string, not int\n\n"), "{err}");
    p.types.push(RType {
        kind: Kind::Interface,
        string: "error".into(),
        slots: 2,
        shape: vec![T, D],
        ..RType::default()
    });
    p.assert_sources = vec![(0, 2, p.types.len() as u32 - 1)];
    let (_, _, err) = run(&p);
    assert!(err.starts_with("panic: interface conversion: error is string, not int\n\n"), "{err}");
}
