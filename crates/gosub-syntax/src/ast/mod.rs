//! The Go abstract syntax tree: what the parser builds and the type checker reads.
//!
//! The shape follows Go's own `go/ast` where that helps the checker, with Rust enums instead of interfaces:
//!
//! * **Types are expressions.** A type written in the source (`[]int`, `*T`, `map[K]V`, `pkg.T[int]`,
//!   `func(int) bool`) is an [`Expr`] whose [`ExprKind`] is one of the type variants (`ArrayType`,
//!   `SliceType`, …) or a plain name/selector/index. Go's grammar cannot tell `*p` (dereference) from
//!   `*T` (pointer type), `T.M` (method expression) from `x.f` (field), or `f[int]` (instantiation) from
//!   `a[i]` (indexing) without knowing what the names denote, so the parser does not try: one node each,
//!   and the checker decides. [`TypeExpr`] is an alias that documents where the grammar only accepts types.
//! * **Every node has a span** (byte offsets into its file). Spans of composite nodes cover their first
//!   to last token.
//! * **Identifiers own their text** (`Box<str>`): the tree is `Send` and outlives the source buffer.
//!   Literals keep their raw source text (quotes, prefixes and `_` separators included); decoding a value
//!   is the checker's business, because only it knows the constant's eventual type.
//! * **Operators are enums** ([`BinaryOp`], [`UnaryOp`], [`AssignOp`], [`ChanDir`]).
//!
//! Syntax that Go's compiler rejects only in its type checker (`.(type)` outside a switch header, a
//! composite literal of a non-type, `non-name on left side of :=`) is kept in the tree unchanged, so the
//! checker can report it with Go's wording and ordering.
//!
//! Dropping a tree recurses once per nesting level. The parser itself does not recurse (lalrpop's parser
//! keeps an explicit stack), so an absurdly deep expression (hundreds of thousands of nested parentheses)
//! could overflow the stack only when its tree is dropped; Go's own compiler limits nesting far below
//! that, and a depth guard belongs in the front end (`parse_text`) if fuzzing ever finds it.

mod print;

use gosub_source::Span;

pub use print::{dump, dump_with_spans};

/// A type written in the source. Types share the expression tree (see the module docs); the alias marks
/// the places where the grammar only accepts a type.
pub type TypeExpr = Expr;

/// One parsed `.go` file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// The package name from the `package` clause.
    pub package: Ident,
    /// The `import` declarations, in source order (they must precede all other declarations).
    pub imports: Vec<ImportDecl>,
    /// Every top-level declaration after the imports, in source order.
    pub decls: Vec<Decl>,
    pub span: Span,
}

/// An identifier: a name with its span. The blank identifier is an `Ident` named `_`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ident {
    pub name: Box<str>,
    pub span: Span,
}

impl Ident {
    pub fn new(name: &str, span: Span) -> Ident {
        Ident { name: name.into(), span }
    }

    pub fn is_blank(&self) -> bool {
        &*self.name == "_"
    }
}

/// A basic literal with its exact source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasicLit {
    pub kind: LitKind,
    /// The literal as written, e.g. `0x_ff`, `'\n'`, `"a\tb"`, a raw string with its backquotes.
    pub raw: Box<str>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    /// An interpreted string literal (`"…"`).
    Str,
    /// A raw string literal (`` `…` ``).
    RawStr,
}

// ---------------------------------------------------------------------------------------------------------
// Declarations

/// A declaration, at top level or (except `Func`) inside a function body.
#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Const(GenDecl<ConstSpec>),
    Var(GenDecl<VarSpec>),
    Type(GenDecl<TypeSpec>),
    Func(Box<FuncDecl>),
    /// A declaration the parser could not make sense of; the error was already reported.
    Bad(Span),
}

impl Decl {
    pub fn span(&self) -> Span {
        match self {
            Decl::Const(decl) => decl.span,
            Decl::Var(decl) => decl.span,
            Decl::Type(decl) => decl.span,
            Decl::Func(decl) => decl.span,
            Decl::Bad(span) => *span,
        }
    }
}

/// A `const`, `var`, `type` or `import` declaration: one spec, or a parenthesised group of them.
#[derive(Clone, Debug, PartialEq)]
pub struct GenDecl<S> {
    pub specs: Vec<S>,
    /// True for the parenthesised form `var ( … )`, even when it holds one spec or none.
    pub grouped: bool,
    pub span: Span,
}

pub type ImportDecl = GenDecl<ImportSpec>;

/// `import name "path"`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    pub name: Option<ImportName>,
    /// The import path literal, quotes included.
    pub path: BasicLit,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportName {
    /// `import name "path"`, including the blank import `import _ "path"`.
    Named(Ident),
    /// `import . "path"`, with the span of the dot.
    Dot(Span),
}

/// One line of a `const` declaration. Go's implicit repetition (a spec with names only repeats the
/// previous spec's type and values) is left to the checker; `iota` is recorded here because it is a
/// purely syntactic fact.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<TypeExpr>,
    /// Empty for the implicit-repetition form.
    pub values: Vec<Expr>,
    /// The spec's index within its declaration: the value of `iota` inside it.
    pub iota: u32,
    pub span: Span,
}

/// One line of a `var` declaration: `names [type] [= values]` (at least one of type and values).
#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<TypeExpr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

/// `Name[TypeParams] Type` (a defined type) or `Name[TypeParams] = Type` (an alias).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    /// Empty when the type is not generic.
    pub tparams: Vec<TypeParam>,
    /// True for an alias declaration (`type A = B`).
    pub alias: bool,
    pub ty: TypeExpr,
    pub span: Span,
}

/// One group of type parameters sharing a constraint: `K, V comparable`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeParam {
    pub names: Vec<Ident>,
    /// A type, or a type-set expression: `~int | ~string` is a `Binary(Or)` of `Unary(Tilde)` nodes.
    pub constraint: TypeExpr,
    pub span: Span,
}

/// `func (recv) Name[TypeParams](params) results { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// The receiver list of a method, as written (Go requires exactly one; the checker says so).
    pub recv: Option<Vec<Param>>,
    pub name: Ident,
    pub tparams: Vec<TypeParam>,
    pub sig: FuncType,
    /// `None` for a declaration without body (implemented in assembly or linked by `go:linkname`).
    pub body: Option<Block>,
    pub span: Span,
}

/// A function signature: the parameter and result lists. Used by function types, literals, declarations
/// and interface methods.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Param>,
    /// Results; a single unnamed result type written without parentheses is one unnamed `Param`.
    pub results: Vec<Param>,
    pub span: Span,
}

/// A group of parameters sharing one type: `a, b int`, an unnamed `int`, or a variadic `c ...string`.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Empty for an unnamed parameter. The parser guarantees that within one list either every group is
    /// named or none is.
    pub names: Vec<Ident>,
    /// The parameter type; for a variadic parameter, the element type `T` of `...T`.
    pub ty: TypeExpr,
    pub variadic: bool,
    pub span: Span,
}

/// One field declaration of a struct type.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldDecl {
    /// Empty for an embedded field (`T`, `*T`, `pkg.T`, `T[int]`).
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub tag: Option<BasicLit>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StructType {
    pub fields: Vec<FieldDecl>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InterfaceType {
    pub elems: Vec<InterfaceElem>,
    pub span: Span,
}

/// One line of an interface type.
#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    /// `Name(params) results`.
    Method { name: Ident, sig: FuncType },
    /// An embedded interface or a type-set term: `io.Reader`, `~int | ~string`, `comparable`.
    Type(TypeExpr),
}

// ---------------------------------------------------------------------------------------------------------
// Statements

/// `{ stmts }`. Empty statements are not kept (they have no meaning), except as the body of a label.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}` inclusive: `span.hi - 1` is the closing brace (where Go reports `missing return`).
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// The empty statement; appears only as the body of a label (`L: }`).
    Empty,
    /// A `const`, `var` or `type` declaration inside a function.
    Decl(Decl),
    /// An expression used as a statement (a call or a receive; the checker rejects the rest).
    Expr(Expr),
    /// `chan <- value`.
    Send {
        chan: Box<Expr>,
        value: Box<Expr>,
    },
    /// `target++` / `target--`.
    IncDec {
        target: Expr,
        inc: bool,
    },
    /// `lhs op rhs`, including the short variable declaration `a, b := f()` (`op == AssignOp::Define`,
    /// whose left side the checker verifies to be names, as Go's type checker does).
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    /// `label: stmt`.
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If(Box<IfStmt>),
    Switch(Box<SwitchStmt>),
    TypeSwitch(Box<TypeSwitchStmt>),
    Select(Box<SelectStmt>),
    For(Box<ForStmt>),
    Range(Box<RangeStmt>),
    /// A statement the parser skipped after a syntax error (already reported).
    Bad,
}

/// `if init; cond { then } else …`.
#[derive(Clone, Debug, PartialEq)]
pub struct IfStmt {
    pub init: Option<Stmt>,
    pub cond: Expr,
    pub then: Block,
    /// Another `If` statement or a `Block` statement.
    pub els: Option<Stmt>,
}

/// `switch init; tag { clauses }`; `tag` is `None` for `switch {` (switch on `true`).
#[derive(Clone, Debug, PartialEq)]
pub struct SwitchStmt {
    pub init: Option<Stmt>,
    pub tag: Option<Expr>,
    pub clauses: Vec<CaseClause>,
    /// The braces around the clauses.
    pub body_span: Span,
}

/// `switch init; bind := subject.(type) { clauses }`: the clauses list types (and `nil`).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSwitchStmt {
    pub init: Option<Stmt>,
    /// The variable of `v := x.(type)`, if any.
    pub bind: Option<Ident>,
    /// The `x` of `x.(type)`.
    pub subject: Expr,
    /// The span of the whole guard (`v := x.(type)`).
    pub guard_span: Span,
    pub clauses: Vec<CaseClause>,
    pub body_span: Span,
}

/// `case a, b:` (or `default:`) and the statements under it. In a type switch the list holds types.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// `None` for `default`.
    pub list: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SelectStmt {
    pub clauses: Vec<CommClause>,
    pub body_span: Span,
}

/// A `select` case: `comm` is a `Send`, an `Expr` (a receive), or an `Assign` whose right side is a single
/// receive (`v, ok := <-ch`, `x = <-ch`); `None` for `default`.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    pub comm: Option<Stmt>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `for init; cond; post { body }`; all three are optional (`for {`, `for cond {`).
#[derive(Clone, Debug, PartialEq)]
pub struct ForStmt {
    pub init: Option<Stmt>,
    pub cond: Option<Expr>,
    pub post: Option<Stmt>,
    pub body: Block,
}

/// `for key, value := range expr { body }`, also `=` and the forms without key or value.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeStmt {
    pub key: Option<Expr>,
    pub value: Option<Expr>,
    /// `None` for `for range x`, otherwise `AssignOp::Assign` or `AssignOp::Define`.
    pub op: Option<AssignOp>,
    pub expr: Expr,
    pub body: Block,
}

// ---------------------------------------------------------------------------------------------------------
// Expressions (and types, see the module docs)

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Ident(Ident),
    Lit(BasicLit),
    /// `T{…}`, or a `{…}` with the type elided inside another composite literal (`ty == None`).
    CompositeLit(Box<CompositeLit>),
    FuncLit(Box<FuncLit>),
    /// `(x)`. Kept because Go gives parentheses meaning in a few places (`(*T).M`, `(T){}` is an error).
    Paren(Box<Expr>),
    /// `x.name`: a field or method, a qualified identifier `pkg.Name`, or a method expression `T.M`.
    Selector(Box<Expr>, Ident),
    /// `x[i]` (indexing) or `f[T1, T2]` (instantiation): the checker decides.
    Index(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]` or, when `max` is present, `x[lo:hi:max]`.
    Slice(Box<SliceExpr>),
    /// `x.(T)`; the type is `None` for `x.(type)`, which only a type switch header may contain.
    TypeAssert(Box<Expr>, Option<Box<TypeExpr>>),
    /// `f(args)` or `f(args...)`: also conversions `T(x)` and builtin calls `make([]int, n)`.
    Call(Box<CallExpr>),
    /// `*x`: a dereference, or the pointer type `*T` (the checker decides).
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),

    /// `[len]Elem`; `len` is `None` for `[...]Elem`, legal only as a composite literal's type.
    ArrayType(Option<Box<Expr>>, Box<TypeExpr>),
    /// `[]Elem`.
    SliceType(Box<TypeExpr>),
    /// `map[Key]Value`.
    MapType(Box<TypeExpr>, Box<TypeExpr>),
    /// `chan T`, `chan<- T`, `<-chan T`.
    ChanType(ChanDir, Box<TypeExpr>),
    FuncType(Box<FuncType>),
    StructType(Box<StructType>),
    InterfaceType(Box<InterfaceType>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompositeLit {
    /// `None` when elided inside an enclosing literal (`[]Point{{1, 2}}`).
    pub ty: Option<TypeExpr>,
    pub elems: Vec<Element>,
    /// The braces.
    pub body_span: Span,
}

/// One element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    /// A field name, an index or a map key (possibly itself an elided-type literal).
    pub key: Option<Box<Expr>>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncLit {
    pub sig: FuncType,
    pub body: Block,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SliceExpr {
    pub base: Expr,
    pub low: Option<Expr>,
    pub high: Option<Expr>,
    /// Present only in the three-index form `a[lo:hi:max]`.
    pub max: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CallExpr {
    pub func: Expr,
    pub args: Vec<Expr>,
    /// The span of `...` in `f(xs...)`.
    pub ellipsis: Option<Span>,
    /// The parentheses (Go reports some call errors at the `)`).
    pub paren_span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// Binary operators, including `|` between the terms of a type-set union.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    /// `||`
    LogOr,
    /// `&&`
    LogAnd,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `&`
    And,
    /// `&^`
    AndNot,
}

impl BinaryOp {
    /// Go's precedence level: 5 binds tightest (`* / % << >> & &^`), 1 loosest (`||`).
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOp::LogOr => 1,
            BinaryOp::LogAnd => 2,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => 3,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Or | BinaryOp::Xor => 4,
            BinaryOp::Mul
            | BinaryOp::Div
            | BinaryOp::Rem
            | BinaryOp::Shl
            | BinaryOp::Shr
            | BinaryOp::And
            | BinaryOp::AndNot => 5,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BinaryOp::LogOr => "||",
            BinaryOp::LogAnd => "&&",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::And => "&",
            BinaryOp::AndNot => "&^",
        }
    }
}

/// Prefix operators other than `*` (which is [`ExprKind::Star`], because it may be a pointer type).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x` (bitwise complement)
    BitNot,
    /// `&x`
    Addr,
    /// `<-ch`
    Recv,
    /// `~T`, only in constraints.
    Tilde,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

/// `=`, `:=` and the compound assignments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=` is `Compound(BinaryOp::Add)`. Only arithmetic and bitwise operators occur.
    Compound(BinaryOp),
}

impl AssignOp {
    pub fn as_str(self) -> &'static str {
        match self {
            AssignOp::Assign => "=",
            AssignOp::Define => ":=",
            AssignOp::Compound(op) => match op {
                BinaryOp::Add => "+=",
                BinaryOp::Sub => "-=",
                BinaryOp::Mul => "*=",
                BinaryOp::Div => "/=",
                BinaryOp::Rem => "%=",
                BinaryOp::And => "&=",
                BinaryOp::Or => "|=",
                BinaryOp::Xor => "^=",
                BinaryOp::Shl => "<<=",
                BinaryOp::Shr => ">>=",
                BinaryOp::AndNot => "&^=",
                _ => "?=",
            },
        }
    }
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// The expression without any enclosing parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut expr = self;
        while let ExprKind::Paren(inner) = &expr.kind {
            expr = inner;
        }
        expr
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }

    /// The body of a `for` statement of either form (three-clause or range); `None` for other statements.
    pub fn loop_body(&self) -> Option<&Block> {
        match &self.kind {
            StmtKind::For(for_stmt) => Some(&for_stmt.body),
            StmtKind::Range(range) => Some(&range.body),
            _ => None,
        }
    }
}
