//! Expressions printed as go/types prints them inside messages (`x + 1`, `T{…}`, `f(a, b)`).
//!
//! This is not a pretty-printer: composite literal bodies shrink to `{…}` and function literals to
//! `(func() literal)`, exactly as Go's `ExprString` does, because that is what error texts contain.

use gosub_syntax::ast::{ChanDir, Expr, ExprKind, FuncType, InterfaceElem, UnaryOp};

pub fn expr_string(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr, 0);
    out
}

fn write_expr(out: &mut String, expr: &Expr, depth: u32) {
    if depth > 50 {
        out.push('…');
        return;
    }
    let sub = |out: &mut String, e: &Expr| write_expr(out, e, depth + 1);
    match &expr.kind {
        ExprKind::Ident(ident) => out.push_str(&ident.name),
        ExprKind::Lit(lit) => out.push_str(&lit.raw),
        ExprKind::CompositeLit(lit) => {
            if let Some(ty) = &lit.ty {
                sub(out, ty);
            }
            out.push_str(if lit.elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit(lit) => {
            out.push_str("(func");
            write_sig(out, &lit.sig, depth);
            out.push_str(" literal)");
        }
        ExprKind::Paren(inner) => {
            out.push('(');
            sub(out, inner);
            out.push(')');
        }
        ExprKind::Selector(base, name) => {
            sub(out, base);
            out.push('.');
            out.push_str(&name.name);
        }
        ExprKind::Index(base, indices) => {
            sub(out, base);
            out.push('[');
            write_list(out, indices, depth);
            out.push(']');
        }
        ExprKind::Slice(slice) => {
            sub(out, &slice.base);
            out.push('[');
            if let Some(low) = &slice.low {
                sub(out, low);
            }
            out.push(':');
            if let Some(high) = &slice.high {
                sub(out, high);
            }
            if let Some(max) = &slice.max {
                out.push(':');
                sub(out, max);
            }
            out.push(']');
        }
        ExprKind::TypeAssert(base, ty) => {
            sub(out, base);
            out.push_str(".(");
            match ty {
                Some(ty) => sub(out, ty),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call(call) => {
            sub(out, &call.func);
            out.push('(');
            write_list(out, &call.args, depth);
            if call.ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(inner) => {
            out.push('*');
            sub(out, inner);
        }
        ExprKind::Unary(op, inner) => {
            out.push_str(op.as_str());
            // `- -x` keeps its space so that it does not read as `--x`.
            if matches!((op, &inner.kind), (UnaryOp::Neg, ExprKind::Unary(UnaryOp::Neg, _))) {
                out.push(' ');
            }
            sub(out, inner);
        }
        ExprKind::Binary(op, left, right) => {
            sub(out, left);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            sub(out, right);
        }
        ExprKind::ArrayType(len, elem) => {
            out.push('[');
            match len {
                Some(len) => sub(out, len),
                None => out.push_str("..."),
            }
            out.push(']');
            sub(out, elem);
        }
        ExprKind::SliceType(elem) => {
            out.push_str("[]");
            sub(out, elem);
        }
        ExprKind::MapType(key, value) => {
            out.push_str("map[");
            sub(out, key);
            out.push(']');
            sub(out, value);
        }
        ExprKind::ChanType(dir, elem) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            sub(out, elem);
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            write_sig(out, sig, depth);
        }
        ExprKind::StructType(st) => {
            out.push_str("struct{");
            for (i, field) in st.fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                for (j, name) in field.names.iter().enumerate() {
                    if j > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&name.name);
                }
                if !field.names.is_empty() {
                    out.push(' ');
                }
                sub(out, &field.ty);
            }
            out.push('}');
        }
        ExprKind::InterfaceType(it) => {
            out.push_str("interface{");
            for (i, elem) in it.elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match elem {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        write_sig(out, sig, depth);
                    }
                    InterfaceElem::Type(ty) => sub(out, ty),
                }
            }
            out.push('}');
        }
    }
}

fn write_list(out: &mut String, exprs: &[Expr], depth: u32) {
    for (i, expr) in exprs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, expr, depth + 1);
    }
}

fn write_sig(out: &mut String, sig: &FuncType, depth: u32) {
    out.push('(');
    for (i, param) in sig.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        for (j, name) in param.names.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str(&name.name);
        }
        if !param.names.is_empty() {
            out.push(' ');
        }
        if param.variadic {
            out.push_str("...");
        }
        write_expr(out, &param.ty, depth + 1);
    }
    out.push(')');
    match sig.results.as_slice() {
        [] => {}
        [single] if single.names.is_empty() => {
            out.push(' ');
            write_expr(out, &single.ty, depth + 1);
        }
        results => {
            out.push_str(" (");
            for (i, result) in results.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                for name in &result.names {
                    out.push_str(&name.name);
                    out.push(' ');
                }
                write_expr(out, &result.ty, depth + 1);
            }
            out.push(')');
        }
    }
}
