//! Assignability (`cannot use x (…) as T value in …`), assignment statements and short variable
//! declarations, and composite literals (whose elements are assignments to fields and elements).

use gosub_syntax::ast::{self, AssignOp, Expr, ExprKind};

use super::{Checker, Mode, Operand};
use crate::exprstring::expr_string;
use crate::lookup::{missing_method, missing_text};
use crate::objects::{ObjKind, VarKind};
use crate::types::{BasicKind, Type, TypeId};

impl<'a> Checker<'a, '_> {
    /// Checks that `operand` can be assigned to a variable of type `target`, converting an untyped
    /// operand; reports `cannot use … in {context}` otherwise. Returns false on an error.
    pub(crate) fn assignment(&mut self, operand: &mut Operand<'a>, target: TypeId, context: &str) -> bool {
        if operand.is_invalid() || target == TypeId::INVALID {
            return false;
        }
        if !self.single_value(operand) {
            return false;
        }
        let local = self.pkg_path.clone();
        if self.world.types.is_untyped(operand.ty) {
            let nil = self.world.types.basic(BasicKind::UntypedNil);
            if operand.ty == nil && !self.may_take_nil(target) {
                let message = format!("cannot use nil as {} value in {context}", self.type_string(target));
                self.error_at_operand(operand, message);
                return false;
            }
            // An untyped constant assigned to an interface first takes its default type, which it must fit
            // (`fmt.Println(1e400)` overflows float64).
            let checked = if self.world.types.is_interface(target) && !self.world.types.is_type_param(target)
            {
                self.world.types.default_type(operand.ty)
            } else {
                target
            };
            if let (Some(value), Some(kind)) =
                (operand.value().cloned(), self.world.types.basic_kind(checked))
                && !self.world.types.is_interface(checked)
            {
                let target = checked;
                let fits = value.representable(self.kind_of(operand.ty), kind);
                let compatible = self.world.types.is_const_type(target) && {
                    let types = &self.world.types;
                    (types.is_numeric(operand.ty) && types.is_numeric(target))
                        || (types.is_string(operand.ty) && types.is_string(target))
                        || (types.is_boolean(operand.ty) && types.is_boolean(target))
                };
                if compatible && let Err(reason) = fits {
                    let word = reason.reason().unwrap_or("overflows");
                    let message = format!(
                        "cannot use {} as {} value in {context} ({word})",
                        operand.describe(self.world, &local),
                        self.type_string(target)
                    );
                    self.error_at_operand(operand, message);
                    return false;
                }
            }
            let original = operand.clone();
            if !self.implicit_convert(operand, target, false) {
                let message = format!(
                    "cannot use {} as {} value in {context}",
                    original.describe(self.world, &local),
                    self.type_string(target)
                );
                self.error_at_operand(&original, message);
                return false;
            }
        }
        if let Err(reason) = self.assignable(operand, target) {
            let message = format!(
                "cannot use {} as {} value in {context}{reason}",
                operand.describe(self.world, &local),
                self.type_string(target)
            );
            self.error_at_operand(operand, message);
            return false;
        }
        true
    }

    fn may_take_nil(&self, target: TypeId) -> bool {
        let types = &self.world.types;
        matches!(
            types.under(target),
            Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Func(_)
                | Type::Interface(_)
        ) || types.basic_kind(target) == Some(BasicKind::UnsafePointer)
            || types.is_type_param(target)
    }

    fn error_at_operand(&mut self, operand: &Operand<'_>, message: String) {
        if let Some(expr) = operand.expr {
            self.error(expr.span, message);
        }
    }

    /// Whether a value of the operand's type is assignable to `target` (spec "Assignability"); bool
    /// answer for comparisons, which need no reason.
    pub(crate) fn assignable_type(&mut self, operand: &Operand<'_>, target: TypeId) -> bool {
        let types = &self.world.types;
        if types.is_untyped(operand.ty) {
            return true;
        }
        self.assignable(operand, target).is_ok()
    }

    /// Assignability of a typed operand; the error carries the reason suffix of Go's message.
    fn assignable(&mut self, operand: &Operand<'_>, target: TypeId) -> Result<(), String> {
        let types = &self.world.types;
        let value = operand.ty;
        if types.identical(value, target) {
            return Ok(());
        }
        let (value_under, target_under) = (types.underlying(value), types.underlying(target));
        let neither_named = |a: TypeId, b: TypeId| {
            !types.is_named(a) && !types.is_type_param(a) || !types.is_named(b) && !types.is_type_param(b)
        };
        if types.identical(value_under, target_under) && neither_named(value, target) {
            return Ok(());
        }
        // A value of an unnamed type and a type parameter: assignable when it is so for every type of the
        // type parameter's type set (`append(s, v...)` with `s` of type `S ~[]E` and `v` a `[]E`).
        let plain = |t: TypeId| !types.is_named(t) && !types.is_type_param(t);
        let all_terms = |param: TypeId, other: TypeId| {
            types.term_types(param).is_some_and(|terms| {
                !terms.is_empty() && terms.iter().all(|&term| types.identical(term, types.underlying(other)))
            })
        };
        if types.is_type_param(target) && plain(value) && all_terms(target, value)
            || types.is_type_param(value) && plain(target) && all_terms(value, target)
        {
            return Ok(());
        }
        // Channel directions: a bidirectional channel is assignable to a directional one.
        if let (Type::Chan(ast::ChanDir::Both, e1), Type::Chan(_, e2)) =
            (types.get(value_under), types.get(target_under))
            && types.identical(*e1, *e2)
            && neither_named(value, target)
        {
            return Ok(());
        }
        if types.is_interface(target) && !types.is_type_param(target) {
            return match missing_method(&mut *self.world, value, target) {
                None => Ok(()),
                Some(missing) => Err(format!(
                    ": {} does not implement {} {}",
                    self.type_string(value),
                    self.type_string(target),
                    missing_text(self.world, &missing, Some(&self.pkg_path))
                )),
            };
        }
        if types.is_interface(value)
            && !types.is_type_param(value)
            && missing_method(&mut *self.world, target, value).is_none()
        {
            return Err(": need type assertion".into());
        }
        Err(String::new())
    }

    /// `lhs = rhs` and `lhs op= rhs` statements.
    pub(crate) fn assign_stmt(
        &mut self,
        stmt_span: gosub_source::Span,
        lhs: &'a [Expr],
        op: AssignOp,
        rhs: &'a [Expr],
    ) {
        match op {
            AssignOp::Define => self.short_var_decl(stmt_span, lhs, rhs),
            AssignOp::Compound(binary) => {
                let (Some(target), Some(value)) = (lhs.first(), rhs.first()) else { return };
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(
                        stmt_span,
                        format!("assignment operation {} requires single-valued expressions", op.as_str()),
                    );
                    return;
                }
                // `x op= y` is `x = x op y` with `x` evaluated once. Errors of the operation are
                // reported at the target and quote it (Go quotes the whole `x op= y`).
                let result = if matches!(binary, ast::BinaryOp::Shl | ast::BinaryOp::Shr) {
                    self.shift(target, binary, target, value)
                } else {
                    let target_operand = self.expr(target);
                    let value_operand = self.expr(value);
                    // Go quotes the whole statement (`s += 1`) in the operation's errors.
                    self.compound_text =
                        Some(format!("{} {} {}", expr_string(target), op.as_str(), expr_string(value)));
                    let result =
                        self.binary_values(target, binary, target_operand, value_operand, target, value);
                    self.compound_text = None;
                    result
                };
                let target_ty = self.assign_target(target);
                // Unlike `x = …`, `x op= …` reads `x`, so it counts as a use.
                if let Some((obj, _)) = self.plain_var(target) {
                    self.world.obj_mut(obj).used = true;
                }
                if let Some(target_ty) = target_ty {
                    let mut result = result;
                    if !result.is_invalid() {
                        self.assignment(&mut result, target_ty, "assignment");
                    }
                }
            }
            AssignOp::Assign => {
                if rhs.len() == 1 && (lhs.len() != 1 || is_call(&rhs[0])) {
                    let operand = self.multi_expr(&rhs[0]);
                    let results = self.tuple_types(&operand);
                    let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.assign_target(l)).collect();
                    if operand.is_invalid() {
                        return;
                    }
                    if results.len() != lhs.len() && !(lhs.len() == 2 && self.comma_ok(&operand)) {
                        self.assign_mismatch(lhs.len(), &rhs[0], &operand, results.len());
                        return;
                    }
                    let results = if results.len() == lhs.len() {
                        results
                    } else {
                        vec![operand.ty, self.world.types.basic(BasicKind::UntypedBool)]
                    };
                    for (target, ty) in targets.into_iter().zip(results) {
                        if let Some(target) = target {
                            let mut single = Operand { mode: Mode::Value, ty, expr: Some(&rhs[0]) };
                            self.assignment(&mut single, target, "assignment");
                        }
                    }
                    return;
                }
                if lhs.len() != rhs.len() {
                    self.count_mismatch(lhs.len(), rhs);
                    for l in lhs {
                        self.assign_target(l);
                    }
                    return;
                }
                for (target, value) in lhs.iter().zip(rhs) {
                    let target_ty = self.assign_target(target);
                    let mut operand = self
                        .expr_expecting(value, target_ty, || super::ExpectedFor::Var(expr_string(target)));
                    match target_ty {
                        Some(ty) => {
                            self.assignment(&mut operand, ty, "assignment");
                        }
                        None if target.unparen().is_blank_ident() => {
                            let nil = self.world.types.basic(BasicKind::UntypedNil);
                            if operand.ty == nil && !operand.is_invalid() {
                                self.error(value.span, "use of untyped nil in assignment");
                            }
                        }
                        None => {}
                    }
                }
            }
        }
    }

    pub(crate) fn comma_ok(&self, operand: &Operand<'_>) -> bool {
        matches!(operand.mode, Mode::CommaOk | Mode::MapIndex)
    }

    fn count_mismatch(&mut self, lhs: usize, rhs: &'a [Expr]) {
        let at = if rhs.len() > lhs { rhs[lhs].span } else { rhs[0].span };
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        self.error(
            at,
            format!("assignment mismatch: {} but {}", plural(lhs, "variable"), plural(rhs.len(), "value")),
        );
        for value in rhs {
            self.multi_expr(value);
        }
    }

    /// `assignment mismatch: 2 variables but f() returns 1 value`.
    pub(crate) fn assign_mismatch(&mut self, lhs: usize, rhs: &Expr, operand: &Operand<'_>, count: usize) {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let right = match &rhs.unparen().kind {
            ExprKind::Call(call) => format!("{} returns {}", expr_string(&call.func), plural(count, "value")),
            _ => plural(count, "value"),
        };
        let _ = operand;
        self.error(rhs.span, format!("assignment mismatch: {} but {right}", plural(lhs, "variable")));
    }

    /// The type of an assignment's left side, or `None` for `_` and for errors (reported).
    fn assign_target(&mut self, target: &'a Expr) -> Option<TypeId> {
        if target.unparen().is_blank_ident() {
            self.info.record_type(
                self.file,
                target,
                crate::info::TypeAndValue {
                    mode: crate::info::ExprMode::Variable,
                    ty: TypeId::INVALID,
                    value: None,
                },
            );
            return None;
        }
        // A plain variable on the left is not a use of it.
        let plain_var = self.plain_var(target);
        let operand = self.expr(target);
        if let Some((obj, was_used)) = plain_var {
            self.world.obj_mut(obj).used = was_used;
        }
        match operand.mode {
            Mode::Invalid => None,
            Mode::Var | Mode::MapIndex => Some(operand.ty),
            _ => {
                let reason = match &operand.mode {
                    Mode::Const(_) | Mode::Value | Mode::CommaOk | Mode::NoValue => {
                        "neither addressable nor a map index expression"
                    }
                    _ => "neither addressable nor a map index expression",
                };
                if let ExprKind::Selector(base, _) = &target.unparen().kind
                    && let ExprKind::Index(map, _) = &base.unparen().kind
                    && let Some(map_ty) = self.info.file(self.file as usize).type_of(map)
                    && matches!(self.world.types.core(map_ty), Type::Map(..))
                {
                    self.error(
                        target.span,
                        format!("cannot assign to struct field {} in map", expr_string(target)),
                    );
                    return None;
                }
                self.error(target.span, format!("cannot assign to {} ({reason})", expr_string(target)));
                None
            }
        }
    }

    /// The variable a plain identifier target names, with its current `used` flag.
    fn plain_var(&self, target: &Expr) -> Option<(crate::objects::ObjId, bool)> {
        match &target.unparen().kind {
            ExprKind::Ident(ident) => self
                .lookup(&ident.name)
                .filter(|&o| matches!(self.world.obj(o).kind, ObjKind::Var(_)))
                .map(|o| (o, self.world.obj(o).used)),
            _ => None,
        }
    }

    /// `a, b := x, y`: at least one new non-blank variable on the left.
    fn short_var_decl(&mut self, stmt_span: gosub_source::Span, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let mut idents = Vec::new();
        for target in lhs {
            match &target.kind {
                ExprKind::Ident(ident) => idents.push(ident),
                _ => {
                    self.error(target.span, format!("non-name {} on left side of :=", expr_string(target)));
                    for value in rhs {
                        self.multi_expr(value);
                    }
                    return;
                }
            }
        }
        // Which names are new in this scope.
        let scope = self.scope;
        let mut new_objs = Vec::new();
        let mut targets: Vec<(Option<crate::objects::ObjId>, bool)> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for ident in &idents {
            if !ident.is_blank() && seen.contains(&&*ident.name) {
                self.error(ident.span, format!("{} repeated on left side of :=", ident.name));
            }
            seen.push(&ident.name);
            let existing = self.world.scope(scope).names.get(&ident.name).copied();
            match existing {
                Some(obj) if !ident.is_blank() => {
                    self.info.record_use(self.file, ident, obj);
                    targets.push((Some(obj), false));
                }
                _ => {
                    let obj = self.new_obj(ident, ObjKind::Var(VarKind::Local), TypeId::INVALID);
                    self.info.record_def(self.file, ident, obj);
                    if !ident.is_blank() {
                        new_objs.push((ident, obj));
                    }
                    targets.push((Some(obj), true));
                }
            }
        }
        if new_objs.is_empty() {
            let at = self.find_token(lhs.last().map_or(stmt_span.lo, |l| l.span.hi), ":=");
            self.error(at, "no new variables on left side of :=");
        }
        // Values: one per name, or one multi-valued expression.
        let mut types: Vec<Option<Operand<'a>>> = Vec::new();
        if rhs.len() == 1 && (lhs.len() != 1 || is_call(&rhs[0])) {
            let operand = self.multi_expr(&rhs[0]);
            let results = self.tuple_types(&operand);
            if !operand.is_invalid() {
                if results.len() == lhs.len() {
                    types = results
                        .iter()
                        .map(|&ty| Some(Operand { mode: Mode::Value, ty, expr: Some(&rhs[0]) }))
                        .collect();
                } else if lhs.len() == 2 && self.comma_ok(&operand) {
                    let untyped_bool = self.world.types.basic(BasicKind::UntypedBool);
                    types = vec![
                        Some(operand.clone()),
                        Some(Operand { mode: Mode::Value, ty: untyped_bool, expr: Some(&rhs[0]) }),
                    ];
                } else {
                    self.assign_mismatch(lhs.len(), &rhs[0], &operand, results.len());
                }
            }
        } else if lhs.len() != rhs.len() {
            self.count_mismatch(lhs.len(), rhs);
        } else {
            types = rhs.iter().map(|value| Some(self.expr(value))).collect();
        }
        for (index, (obj, is_new)) in targets.iter().enumerate() {
            let Some(obj) = *obj else { continue };
            let Some(Some(operand)) = types.get_mut(index) else {
                continue;
            };
            if operand.is_invalid() {
                continue;
            }
            if *is_new {
                let nil = self.world.types.basic(BasicKind::UntypedNil);
                if operand.ty == nil {
                    if let Some(expr) = operand.expr {
                        self.error(expr.span, "use of untyped nil in assignment");
                    }
                    continue;
                }
                let ty = self.world.types.default_type(operand.ty);
                if self.assignment(operand, ty, "assignment") {
                    self.world.obj_mut(obj).ty = ty;
                }
            } else {
                let ty = self.world.obj(obj).ty;
                self.assignment(operand, ty, "assignment");
            }
        }
        // The new variables come into scope after the whole statement.
        for (ident, obj) in new_objs {
            self.declare_in(scope, ident, obj);
        }
    }

    /// `T{…}`; `hint` is the element type when the literal's type is elided inside another literal.
    pub(crate) fn composite_lit(
        &mut self,
        expr: &'a Expr,
        lit: &'a ast::CompositeLit,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let ty = match (&lit.ty, hint) {
            (Some(ty_expr), _) => {
                if let ExprKind::ArrayType(None, elem) = &ty_expr.kind {
                    // `[...]T{…}`: the length is the number of elements (or the largest index + 1).
                    let elem = self.type_expr(elem);
                    if elem == TypeId::INVALID {
                        self.elements_unchecked(lit);
                        return Operand::invalid(expr);
                    }
                    let length = self.indexed_elements(lit, elem, None);
                    let ty = self.world.types.intern(Type::Array(length, elem));
                    return Operand::new(Mode::Value, ty, expr);
                }
                self.type_expr(ty_expr)
            }
            (None, Some(hint)) => hint,
            (None, None) => {
                self.error(expr.span, "invalid composite literal type: missing type");
                return Operand::invalid(expr);
            }
        };
        if ty == TypeId::INVALID {
            self.elements_unchecked(lit);
            return Operand::invalid(expr);
        }
        if self.incomplete_type(ty) {
            self.elements_unchecked(lit);
            return Operand::invalid(expr);
        }
        // An elided `&T` element (`[]*T{{…}}`) is a pointer to a literal of `T`.
        let (base, pointer) = match (self.world.types.get(ty), &lit.ty) {
            (Type::Pointer(elem), None) => (*elem, true),
            _ => (ty, false),
        };
        match self.world.types.core(base).clone() {
            Type::Struct(fields) => self.struct_elements(expr, lit, base, &fields),
            Type::Array(length, elem) => {
                self.indexed_elements(lit, elem, Some(length));
            }
            Type::Slice(elem) => {
                self.indexed_elements(lit, elem, None);
            }
            Type::Map(key, value) => {
                // Constant keys must be distinct (go/types keeps them per key type).
                let mut seen: Vec<crate::constant::Value> = Vec::new();
                for element in &lit.elems {
                    match &element.key {
                        Some(key_expr) => {
                            let mut key_operand = self.element_value(key_expr, key);
                            if self.assignment(&mut key_operand, key, "map literal")
                                && let Some(value) = key_operand.value()
                                && !self.world.types.is_interface(key)
                            {
                                let duplicate = seen
                                    .iter()
                                    .any(|v| v.compare(crate::constant::CmpOp::Eq, value) == Ok(true));
                                if duplicate {
                                    let message =
                                        format!("duplicate key {} in map literal", value.message_string());
                                    self.error(key_expr.span, message);
                                } else {
                                    seen.push(value.clone());
                                }
                            }
                        }
                        None => self.error(element.value.span, "missing key in map literal"),
                    }
                    let mut value_operand = self.element_value(&element.value, value);
                    self.assignment(&mut value_operand, value, "map literal");
                }
            }
            _ => {
                let message = format!("invalid composite literal type {}", self.type_string(ty));
                self.error(expr.span, message);
                self.elements_unchecked(lit);
                return Operand::invalid(expr);
            }
        }
        let _ = pointer;
        Operand::new(Mode::Value, ty, expr)
    }

    fn elements_unchecked(&mut self, lit: &'a ast::CompositeLit) {
        for element in &lit.elems {
            if !matches!(element.value.kind, ExprKind::CompositeLit(_)) {
                self.multi_expr(&element.value);
            }
        }
    }

    /// An element value, which may be a literal with its type elided.
    fn element_value(&mut self, value: &'a Expr, elem: TypeId) -> Operand<'a> {
        if let ExprKind::CompositeLit(inner) = &value.kind
            && inner.ty.is_none()
        {
            let operand = self.composite_lit(value, inner, Some(elem));
            self.record(value, &operand);
            return operand;
        }
        self.expr(value)
    }

    /// Array and slice elements with optional constant index keys; returns the length they need.
    fn indexed_elements(&mut self, lit: &'a ast::CompositeLit, elem: TypeId, length: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        for element in &lit.elems {
            if let Some(key) = &element.key {
                if let Some(value) = self.index_value(key, length) {
                    index = value as u64;
                }
            } else if let Some(length) = length
                && index >= length
            {
                self.error(element.value.span, format!("index {index} is out of bounds (>= {length})"));
            }
            let mut operand = self.element_value(&element.value, elem);
            self.assignment(&mut operand, elem, "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }

    fn struct_elements(
        &mut self,
        expr: &'a Expr,
        lit: &'a ast::CompositeLit,
        ty: TypeId,
        fields: &[crate::types::Field],
    ) {
        let type_name = self.type_string(ty);
        if lit.elems.is_empty() {
            return;
        }
        let keyed = lit.elems[0].key.is_some();
        if keyed {
            let mut seen: Vec<&str> = Vec::new();
            for element in &lit.elems {
                let Some(key) = &element.key else {
                    self.error(
                        element.value.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.expr(&element.value);
                    continue;
                };
                let ExprKind::Ident(name) = &key.kind else {
                    self.error(
                        key.span,
                        format!("invalid field name {} in struct literal", expr_string(key)),
                    );
                    self.expr(&element.value);
                    continue;
                };
                let Some(field) = fields.iter().find(|f| f.name == name.name) else {
                    self.error(
                        key.span,
                        format!("unknown field {} in struct literal of type {type_name}", name.name),
                    );
                    self.expr(&element.value);
                    continue;
                };
                if seen.contains(&&*name.name) {
                    self.error(key.span, format!("duplicate field name {} in struct literal", name.name));
                }
                seen.push(&name.name);
                let mut operand = self.element_value(&element.value, field.ty);
                self.assignment(&mut operand, field.ty, "struct literal");
            }
        } else {
            for (i, element) in lit.elems.iter().enumerate() {
                if element.key.is_some() {
                    self.error(
                        element.value.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    continue;
                }
                let Some(field) = fields.get(i) else {
                    self.error(
                        element.value.span,
                        format!("too many values in struct literal of type {type_name}"),
                    );
                    break;
                };
                let mut operand = self.element_value(&element.value, field.ty);
                self.assignment(&mut operand, field.ty, "struct literal");
            }
            if lit.elems.len() < fields.len() {
                let close = gosub_source::Span::empty_at(lit.body_span.hi.saturating_sub(1));
                self.error(close, format!("too few values in struct literal of type {type_name}"));
            }
        }
        let _ = expr;
    }
}

trait BlankIdent {
    fn is_blank_ident(&self) -> bool;
}

impl BlankIdent for Expr {
    fn is_blank_ident(&self) -> bool {
        matches!(&self.kind, ExprKind::Ident(ident) if ident.is_blank())
    }
}

/// A call on the right of a one-to-one assignment is checked as possibly multi-valued, so that Go's
/// `assignment mismatch: 1 variable but f returns 2 values` is reported instead of a single-value error.
pub(crate) fn is_call(expr: &Expr) -> bool {
    matches!(expr.unparen().kind, ExprKind::Call(_))
}
