//! Operands: the result of checking an expression (its mode, type and constant value), and their
//! descriptions in messages (`x (variable of type int)`, `300 (untyped int constant)`).

use gosub_syntax::ast::Expr;

use crate::constant::Value;
use crate::exprstring::expr_string;
use crate::info::ExprMode;
use crate::objects::{Builtin, World};
use crate::types::TypeId;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Mode {
    /// An error was reported; nothing more is said about this operand.
    Invalid,
    /// A call of a function without results.
    NoValue,
    Builtin(Builtin),
    Type,
    Const(Value),
    /// Addressable.
    Var,
    MapIndex,
    Value,
    /// `m[k]`, `x.(T)` or `<-ch`, which may also be used in a two-value assignment.
    CommaOk,
}

impl Mode {
    pub(crate) fn info_mode(&self) -> Option<ExprMode> {
        Some(match self {
            Mode::Invalid => return None,
            Mode::NoValue => ExprMode::NoValue,
            Mode::Builtin(_) => ExprMode::Builtin,
            Mode::Type => ExprMode::Type,
            Mode::Const(_) => ExprMode::Constant,
            Mode::Var => ExprMode::Variable,
            Mode::MapIndex => ExprMode::MapIndex,
            Mode::Value | Mode::CommaOk => ExprMode::Value,
        })
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: Mode,
    pub ty: TypeId,
    /// The expression, for messages; `None` for operands the checker made up.
    pub expr: Option<&'a Expr>,
}

impl<'a> Operand<'a> {
    pub(crate) fn invalid(expr: &'a Expr) -> Operand<'a> {
        Operand { mode: Mode::Invalid, ty: TypeId::INVALID, expr: Some(expr) }
    }

    pub(crate) fn new(mode: Mode, ty: TypeId, expr: &'a Expr) -> Operand<'a> {
        Operand { mode, ty, expr: Some(expr) }
    }

    pub(crate) fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
            || self.ty == TypeId::INVALID && !matches!(self.mode, Mode::Builtin(_) | Mode::NoValue)
    }

    pub(crate) fn value(&self) -> Option<&Value> {
        match &self.mode {
            Mode::Const(value) => Some(value),
            _ => None,
        }
    }

    pub(crate) fn text(&self) -> String {
        self.expr.map(expr_string).unwrap_or_default()
    }

    /// The operand as go/types describes it in messages.
    pub(crate) fn describe(&self, world: &World, local: &str) -> String {
        let types = &world.types;
        let text = self.text();
        if self.ty == types.basic(crate::types::BasicKind::UntypedNil) && !matches!(self.mode, Mode::Invalid)
        {
            return if text == "nil" { "nil".into() } else { format!("{text} (untyped nil value)") };
        }
        let mut out = format!("{text} (");
        let mut has_type =
            !matches!(self.mode, Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::Type);
        if has_type && types.is_untyped(self.ty) {
            out.push_str(&types.type_string(self.ty, Some(local)));
            out.push(' ');
            has_type = false;
        }
        out.push_str(match &self.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::Type => "type",
            Mode::Const(_) => "constant",
            Mode::Var => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if let Mode::Const(value) = &self.mode {
            let shown = value.message_string();
            if shown != text {
                out.push(' ');
                out.push_str(&shown);
            }
        }
        if has_type {
            out.push_str(" of ");
            if types.is_named(self.ty) {
                out.push_str(types.kind_word(self.ty));
                out.push(' ');
            }
            out.push_str("type ");
            out.push_str(&types.type_string(self.ty, Some(local)));
            if let Some(param) = types.type_param(self.ty) {
                out.push_str(" constrained by ");
                out.push_str(&constraint_string(world, param.constraint, local));
            }
        }
        out.push(')');
        out
    }
}

/// A constraint as Go prints it after `constrained by` (`any`, `Number`, `~int | ~string`).
pub(crate) fn constraint_string(world: &World, constraint: TypeId, local: &str) -> String {
    let types = &world.types;
    if let crate::types::Type::Interface(interface) = types.get(constraint)
        && interface.methods.is_empty()
        && !interface.comparable
        && let Some(terms) = &interface.terms
    {
        let parts: Vec<String> = terms
            .iter()
            .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, types.type_string(t.ty, Some(local))))
            .collect();
        return parts.join(" | ");
    }
    types.type_string(constraint, Some(local))
}
