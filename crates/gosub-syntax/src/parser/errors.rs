//! Wording of syntax errors: lalrpop's errors become Go-shaped [`SyntaxError`]s here.
//!
//! This is the one place that decides what a parse error says. gc words its messages by parser context
//! (`unexpected newline in composite literal; possibly missing comma or }`, `non-declaration statement
//! outside function body`); an LR parser knows only the offending token and the set of terminals it would
//! have accepted, so [`from_parse_error`] derives the context from that set. The mapping is deliberately
//! kept apart from the grammar so that it can be refined case by case against `go build` without touching
//! the parser.

use crate::SyntaxError;
use crate::ast::{self, Expr, ExprKind, StmtKind};
use crate::token::Tok;
use gosub_source::Span;
use lalrpop_util::ParseError;

/// Prefixes a message with gc's `syntax error: `.
pub fn syntax(message: &str) -> String {
    format!("syntax error: {message}")
}

/// Turns one lalrpop error into a [`SyntaxError`] at the offending token.
pub fn from_parse_error(error: ParseError<usize, Tok<'_>, SyntaxError>, text_len: usize) -> SyntaxError {
    match error {
        ParseError::User { error } => error,
        ParseError::UnrecognizedToken { token: (lo, tok, hi), expected } => {
            SyntaxError::new(Span::from_range(lo, hi.max(lo)), unexpected_message(&tok, &expected))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let at = location.min(text_len);
            let message = if expected.iter().any(|name| name == "\"package\"") {
                syntax("package statement must be first")
            } else {
                syntax(&format!("unexpected EOF{}", expected_suffix(&expected)))
            };
            SyntaxError::new(Span::from_range(at, at), message)
        }
        ParseError::ExtraToken { token: (lo, tok, hi) } => SyntaxError::new(
            Span::from_range(lo, hi.max(lo)),
            syntax(&format!("unexpected {} after top level declaration", tok.describe())),
        ),
        ParseError::InvalidToken { location } => {
            SyntaxError::new(Span::from_range(location, location), syntax("invalid token"))
        }
    }
}

/// The offset an error is reported at.
pub fn location(error: &ParseError<usize, Tok<'_>, SyntaxError>) -> u32 {
    let at = match error {
        ParseError::User { error } => return error.span.lo,
        ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token } => token.0,
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => *location,
    };
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// The message for an unexpected token, given the grammar's names of the terminals it would accept.
///
/// The context is guessed from the expected set: a package clause, a declaration keyword (between
/// top-level declarations), a statement end (a semicolon or `}`), an operand (an expression start).
fn unexpected_message(tok: &Tok<'_>, expected: &[String]) -> String {
    let found = tok.describe();
    let expects = |terminal: &str| expected.iter().any(|name| name == terminal);
    if expects("\"package\"") {
        return syntax("package statement must be first");
    }
    if expects("\"func\"") && expects("\"var\"") && !expects("\"if\"") && !expects("\"}\"") {
        // Between top-level declarations: only a declaration keyword may come.
        return match tok {
            Tok::Import => syntax("imports must appear before other declarations"),
            _ => syntax("non-declaration statement outside function body"),
        };
    }
    let expects_semi = expected.iter().any(|name| is_semi(name));
    let continues_expression = expects("\"+\"") && expects("\"(\"");
    if expects_semi && expects("\"}\"") && expects("Ident") && !expects("\"==\"") {
        // At the start of a statement: a token that cannot begin one (`else` after a newline, say).
        return syntax(&format!("unexpected {found}, expected }}"));
    }
    if expects_semi && expects("\"}\"") && !matches!(tok, Tok::RBrace) {
        return syntax(&format!("unexpected {found} at end of statement"));
    }
    // gc's list parser words errors inside a list as `in <list>; possibly missing <sep> or <close>`.
    if !expects_semi && expects("\",\"") && expects("\"}\"") && expects("\":\"") {
        return syntax(&format!("unexpected {found} in composite literal; possibly missing comma or }}"));
    }
    if !expects_semi && expects("\",\"") && expects("\")\"") {
        let list =
            if continues_expression || expects("\"...\"") { "argument list" } else { "parameter list" };
        return syntax(&format!("unexpected {found} in {list}; possibly missing comma or )"));
    }
    if expects_semi && expects("\")\"") && !expects("\",\"") {
        return syntax(&format!(
            "unexpected {found} in grouped declaration; possibly missing semicolon or newline or )"
        ));
    }
    if expects("Int") && expects("Ident") {
        return syntax(&format!("unexpected {found}, expected expression"));
    }
    if expects_semi && !expects("\"}\"") && expected.len() <= 8 {
        return syntax(&format!("unexpected {found} after top level declaration"));
    }
    syntax(&format!("unexpected {found}{}", expected_suffix(expected)))
}

fn is_operator(name: &str) -> bool {
    matches!(
        name.trim_matches('"'),
        "+" | "-"
            | "*"
            | "/"
            | "%"
            | "&"
            | "|"
            | "^"
            | "<<"
            | ">>"
            | "&^"
            | "&&"
            | "||"
            | "=="
            | "!="
            | "<"
            | "<="
            | ">"
            | ">="
            | "<-"
            | "++"
            | "--"
            | "+="
            | "-="
            | "*="
            | "/="
            | "%="
            | "&="
            | "|="
            | "^="
            | "<<="
            | ">>="
            | "&^="
            | "."
            | "~"
    )
}

fn is_semi(name: &str) -> bool {
    matches!(name, "\";\"" | "AutoSemi" | "EofSemi")
}

/// `, expected X`, `, expected X or Y`, `, expected X or Y or Z` (gc's style) for short lists; nothing
/// for long ones, where a list would say more about our grammar than about the program.
fn expected_suffix(expected: &[String]) -> String {
    let mut names: Vec<String> = Vec::new();
    // Go never suggests an operator: where one could continue an expression, the structural token
    // (`)`, `]`, `{`) is what is missing. `(` and `[` (a call, an index) likewise, unless nothing else fits.
    let structural: Vec<&String> = expected.iter().filter(|name| !is_operator(name)).collect();
    let only_brackets = structural.iter().all(|name| matches!(name.as_str(), "\"(\"" | "\"[\""));
    for name in structural {
        if !only_brackets && matches!(name.as_str(), "\"(\"" | "\"[\"") {
            continue;
        }
        let display = display_terminal(name);
        if !names.contains(&display) {
            names.push(display);
        }
    }
    if names.is_empty() || names.len() > 3 {
        return String::new();
    }
    format!(", expected {}", names.join(" or "))
}

/// How Go names a terminal of our grammar in an expected list (`"("` → `(`, `","` → `comma`, `Ident` →
/// `name`).
fn display_terminal(name: &str) -> String {
    match name {
        "Ident" => "name".to_string(),
        "Int" | "Float" | "Imag" | "Rune" | "Str" | "RawStr" => "literal".to_string(),
        "TParamOpen" => "[".to_string(),
        "\";\"" | "AutoSemi" | "EofSemi" => "semicolon or newline".to_string(),
        "\",\"" => "comma".to_string(),
        // Keywords and punctuation as written: gc says `expected case or default or }`.
        quoted => quoted.trim_matches('"').to_string(),
    }
}

/// A short Go rendering of a statement for `cannot use … as value`.
pub fn describe_stmt(kind: &StmtKind) -> String {
    match kind {
        StmtKind::Assign { lhs, op: ast::AssignOp::Assign, rhs } => {
            format!("assignment {} = {}", emphasize_list(lhs), emphasize_list(rhs))
        }
        StmtKind::Assign { lhs, op, rhs } => format!("{} {} {}", list(lhs), op.as_str(), list(rhs)),
        StmtKind::IncDec { target, inc } => {
            format!("{}{}", describe_expr(target), if *inc { "++" } else { "--" })
        }
        StmtKind::Send { chan, value } => format!("{} <- {}", describe_expr(chan), describe_expr(value)),
        StmtKind::Expr(expr) => describe_expr(expr),
        _ => "statement".to_string(),
    }
}

fn list(exprs: &[Expr]) -> String {
    exprs.iter().map(describe_expr).collect::<Vec<_>>().join(", ")
}

/// Like gc's `emphasize`: a top-level binary expression is parenthesised to make a stray `=` visible.
fn emphasize_list(exprs: &[Expr]) -> String {
    exprs
        .iter()
        .map(|expr| match expr.kind {
            ExprKind::Binary(..) => format!("({})", describe_expr(expr)),
            _ => describe_expr(expr),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A compact Go rendering of an expression, as gc prints expressions inside messages. Deeply nested or
/// unusual forms are abbreviated; the point is to name the expression, not to reprint it.
pub fn describe_expr(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr, 0);
    out
}

fn write_expr(out: &mut String, expr: &Expr, depth: usize) {
    if depth > 8 {
        out.push('…');
        return;
    }
    let depth = depth + 1;
    match &expr.kind {
        ExprKind::Ident(name) => out.push_str(&name.name),
        ExprKind::Lit(lit) => out.push_str(&lit.raw),
        ExprKind::Paren(inner) => {
            out.push('(');
            write_expr(out, inner, depth);
            out.push(')');
        }
        ExprKind::Selector(base, name) => {
            write_expr(out, base, depth);
            out.push('.');
            out.push_str(&name.name);
        }
        ExprKind::Index(base, indices) => {
            write_expr(out, base, depth);
            out.push('[');
            for (position, index) in indices.iter().enumerate() {
                if position > 0 {
                    out.push_str(", ");
                }
                write_expr(out, index, depth);
            }
            out.push(']');
        }
        ExprKind::Call(call) => {
            write_expr(out, &call.func, depth);
            out.push('(');
            for (position, arg) in call.args.iter().enumerate() {
                if position > 0 {
                    out.push_str(", ");
                }
                write_expr(out, arg, depth);
            }
            if call.ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(inner) => {
            out.push('*');
            write_expr(out, inner, depth);
        }
        ExprKind::Unary(op, inner) => {
            out.push_str(op.as_str());
            write_expr(out, inner, depth);
        }
        ExprKind::Binary(op, lhs, rhs) => {
            write_expr(out, lhs, depth);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, rhs, depth);
        }
        ExprKind::TypeAssert(base, ty) => {
            write_expr(out, base, depth);
            out.push_str(".(");
            match ty {
                Some(ty) => write_expr(out, ty, depth),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::CompositeLit(lit) => {
            if let Some(ty) = &lit.ty {
                write_expr(out, ty, depth);
            }
            out.push_str("{…}");
        }
        ExprKind::FuncLit(_) => out.push_str("func literal"),
        ExprKind::Slice(slice) => {
            write_expr(out, &slice.base, depth);
            out.push_str("[…]");
        }
        ExprKind::SliceType(elem) => {
            out.push_str("[]");
            write_expr(out, elem, depth);
        }
        ExprKind::ArrayType(..)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..)
        | ExprKind::FuncType(_)
        | ExprKind::StructType(_)
        | ExprKind::InterfaceType(_) => out.push_str("type"),
    }
}
