//! Label and branch checks, the part of Go's syntax phase that runs on a finished function body.
//!
//! gc checks, for each function body (declarations and literals alike) right after parsing it: `break`,
//! `continue` and `fallthrough` outside the statements they belong to, labeled branches whose label is
//! missing or names the wrong statement, labels defined twice or never used, and `goto`s that jump into a
//! block or over a variable declaration. A body that had a syntax error is not checked, as in gc, because a
//! broken tree gives spurious reports. The messages are gc's, without the `syntax error:` prefix; those that
//! name a second position print it as `./file.go:line:col`, the way the go command names the file.
//!
//! Labels are function-wide (a label's scope is its whole body, nested blocks included) but a function
//! literal is a body of its own: its labels and branches are checked separately and are invisible to the
//! enclosing function.

use std::cell::OnceCell;
use std::collections::HashMap;

use gosub_source::{LineIndex, Span};

use crate::SyntaxError;
use crate::ast::{self, Block, Decl, Expr, ExprKind, Stmt, StmtKind};

/// One branch-check error and when gc would have reported it (the offset of the end of the body it belongs
/// to: gc checks a body when it has parsed it). The time matters for gc's one-error-per-line rule.
#[derive(Debug)]
pub(crate) struct BranchError {
    pub error: SyntaxError,
    pub reported_at: u32,
}

/// Checks every function body of `file` whose span contains no offset for which `has_error` holds.
/// `file_name` is the base name used in messages that cite a second position (without one, such a position
/// prints as `line:col`).
pub(crate) fn check(
    file: &ast::File,
    text: &str,
    file_name: Option<&str>,
    has_error: &dyn Fn(Span) -> bool,
) -> Vec<BranchError> {
    let context = Context { text, lines: OnceCell::new(), file_name, has_error };
    let mut errors = Vec::new();
    let mut bodies = Vec::new();
    for decl in &file.decls {
        match decl {
            Decl::Func(func) => {
                if context.may_have_func_lit(func.sig.span) {
                    func_lits_in_signature(&func.sig, &mut bodies);
                }
                if let Some(body) = &func.body {
                    bodies.push(body);
                }
            }
            // Function literals outside functions (in `var f = func() {…}`); the text test only saves the
            // walk where there can be none.
            other if context.may_have_func_lit(other.span()) => func_lits_in_decl(other, &mut bodies),
            _ => {}
        }
    }
    for body in bodies {
        context.check_body(body, &mut errors);
    }
    errors
}

struct Context<'a> {
    text: &'a str,
    /// Built on first use: most files have no branch errors.
    lines: OnceCell<LineIndex>,
    file_name: Option<&'a str>,
    has_error: &'a dyn Fn(Span) -> bool,
}

impl Context<'_> {
    /// Checks a body and, before it, the function literals inside it (gc finishes parsing, and so checks,
    /// an inner literal first).
    fn check_body(&self, body: &Block, errors: &mut Vec<BranchError>) {
        let mut literals = Vec::new();
        if self.may_have_func_lit(body.span) {
            for stmt in &body.stmts {
                func_lits_in_stmt(stmt, &mut literals);
            }
        }
        for literal in literals {
            self.check_body(literal, errors);
        }
        if (self.has_error)(body.span) {
            return;
        }
        let mut scope =
            Scope { context: self, labels: HashMap::new(), blocks: Vec::new(), errors: Vec::new() };
        let unresolved = scope.block(None, Targets::default(), None, body.span.lo, &body.stmts);
        for goto in unresolved {
            let name = goto.name;
            match scope.labels.get_mut(name) {
                Some(label) => {
                    label.used = true;
                    let start = scope.blocks[label.block].start;
                    let message =
                        format!("goto {name} jumps into block starting at {}", self.position(start));
                    scope.report(goto.span, message);
                }
                None => scope.report(goto.span, format!("label {name} not defined")),
            }
        }
        let mut unused: Vec<&Label<'_>> = scope.labels.values().filter(|label| !label.used).collect();
        unused.sort_by_key(|label| label.name.span.lo);
        let unused: Vec<(Span, String)> = unused
            .into_iter()
            .map(|label| (label.name.span, format!("label {} defined and not used", label.name.name)))
            .collect();
        for (span, message) in unused {
            scope.report(span, message);
        }
        let reported_at = body.span.hi.saturating_sub(1);
        errors.extend(scope.errors.into_iter().map(|error| BranchError { error, reported_at }));
    }

    /// Whether the source of `span` could hold a function literal: it must contain the keyword `func`. (The
    /// search is much cheaper than walking every expression of every body, and most bodies have none.)
    fn may_have_func_lit(&self, span: Span) -> bool {
        self.text.get(span.range()).is_none_or(|source| source.contains("func"))
    }

    /// A position as gc prints it inside a message: `./file.go:line:col`.
    fn position(&self, offset: u32) -> String {
        let at = self.lines.get_or_init(|| LineIndex::new(self.text)).line_col(offset);
        match self.file_name {
            Some(name) => format!("./{name}:{}:{}", at.line, at.col),
            None => format!("{}:{}", at.line, at.col),
        }
    }

    /// Where gc positions a variable declaration in messages, and how it names what it declares.
    fn describe(&self, decl: VarDecl<'_>) -> (u32, String) {
        match decl {
            VarDecl::Var(name) => (name.span.lo, name.name.to_string()),
            VarDecl::Define(lhs) => {
                let end = lhs.last().map_or(0, |last| last.span.hi);
                let names: Vec<String> = lhs.iter().map(super::errors::describe_expr).collect();
                (self.next_token_at(end), names.join(", "))
            }
        }
    }

    /// The offset of the first token at or after `from` (an assignment's operator after its left side).
    fn next_token_at(&self, from: u32) -> u32 {
        let bytes = self.text.as_bytes();
        let mut at = from as usize;
        while at < bytes.len() && matches!(bytes[at], b' ' | b'\t' | b'\r' | b'\n') {
            at += 1;
        }
        if bytes.get(at..at + 2) == Some(b"/*")
            && let Some(end) = self.text[at + 2..].find("*/")
        {
            return self.next_token_at(u32::try_from(at + 2 + end + 2).unwrap_or(u32::MAX));
        }
        u32::try_from(at).unwrap_or(u32::MAX)
    }
}

/// A label declaration: where, in which block, and whether a branch names it.
struct Label<'a> {
    name: &'a ast::Ident,
    /// The statement the label labels.
    stmt: &'a Stmt,
    block: usize,
    used: bool,
}

/// A block of the body: its enclosing block, where it starts, and the labeled statement it belongs to
/// (the label of a `for`, `switch` or `select`, which labeled `break` and `continue` name).
struct BlockInfo {
    parent: Option<usize>,
    start: u32,
    /// The label (by the offset of its name) of the statement this block is the body of.
    labeled: Option<u32>,
}

/// The statements an unlabeled branch refers to.
#[derive(Clone, Copy, Default)]
struct Targets {
    /// The innermost `for`, `switch` or `select`.
    breaks: Option<Breakable>,
    /// Whether a `for` encloses the statement.
    continues: bool,
    /// The index of the case clause directly holding the statement, if any.
    case_index: Option<usize>,
}

#[derive(Clone, Copy)]
enum Breakable {
    Loop,
    Switch { clauses: usize, type_switch: bool },
    Select,
}

/// A `goto` whose label has not been declared yet (it may come later in an enclosing block).
#[derive(Clone, Copy)]
struct Goto<'a> {
    name: &'a str,
    span: Span,
}

/// The most recent variable declaration of a block: the statement (gc positions a `var` declaration at its
/// first name and a short variable declaration at its `:=`, and names them by those names), kept as a
/// reference because most are never reported.
#[derive(Clone, Copy)]
enum VarDecl<'a> {
    Var(&'a ast::Ident),
    Define(&'a [Expr]),
}

struct Scope<'a, 'c> {
    context: &'c Context<'c>,
    labels: HashMap<&'a str, Label<'a>>,
    blocks: Vec<BlockInfo>,
    errors: Vec<SyntaxError>,
}

impl<'a> Scope<'a, '_> {
    fn report(&mut self, span: Span, message: String) {
        self.errors.push(SyntaxError::new(span, message));
    }

    /// Checks one block's statements; returns the gotos it could not resolve (forward jumps, which an
    /// enclosing block may still resolve).
    fn block(
        &mut self,
        parent: Option<usize>,
        targets: Targets,
        labeled: Option<u32>,
        start: u32,
        stmts: &'a [Stmt],
    ) -> Vec<Goto<'a>> {
        let id = self.blocks.len();
        self.blocks.push(BlockInfo { parent, start, labeled });
        let mut forward: Vec<Goto<'a>> = Vec::new();
        // Gotos that were pending when the latest variable declaration came: a label after it that one of
        // them targets makes it jump over the declaration.
        let mut jumped: Vec<Span> = Vec::new();
        let mut var_decl: Option<VarDecl<'a>> = None;
        for (index, stmt) in stmts.iter().enumerate() {
            let mut stmt = stmt;
            let mut labeled_by: Option<u32> = None;
            loop {
                match &stmt.kind {
                    StmtKind::Labeled { label, stmt: inner } => {
                        if !label.is_blank() {
                            self.declare(id, label, inner);
                            let name = &*label.name;
                            let mut pending = Vec::new();
                            for goto in forward.drain(..) {
                                if goto.name == name {
                                    if let Some(label) = self.labels.get_mut(name) {
                                        label.used = true;
                                    }
                                    if let Some(decl) = var_decl.filter(|_| jumped.contains(&goto.span)) {
                                        let (at, names) = self.context.describe(decl);
                                        let message = format!(
                                            "goto {name} jumps over declaration of {names} at {}",
                                            self.context.position(at)
                                        );
                                        self.report(goto.span, message);
                                    }
                                } else {
                                    pending.push(goto);
                                }
                            }
                            forward = pending;
                            labeled_by = Some(label.span.lo);
                        }
                        stmt = inner;
                        continue;
                    }
                    StmtKind::Decl(Decl::Var(decl)) => {
                        if let Some(name) = decl.specs.first().and_then(|spec| spec.names.first()) {
                            var_decl = Some(VarDecl::Var(name));
                            jumped = forward.iter().map(|goto| goto.span).collect();
                        }
                    }
                    StmtKind::Assign { lhs, op: ast::AssignOp::Define, .. } => {
                        var_decl = Some(VarDecl::Define(lhs));
                        jumped = forward.iter().map(|goto| goto.span).collect();
                    }
                    StmtKind::Break(None) if targets.breaks.is_none() => {
                        self.report(keyword(stmt), "break is not in a loop, switch, or select".to_string());
                    }
                    StmtKind::Continue(None) if !targets.continues => {
                        self.report(keyword(stmt), "continue is not in a loop".to_string());
                    }
                    StmtKind::Fallthrough => {
                        if let Some(message) = fallthrough_error(targets, index + 1 == stmts.len()) {
                            self.report(keyword(stmt), message.to_string());
                        }
                    }
                    StmtKind::Break(Some(name)) => match self.enclosing(id, &name.name) {
                        Some(target) if is_breakable(target) => {}
                        Some(_) => self.report(name.span, format!("invalid break label {}", name.name)),
                        None => self.report(name.span, format!("break label not defined: {}", name.name)),
                    },
                    StmtKind::Continue(Some(name)) => match self.enclosing(id, &name.name) {
                        Some(target) if is_loop(target) => {}
                        Some(_) => self.report(name.span, format!("invalid continue label {}", name.name)),
                        None => self.report(name.span, format!("continue label not defined: {}", name.name)),
                    },
                    StmtKind::Goto(name) if !self.goto_target(id, &name.name) => {
                        forward.push(Goto { name: &name.name, span: name.span });
                    }
                    StmtKind::Block(block) => {
                        let inner = Targets { case_index: None, ..targets };
                        forward.extend(self.block(Some(id), inner, labeled_by, block.span.lo, &block.stmts));
                    }
                    StmtKind::If(if_stmt) => {
                        let inner = Targets { case_index: None, ..targets };
                        let then = &if_stmt.then;
                        forward.extend(self.block(Some(id), inner, labeled_by, then.span.lo, &then.stmts));
                        if let Some(els) = &if_stmt.els {
                            // gc checks the `else` branch as a block holding that one statement.
                            let start = els.span.lo;
                            forward.extend(self.block(
                                Some(id),
                                inner,
                                labeled_by,
                                start,
                                std::slice::from_ref(els),
                            ));
                        }
                    }
                    StmtKind::For(_) | StmtKind::Range(_) => {
                        let body = stmt.loop_body().expect("a for or range statement has a body");
                        forward.extend(self.block(
                            Some(id),
                            loop_targets(),
                            labeled_by,
                            body.span.lo,
                            &body.stmts,
                        ));
                    }
                    StmtKind::Switch(switch) => {
                        let breaks = Breakable::Switch { clauses: switch.clauses.len(), type_switch: false };
                        self.clauses(id, targets, breaks, labeled_by, &switch.clauses, &mut forward);
                    }
                    StmtKind::TypeSwitch(switch) => {
                        let breaks = Breakable::Switch { clauses: switch.clauses.len(), type_switch: true };
                        self.clauses(id, targets, breaks, labeled_by, &switch.clauses, &mut forward);
                    }
                    StmtKind::Select(select) => {
                        for clause in &select.clauses {
                            let inner = Targets {
                                breaks: Some(Breakable::Select),
                                continues: targets.continues,
                                case_index: None,
                            };
                            let start = clause.span.lo;
                            forward.extend(self.block(Some(id), inner, labeled_by, start, &clause.body));
                        }
                    }
                    _ => {}
                }
                break;
            }
        }
        forward
    }

    /// The clauses of an expression or type switch, each a block of its own.
    fn clauses(
        &mut self,
        parent: usize,
        outer: Targets,
        breaks: Breakable,
        labeled: Option<u32>,
        clauses: &'a [ast::CaseClause],
        forward: &mut Vec<Goto<'a>>,
    ) {
        for (index, clause) in clauses.iter().enumerate() {
            let inner = Targets { breaks: Some(breaks), continues: outer.continues, case_index: Some(index) };
            forward.extend(self.block(Some(parent), inner, labeled, clause.span.lo, &clause.body));
        }
    }

    /// Declares a label in `block`; a second declaration of the same name is an error (and the first one
    /// stays the label).
    fn declare(&mut self, block: usize, name: &'a ast::Ident, stmt: &'a Stmt) {
        if let Some(existing) = self.labels.get(&*name.name) {
            let message = format!(
                "label {} already defined at {}",
                name.name,
                self.context.position(existing.name.span.lo)
            );
            self.report(name.span, message);
            return;
        }
        self.labels.insert(&name.name, Label { name, stmt, block, used: false });
    }

    /// The statement labeled `name` if it encloses `block` (a labeled `break` or `continue` must name an
    /// enclosing statement): `Some(None)` when the label exists but labels no enclosing statement.
    fn enclosing(&mut self, block: usize, name: &str) -> Option<Option<&'a Stmt>> {
        let label = self.labels.get_mut(name)?;
        // A use, even an invalid one, keeps the label from being reported as unused.
        label.used = true;
        let (at, stmt) = (label.name.span.lo, label.stmt);
        let mut current = Some(block);
        while let Some(id) = current {
            if self.blocks[id].labeled == Some(at) {
                return Some(Some(stmt));
            }
            current = self.blocks[id].parent;
        }
        Some(None)
    }

    /// Whether a `goto name` in `block` jumps to a label already declared in `block` or an enclosing one.
    fn goto_target(&mut self, block: usize, name: &str) -> bool {
        let Some(label) = self.labels.get_mut(name) else { return false };
        label.used = true;
        let target = label.block;
        let mut current = Some(block);
        while let Some(id) = current {
            if id == target {
                return true;
            }
            current = self.blocks[id].parent;
        }
        false
    }
}

fn loop_targets() -> Targets {
    Targets { breaks: Some(Breakable::Loop), continues: true, case_index: None }
}

/// The span of a branch statement's keyword.
fn keyword(stmt: &Stmt) -> Span {
    Span::empty_at(stmt.span.lo)
}

fn is_breakable(target: Option<&Stmt>) -> bool {
    matches!(
        target.map(|stmt| &stmt.kind),
        Some(
            StmtKind::For(_)
                | StmtKind::Range(_)
                | StmtKind::Switch(_)
                | StmtKind::TypeSwitch(_)
                | StmtKind::Select(_)
        )
    )
}

fn is_loop(target: Option<&Stmt>) -> bool {
    matches!(target.map(|stmt| &stmt.kind), Some(StmtKind::For(_) | StmtKind::Range(_)))
}

/// What is wrong with a `fallthrough`, if anything: it must be the last statement of a case clause of an
/// expression switch, and not of the final clause.
fn fallthrough_error(targets: Targets, last_in_list: bool) -> Option<&'static str> {
    const OUT_OF_PLACE: &str = "fallthrough statement out of place";
    let Some(Breakable::Switch { clauses, type_switch }) = targets.breaks else {
        return Some(OUT_OF_PLACE);
    };
    if type_switch {
        return Some("cannot fallthrough in type switch");
    }
    match targets.case_index {
        Some(index) if last_in_list => {
            (index + 1 == clauses).then_some("cannot fallthrough final case in switch")
        }
        _ => Some(OUT_OF_PLACE),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Finding function literals: each is a body of its own. A literal's own literals are found when its body
// is checked, so these walks stop at a literal.

fn func_lits_in_decl<'a>(decl: &'a Decl, out: &mut Vec<&'a Block>) {
    match decl {
        Decl::Var(decl) => {
            for spec in &decl.specs {
                spec.ty.iter().chain(&spec.values).for_each(|expr| func_lits_in_expr(expr, out));
            }
        }
        Decl::Const(decl) => {
            for spec in &decl.specs {
                spec.ty.iter().chain(&spec.values).for_each(|expr| func_lits_in_expr(expr, out));
            }
        }
        Decl::Type(decl) => {
            for spec in &decl.specs {
                for param in &spec.tparams {
                    func_lits_in_expr(&param.constraint, out);
                }
                func_lits_in_expr(&spec.ty, out);
            }
        }
        Decl::Func(func) => {
            func_lits_in_signature(&func.sig, out);
            if let Some(body) = &func.body {
                out.push(body);
            }
        }
        Decl::Bad(_) => {}
    }
}

fn func_lits_in_signature<'a>(sig: &'a ast::FuncType, out: &mut Vec<&'a Block>) {
    for param in sig.params.iter().chain(&sig.results) {
        func_lits_in_expr(&param.ty, out);
    }
}

fn func_lits_in_stmt<'a>(stmt: &'a Stmt, out: &mut Vec<&'a Block>) {
    let exprs = |list: &'a [Expr], out: &mut Vec<&'a Block>| {
        list.iter().for_each(|expr| func_lits_in_expr(expr, out))
    };
    match &stmt.kind {
        StmtKind::Empty
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough
        | StmtKind::Bad => {}
        StmtKind::Decl(decl) => func_lits_in_decl(decl, out),
        StmtKind::Expr(expr) | StmtKind::Go(expr) | StmtKind::Defer(expr) => func_lits_in_expr(expr, out),
        StmtKind::Send { chan, value } => {
            func_lits_in_expr(chan, out);
            func_lits_in_expr(value, out);
        }
        StmtKind::IncDec { target, .. } => func_lits_in_expr(target, out),
        StmtKind::Assign { lhs, rhs, .. } => {
            exprs(lhs, out);
            exprs(rhs, out);
        }
        StmtKind::Labeled { stmt, .. } => func_lits_in_stmt(stmt, out),
        StmtKind::Return(values) => exprs(values, out),
        StmtKind::Block(block) => block.stmts.iter().for_each(|stmt| func_lits_in_stmt(stmt, out)),
        StmtKind::If(if_stmt) => {
            if_stmt.init.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
            func_lits_in_expr(&if_stmt.cond, out);
            if_stmt.then.stmts.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
            if_stmt.els.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
        }
        StmtKind::Switch(switch) => {
            switch.init.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
            switch.tag.iter().for_each(|expr| func_lits_in_expr(expr, out));
            for clause in &switch.clauses {
                clause.list.iter().for_each(|list| exprs(list, out));
                clause.body.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
            }
        }
        StmtKind::TypeSwitch(switch) => {
            switch.init.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
            func_lits_in_expr(&switch.subject, out);
            for clause in &switch.clauses {
                clause.list.iter().for_each(|list| exprs(list, out));
                clause.body.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
            }
        }
        StmtKind::Select(select) => {
            for clause in &select.clauses {
                clause.comm.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
                clause.body.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
            }
        }
        StmtKind::For(for_stmt) => {
            for_stmt.init.iter().chain(&for_stmt.post).for_each(|stmt| func_lits_in_stmt(stmt, out));
            for_stmt.cond.iter().for_each(|expr| func_lits_in_expr(expr, out));
            for_stmt.body.stmts.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
        }
        StmtKind::Range(range) => {
            range.key.iter().chain(&range.value).for_each(|expr| func_lits_in_expr(expr, out));
            func_lits_in_expr(&range.expr, out);
            range.body.stmts.iter().for_each(|stmt| func_lits_in_stmt(stmt, out));
        }
    }
}

fn func_lits_in_expr<'a>(expr: &'a Expr, out: &mut Vec<&'a Block>) {
    match &expr.kind {
        ExprKind::Ident(_) | ExprKind::Lit(_) => {}
        ExprKind::FuncLit(literal) => {
            func_lits_in_signature(&literal.sig, out);
            out.push(&literal.body);
        }
        ExprKind::CompositeLit(literal) => {
            literal.ty.iter().for_each(|ty| func_lits_in_expr(ty, out));
            for element in &literal.elems {
                element.key.iter().for_each(|key| func_lits_in_expr(key, out));
                func_lits_in_expr(&element.value, out);
            }
        }
        ExprKind::Paren(inner)
        | ExprKind::Selector(inner, _)
        | ExprKind::Star(inner)
        | ExprKind::Unary(_, inner)
        | ExprKind::SliceType(inner)
        | ExprKind::ChanType(_, inner) => func_lits_in_expr(inner, out),
        ExprKind::Index(base, indices) => {
            func_lits_in_expr(base, out);
            indices.iter().for_each(|index| func_lits_in_expr(index, out));
        }
        ExprKind::Slice(slice) => {
            func_lits_in_expr(&slice.base, out);
            slice
                .low
                .iter()
                .chain(&slice.high)
                .chain(&slice.max)
                .for_each(|expr| func_lits_in_expr(expr, out));
        }
        ExprKind::TypeAssert(base, ty) => {
            func_lits_in_expr(base, out);
            ty.iter().for_each(|ty| func_lits_in_expr(ty, out));
        }
        ExprKind::Call(call) => {
            func_lits_in_expr(&call.func, out);
            call.args.iter().for_each(|arg| func_lits_in_expr(arg, out));
        }
        ExprKind::Binary(_, lhs, rhs) | ExprKind::MapType(lhs, rhs) => {
            func_lits_in_expr(lhs, out);
            func_lits_in_expr(rhs, out);
        }
        ExprKind::ArrayType(len, elem) => {
            len.iter().for_each(|len| func_lits_in_expr(len, out));
            func_lits_in_expr(elem, out);
        }
        ExprKind::FuncType(sig) => func_lits_in_signature(sig, out),
        ExprKind::StructType(structure) => {
            structure.fields.iter().for_each(|field| func_lits_in_expr(&field.ty, out));
        }
        ExprKind::InterfaceType(interface) => {
            for elem in &interface.elems {
                match elem {
                    ast::InterfaceElem::Method { sig, .. } => func_lits_in_signature(sig, out),
                    ast::InterfaceElem::Type(ty) => func_lits_in_expr(ty, out),
                }
            }
        }
    }
}
