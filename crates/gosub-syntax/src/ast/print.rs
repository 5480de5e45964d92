//! A compact S-expression dump of the AST, for snapshot tests and `gosub parse --dump`-style debugging.
//!
//! Expressions print on one line (`(call (. fmt Println) "hi")`); declarations, statements and case clauses
//! start a new line, indented two spaces per block level. Lists print in brackets (`[a b]`), missing optional
//! parts as `-`. Spans are left out: they would drown the structure, and span tests check them directly.

use super::*;
use std::fmt::Write;

/// Dumps a file as an indented S-expression.
pub fn dump(file: &File) -> String {
    let mut printer = Printer { out: String::new(), indent: 0, spans: false };
    printer.file(file);
    printer.out
}

/// Like [`dump`], with every expression and statement followed by its span as `@lo-hi`.
pub fn dump_with_spans(file: &File) -> String {
    let mut printer = Printer { out: String::new(), indent: 0, spans: true };
    printer.file(file);
    printer.out
}

struct Printer {
    out: String,
    indent: usize,
    /// Whether to print spans after expressions and statements.
    spans: bool,
}

impl Printer {
    fn text(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    /// Prints `items` separated by spaces inside brackets.
    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.text("[");
        for (index, element) in items.iter().enumerate() {
            if index > 0 {
                self.text(" ");
            }
            item(self, element);
        }
        self.text("]");
    }

    fn file(&mut self, file: &File) {
        let _ = write!(self.out, "(package {}", file.package.name);
        self.indent += 1;
        for import in &file.imports {
            self.newline();
            self.gen_decl("import", import, Self::import_spec);
        }
        for decl in &file.decls {
            self.newline();
            self.decl(decl);
        }
        self.indent -= 1;
        self.text(")");
    }

    fn gen_decl<S>(&mut self, keyword: &str, decl: &GenDecl<S>, mut spec: impl FnMut(&mut Self, &S)) {
        if decl.grouped {
            let _ = write!(self.out, "({keyword} (");
            self.indent += 1;
            for item in &decl.specs {
                self.newline();
                spec(self, item);
            }
            self.indent -= 1;
            self.text("))");
        } else {
            let _ = write!(self.out, "({keyword} ");
            for item in &decl.specs {
                spec(self, item);
            }
            self.text(")");
        }
    }

    fn import_spec(&mut self, spec: &ImportSpec) {
        match &spec.name {
            Some(ImportName::Named(name)) => {
                let _ = write!(self.out, "{} ", name.name);
            }
            Some(ImportName::Dot(_)) => self.text(". "),
            None => {}
        }
        self.text(&spec.path.raw);
    }

    fn decl(&mut self, decl: &Decl) {
        match decl {
            Decl::Const(decl) => self.gen_decl("const", decl, |p, spec| {
                let _ = write!(p.out, "(iota={} ", spec.iota);
                p.idents(&spec.names);
                p.opt_type(spec.ty.as_ref());
                if !spec.values.is_empty() {
                    p.text(" ");
                    p.exprs(&spec.values);
                }
                p.text(")");
            }),
            Decl::Var(decl) => self.gen_decl("var", decl, |p, spec| {
                p.text("(");
                p.idents(&spec.names);
                p.opt_type(spec.ty.as_ref());
                if !spec.values.is_empty() {
                    p.text(" ");
                    p.exprs(&spec.values);
                }
                p.text(")");
            }),
            Decl::Type(decl) => self.gen_decl("type", decl, |p, spec| {
                let _ = write!(p.out, "({}", spec.name.name);
                p.tparams(&spec.tparams);
                p.text(if spec.alias { " = " } else { " " });
                p.expr(&spec.ty);
                p.text(")");
            }),
            Decl::Func(func) => {
                self.text("(func ");
                if let Some(recv) = &func.recv {
                    self.text("(recv ");
                    self.params(recv);
                    self.text(") ");
                }
                self.text(&func.name.name);
                self.tparams(&func.tparams);
                self.text(" ");
                self.signature(&func.sig);
                match &func.body {
                    Some(body) => {
                        self.text(" ");
                        self.block(body);
                    }
                    None => self.text(" -"),
                }
                self.text(")");
            }
            Decl::Bad(_) => self.text("(bad-decl)"),
        }
    }

    fn idents(&mut self, names: &[Ident]) {
        self.list(names, |p, name| p.text(&name.name));
    }

    fn opt_type(&mut self, ty: Option<&Expr>) {
        if let Some(ty) = ty {
            self.text(" ");
            self.expr(ty);
        }
    }

    fn tparams(&mut self, tparams: &[TypeParam]) {
        if tparams.is_empty() {
            return;
        }
        self.text(" (tparams");
        for group in tparams {
            self.text(" (");
            for name in &group.names {
                let _ = write!(self.out, "{} ", name.name);
            }
            self.expr(&group.constraint);
            self.text(")");
        }
        self.text(")");
    }

    fn params(&mut self, params: &[Param]) {
        self.list(params, |p, param| {
            if !param.names.is_empty() {
                p.text("(");
                for name in &param.names {
                    let _ = write!(p.out, "{} ", name.name);
                }
            }
            if param.variadic {
                p.text("...");
            }
            p.expr(&param.ty);
            if !param.names.is_empty() {
                p.text(")");
            }
        });
    }

    fn signature(&mut self, sig: &FuncType) {
        self.params(&sig.params);
        if !sig.results.is_empty() {
            self.text(" -> ");
            self.params(&sig.results);
        }
    }

    fn block(&mut self, block: &Block) {
        self.text("(block");
        self.stmts(&block.stmts);
        self.text(")");
    }

    /// Prints statements one per line, one level deeper.
    fn stmts(&mut self, stmts: &[Stmt]) {
        self.indent += 1;
        for stmt in stmts {
            self.newline();
            self.stmt(stmt);
        }
        self.indent -= 1;
    }

    fn opt_stmt(&mut self, stmt: Option<&Stmt>) {
        match stmt {
            Some(stmt) => self.stmt(stmt),
            None => self.text("-"),
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        self.stmt_kind(stmt);
        self.span(stmt.span);
    }

    fn span(&mut self, span: Span) {
        if self.spans {
            let _ = write!(self.out, "@{}-{}", span.lo, span.hi);
        }
    }

    fn stmt_kind(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Empty => self.text("(empty)"),
            StmtKind::Decl(decl) => self.decl(decl),
            StmtKind::Expr(expr) => self.expr(expr),
            StmtKind::Send { chan, value } => self.node("send", &[&**chan, &**value]),
            StmtKind::IncDec { target, inc } => self.node(if *inc { "++" } else { "--" }, &[target]),
            StmtKind::Assign { lhs, op, rhs } => {
                let _ = write!(self.out, "({} ", op.as_str());
                self.exprs(lhs);
                self.text(" ");
                self.exprs(rhs);
                self.text(")");
            }
            StmtKind::Labeled { label, stmt } => {
                let _ = write!(self.out, "(label {} ", label.name);
                self.stmt(stmt);
                self.text(")");
            }
            StmtKind::Go(call) => self.node("go", &[call]),
            StmtKind::Defer(call) => self.node("defer", &[call]),
            StmtKind::Return(results) => {
                self.text("(return");
                for result in results {
                    self.text(" ");
                    self.expr(result);
                }
                self.text(")");
            }
            StmtKind::Break(label) => self.branch("break", label.as_ref()),
            StmtKind::Continue(label) => self.branch("continue", label.as_ref()),
            StmtKind::Goto(label) => self.branch("goto", Some(label)),
            StmtKind::Fallthrough => self.text("(fallthrough)"),
            StmtKind::Block(block) => self.block(block),
            StmtKind::If(if_stmt) => {
                self.text("(if ");
                self.opt_stmt(if_stmt.init.as_ref());
                self.text(" ");
                self.expr(&if_stmt.cond);
                self.text(" ");
                self.block(&if_stmt.then);
                if let Some(els) = &if_stmt.els {
                    self.text(" ");
                    self.stmt(els);
                }
                self.text(")");
            }
            StmtKind::Switch(switch) => {
                self.text("(switch ");
                self.opt_stmt(switch.init.as_ref());
                self.text(" ");
                self.opt_expr(switch.tag.as_ref());
                self.clauses(&switch.clauses);
                self.text(")");
            }
            StmtKind::TypeSwitch(switch) => {
                self.text("(typeswitch ");
                self.opt_stmt(switch.init.as_ref());
                match &switch.bind {
                    Some(bind) => {
                        let _ = write!(self.out, " {} ", bind.name);
                    }
                    None => self.text(" - "),
                }
                self.expr(&switch.subject);
                self.clauses(&switch.clauses);
                self.text(")");
            }
            StmtKind::Select(select) => {
                self.text("(select");
                self.indent += 1;
                for clause in &select.clauses {
                    self.newline();
                    match &clause.comm {
                        Some(comm) => {
                            self.text("(case ");
                            self.stmt(comm);
                        }
                        None => self.text("(default"),
                    }
                    self.stmts(&clause.body);
                    self.text(")");
                }
                self.indent -= 1;
                self.text(")");
            }
            StmtKind::For(for_stmt) => {
                self.text("(for ");
                self.opt_stmt(for_stmt.init.as_ref());
                self.text(" ");
                self.opt_expr(for_stmt.cond.as_ref());
                self.text(" ");
                self.opt_stmt(for_stmt.post.as_ref());
                self.text(" ");
                self.block(&for_stmt.body);
                self.text(")");
            }
            StmtKind::Range(range) => {
                self.text("(range ");
                self.opt_expr(range.key.as_ref());
                self.text(" ");
                self.opt_expr(range.value.as_ref());
                let _ = write!(self.out, " {} ", range.op.map_or("-", AssignOp::as_str));
                self.expr(&range.expr);
                self.text(" ");
                self.block(&range.body);
                self.text(")");
            }
            StmtKind::Bad => self.text("(bad-stmt)"),
        }
    }

    fn branch(&mut self, keyword: &str, label: Option<&Ident>) {
        match label {
            Some(label) => {
                let _ = write!(self.out, "({keyword} {})", label.name);
            }
            None => {
                let _ = write!(self.out, "({keyword})");
            }
        }
    }

    fn clauses(&mut self, clauses: &[CaseClause]) {
        self.indent += 1;
        for clause in clauses {
            self.newline();
            match &clause.list {
                Some(list) => {
                    self.text("(case ");
                    self.exprs(list);
                }
                None => self.text("(default"),
            }
            self.stmts(&clause.body);
            self.text(")");
        }
        self.indent -= 1;
    }

    fn node(&mut self, head: &str, children: &[&Expr]) {
        let _ = write!(self.out, "({head}");
        for child in children {
            self.text(" ");
            self.expr(child);
        }
        self.text(")");
    }

    fn exprs(&mut self, exprs: &[Expr]) {
        self.list(exprs, Self::expr);
    }

    fn opt_expr(&mut self, expr: Option<&Expr>) {
        match expr {
            Some(expr) => self.expr(expr),
            None => self.text("-"),
        }
    }

    fn expr(&mut self, expr: &Expr) {
        self.expr_kind(expr);
        self.span(expr.span);
    }

    fn expr_kind(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Ident(ident) => self.text(&ident.name),
            ExprKind::Lit(lit) => self.text(&lit.raw),
            ExprKind::CompositeLit(lit) => {
                self.text("(lit ");
                self.opt_expr(lit.ty.as_ref());
                for element in &lit.elems {
                    self.text(" ");
                    match &element.key {
                        Some(key) => self.node(":", &[&**key, &element.value]),
                        None => self.expr(&element.value),
                    }
                }
                self.text(")");
            }
            ExprKind::FuncLit(func) => {
                self.text("(funclit ");
                self.signature(&func.sig);
                self.text(" ");
                self.block(&func.body);
                self.text(")");
            }
            ExprKind::Paren(inner) => self.node("paren", &[inner]),
            ExprKind::Selector(base, name) => {
                self.text("(. ");
                self.expr(base);
                let _ = write!(self.out, " {})", name.name);
            }
            ExprKind::Index(base, indices) => {
                self.text("(index ");
                self.expr(base);
                for index in indices {
                    self.text(" ");
                    self.expr(index);
                }
                self.text(")");
            }
            ExprKind::Slice(slice) => {
                self.text(if slice.max.is_some() { "(slice3 " } else { "(slice " });
                self.expr(&slice.base);
                self.text(" ");
                self.opt_expr(slice.low.as_ref());
                self.text(" ");
                self.opt_expr(slice.high.as_ref());
                if let Some(max) = &slice.max {
                    self.text(" ");
                    self.expr(max);
                }
                self.text(")");
            }
            ExprKind::TypeAssert(base, ty) => {
                self.text("(assert ");
                self.expr(base);
                self.text(" ");
                match ty {
                    Some(ty) => self.expr(ty),
                    None => self.text("type"),
                }
                self.text(")");
            }
            ExprKind::Call(call) => {
                self.text("(call ");
                self.expr(&call.func);
                for arg in &call.args {
                    self.text(" ");
                    self.expr(arg);
                }
                if call.ellipsis.is_some() {
                    self.text(" ...");
                }
                self.text(")");
            }
            ExprKind::Star(inner) => self.node("*", &[inner]),
            ExprKind::Unary(op, operand) => self.node(op.as_str(), &[operand]),
            ExprKind::Binary(op, lhs, rhs) => self.node(op.as_str(), &[lhs, rhs]),
            ExprKind::ArrayType(len, elem) => {
                self.text("(array ");
                match len {
                    Some(len) => self.expr(len),
                    None => self.text("..."),
                }
                self.text(" ");
                self.expr(elem);
                self.text(")");
            }
            ExprKind::SliceType(elem) => self.node("[]", &[elem]),
            ExprKind::MapType(key, value) => self.node("map", &[key, value]),
            ExprKind::ChanType(dir, elem) => {
                let head = match dir {
                    ChanDir::Both => "chan",
                    ChanDir::Send => "chan<-",
                    ChanDir::Recv => "<-chan",
                };
                self.node(head, &[elem]);
            }
            ExprKind::FuncType(sig) => {
                self.text("(functype ");
                self.signature(sig);
                self.text(")");
            }
            ExprKind::StructType(st) => {
                self.text("(struct");
                for field in &st.fields {
                    self.text(" ");
                    if field.names.is_empty() {
                        self.text("(embed ");
                    } else {
                        self.text("(");
                        for name in &field.names {
                            let _ = write!(self.out, "{} ", name.name);
                        }
                    }
                    self.expr(&field.ty);
                    if let Some(tag) = &field.tag {
                        let _ = write!(self.out, " {}", tag.raw);
                    }
                    self.text(")");
                }
                self.text(")");
            }
            ExprKind::InterfaceType(iface) => {
                self.text("(interface");
                for elem in &iface.elems {
                    self.text(" ");
                    match elem {
                        InterfaceElem::Method { name, sig } => {
                            let _ = write!(self.out, "(method {} ", name.name);
                            self.signature(sig);
                            self.text(")");
                        }
                        InterfaceElem::Type(ty) => self.expr(ty),
                    }
                }
                self.text(")");
            }
        }
    }
}
