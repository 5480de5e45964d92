//! Times `fib(35)` on a hand-assembled program: the call-heavy benchmark of the dispatch loop.
//! Run with `cargo run --release -p gosub-vm --example fib`.

use gosub_bytecode::{Func, Kind, Op, Program, RType, SlotKind};
use gosub_vm::{Registry, Vm};

fn main() {
    let n: i32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(35);
    let s = SlotKind::Scalar;
    let fib = Func {
        name: "main.fib".into(),
        param_slots: 1,
        result_slots: 1,
        nregs: 5,
        reg_kinds: vec![s; 5],
        code: vec![
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
        lines: vec![0; 10],
        ..Func::default()
    };
    let main = Func {
        name: "main.main".into(),
        nregs: 1,
        reg_kinds: vec![s],
        code: vec![
            Op::LoadI { dst: 0, imm: n },
            Op::Call { f: 1, base: 0 },
            Op::Print { src: 0, ty: 0, flags: 2 },
            Op::Ret { src: 0, n: 0 },
        ],
        lines: vec![0; 4],
        ..Func::default()
    };
    let program = Program {
        funcs: vec![main, fib],
        types: vec![RType {
            kind: Kind::Int,
            string: "int".into(),
            slots: 1,
            shape: vec![s],
            ..RType::default()
        }],
        files: vec!["fib.go".into()],
        main: Some(0),
        ..Program::default()
    };
    let start = std::time::Instant::now();
    let mut vm = Vm::new(&program, &Registry::core(), vec![]).expect("valid program");
    let code = vm.run_main();
    eprintln!("fib({n}) exit {code} in {:?}", start.elapsed());
}
