//! gosub's compiler: the checked Go program (ASTs plus the checker's [`Info`]) to register bytecode
//! ([`gosub_bytecode::Program`]).
//!
//! # Phases
//!
//! 1. **Inputs.** [`compile`] takes the [`World`] and the packages compiled from source, main last.
//!    Functions of packages that are not given (the standard library's placeholder declarations today)
//!    and functions declared without a body are **natives**: calls go straight to `CallNative` with the
//!    qualified Go name (`fmt.Println`, `strings.(*Builder).WriteString`); used as values, they get a
//!    thunk that calls the native on its own parameters.
//! 2. **Work queue.** Compilation starts from the package initialiser and `main.main`; every function,
//!    method instantiation and wrapper is compiled the first time something refers to it
//!    (`ctx::FuncKey`). Generic functions are monomorphised: each instantiation is compiled with the
//!    checker's type substitution applied to every type in its body (`generics.rs`).
//! 3. **Per function** (`func.rs`): escape analysis (`escape.rs`), constant hoisting (`hoist.rs`: the
//!    constants operators in loops use are loaded once in the prologue), then one pass over the body
//!    emitting instructions for statements (`stmt.rs`, `rangefunc.rs` for range-over-func) and
//!    expressions (`expr.rs`, `call.rs`). Calls of tiny leaf functions that cannot panic are inlined
//!    (`inline.rs`).
//! 4. **Runtime types.** Every type that reaches an interface, `new`, `make`, a map or `print` gets an
//!    `RType` with Go's runtime type string; method tables are filled at the end with interface-call
//!    wrappers (`wrappers.rs`), which may queue more functions, until nothing is left.
//!
//! # Conventions
//!
//! - **Registers** have one slot kind for the whole function: the allocator never reuses a register for
//!   a value of another kind (see `func.rs`). Variables live in registers unless the escape analysis
//!   boxes them; arrays and structs of more than 64 slots always live in boxes.
//! - **Escapes.** A variable whose address is taken, or that a closure captures and that is assigned
//!   after its declaration, lives in a heap box made with `New`; the register pair holds the pointer. A
//!   captured variable that is never reassigned is copied into the closure. A boxed loop variable gets a
//!   fresh box per iteration (Go 1.22): three-clause loops copy the box before the post statement.
//! - **Closures** capture boxes as their two-slot pointers and by-value variables as their slots, in
//!   order of first use; the closure body loads its captures into registers at entry (`LoadCap`).
//! - **Calls** put the arguments straight into the callee's frame at the top of the stack; results come
//!   back there. Method values are closures over a bound receiver; method expressions and interface
//!   calls go through small wrappers.
//! - **Evaluation order** follows gc where the spec leaves it open: arguments and operands that call
//!   functions are evaluated before those that only read variables, and the right side of `x = f()`
//!   or `x op= f()` runs before `x`'s operands are read.
//! - **Range over a function** compiles the body as the `yield` closure; `break`, `continue`, `return`
//!   and branches to outer labels leave it through an exit code in a box shared with the enclosing
//!   function (`rangefunc.rs`).
//! - **Interface method tables** point straight at a value method of a one-slot type (its data word is
//!   the receiver) and at a wrapper otherwise; pointer types get a second table for boxed pointers
//!   (`RType::boxed_ptr_methods`).
//! - **Defer** pushes a zero-argument closure: the deferred call's function and arguments are
//!   evaluated at the `defer` statement and captured by a thunk. A function that defers keeps its results
//!   in variables, runs `RunDefers` before `Ret`, and has a `recover_pc` that returns their current
//!   values.

mod call;
mod consts;
mod ctx;
mod escape;
mod expr;
mod func;
mod generics;
mod hoist;
mod inline;
pub mod layout;
mod rangefunc;
mod stmt;
#[cfg(test)]
mod tests;
mod wrappers;

use std::fmt;

use gosub_bytecode::Program;
use gosub_syntax::ast;
use gosub_types::{Info, PackageId, World};

use crate::ctx::{Ctx, FuncKey};
use crate::func::FnCompiler;

/// One source file of a package to compile.
#[derive(Clone, Copy, Debug)]
pub struct FileInput<'a> {
    /// The path Go prints in tracebacks (absolute, as `go build` records it).
    pub path: &'a str,
    pub ast: &'a ast::File,
    pub text: &'a str,
}

/// A checked package to compile from source.
#[derive(Debug)]
pub struct PackageInput<'a> {
    pub package: PackageId,
    /// The import path (`main` for the main package).
    pub path: String,
    pub info: &'a Info,
    pub files: Vec<FileInput<'a>>,
}

impl PackageInput<'_> {
    pub(crate) fn info_pkg_path(&self) -> String {
        self.path.clone()
    }
}

/// A construct the compiler cannot compile (a gosub limitation, never a Go error: the checker has
/// accepted the program).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub message: String,
    /// The message already starts with `file:line: `.
    pub located: bool,
}

impl CompileError {
    pub fn new(message: impl Into<String>) -> CompileError {
        CompileError { message: message.into(), located: false }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CompileError {}

/// Compiles the checked packages (dependencies first, the main package last) into a program.
pub fn compile(world: &mut World, packages: &[PackageInput<'_>]) -> Result<Program, CompileError> {
    let Some(main_index) = packages.len().checked_sub(1) else {
        return Err(CompileError::new("no package to compile"));
    };
    let mut ctx = Ctx::new(world, packages);
    // The package initialiser: variables in the checker's order, then `init` functions, per package.
    let init = ctx.new_func();
    let init_func = stmt::package_init(&mut ctx, init)?;
    ctx.program.funcs[init as usize] = init_func;
    ctx.program.init = Some(init);
    // main.main
    let main_pkg = &packages[main_index];
    let main_obj = main_pkg.files.iter().enumerate().find_map(|(i, file)| {
        file.ast.decls.iter().find_map(|decl| match decl {
            ast::Decl::Func(f) if f.recv.is_none() && &*f.name.name == "main" => {
                main_pkg.info.file(i).def_of(&f.name)
            }
            _ => None,
        })
    });
    if let Some(obj) = main_obj {
        let id = ctx.func(FuncKey::Decl(obj, Vec::new()));
        ctx.program.main = Some(id);
    }
    loop {
        while let Some((id, key)) = ctx.queue.pop() {
            let func = compile_key(&mut ctx, main_index, &key)?;
            ctx.program.funcs[id as usize] = func;
        }
        if !ctx.fill_method_sets()? && ctx.queue.is_empty() {
            break;
        }
    }
    let program = std::mem::take(&mut ctx.program);
    validate(&program)?;
    Ok(program)
}

fn compile_key(
    ctx: &mut Ctx<'_>,
    main_pkg: usize,
    key: &FuncKey,
) -> Result<gosub_bytecode::Func, CompileError> {
    match key {
        FuncKey::Decl(obj, targs) => {
            let Some(src) = ctx.func_decls.get(obj).copied() else {
                return Err(CompileError::new("function source not found"));
            };
            if src.decl.body.is_none() {
                return wrappers::native_thunk(ctx, main_pkg, *obj);
            }
            let mut name = go_func_name(ctx, *obj, targs);
            if let Some(i) = ctx.pkgs[src.pkg].info.init_funcs.iter().position(|o| o == obj) {
                // `init` functions are `init.0`, `init.1`, ... in tracebacks.
                name = format!("{}.init.{i}", ctx.pkgs[src.pkg].path);
            }
            let info = ctx.pkgs[src.pkg].info.file(src.file);
            let tparams = generics::decl_type_params(ctx.world, info, src.decl);
            let mut f = FnCompiler::new(ctx, src.pkg, src.file, name);
            if !targs.is_empty() && tparams.len() == targs.len() {
                f.tparams = tparams;
                f.targs = targs.clone();
            }
            f.compile_decl(src.decl, *obj)
        }
        FuncKey::NativeThunk(obj, _) => wrappers::native_thunk(ctx, main_pkg, *obj),
        FuncKey::IfaceWrapper { ty, name, boxed_ptr } => {
            wrappers::iface_wrapper(ctx, main_pkg, *ty, name, *boxed_ptr)
        }
        FuncKey::Bound { ty, name } => wrappers::bound_method(ctx, main_pkg, *ty, name),
        FuncKey::MethodExpr { ty, name } => wrappers::method_expr(ctx, main_pkg, *ty, name),
    }
}

/// The name Go prints in tracebacks: `main.f`, `main.(*T).M`, `main.T.M`, `main.Map[...]`.
fn go_func_name(ctx: &Ctx<'_>, obj: gosub_types::ObjId, targs: &[gosub_types::TypeId]) -> String {
    let object = ctx.world.obj(obj);
    let pkg = object.pkg.map(|p| ctx.world.package(p).path.to_string()).unwrap_or_default();
    let generic = if targs.is_empty() { "" } else { "[...]" };
    match object.recv_base {
        Some(base) => {
            let tname = ctx.world.types.named(base).map(|n| n.name.to_string()).unwrap_or_default();
            if object.ptr_recv {
                format!("{pkg}.(*{tname}{generic}).{}", object.name)
            } else {
                format!("{pkg}.{tname}{generic}.{}", object.name)
            }
        }
        None => format!("{pkg}.{}{generic}", object.name),
    }
}

/// Checks the invariants the VM relies on: register operands within the frame, jumps within the code.
fn validate(program: &Program) -> Result<(), CompileError> {
    for (id, func) in program.funcs.iter().enumerate() {
        if func.reg_kinds.len() != func.nregs as usize || func.lines.len() != func.code.len() {
            return Err(CompileError::new(format!("internal: function #{id} has inconsistent tables")));
        }
        for (pc, op) in func.code.iter().enumerate() {
            if let Some(off) = func::jump_offset(op) {
                let target = pc as i64 + 1 + off as i64;
                if target < 0 || target >= func.code.len() as i64 {
                    return Err(CompileError::new(format!(
                        "internal: jump out of range in {} at {pc}",
                        func.name
                    )));
                }
            }
        }
    }
    Ok(())
}
