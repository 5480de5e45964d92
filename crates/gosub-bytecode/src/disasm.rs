//! The disassembler behind `gosub disasm`: one line per instruction, with the source line beside it.
//!
//! Each function starts with a header: its id, traceback name and position, parameter/result/register
//! counts, the kind of every register (`S` scalar, `R` reference, `T`/`D` interface type and data word),
//! its flags and `recover_pc`. Instructions that name a function, native, string constant, method or
//! 64-bit constant get a `;` comment saying which.

use std::fmt::Write;

use crate::layout::SlotKind;
use crate::op::Op;
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
    let kinds: String = func
        .reg_kinds
        .iter()
        .map(|k| match k {
            SlotKind::Scalar => 'S',
            SlotKind::Ref => 'R',
            SlotKind::IfaceType => 'T',
            SlotKind::IfaceData => 'D',
        })
        .collect();
    let _ = write!(
        out,
        "func #{id} {} ({file}:{}) params={} results={} regs={} kinds={kinds}",
        func.name, func.line, func.param_slots, func.result_slots, func.nregs,
    );
    if func.flags.has_defer {
        out.push_str(" defer");
    }
    if func.flags.wrapper {
        out.push_str(" wrapper");
    }
    if func.flags.defer_thunk {
        out.push_str(" defer-thunk");
    }
    if let Some(pc) = func.recover_pc {
        let _ = write!(out, " recover={pc}");
    }
    out.push('\n');
    for (pc, op) in func.code.iter().enumerate() {
        let line = func.lines.get(pc).copied().unwrap_or(0);
        let text = format!("{op:?}");
        match comment(program, func, op) {
            Some(note) => {
                let _ = writeln!(out, "  {pc:5} L{line:<5} {text:<48} ; {note}");
            }
            None => {
                let _ = writeln!(out, "  {pc:5} L{line:<5} {text}");
            }
        }
    }
}

/// What an instruction's numeric operand refers to, when it names something.
fn comment(program: &Program, func: &Func, op: &Op) -> Option<String> {
    let func_name = |f: u32| program.funcs.get(f as usize).map(|f| f.name.to_string());
    match *op {
        Op::Call { f, .. } | Op::LoadFunc { f, .. } | Op::MakeClosure { f, .. } => func_name(f),
        Op::CallNative { native, .. } => program.natives.get(native as usize).map(|n| n.to_string()),
        Op::CallIface { method, .. } => program.method_names.get(method as usize).map(|n| n.to_string()),
        Op::LoadStr { k, .. } => program.strings.get(k as usize).map(|s| {
            let text = String::from_utf8_lossy(s);
            let short: String = text.chars().take(40).collect();
            format!("{short:?}")
        }),
        Op::LoadK { k, .. } => func.consts.get(k as usize).map(|bits| {
            let float = f64::from_bits(*bits);
            if float.is_finite() && float != 0.0 && float.abs() > 1e-300 && float.abs() < 1e300 {
                format!("{} / {float:e}", *bits as i64)
            } else {
                format!("{}", *bits as i64)
            }
        }),
        Op::New { ty, .. }
        | Op::MakeIface { ty, .. }
        | Op::AssertType { ty, .. }
        | Op::AssertType2 { ty, .. }
        | Op::AssertIface { ty, .. }
        | Op::AssertIface2 { ty, .. }
        | Op::IsType { ty, .. }
        | Op::Implements { ty, .. }
        | Op::MakeSlice { ty, .. }
        | Op::MakeMap { ty, .. }
        | Op::Print { ty, .. } => program.types.get(ty as usize).map(|t| t.string.to_string()),
        _ => None,
    }
}
