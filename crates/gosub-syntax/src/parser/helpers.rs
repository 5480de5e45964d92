//! The Rust side of the grammar: every action in `grammar/go.lalrpop` is one call into this module.
//!
//! The functions build AST nodes and compute their spans, and they do the checks that an LR grammar cannot
//! express without conflicts but Go's parser makes syntactically: grouping parameter names with their
//! types, "cannot use … as value" in `if`/`for`/`switch` headers, telling a type switch guard from a tag
//! expression, validating select cases and composite-literal types. Those checks push a
//! [`SyntaxError`] into the parse's error list and still return a usable node, so parsing continues.

use crate::SyntaxError;
use crate::ast::{self, AssignOp, Block, Expr, ExprKind, Ident, Stmt, StmtKind};
use crate::parser::errors;
use crate::token::Tok;
use gosub_source::Span;
use lalrpop_util::{ErrorRecovery, ParseError};

/// One error as the parse records it: lalrpop's (from `!` productions) or this module's (`ParseError::User`).
pub type Recovery<'input> = ErrorRecovery<usize, Tok<'input>, SyntaxError>;

/// The grammar's mutable state: where actions put errors, plus the source text, which a few checks read
/// (the position of an assignment's operator, whether a semicolon follows a label) because the AST does not
/// record those tokens. `parse_tokens` words the errors afterwards (see `errors`).
#[derive(Debug)]
pub struct Errors<'input> {
    text: &'input str,
    list: Vec<Recovery<'input>>,
}

impl<'input> Errors<'input> {
    pub fn new(text: &'input str) -> Errors<'input> {
        Errors { text, list: Vec::new() }
    }

    pub fn push(&mut self, recovery: Recovery<'input>) {
        self.list.push(recovery);
    }

    pub fn into_list(self) -> Vec<Recovery<'input>> {
        self.list
    }

    /// The offset of the first token at or after `from`, skipping white space and comments.
    fn next_token_at(&self, from: u32) -> u32 {
        let bytes = self.text.as_bytes();
        let mut at = from as usize;
        while at < bytes.len() {
            match (bytes[at], bytes.get(at + 1)) {
                (b' ' | b'\t' | b'\r' | b'\n', _) => at += 1,
                // `/*` and `//` are ASCII, so `at + 2` is a character boundary within the text.
                (b'/', Some(b'*')) => {
                    at = self.text[at + 2..].find("*/").map_or(bytes.len(), |end| at + 2 + end + 2);
                }
                (b'/', Some(b'/')) => {
                    at = self.text[at + 2..].find('\n').map_or(bytes.len(), |end| at + 2 + end);
                }
                _ => break,
            }
        }
        u32::try_from(at).unwrap_or(u32::MAX)
    }
}

/// A span from lalrpop's `usize` locations.
pub fn span(lo: usize, hi: usize) -> Span {
    Span::from_range(lo, hi.max(lo))
}

fn report(errors: &mut Errors<'_>, error: SyntaxError) {
    errors.push(ErrorRecovery { error: ParseError::User { error }, dropped_tokens: Vec::new() });
}

// ---------------------------------------------------------------------------------------------------------
// Lists

pub fn push<T>(mut list: Vec<T>, item: T) -> Vec<T> {
    list.push(item);
    list
}

pub fn push_opt<T>(mut list: Vec<T>, item: Option<T>) -> Vec<T> {
    list.extend(item);
    list
}

pub fn prepend<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut list = Vec::with_capacity(rest.len() + 1);
    list.push(first);
    list.extend(rest);
    list
}

// ---------------------------------------------------------------------------------------------------------
// Names and literals

pub fn ident(name: &str, lo: usize, hi: usize) -> Ident {
    Ident::new(name, span(lo, hi))
}

pub fn lit(kind: ast::LitKind, raw: &str, lo: usize, hi: usize) -> ast::BasicLit {
    ast::BasicLit { kind, raw: raw.into(), span: span(lo, hi) }
}

pub fn name_expr(name: Ident) -> Expr {
    let span = name.span;
    Expr::new(ExprKind::Ident(name), span)
}

pub fn lit_expr(lit: ast::BasicLit) -> Expr {
    let span = lit.span;
    Expr::new(ExprKind::Lit(lit), span)
}

// ---------------------------------------------------------------------------------------------------------
// File and declarations

pub fn file(
    errors: &mut Errors<'_>,
    package: Ident,
    imports: Vec<ast::ImportDecl>,
    decls: Vec<ast::Decl>,
    lo: usize,
    hi: usize,
) -> ast::File {
    let decls = merge_bad_decls(errors, decls);
    ast::File { package, imports, decls, span: span(lo, hi) }
}

/// Stray code between declarations (a statement outside any function, say) is skipped one statement at a
/// time by error recovery, which would report every line. gc instead skips to the next declaration
/// keyword and reports once, so a run of skipped declarations becomes one `Decl::Bad` with one error.
fn merge_bad_decls(errors: &mut Errors<'_>, decls: Vec<ast::Decl>) -> Vec<ast::Decl> {
    let mut merged: Vec<ast::Decl> = Vec::with_capacity(decls.len());
    let mut silenced: Vec<Span> = Vec::new();
    for decl in decls {
        if let (ast::Decl::Bad(span), Some(ast::Decl::Bad(previous))) = (&decl, merged.last_mut()) {
            silenced.push(*span);
            *previous = previous.to(*span);
            continue;
        }
        merged.push(decl);
    }
    if !silenced.is_empty() {
        errors.list.retain(|recovery| {
            let at = errors::location(&recovery.error);
            !silenced.iter().any(|span| span.lo <= at && at < span.hi.max(span.lo + 1))
        });
    }
    merged
}

pub fn gen_decl<S>(specs: Vec<S>, grouped: bool, lo: usize, hi: usize) -> ast::GenDecl<S> {
    ast::GenDecl { specs, grouped, span: span(lo, hi) }
}

pub fn import_spec(
    name: Option<ast::ImportName>,
    path: ast::BasicLit,
    lo: usize,
    hi: usize,
) -> ast::ImportSpec {
    ast::ImportSpec { name, path, span: span(lo, hi) }
}

pub fn import_dot(lo: usize, hi: usize) -> ast::ImportName {
    ast::ImportName::Dot(span(lo, hi))
}

/// A top-level declaration skipped by error recovery.
pub fn bad_decl<'input>(
    errors: &mut Errors<'input>,
    error: ErrorRecovery<usize, Tok<'input>, SyntaxError>,
    lo: usize,
    hi: usize,
) -> ast::Decl {
    errors.push(error);
    ast::Decl::Bad(span(lo, hi))
}

/// A `const` declaration, numbering its specs for `iota`.
/// Specs, fields and statements travel through the parser boxed: lalrpop's stack slot is as large as the
/// largest grammar value, and keeping every value within 88 bytes keeps a slot plus its two locations within
/// 128 bytes, which the compiler moves inline instead of calling `memcpy` (a quarter of parse time when it
/// did not). The boxes come off when a list is complete.
pub fn unbox<T>(items: Vec<Box<T>>) -> Vec<T> {
    items.into_iter().map(|item| *item).collect()
}

/// A declaration of boxed specs (see [`unbox`]).
pub fn decl_of<S>(specs: Vec<Box<S>>, grouped: bool, lo: usize, hi: usize) -> ast::GenDecl<S> {
    gen_decl(unbox(specs), grouped, lo, hi)
}

/// A `const` declaration, numbering its specs for `iota`.
#[expect(clippy::vec_box, reason = "specs arrive boxed from the parser stack, see `unbox`")]
pub fn const_decl(specs: Vec<Box<ast::ConstSpec>>, grouped: bool, lo: usize, hi: usize) -> ast::Decl {
    let mut specs = unbox(specs);
    for (index, spec) in specs.iter_mut().enumerate() {
        spec.iota = u32::try_from(index).unwrap_or(u32::MAX);
    }
    ast::Decl::Const(gen_decl(specs, grouped, lo, hi))
}

pub fn const_spec(
    names: Vec<Ident>,
    ty: Option<Expr>,
    values: Vec<Expr>,
    lo: usize,
    hi: usize,
) -> Box<ast::ConstSpec> {
    Box::new(ast::ConstSpec { names, ty, values, iota: 0, span: span(lo, hi) })
}

pub fn var_spec(
    names: Vec<Ident>,
    ty: Option<Expr>,
    values: Vec<Expr>,
    lo: usize,
    hi: usize,
) -> Box<ast::VarSpec> {
    Box::new(ast::VarSpec { names, ty, values, span: span(lo, hi) })
}

pub fn type_spec(
    name: Ident,
    tparams: Vec<ast::TypeParam>,
    alias: bool,
    ty: Expr,
    lo: usize,
    hi: usize,
) -> Box<ast::TypeSpec> {
    Box::new(ast::TypeSpec { name, tparams, alias, ty, span: span(lo, hi) })
}

pub fn type_param(names: Vec<Ident>, constraint: Expr, lo: usize, hi: usize) -> ast::TypeParam {
    ast::TypeParam { names, constraint, span: span(lo, hi) }
}

#[expect(clippy::too_many_arguments, reason = "one argument per part of the declaration, from the grammar")]
pub fn func_decl(
    errors: &mut Errors<'_>,
    recv: Option<ParamList>,
    name: Ident,
    tparams: Vec<ast::TypeParam>,
    sig: ast::FuncType,
    body: Option<Block>,
    lo: usize,
    hi: usize,
) -> ast::Decl {
    let recv = recv.map(|recv| {
        // gc's parser wants exactly one receiver and reports at the token after the list (the name).
        let count: usize = recv.params.iter().map(|param| param.names.len().max(1)).sum();
        let message = match count {
            0 => Some("method has no receiver"),
            1 => None,
            _ => Some("method has multiple receivers"),
        };
        if let Some(message) = message {
            report(errors, SyntaxError::new(Span::empty_at(name.span.lo), message));
        }
        invalid_dots(errors, &recv);
        recv.params
    });
    ast::Decl::Func(Box::new(ast::FuncDecl { recv, name, tparams, sig, body, span: span(lo, hi) }))
}

/// `:=` written for `=` in a `var`, `const` or `type` declaration: gc reports it and goes on as if it were `=`.
pub fn define_in_decl<T>(errors: &mut Errors<'_>, at: usize, spec: T) -> T {
    report(errors, SyntaxError::new(span(at, at + 2), errors::syntax("unexpected :=, expected =")));
    spec
}

/// Type parameters as parsed: complete declarations, then possibly names without a constraint.
#[derive(Debug)]
pub struct TypeParams {
    params: Vec<ast::TypeParam>,
    unconstrained: Option<Vec<Ident>>,
}

impl TypeParams {
    pub fn new(params: Vec<ast::TypeParam>, unconstrained: Option<Vec<Ident>>) -> TypeParams {
        TypeParams { params, unconstrained }
    }
}

/// A type parameter list closed by the `]` at `close`. Names left without a constraint are gc's `missing
/// type constraint`, reported at the `]`; they keep a placeholder constraint.
pub fn type_params(errors: &mut Errors<'_>, list: TypeParams, close: usize) -> Vec<ast::TypeParam> {
    let mut params = list.params;
    if let Some(names) = list.unconstrained {
        report(errors, SyntaxError::new(span(close, close + 1), errors::syntax("missing type constraint")));
        let lo = names.first().map_or(close, |name| name.span.lo as usize);
        let constraint =
            name_expr(Ident::new("any", Span::empty_at(u32::try_from(close).unwrap_or(u32::MAX))));
        params.push(type_param(names, constraint, lo, close));
    }
    params
}

/// `T ...C` in a type parameter list: reported at the `...` (without `syntax error:`, as gc does).
pub fn dots_type_param(errors: &mut Errors<'_>, at: usize, param: ast::TypeParam) -> ast::TypeParam {
    report(errors, SyntaxError::new(span(at, at + 3), "invalid use of ..."));
    param
}

/// `func f[]()`: gc reports the empty list at its `]`.
pub fn empty_type_params(errors: &mut Errors<'_>, close: usize) -> Vec<ast::TypeParam> {
    report(errors, SyntaxError::new(span(close, close + 1), errors::syntax("empty type parameter list")));
    Vec::new()
}

/// `func[T any]()` as a type or literal: reported at the `[`, and the type parameters are dropped.
pub fn func_type_params(
    errors: &mut Errors<'_>,
    at: usize,
    _params: TypeParams,
    sig: ast::FuncType,
) -> ast::FuncType {
    let message = errors::syntax("function type must have no type parameters");
    report(errors, SyntaxError::new(span(at, at + 1), message));
    sig
}

/// `M[T any]()` in an interface: gc reports it (without `syntax error:`) at the `[` and keeps the method.
pub fn generic_method(
    errors: &mut Errors<'_>,
    name: Ident,
    at: usize,
    _first: ast::TypeParam,
    _rest: Option<TypeParams>,
    sig: ast::FuncType,
) -> ast::InterfaceElem {
    report(errors, SyntaxError::new(span(at, at + 1), "interface method must have no type parameters"));
    ast::InterfaceElem::Method { name, sig }
}

// ---------------------------------------------------------------------------------------------------------
// Types

pub fn slice_type(elem: Expr, lo: usize) -> Expr {
    let span = span(lo, elem.span.hi as usize);
    Expr::new(ExprKind::SliceType(Box::new(elem)), span)
}

pub fn array_type(len: Option<Expr>, elem: Expr, lo: usize) -> Expr {
    let span = span(lo, elem.span.hi as usize);
    Expr::new(ExprKind::ArrayType(len.map(Box::new), Box::new(elem)), span)
}

pub fn map_type(key: Expr, value: Expr, lo: usize) -> Expr {
    let span = span(lo, value.span.hi as usize);
    Expr::new(ExprKind::MapType(Box::new(key), Box::new(value)), span)
}

pub fn chan_type(dir: ast::ChanDir, elem: Expr, lo: usize) -> Expr {
    let span = span(lo, elem.span.hi as usize);
    Expr::new(ExprKind::ChanType(dir, Box::new(elem)), span)
}

pub fn func_type(sig: ast::FuncType, lo: usize) -> Expr {
    let span = span(lo, sig.span.hi as usize);
    Expr::new(ExprKind::FuncType(Box::new(sig)), span)
}

/// An embedded field written with parentheses; gc reports them at the `(`.
pub fn paren_embedded(
    errors: &mut Errors<'_>,
    paren: usize,
    field: Box<ast::FieldDecl>,
) -> Box<ast::FieldDecl> {
    let message = errors::syntax("cannot parenthesize embedded type");
    report(errors, SyntaxError::new(span(paren, paren + 1), message));
    field
}

#[expect(clippy::vec_box, reason = "fields arrive boxed from the parser stack, see `unbox`")]
pub fn struct_type(fields: Vec<Box<ast::FieldDecl>>, lo: usize, hi: usize) -> Expr {
    let span = span(lo, hi);
    Expr::new(ExprKind::StructType(Box::new(ast::StructType { fields: unbox(fields), span })), span)
}

pub fn field(
    names: Vec<Ident>,
    ty: Expr,
    tag: Option<ast::BasicLit>,
    lo: usize,
    hi: usize,
) -> Box<ast::FieldDecl> {
    Box::new(ast::FieldDecl { names, ty, tag, span: span(lo, hi) })
}

pub fn interface_type(elems: Vec<ast::InterfaceElem>, lo: usize, hi: usize) -> Expr {
    let span = span(lo, hi);
    Expr::new(ExprKind::InterfaceType(Box::new(ast::InterfaceType { elems, span })), span)
}

/// A signature. `...` is checked here, where it is known which list is which: only the final parameter
/// may be variadic, and results may not be (gc reports both in its parser, without the `syntax error:`
/// prefix).
pub fn signature(
    errors: &mut Errors<'_>,
    params: ParamList,
    results: ParamList,
    lo: usize,
    hi: usize,
) -> ast::FuncType {
    if let Some(dots) = params.dots.filter(|dots| dots.misplaced) {
        report(errors, SyntaxError::new(Span::empty_at(dots.at), "can only use ... with final parameter"));
    }
    invalid_dots(errors, &results);
    ast::FuncType { params: params.params, results: results.params, span: span(lo, hi) }
}

/// `...` in a list that may not have it (results, a receiver).
fn invalid_dots(errors: &mut Errors<'_>, list: &ParamList) {
    if let Some(dots) = list.dots {
        report(errors, SyntaxError::new(Span::empty_at(dots.at), "invalid use of ..."));
    }
}

/// No results.
pub fn no_results() -> ParamList {
    ParamList { params: Vec::new(), dots: None }
}

/// A result written as a bare type: one unnamed result.
pub fn result_type(ty: Expr) -> ParamList {
    let span = ty.span;
    ParamList { params: vec![ast::Param { names: Vec::new(), ty, variadic: false, span }], dots: None }
}

/// A parenthesised parameter list after grouping, with where its first `...` is.
#[derive(Debug)]
pub struct ParamList {
    params: Vec<ast::Param>,
    dots: Option<Dots>,
}

/// The first `...` of a parameter list: its offset, and whether it is misplaced for a parameter list (not on
/// the final parameter, or shared by several names, as in `a, b ...int`).
#[derive(Clone, Copy, Debug)]
struct Dots {
    at: u32,
    misplaced: bool,
}

/// One comma-separated entry of a parameter list before grouping: `T`, `name T`, `...T`, `name ...T`.
/// A lone name is ambiguous (a type, or a name whose type follows later) until the whole list is seen.
#[derive(Debug)]
pub struct ParamEntry {
    name: Option<Ident>,
    ty: Expr,
    /// Where the entry's `...` is, if it has one. (Kept small: parser stack slots are as large as the largest
    /// grammar value, so every grammar value stays within 88 bytes.)
    dots: Option<u32>,
}

impl ParamEntry {
    pub fn new(name: Option<Ident>, ty: Expr, dots: Option<usize>) -> ParamEntry {
        ParamEntry { name, ty, dots: dots.map(|at| u32::try_from(at).unwrap_or(u32::MAX)) }
    }

    fn lo(&self) -> u32 {
        match (&self.name, self.dots) {
            (Some(name), _) => name.span.lo,
            (None, Some(dots)) => dots,
            (None, None) => self.ty.span.lo,
        }
    }

    fn variadic(&self) -> bool {
        self.dots.is_some()
    }

    /// A lone identifier, without `...`: a parameter name if any entry of the list is named.
    fn lone_name(&self) -> Option<&Ident> {
        match (&self.name, &self.ty.kind, self.dots) {
            (None, ExprKind::Ident(name), None) => Some(name),
            _ => None,
        }
    }
}

/// `...` without a type after it (`xs ...)`): gc accepts it and reports `... is missing type` at the token
/// after the dots. The entry keeps a placeholder type.
pub fn dots_without_type(errors: &mut Errors<'_>, name: Option<Ident>, lo: usize, hi: usize) -> ParamEntry {
    let at = errors.next_token_at(u32::try_from(hi).unwrap_or(u32::MAX));
    report(errors, SyntaxError::new(Span::empty_at(at), errors::syntax("... is missing type")));
    let placeholder = name_expr(Ident::new("_", Span::empty_at(at)));
    ParamEntry::new(name, placeholder, Some(lo))
}

/// Groups a parameter list the way Go does. When no entry has the form `name Type`, every entry is a type.
/// Otherwise every entry must be named: runs of lone names take the type of the next named entry
/// (`a, b int`), and an entry that is a type without a name is an error (`missing parameter name`), as is
/// a run of names at the end with no type after them (`missing parameter type`).
pub fn params(errors: &mut Errors<'_>, entries: Vec<ParamEntry>, lo: usize, hi: usize) -> ParamList {
    let count = entries.len();
    let dots = entries
        .iter()
        .enumerate()
        .find_map(|(index, entry)| entry.dots.map(|at| Dots { at, misplaced: index + 1 < count }));
    let named = entries.iter().filter(|entry| entry.name.is_some()).count();
    if named == 0 {
        let params = entries
            .into_iter()
            .map(|entry| {
                let span = Span::new(entry.lo(), entry.ty.span.hi);
                let variadic = entry.variadic();
                ast::Param { names: Vec::new(), ty: entry.ty, variadic, span }
            })
            .collect();
        return ParamList { params, dots };
    }
    let mut params: Vec<ast::Param> = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    let mut missing_name: Option<u32> = None;
    let mut dots = dots;
    for entry in entries {
        if let Some(name) = entry.lone_name() {
            pending.push(name.clone());
            continue;
        }
        let lo = pending.first().map_or_else(|| entry.lo(), |first| first.span.lo);
        let variadic = entry.variadic();
        let name = entry.name.unwrap_or_else(|| {
            let at = entry.dots.unwrap_or(entry.ty.span.lo);
            missing_name.get_or_insert(at);
            Ident::new("_", Span::empty_at(at))
        });
        pending.push(name);
        if variadic && pending.len() > 1 {
            // `a, b ...int`: the `...` belongs to two parameters, so it is not only on the final one.
            if let Some(dots) = dots.as_mut() {
                dots.misplaced = true;
            }
        }
        let span = Span::new(lo, entry.ty.span.hi);
        params.push(ast::Param { names: std::mem::take(&mut pending), ty: entry.ty, variadic, span });
    }
    if let Some(at) = missing_name {
        report(errors, SyntaxError::new(Span::empty_at(at), errors::syntax("missing parameter name")));
    } else if !pending.is_empty() {
        // Go reports a trailing run of names without a type at the closing parenthesis.
        let close = hi.saturating_sub(1).max(lo);
        report(errors, SyntaxError::new(span(close, hi), errors::syntax("missing parameter type")));
    }
    if !pending.is_empty() {
        // Keep the names (the checker will not see this list: the file has a syntax error).
        let last = pending[pending.len() - 1].clone();
        let span = Span::new(pending[0].span.lo, last.span.hi);
        params.push(ast::Param { names: pending, ty: name_expr(last), variadic: false, span });
    }
    ParamList { params, dots }
}

/// An empty `()` parameter list.
pub fn no_params() -> ParamList {
    no_results()
}

// ---------------------------------------------------------------------------------------------------------
// Expressions

pub fn paren(inner: Expr, lo: usize, hi: usize) -> Expr {
    Expr::new(ExprKind::Paren(Box::new(inner)), span(lo, hi))
}

/// A binary expression as parsed: operands and operators in source order, before precedence is applied.
#[derive(Debug)]
pub struct BinaryChain {
    first: Expr,
    /// Empty (and unallocated) for the common single-operand expression.
    rest: Vec<(ast::BinaryOp, Expr)>,
}

impl BinaryChain {
    pub fn new(first: Expr) -> BinaryChain {
        BinaryChain { first, rest: Vec::new() }
    }

    pub fn push(mut self, op: ast::BinaryOp, operand: Expr) -> BinaryChain {
        self.rest.push((op, operand));
        self
    }
}

/// Applies Go's precedence (five levels, all left-associative) to a chain: operator precedence parsing
/// with an operand and an operator stack.
pub fn fold_binary(chain: BinaryChain) -> Expr {
    if chain.rest.is_empty() {
        return chain.first;
    }
    let mut operands = vec![chain.first];
    let mut operators: Vec<ast::BinaryOp> = Vec::new();
    for (op, operand) in chain.rest {
        while operators.last().is_some_and(|top| top.precedence() >= op.precedence()) {
            reduce_top(&mut operands, &mut operators);
        }
        operators.push(op);
        operands.push(operand);
    }
    while !operators.is_empty() {
        reduce_top(&mut operands, &mut operators);
    }
    operands
        .pop()
        .unwrap_or_else(|| Expr::new(ExprKind::Ident(Ident::new("_", Span::default())), Span::default()))
}

/// Combines the top operator with the top two operands. The stacks always hold one more operand than
/// operators, so the pops cannot fail; the guard only keeps this function total.
fn reduce_top(operands: &mut Vec<Expr>, operators: &mut Vec<ast::BinaryOp>) {
    if let (Some(op), Some(rhs), Some(lhs)) = (operators.pop(), operands.pop(), operands.pop()) {
        operands.push(binary(lhs, op, rhs));
    }
}

pub fn binary(lhs: Expr, op: ast::BinaryOp, rhs: Expr) -> Expr {
    let span = lhs.span.to(rhs.span);
    Expr::new(ExprKind::Binary(op, Box::new(lhs), Box::new(rhs)), span)
}

pub fn unary(op: ast::UnaryOp, operand: Expr, lo: usize) -> Expr {
    let span = span(lo, operand.span.hi as usize);
    Expr::new(ExprKind::Unary(op, Box::new(operand)), span)
}

pub fn star(operand: Expr, lo: usize) -> Expr {
    let span = span(lo, operand.span.hi as usize);
    Expr::new(ExprKind::Star(Box::new(operand)), span)
}

pub fn selector(base: Expr, name: Ident) -> Expr {
    let span = base.span.to(name.span);
    Expr::new(ExprKind::Selector(Box::new(base), name), span)
}

pub fn index(base: Expr, indices: Vec<Expr>, hi: usize) -> Expr {
    let span = span(base.span.lo as usize, hi);
    Expr::new(ExprKind::Index(Box::new(base), indices), span)
}

/// `x[a, b, …]` in an expression. After the first index gc's parser accepts only types (several indices
/// only instantiate a generic function), so it reports the first token of a later index that cannot be
/// part of a type, wanting the `]` there.
pub fn index_expr(errors: &mut Errors<'_>, base: Expr, indices: Vec<Expr>, hi: usize) -> Expr {
    if let Some((at, found)) = indices.iter().skip(1).find_map(|index| non_type_token(errors, index)) {
        let message = errors::syntax(&format!("unexpected {found}, expected ]"));
        report(errors, SyntaxError::new(Span::empty_at(at), message));
    }
    index(base, indices, hi)
}

/// Where a type parsed from the start of `expr` would stop, with gc's name for the token there: `None`
/// if all of `expr` can be read as a type.
fn non_type_token(errors: &Errors<'_>, expr: &Expr) -> Option<(u32, String)> {
    match &expr.kind {
        ExprKind::Lit(lit) => Some((expr.span.lo, format!("literal {}", lit.raw))),
        ExprKind::Unary(op, _) => Some((expr.span.lo, op.as_str().to_string())),
        ExprKind::Binary(op, lhs, _) => non_type_token(errors, lhs)
            .or_else(|| Some((errors.next_token_at(lhs.span.hi), op.as_str().to_string()))),
        ExprKind::Call(call) => {
            non_type_token(errors, &call.func).or_else(|| Some((call.paren_span.lo, "(".to_string())))
        }
        ExprKind::CompositeLit(lit) => Some((lit.body_span.lo, "{".to_string())),
        ExprKind::FuncLit(lit) => Some((lit.body.span.lo, "{".to_string())),
        ExprKind::Paren(inner) | ExprKind::Selector(inner, _) | ExprKind::Index(inner, _) => {
            non_type_token(errors, inner)
        }
        _ => None,
    }
}

pub fn slice(base: Expr, low: Option<Expr>, high: Option<Expr>, max: Option<Expr>, hi: usize) -> Expr {
    let span = span(base.span.lo as usize, hi);
    Expr::new(ExprKind::Slice(Box::new(ast::SliceExpr { base, low, high, max })), span)
}

/// A 3-index slice with its middle (`s[a::c]`) or final (`s[a:b:]`) index missing, reported at the
/// token where gc notices (the second `:`, or the `]`), without the `syntax error:` prefix as gc does.
pub fn slice_missing_index(
    errors: &mut Errors<'_>,
    base: Expr,
    low: Option<Expr>,
    other: Option<Expr>,
    at: usize,
    middle: bool,
    hi: usize,
) -> Expr {
    let message = if middle {
        "middle index required in 3-index slice"
    } else {
        "final index required in 3-index slice"
    };
    report(errors, SyntaxError::new(span(at, at + 1), message));
    let (high, max) = if middle { (None, other) } else { (other, None) };
    slice(base, low, high, max, hi)
}

pub fn type_assert(base: Expr, ty: Option<Expr>, hi: usize) -> Expr {
    let span = span(base.span.lo as usize, hi);
    Expr::new(ExprKind::TypeAssert(Box::new(base), ty.map(Box::new)), span)
}

/// The parenthesised part of a call: arguments, the `...` of `f(xs...)`, and the parentheses' span.
#[derive(Debug)]
pub struct Args {
    args: Vec<Expr>,
    ellipsis: Option<Span>,
    span: Span,
}

pub fn args(args: Vec<Expr>, ellipsis: Option<usize>, lo: usize, hi: usize) -> Args {
    Args { args, ellipsis: ellipsis.map(|at| span(at, at + 3)), span: span(lo, hi) }
}

pub fn call(func: Expr, args: Args) -> Expr {
    let span = func.span.to(args.span);
    let call = ast::CallExpr { func, args: args.args, ellipsis: args.ellipsis, paren_span: args.span };
    Expr::new(ExprKind::Call(Box::new(call)), span)
}

/// The braces of a composite literal and the elements between them.
#[derive(Debug)]
pub struct LitBody {
    elems: Vec<ast::Element>,
    span: Span,
}

impl LitBody {
    pub fn new(elems: Vec<ast::Element>, lo: usize, hi: usize) -> LitBody {
        LitBody { elems, span: span(lo, hi) }
    }
}

/// `T{…}` where `T` was parsed as an expression (a name, selector or instantiation). Go's parser accepts
/// a literal only after those; anything else (a call, a literal, a parenthesised type) is an error, which
/// gc reports as `unexpected {` or `cannot parenthesize type in composite literal`.
pub fn composite_lit(errors: &mut Errors<'_>, ty: Expr, body: LitBody) -> Expr {
    if !is_literal_type(&ty) {
        let brace = Span::new(body.span.lo, body.span.lo + 1);
        let message = if matches!(ty.kind, ExprKind::Paren(_)) && is_literal_type(ty.unparen()) {
            errors::syntax("cannot parenthesize type in composite literal")
        } else {
            errors::syntax(errors::STRAY_BRACE)
        };
        report(errors, SyntaxError::new(brace, message));
    }
    typed_lit(ty, body)
}

fn is_literal_type(ty: &Expr) -> bool {
    match &ty.kind {
        ExprKind::Ident(_) => true,
        ExprKind::Selector(base, _) => matches!(base.kind, ExprKind::Ident(_)),
        ExprKind::Index(base, _) => is_literal_type(base),
        _ => false,
    }
}

/// A literal whose type is a type literal (`[]int{…}`, `struct{…}{…}`).
pub fn typed_lit(ty: Expr, body: LitBody) -> Expr {
    let span = ty.span.to(body.span);
    let lit = ast::CompositeLit { ty: Some(ty), elems: body.elems, body_span: body.span };
    Expr::new(ExprKind::CompositeLit(Box::new(lit)), span)
}

/// An element `{…}` whose type is elided (it is the enclosing literal's element or key type).
pub fn untyped_lit(body: LitBody) -> Expr {
    let lit = ast::CompositeLit { ty: None, elems: body.elems, body_span: body.span };
    Expr::new(ExprKind::CompositeLit(Box::new(lit)), body.span)
}

pub fn func_lit(sig: ast::FuncType, body: Block, lo: usize) -> Expr {
    let span = span(lo, body.span.hi as usize);
    Expr::new(ExprKind::FuncLit(Box::new(ast::FuncLit { sig, body })), span)
}

// ---------------------------------------------------------------------------------------------------------
// Statements

pub fn stmt(kind: StmtKind, lo: usize, hi: usize) -> Stmt {
    Stmt::new(kind, span(lo, hi))
}

pub fn block(stmts: Vec<Stmt>, lo: usize, hi: usize) -> Block {
    Block { stmts, span: span(lo, hi) }
}

pub fn block_stmt(block: Block) -> Stmt {
    let span = block.span;
    Stmt::new(StmtKind::Block(block), span)
}

pub fn decl_stmt(decl: ast::Decl) -> Stmt {
    let span = decl.span();
    Stmt::new(StmtKind::Decl(decl), span)
}

/// A statement skipped by error recovery.
pub fn bad_stmt<'input>(
    errors: &mut Errors<'input>,
    error: ErrorRecovery<usize, Tok<'input>, SyntaxError>,
    lo: usize,
    hi: usize,
) -> Stmt {
    errors.push(error);
    stmt(StmtKind::Bad, lo, hi)
}

pub fn element(key: Option<Expr>, value: Expr) -> ast::Element {
    ast::Element { key: key.map(Box::new), value }
}

/// `label: stmt`; a label right before `}` labels an empty statement.
pub fn labeled(label: Ident, body: Option<Stmt>, lo: usize, hi: usize) -> Stmt {
    let body = body.unwrap_or_else(|| Stmt::new(StmtKind::Empty, span(hi, hi)));
    stmt(StmtKind::Labeled { label, stmt: Box::new(body) }, lo, hi)
}

pub fn expr_stmt(expr: Expr) -> Stmt {
    let span = expr.span;
    Stmt::new(StmtKind::Expr(expr), span)
}

pub fn send_stmt(chan: Expr, value: Expr) -> Stmt {
    let span = chan.span.to(value.span);
    Stmt::new(StmtKind::Send { chan: Box::new(chan), value: Box::new(value) }, span)
}

pub fn inc_dec(target: Expr, inc: bool, hi: usize) -> Stmt {
    let span = span(target.span.lo as usize, hi);
    Stmt::new(StmtKind::IncDec { target, inc }, span)
}

pub fn assign(lhs: Vec<Expr>, op: AssignOp, rhs: Vec<Expr>) -> Stmt {
    let span = list_span(&lhs).to(list_span(&rhs));
    Stmt::new(StmtKind::Assign { lhs, op, rhs }, span)
}

fn list_span(exprs: &[Expr]) -> Span {
    match exprs {
        [] => Span::default(),
        [first, ..] => first.span.to(exprs[exprs.len() - 1].span),
    }
}

pub fn go_stmt(errors: &mut Errors<'_>, call: Expr, lo: usize, hi: usize) -> Stmt {
    let call = unparen_call(errors, call, "go");
    stmt(StmtKind::Go(call), lo, hi)
}

pub fn defer_stmt(errors: &mut Errors<'_>, call: Expr, lo: usize, hi: usize) -> Stmt {
    let call = unparen_call(errors, call, "defer");
    stmt(StmtKind::Defer(call), lo, hi)
}

/// gc rejects `go (f())` in the parser; that the operand is a call at all is checked by its type checker.
fn unparen_call(errors: &mut Errors<'_>, call: Expr, keyword: &str) -> Expr {
    if let ExprKind::Paren(_) = call.kind {
        let message = format!("expression in {keyword} must not be parenthesized");
        report(errors, SyntaxError::new(call.span, message));
        let mut inner = call;
        while let ExprKind::Paren(expr) = inner.kind {
            inner = *expr;
        }
        return inner;
    }
    call
}

/// Where gc positions a simple statement in messages: an assignment, `x++` and a send at their operator
/// (gc's `AssignStmt` and `SendStmt` nodes start there), anything else at its start.
fn stmt_pos(errors: &Errors<'_>, stmt: &Stmt) -> u32 {
    match &stmt.kind {
        StmtKind::Assign { lhs, .. } => errors.next_token_at(list_span(lhs).hi),
        StmtKind::IncDec { target, .. } => errors.next_token_at(target.span.hi),
        StmtKind::Send { chan, .. } => errors.next_token_at(chan.span.hi),
        _ => stmt.span.lo,
    }
}

/// The condition of an `if` or `for` header must be an expression statement: Go reports
/// `cannot use … as value` for anything else (typically `=` written for `==`).
fn header_expr(errors: &mut Errors<'_>, header: Stmt) -> Expr {
    let at = stmt_pos(errors, &header);
    match header.kind {
        StmtKind::Expr(expr) => expr,
        other => {
            let message = errors::syntax(&format!("cannot use {} as value", errors::describe_stmt(&other)));
            report(errors, SyntaxError::new(Span::empty_at(at), message));
            // A placeholder keeps the tree well formed; the file has an error anyway.
            Expr::new(ExprKind::Ident(Ident::new("_", header.span)), header.span)
        }
    }
}

/// An `if` statement. `semi` is the header's semicolon, if it has one: its offset and whether a newline
/// put it there. A missing condition is accepted by the grammar and reported here, worded as gc words it:
/// `if x` + newline + `{` is a brace on the wrong line, `if x; {` and `if {` lack the condition.
#[expect(clippy::too_many_arguments, reason = "one argument per part of the statement, from the grammar")]
pub fn if_stmt(
    errors: &mut Errors<'_>,
    init: Option<Stmt>,
    semi: Option<(usize, bool)>,
    cond: Option<Stmt>,
    then: Block,
    els: Option<Stmt>,
    lo: usize,
    hi: usize,
) -> Stmt {
    let cond = match cond {
        Some(cond) => header_expr(errors, cond),
        None => {
            let at = semi.map_or(then.span.lo, |(at, _)| u32::try_from(at).unwrap_or(u32::MAX));
            let message = match semi {
                Some((_, true)) => "unexpected newline, expected { after if clause",
                _ => "missing condition in if statement",
            };
            report(errors, SyntaxError::new(Span::empty_at(at), errors::syntax(message)));
            Expr::new(ExprKind::Ident(Ident::new("_", Span::empty_at(at))), Span::empty_at(at))
        }
    };
    stmt(StmtKind::If(Box::new(ast::IfStmt { init, cond, then, els })), lo, hi)
}

/// The clauses of a `switch` or `select` with the span of their braces.
#[derive(Debug)]
pub struct Clauses<C> {
    clauses: Vec<C>,
    span: Span,
}

impl<C> Clauses<C> {
    pub fn new(clauses: Vec<C>, lo: usize, hi: usize) -> Clauses<C> {
        Clauses { clauses, span: span(lo, hi) }
    }
}

/// The clauses of a `switch`. A clause other than the last may not end with a bare label (`L:` followed by
/// `case`): gc reports `missing statement after label` at its colon. Before `}` a bare label is fine (it
/// labels an empty statement).
pub fn case_clauses(
    errors: &mut Errors<'_>,
    clauses: Vec<ast::CaseClause>,
    lo: usize,
    hi: usize,
) -> Clauses<ast::CaseClause> {
    let count = clauses.len();
    for clause in clauses.iter().take(count.saturating_sub(1)) {
        check_final_label(errors, &clause.body);
    }
    Clauses::new(clauses, lo, hi)
}

/// The clauses of a `select`, checked as in [`case_clauses`].
#[expect(clippy::vec_box, reason = "clauses arrive boxed from the parser stack, see `unbox`")]
pub fn comm_clauses(
    errors: &mut Errors<'_>,
    clauses: Vec<Box<ast::CommClause>>,
    lo: usize,
    hi: usize,
) -> Clauses<Box<ast::CommClause>> {
    let count = clauses.len();
    for clause in clauses.iter().take(count.saturating_sub(1)) {
        check_final_label(errors, &clause.body);
    }
    Clauses::new(clauses, lo, hi)
}

/// Reports a clause body that ends in a label with no statement and no `;` after it.
fn check_final_label(errors: &mut Errors<'_>, body: &[Stmt]) {
    let Some(mut last) = body.last() else { return };
    while let StmtKind::Labeled { stmt, .. } = &last.kind {
        if let StmtKind::Empty = stmt.kind {
            // The labeled statement ends with its colon; an explicit `;` after it is an empty statement.
            let colon = last.span.hi.saturating_sub(1);
            if errors.text.as_bytes().get(errors.next_token_at(last.span.hi) as usize) != Some(&b';') {
                let message = errors::syntax("missing statement after label");
                report(errors, SyntaxError::new(Span::empty_at(colon), message));
            }
            return;
        }
        last = stmt;
    }
}

pub fn case_clause(list: Option<Vec<Expr>>, body: Vec<Stmt>, lo: usize, hi: usize) -> ast::CaseClause {
    ast::CaseClause { list, body, span: span(lo, hi) }
}

/// A `switch` statement: a type switch when the tag statement is `x.(type)` or `v := x.(type)`,
/// an expression switch otherwise (whose tag must then be an expression).
pub fn switch_stmt(
    errors: &mut Errors<'_>,
    init: Option<Stmt>,
    tag: Option<Stmt>,
    body: Clauses<ast::CaseClause>,
    lo: usize,
    hi: usize,
) -> Stmt {
    let Some(tag) = tag else {
        let switch = ast::SwitchStmt { init, tag: None, clauses: body.clauses, body_span: body.span };
        return stmt(StmtKind::Switch(Box::new(switch)), lo, hi);
    };
    let guard_span = tag.span;
    match tag.kind {
        StmtKind::Expr(Expr { kind: ExprKind::TypeAssert(subject, None), .. }) => {
            let switch = ast::TypeSwitchStmt {
                init,
                bind: None,
                subject: *subject,
                guard_span,
                clauses: body.clauses,
                body_span: body.span,
            };
            stmt(StmtKind::TypeSwitch(Box::new(switch)), lo, hi)
        }
        StmtKind::Assign { lhs, op: AssignOp::Define, rhs } if is_type_guard(&lhs, &rhs) => {
            let (mut lhs, mut rhs) = (lhs, rhs);
            let (Some(lhs), Some(Expr { kind: ExprKind::TypeAssert(subject, None), .. })) =
                (lhs.pop(), rhs.pop())
            else {
                // `is_type_guard` checked the shape; keep a well-formed (if empty) switch regardless.
                let switch = ast::SwitchStmt { init, tag: None, clauses: body.clauses, body_span: body.span };
                return stmt(StmtKind::Switch(Box::new(switch)), lo, hi);
            };
            let bind = match lhs.kind {
                ExprKind::Ident(name) => Some(name),
                _ => {
                    // gc keeps `a.b := x.(type)` an assignment, which a switch header cannot use.
                    let text = format!(
                        "{} := {}",
                        errors::describe_expr(&lhs),
                        errors::describe_expr(&rhs_of(&subject))
                    );
                    let message = errors::syntax(&format!("cannot use {text} as value"));
                    let at = errors.next_token_at(lhs.span.hi);
                    report(errors, SyntaxError::new(Span::empty_at(at), message));
                    None
                }
            };
            let switch = ast::TypeSwitchStmt {
                init,
                bind,
                subject: *subject,
                guard_span,
                clauses: body.clauses,
                body_span: body.span,
            };
            stmt(StmtKind::TypeSwitch(Box::new(switch)), lo, hi)
        }
        kind => {
            let tag = header_expr(errors, Stmt::new(kind, guard_span));
            let switch =
                ast::SwitchStmt { init, tag: Some(tag), clauses: body.clauses, body_span: body.span };
            stmt(StmtKind::Switch(Box::new(switch)), lo, hi)
        }
    }
}

/// Rebuilds `x.(type)` from its subject, for messages.
fn rhs_of(subject: &Expr) -> Expr {
    Expr::new(ExprKind::TypeAssert(Box::new(subject.clone()), None), subject.span)
}

/// `v := x.(type)`: one name defined from one `.(type)` assertion.
fn is_type_guard(lhs: &[Expr], rhs: &[Expr]) -> bool {
    matches!((lhs, rhs), ([_], [Expr { kind: ExprKind::TypeAssert(_, None), .. }]))
}

pub fn select_stmt(body: Clauses<Box<ast::CommClause>>, lo: usize, hi: usize) -> Stmt {
    let select = ast::SelectStmt { clauses: unbox(body.clauses), body_span: body.span };
    stmt(StmtKind::Select(Box::new(select)), lo, hi)
}

/// A `select` case must be a send, a receive expression, or an assignment/definition from a receive.
/// gc's parser accepts any simple statement there and leaves the check to its type checker
/// (`select case must be receive, send or assign recv`), so the clause is kept as written.
pub fn comm_clause(comm: Option<Stmt>, body: Vec<Stmt>, lo: usize, hi: usize) -> Box<ast::CommClause> {
    Box::new(ast::CommClause { comm, body, span: span(lo, hi) })
}

/// A `for` statement with a condition and/or init and post statements (no range clause).
pub fn for_stmt(
    errors: &mut Errors<'_>,
    init: Option<Stmt>,
    cond: Option<Stmt>,
    post: Option<Stmt>,
    body: Block,
    lo: usize,
    hi: usize,
) -> Stmt {
    let cond = cond.map(|cond| header_expr(errors, cond));
    if let Some(post @ Stmt { kind: StmtKind::Assign { op: AssignOp::Define, .. }, .. }) = &post {
        let message = errors::syntax("cannot declare in post statement of for loop");
        let at = stmt_pos(errors, post);
        report(errors, SyntaxError::new(Span::empty_at(at), message));
    }
    stmt(StmtKind::For(Box::new(ast::ForStmt { init, cond, post, body })), lo, hi)
}

/// `for k, v := range x`: at most two iteration variables.
pub fn range_stmt(
    errors: &mut Errors<'_>,
    vars: Vec<Expr>,
    op: Option<AssignOp>,
    expr: Expr,
    body: Block,
    lo: usize,
    hi: usize,
) -> Stmt {
    if vars.len() > 2 {
        // Go's type checker (not its parser) reports this, without the `syntax error:` prefix.
        let message = "range clause permits at most two iteration variables";
        report(errors, SyntaxError::new(vars[2].span, message));
    }
    let mut vars = vars.into_iter();
    let (key, value) = (vars.next(), vars.next());
    stmt(StmtKind::Range(Box::new(ast::RangeStmt { key, value, op, expr, body })), lo, hi)
}
