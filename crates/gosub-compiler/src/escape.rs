//! Escape analysis: which local variables of a function live in heap boxes.
//!
//! A variable is boxed when its address is taken (`&x`, `&x.f`, `x[:]` of an array, a pointer-receiver
//! method called or bound on it), or when a function literal captures it and it is assigned after its
//! declaration (anywhere: in the function or in a closure). A captured variable that is never assigned
//! again is captured by value: the closure copies its slots, which is faster and indistinguishable.
//! The analysis runs once over a declared function's body, function literals included.

use std::collections::{HashMap, HashSet};

use gosub_syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use gosub_types::info::FileInfo;
use gosub_types::types::Type;
use gosub_types::{ObjId, SelectionKind, World};

/// The analysis result for one declared function and its literals.
#[derive(Debug, Default)]
pub struct Escapes {
    /// Variables whose address is taken.
    pub addressed: HashSet<ObjId>,
    /// Variables assigned after their declaration.
    pub assigned: HashSet<ObjId>,
    /// Variables used inside a function literal other than the one declaring them.
    pub captured: HashSet<ObjId>,
}

impl Escapes {
    /// Whether the variable must live in a heap box.
    pub fn boxed(&self, obj: ObjId) -> bool {
        self.addressed.contains(&obj) || (self.captured.contains(&obj) && self.assigned.contains(&obj))
    }
}

pub struct Analysis<'a> {
    pub info: FileInfo<'a>,
    pub world: &'a World,
    pub out: Escapes,
    /// The function-literal depth at which each local was declared.
    depth_of: HashMap<ObjId, u32>,
    depth: u32,
}

impl<'a> Analysis<'a> {
    pub fn new(info: FileInfo<'a>, world: &'a World) -> Analysis<'a> {
        Analysis { info, world, out: Escapes::default(), depth_of: HashMap::new(), depth: 0 }
    }

    pub fn declare_params(&mut self, params: &[ast::Param]) {
        for p in params {
            for name in &p.names {
                if let Some(obj) = self.info.def_of(name) {
                    self.depth_of.insert(obj, self.depth);
                }
            }
        }
    }

    pub fn block(&mut self, block: &ast::Block) {
        for stmt in &block.stmts {
            self.stmt(stmt);
        }
    }

    fn def(&mut self, ident: &ast::Ident) {
        if let Some(obj) = self.info.def_of(ident) {
            self.depth_of.insert(obj, self.depth);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Empty | StmtKind::Bad | StmtKind::Fallthrough => {}
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) => {}
            StmtKind::Decl(decl) => match decl {
                ast::Decl::Var(group) => {
                    for spec in &group.specs {
                        for v in &spec.values {
                            self.expr(v);
                        }
                        for name in &spec.names {
                            self.def(name);
                        }
                    }
                }
                ast::Decl::Const(group) => {
                    for spec in &group.specs {
                        for name in &spec.names {
                            self.def(name);
                        }
                    }
                }
                _ => {}
            },
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { target, .. } => self.assign_target(target),
            StmtKind::Assign { lhs, op, rhs } => {
                for e in rhs {
                    self.expr(e);
                }
                for e in lhs {
                    if *op == ast::AssignOp::Define
                        && let ExprKind::Ident(ident) = &e.kind
                    {
                        if self.info.def_of(ident).is_some() {
                            self.def(ident);
                        } else {
                            self.assign_target(e);
                        }
                        continue;
                    }
                    self.assign_target(e);
                }
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Return(values) => {
                for e in values {
                    self.expr(e);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If(s) => {
                if let Some(init) = &s.init {
                    self.stmt(init);
                }
                self.expr(&s.cond);
                self.block(&s.then);
                if let Some(els) = &s.els {
                    self.stmt(els);
                }
            }
            StmtKind::Switch(s) => {
                if let Some(init) = &s.init {
                    self.stmt(init);
                }
                if let Some(tag) = &s.tag {
                    self.expr(tag);
                }
                for clause in &s.clauses {
                    for e in clause.list.iter().flatten() {
                        self.expr(e);
                    }
                    for st in &clause.body {
                        self.stmt(st);
                    }
                }
            }
            StmtKind::TypeSwitch(s) => {
                if let Some(init) = &s.init {
                    self.stmt(init);
                }
                self.expr(&s.subject);
                for clause in &s.clauses {
                    if let Some(obj) = self.info.implicit_of(clause.span) {
                        self.depth_of.insert(obj, self.depth);
                    }
                    for st in &clause.body {
                        self.stmt(st);
                    }
                }
            }
            StmtKind::Select(s) => {
                for clause in &s.clauses {
                    if let Some(comm) = &clause.comm {
                        self.stmt(comm);
                    }
                    for st in &clause.body {
                        self.stmt(st);
                    }
                }
            }
            StmtKind::For(f) => {
                if let Some(init) = &f.init {
                    self.stmt(init);
                }
                if let Some(cond) = &f.cond {
                    self.expr(cond);
                }
                if let Some(post) = &f.post {
                    self.stmt(post);
                }
                self.block(&f.body);
            }
            StmtKind::Range(r) => {
                self.expr(&r.expr);
                let is_func = self
                    .info
                    .type_of(&r.expr)
                    .is_some_and(|t| matches!(self.world.types.under(t), Type::Func(_)));
                for target in [&r.key, &r.value].into_iter().flatten() {
                    match (&r.op, &target.kind) {
                        (Some(ast::AssignOp::Define), ExprKind::Ident(ident)) => self.def(ident),
                        _ => self.assign_target(target),
                    }
                }
                if is_func {
                    // The body becomes a closure: everything it uses from outside is captured.
                    self.depth += 1;
                    self.block(&r.body);
                    self.depth -= 1;
                } else {
                    self.block(&r.body);
                }
            }
        }
    }

    fn assign_target(&mut self, e: &Expr) {
        if let Some(obj) = root_var(self.world, &self.info, e, true) {
            self.out.assigned.insert(obj);
        }
        self.expr(e);
    }

    fn address_of(&mut self, e: &Expr) {
        if let Some(obj) = root_var(self.world, &self.info, e, true) {
            self.out.addressed.insert(obj);
        }
    }

    pub fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(ident) => {
                if let Some(obj) = self.info.use_of(ident)
                    && let Some(&d) = self.depth_of.get(&obj)
                    && d < self.depth
                {
                    self.out.captured.insert(obj);
                }
            }
            ExprKind::Lit(_) => {}
            ExprKind::CompositeLit(lit) => {
                for el in &lit.elems {
                    if let Some(k) = &el.key
                        && (!matches!(k.kind, ExprKind::Ident(_)) || self.info.type_of(k).is_some())
                    {
                        // A struct field name is not a variable use; map keys and indexes are.
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit(lit) => {
                self.depth += 1;
                self.declare_params(&lit.sig.params);
                self.declare_params(&lit.sig.results);
                self.block(&lit.body);
                self.depth -= 1;
            }
            ExprKind::Paren(inner) => self.expr(inner),
            ExprKind::Selector(base, _) => {
                if let Some(sel) = self.info.selection_of(e)
                    && matches!(sel.kind, SelectionKind::MethodVal)
                    && let Some(obj) = sel.obj
                    && self.world.obj(obj).ptr_recv
                    && !matches!(self.world.types.get(sel.recv), Type::Pointer(_))
                    && !sel.indirect
                {
                    self.address_of(base);
                }
                self.expr(base);
            }
            ExprKind::Index(base, idx) => {
                self.expr(base);
                for i in idx {
                    self.expr(i);
                }
            }
            ExprKind::Slice(s) => {
                if let Some(t) = self.info.type_of(&s.base)
                    && matches!(self.world.types.under(t), Type::Array(..))
                {
                    self.address_of(&s.base);
                }
                self.expr(&s.base);
                for part in [&s.low, &s.high, &s.max].into_iter().flatten() {
                    self.expr(part);
                }
            }
            ExprKind::TypeAssert(base, _) => self.expr(base),
            ExprKind::Call(call) => {
                self.expr(&call.func);
                for a in &call.args {
                    self.expr(a);
                }
            }
            ExprKind::Star(inner) => self.expr(inner),
            ExprKind::Unary(op, inner) => {
                if *op == UnaryOp::Addr {
                    self.address_of(inner);
                }
                self.expr(inner);
            }
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            _ => {}
        }
    }
}

/// The local variable an addressable expression is rooted in (`x` of `x.f[2].g`), following fields and
/// array (not slice or pointer) indexing. With `through_values` false, only the variable itself counts.
pub fn root_var(world: &World, info: &FileInfo<'_>, e: &Expr, through_values: bool) -> Option<ObjId> {
    match &e.kind {
        ExprKind::Ident(ident) => info.use_of(ident).or_else(|| info.def_of(ident)),
        ExprKind::Paren(inner) => root_var(world, info, inner, through_values),
        ExprKind::Selector(base, _) if through_values => {
            let sel = info.selection_of(e)?;
            if sel.kind != SelectionKind::FieldVal || sel.indirect {
                return None;
            }
            root_var(world, info, base, through_values)
        }
        ExprKind::Index(base, _) if through_values => {
            let ty = info.type_of(base)?;
            if matches!(world.types.under(ty), Type::Array(..)) {
                root_var(world, info, base, through_values)
            } else {
                None
            }
        }
        _ => None,
    }
}
