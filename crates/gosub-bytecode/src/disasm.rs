//! The disassembler behind `gosub disasm`: one line per instruction, with the source line beside it.

use std::fmt::Write;

use crate::program::{Func, Program};

/// The listing of a whole program: every function in order.
pub fn program(program: &Program) -> String {
    let mut out = String::new();
    for (id, func) in program.funcs.iter().enumerate() {
        if id > 0 {
            out.push('\n');
        }
        function(&mut out, program, id as u32, func);
    }
    out
}

/// Appends the listing of one function.
pub fn function(out: &mut String, program: &Program, id: u32, func: &Func) {
    let file = program.files.get(func.file as usize).map_or("?", |s| s);
    let _ = writeln!(
        out,
        "func #{id} {} ({file}:{}) params={} results={} regs={}{}",
        func.name,
        func.line,
        func.param_slots,
        func.result_slots,
        func.nregs,
        if func.flags.has_defer { " defer" } else { "" },
    );
    for (pc, op) in func.code.iter().enumerate() {
        let line = func.lines.get(pc).copied().unwrap_or(0);
        let _ = writeln!(out, "  {pc:5} L{line:<5} {op:?}");
    }
}
