//! Expressions: values, places (assignable locations), operators, constants and conversions.
//!
//! `expr(e, dst)` evaluates `e` into registers: into `dst` when given, otherwise anywhere (a variable's
//! own registers when `e` names one, which the caller must then only read). `expr_to` adds the implicit
//! conversion to an assignment's target type (to an interface, or of an untyped constant).

use gosub_bytecode::{IntWidth, Op, Reg, SlotKind};
use gosub_syntax::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};
use gosub_types::objects::ObjKind;
use gosub_types::types::{BasicKind, Type};
use gosub_types::{ExprMode, ObjId, SelectionKind, TypeId};

use crate::consts::{self, Const};
use crate::ctx::CResult;
use crate::func::{FnCompiler, Var, err};

/// An assignable location.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place {
    Reg(Reg),
    /// Memory through the pointer in `p, p+1`, `off` slots further.
    Mem {
        p: Reg,
        off: u16,
    },
    Global(u32),
    /// Element `i` of the slice in `s`.
    SliceElem {
        s: Reg,
        i: Reg,
    },
    /// Element `i` of an array of `len` elements held in registers from `base`.
    ArrayElem {
        base: Reg,
        i: Reg,
        len: u16,
        elem_slots: u16,
    },
    /// Part (`off` slots in) of element `i` of an array in registers.
    ArrayElemPart {
        base: Reg,
        i: Reg,
        len: u16,
        elem_slots: u16,
        off: u16,
        tmp: Reg,
    },
    /// `m[key]`.
    MapElem {
        m: Reg,
        key: Reg,
        map_ty: u32,
    },
    Blank,
}

impl Place {
    fn offset(self, off: u16) -> Option<Place> {
        Some(match self {
            Place::Reg(r) => Place::Reg(r + off),
            Place::Mem { p, off: o } => Place::Mem { p, off: o.checked_add(off)? },
            Place::Global(g) => Place::Global(g + off as u32),
            Place::ArrayElemPart { base, i, len, elem_slots, off: o, tmp } => {
                Place::ArrayElemPart { base, i, len, elem_slots, off: o + off, tmp }
            }
            _ => return None,
        })
    }
}

impl<'c, 'a> FnCompiler<'c, 'a> {
    /// Where the value ends up: `dst`, or a fresh temporary of type `ty`.
    pub fn dest(&mut self, dst: Option<Reg>, ty: TypeId) -> CResult<Reg> {
        match dst {
            Some(r) => Ok(r),
            None => self.temp(ty),
        }
    }

    /// Evaluates `e` and converts it to `target` (interfaces, untyped constants, nil).
    pub fn expr_to(&mut self, e: &'a Expr, target: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let tv = self.tv(e)?;
        let src_ty = self.subst(tv.ty);
        if self.is_iface(target) && !self.is_iface(src_ty) {
            if self.ctx.world.types.basic_kind(src_ty) == Some(BasicKind::UntypedNil) {
                let d = self.dest(dst, target)?;
                self.emit(Op::Zero { dst: d, n: 2 });
                return Ok(d);
            }
            let concrete = self.ctx.world.types.default_type(src_ty);
            let mark = self.top;
            let v = self.expr_typed(e, concrete, None)?;
            // Without a destination, the interface goes in a fresh temporary above its operand's.
            let d = match dst {
                Some(d) => d,
                None => self.temp(target)?,
            };
            let t = self.ctx.rtype(concrete)?;
            self.emit(Op::MakeIface { dst: d, src: v, ty: t });
            if dst.is_some() {
                self.top = self.top.max(mark);
            }
            return Ok(d);
        }
        self.expr_typed(e, target, dst)
    }

    /// Evaluates `e` into `dst` converted to `target`.
    pub fn expr_into(&mut self, e: &'a Expr, target: TypeId, dst: Reg) -> CResult<()> {
        let r = self.expr_to(e, target, Some(dst))?;
        let n = self.slots(target)?;
        self.mov(dst, r, n);
        Ok(())
    }

    /// Evaluates `e`, typing an untyped constant or nil as `ty`.
    pub fn expr_typed(&mut self, e: &'a Expr, ty: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let tv = self.tv(e)?;
        if let Some(value) = &tv.value {
            let own = self.subst(tv.ty);
            let ty = if self.ctx.world.types.is_untyped(own) && !self.is_iface(ty) { ty } else { own };
            return self.constant(value, ty, dst);
        }
        if self.ctx.world.types.basic_kind(tv.ty) == Some(BasicKind::UntypedNil) {
            let d = self.dest(dst, ty)?;
            let n = self.slots(ty)?;
            self.emit(Op::Zero { dst: d, n });
            return Ok(d);
        }
        self.expr(e, dst)
    }

    /// Loads a constant of type `ty`.
    pub fn constant(
        &mut self,
        value: &gosub_types::constant::Value,
        ty: TypeId,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let ty = if self.ctx.world.types.is_untyped(ty) { self.ctx.world.types.default_type(ty) } else { ty };
        let kind = self.basic(ty);
        let class = match kind {
            Some(k) if is_float_kind(k) => consts::Class::Float,
            Some(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex) => {
                consts::Class::Complex
            }
            Some(_) => consts::Class::Int,
            None => consts::Class::Other,
        };
        let Some(c) = consts::read(value, class) else { return err("unreadable constant") };
        let f32 = kind == Some(BasicKind::Float32) || kind == Some(BasicKind::Complex64);
        if dst.is_none() {
            let bits = match c {
                Const::Int(v) => Some(v as u64),
                Const::Float(f) => Some(if f32 { (f as f32 as f64).to_bits() } else { f.to_bits() }),
                Const::Bool(b) => Some(b as u64),
                _ => None,
            };
            if let Some(r) = bits.and_then(|b| self.hoisted(b)) {
                return Ok(r);
            }
        }
        let d = self.dest(dst, ty)?;
        let round = |f: f64| if f32 { f as f32 as f64 } else { f };
        match c {
            Const::Bool(b) => {
                self.emit(Op::LoadI { dst: d, imm: b as i32 });
            }
            Const::Int(v) => self.load_int(d, v),
            Const::Float(f) => self.load_float(d, round(f)),
            Const::Complex(re, im) => {
                self.load_float(d, round(re));
                self.load_float(d + 1, round(im));
            }
            Const::Str(bytes) => {
                if bytes.is_empty() {
                    self.emit(Op::Zero { dst: d, n: 2 });
                } else {
                    let k = self.ctx.string(&bytes);
                    self.emit(Op::LoadStr { dst: d, k });
                }
            }
        }
        Ok(d)
    }

    pub fn load_float(&mut self, dst: Reg, f: f64) {
        let bits = f.to_bits();
        if bits == 0 {
            self.emit(Op::LoadI { dst, imm: 0 });
        } else {
            let k = self.konst(bits);
            self.emit(Op::LoadK { dst, k });
        }
    }

    /// Evaluates an expression into registers.
    pub fn expr(&mut self, e: &'a Expr, dst: Option<Reg>) -> CResult<Reg> {
        let tv = self.tv(e)?;
        let ty = self.subst(tv.ty);
        if let Some(value) = &tv.value {
            return self.constant(value, ty, dst);
        }
        match &e.kind {
            ExprKind::Paren(inner) => self.expr(inner, dst),
            ExprKind::Ident(ident) => self.ident(e, ident, ty, dst),
            ExprKind::FuncLit(lit) => self.func_lit(lit, ty, dst),
            ExprKind::CompositeLit(lit) => self.composite(lit, ty, dst),
            ExprKind::Selector(base, name) => self.selector(e, base, name, ty, dst),
            ExprKind::Index(base, indices) => self.index_expr(e, base, indices, ty, dst),
            ExprKind::Slice(s) => self.slice_expr(s, ty, dst),
            ExprKind::TypeAssert(x, _) => self.type_assert(x, ty, dst, false),
            ExprKind::Call(call) => self.call_value(e, call, ty, dst),
            ExprKind::Star(inner) => {
                let p = self.expr(inner, None)?;
                let d = self.dest(dst, ty)?;
                let n = self.slots(ty)?;
                if n == 0 {
                    self.emit(Op::NilCheck { p });
                } else {
                    self.emit(Op::Load { dst: d, p, off: 0, n });
                }
                Ok(d)
            }
            ExprKind::Unary(op, inner) => self.unary(*op, inner, ty, dst),
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, ty, dst),
            ExprKind::Lit(_) => err("literal without a constant value"),
            _ => err("a type is not a value"),
        }
    }

    fn ident(&mut self, e: &'a Expr, ident: &ast::Ident, ty: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let Some(obj) = self.info().use_of(ident) else {
            return err(format!("unresolved identifier {}", ident.name));
        };
        match self.ctx.world.obj(obj).kind.clone() {
            ObjKind::Var(_) => {
                let place = self.var_place(obj)?;
                if self.copy_vars && dst.is_none() && matches!(place, Place::Reg(_)) {
                    let t = self.temp(ty)?;
                    return self.load_place(place, ty, Some(t));
                }
                self.load_place(place, ty, dst)
            }
            ObjKind::Nil => {
                let d = self.dest(dst, ty)?;
                let n = self.slots(ty)?;
                self.emit(Op::Zero { dst: d, n });
                Ok(d)
            }
            ObjKind::Func => self.func_value(e, obj, ty, dst),
            _ => err(format!("{} is not a value", ident.name)),
        }
    }

    /// The place of a variable object.
    pub fn var_place(&mut self, obj: ObjId) -> CResult<Place> {
        if let Some(var) = self.vars.get(&obj).copied() {
            return Ok(match var {
                Var::Reg(r) => Place::Reg(r),
                Var::Boxed(p) => Place::Mem { p, off: 0 },
            });
        }
        if !self.ctx.is_local_var(obj) {
            return Ok(Place::Global(self.ctx.global(obj)?));
        }
        err(format!("variable {} used before its declaration was compiled", self.ctx.world.obj(obj).name))
    }

    pub fn load_place(&mut self, place: Place, ty: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let n = self.slots(ty)?;
        if let (Place::Reg(r), None) = (place, dst) {
            return Ok(r);
        }
        let d = self.dest(dst, ty)?;
        match place {
            Place::Reg(r) => self.mov(d, r, n),
            Place::Mem { p, off } => {
                if n > 0 {
                    self.emit(Op::Load { dst: d, p, off, n });
                } else {
                    self.emit(Op::NilCheck { p });
                }
            }
            Place::Global(g) => {
                if n > 0 {
                    self.emit(Op::LoadGlobal { dst: d, g, n });
                }
            }
            Place::SliceElem { s, i } => {
                self.emit(Op::IndexSl { dst: d, s, i, n });
            }
            Place::ArrayElem { base, i, len, elem_slots } => {
                self.emit(Op::IndexArr { dst: d, base, i, n: elem_slots, len });
            }
            Place::ArrayElemPart { base, i, len, elem_slots, off, tmp } => {
                self.emit(Op::IndexArr { dst: tmp, base, i, n: elem_slots, len });
                self.mov(d, tmp + off, n);
            }
            Place::MapElem { m, key, map_ty } => {
                self.emit(Op::MapGet { dst: d, m, key, ty: map_ty });
            }
            Place::Blank => {}
        }
        Ok(d)
    }

    pub fn store_place(&mut self, place: Place, src: Reg, ty: TypeId) -> CResult<()> {
        let n = self.slots(ty)?;
        match place {
            Place::Reg(r) => self.mov(r, src, n),
            Place::Mem { p, off } => {
                if n > 0 {
                    self.emit(Op::Store { p, off, src, n });
                } else {
                    self.emit(Op::NilCheck { p });
                }
            }
            Place::Global(g) => {
                if n > 0 {
                    self.emit(Op::StoreGlobal { g, src, n });
                }
            }
            Place::SliceElem { s, i } => {
                self.emit(Op::StoreSl { s, i, src, n });
            }
            Place::ArrayElem { base, i, len, elem_slots } => {
                self.emit(Op::StoreArr { base, i, src, n: elem_slots, len });
            }
            Place::ArrayElemPart { base, i, len, elem_slots, off, tmp } => {
                self.emit(Op::IndexArr { dst: tmp, base, i, n: elem_slots, len });
                self.mov(tmp + off, src, n);
                self.emit(Op::StoreArr { base, i, src: tmp, n: elem_slots, len });
            }
            Place::MapElem { m, key, map_ty } => {
                self.emit(Op::MapSet { m, key, val: src, ty: map_ty });
            }
            Place::Blank => {}
        }
        Ok(())
    }

    /// Whether an expression is addressable (a variable, in the checker's classification).
    pub fn addressable(&self, e: &Expr) -> bool {
        matches!(self.info().type_and_value(e).map(|tv| tv.mode), Some(ExprMode::Variable))
    }

    /// The place an addressable (or map index) expression denotes. A non-addressable operand of a field
    /// selection is evaluated into a temporary first.
    pub fn place(&mut self, e: &'a Expr) -> CResult<Place> {
        match &e.kind {
            ExprKind::Paren(inner) => self.place(inner),
            ExprKind::Ident(ident) => {
                if ident.is_blank() {
                    return Ok(Place::Blank);
                }
                let Some(obj) = self.info().object_of(ident) else {
                    return err(format!("unresolved identifier {}", ident.name));
                };
                self.var_place(obj)
            }
            ExprKind::Star(inner) => {
                let p = self.expr(inner, None)?;
                Ok(Place::Mem { p, off: 0 })
            }
            ExprKind::Selector(base, _) => {
                let Some(sel) = self.selection(e) else {
                    // A qualified identifier `pkg.Var`.
                    if let ExprKind::Selector(_, name) = &e.kind
                        && let Some(obj) = self.info().use_of(name)
                    {
                        return self.var_place(obj);
                    }
                    return err("selector without selection");
                };
                if sel.kind != SelectionKind::FieldVal {
                    return err("not a field");
                }
                let base_ty = self.ty(base)?;
                let (place, ty) = self.operand_place(base, base_ty)?;
                self.field_path(place, ty, &sel.path).map(|(p, _)| p)
            }
            ExprKind::Index(base, indices) => {
                let base_ty = self.ty(base)?;
                let Some(index) = indices.first() else { return err("index without index") };
                match self.under(base_ty) {
                    Type::Map(k, _) => {
                        let m = self.expr(base, None)?;
                        let key = self.expr_to(index, k, None)?;
                        let map_ty = self.ctx.rtype(base_ty)?;
                        Ok(Place::MapElem { m, key, map_ty })
                    }
                    Type::Slice(_) => {
                        let s = self.expr(base, None)?;
                        let i = self.index_value(index)?;
                        Ok(Place::SliceElem { s, i })
                    }
                    Type::Pointer(arr) => {
                        let p = self.expr(base, None)?;
                        self.array_elem(Place::Mem { p, off: 0 }, arr, index)
                    }
                    Type::Array(..) => {
                        let place = if self.addressable(base) {
                            self.place(base)?
                        } else {
                            Place::Reg(self.expr(base, None)?)
                        };
                        self.array_elem(place, base_ty, index)
                    }
                    _ => err("index of a non-indexable place"),
                }
            }
            _ => {
                let ty = self.ty(e)?;
                let r = self.expr(e, None)?;
                let _ = ty;
                Ok(Place::Reg(r))
            }
        }
    }

    /// The place of the operand of a field selection: for a pointer, the memory it points to.
    fn operand_place(&mut self, base: &'a Expr, base_ty: TypeId) -> CResult<(Place, TypeId)> {
        if let Type::Pointer(elem) = self.ctx.world.types.get(base_ty).clone() {
            let p = self.expr(base, None)?;
            return Ok((Place::Mem { p, off: 0 }, elem));
        }
        if let Type::Pointer(elem) = self.under(base_ty)
            && !self.ctx.world.types.is_named(base_ty)
        {
            let p = self.expr(base, None)?;
            return Ok((Place::Mem { p, off: 0 }, elem));
        }
        if self.addressable(base)
            || matches!(base.unparen().kind, ExprKind::Selector(..) | ExprKind::Index(..))
        {
            let place = self.place(base)?;
            return Ok((place, base_ty));
        }
        let r = self.expr(base, None)?;
        Ok((Place::Reg(r), base_ty))
    }

    /// Follows a selection path of field indexes from a struct place, through embedded pointers.
    pub fn field_path(
        &mut self,
        mut place: Place,
        mut ty: TypeId,
        path: &[usize],
    ) -> CResult<(Place, TypeId)> {
        for (step, &index) in path.iter().enumerate() {
            if let Type::Pointer(elem) = self.under(ty) {
                // An embedded pointer on the way: load it.
                let p = self.ptr_temp()?;
                let r = self.load_place(place, ty, Some(p))?;
                place = Place::Mem { p: r, off: 0 };
                ty = elem;
            }
            let Type::Struct(fields) = self.under(ty) else { return err("field of a non-struct") };
            let Some(field) = fields.get(index) else { return err("field index out of range") };
            let mut off = 0u16;
            for f in &fields[..index] {
                off += self.slots(f.ty)?;
            }
            place = match place.offset(off) {
                Some(p) => p,
                None => {
                    // Materialise: slice elements through their address, map elements by value.
                    match place {
                        Place::SliceElem { s, i } => {
                            let p = self.ptr_temp()?;
                            let n = self.slots(ty)?;
                            self.emit(Op::AddrSl { dst: p, s, i, n });
                            Place::Mem { p, off }
                        }
                        Place::ArrayElem { base, i, len, elem_slots } => {
                            let tmp = self.temp(ty)?;
                            Place::ArrayElemPart { base, i, len, elem_slots, off, tmp }
                        }
                        Place::MapElem { .. } => {
                            let r = self.load_place(place, ty, None)?;
                            Place::Reg(r + off)
                        }
                        _ => return err("field of an unaddressable value"),
                    }
                }
            };
            let _ = step;
            ty = field.ty;
        }
        Ok((place, ty))
    }

    fn array_elem(&mut self, place: Place, arr_ty: TypeId, index: &'a Expr) -> CResult<Place> {
        let Type::Array(len, elem) = self.under(arr_ty) else { return err("not an array") };
        let n = self.slots(elem)?;
        if let Some(value) = self.tv(index)?.value.clone() {
            let Some(Const::Int(k)) = consts::read(&value, consts::Class::Int) else {
                return err("bad constant index");
            };
            let off = (k as u64).saturating_mul(n as u64);
            if let Some(off) = u16::try_from(off).ok().filter(|_| (k as u64) < len)
                && let Some(p) = place.offset(off)
            {
                return Ok(p);
            }
        }
        let i = self.index_value(index)?;
        match place {
            Place::Reg(base) => Ok(Place::ArrayElem { base, i, len: len as u16, elem_slots: n }),
            Place::Mem { p, off } => {
                let base = if off == 0 {
                    p
                } else {
                    let q = self.ptr_temp()?;
                    self.emit(Op::AddrOff { dst: q, p, off });
                    q
                };
                let len_reg = self.scalar()?;
                self.load_int(len_reg, len as i64);
                let dst = self.ptr_temp()?;
                self.emit(Op::AddrIdx { dst, p: base, i, n, len: len_reg });
                Ok(Place::Mem { p: dst, off: 0 })
            }
            Place::Global(g) => {
                let q = self.ptr_temp()?;
                self.emit(Op::AddrGlobal { dst: q, g });
                let len_reg = self.scalar()?;
                self.load_int(len_reg, len as i64);
                let dst = self.ptr_temp()?;
                self.emit(Op::AddrIdx { dst, p: q, i, n, len: len_reg });
                Ok(Place::Mem { p: dst, off: 0 })
            }
            Place::ArrayElem { .. } | Place::ArrayElemPart { .. } => {
                // An array inside an array element held in registers: read the element.
                let r = self.load_place(place, arr_ty, None)?;
                Ok(Place::ArrayElem { base: r, i, len: len as u16, elem_slots: n })
            }
            Place::SliceElem { s, i: si } => {
                let p = self.ptr_temp()?;
                let elem_n = self.slots(arr_ty)?;
                self.emit(Op::AddrSl { dst: p, s, i: si, n: elem_n });
                let len_reg = self.scalar()?;
                self.load_int(len_reg, len as i64);
                let dst = self.ptr_temp()?;
                self.emit(Op::AddrIdx { dst, p, i, n, len: len_reg });
                Ok(Place::Mem { p: dst, off: 0 })
            }
            Place::MapElem { .. } => {
                let r = self.load_place(place, arr_ty, None)?;
                Ok(Place::ArrayElem { base: r, i, len: len as u16, elem_slots: n })
            }
            Place::Blank => err("index of blank"),
        }
    }

    /// An index operand as an integer register.
    pub fn index_value(&mut self, index: &'a Expr) -> CResult<Reg> {
        let ty = self.ty(index)?;
        let ty = if self.ctx.world.types.is_untyped(ty) { self.ctx.world.types.default_type(ty) } else { ty };
        self.expr_typed(index, ty, None)
    }

    /// The address of an addressable expression (a two-slot pointer).
    pub fn address(&mut self, e: &'a Expr) -> CResult<Reg> {
        let e = e.unparen();
        if let ExprKind::CompositeLit(lit) = &e.kind {
            let ty = self.ty(e)?;
            let t = self.ctx.rtype(ty)?;
            let p = self.ptr_temp()?;
            self.emit(Op::New { dst: p, ty: t });
            let mark = self.top;
            let v = self.composite(lit, ty, None)?;
            let n = self.slots(ty)?;
            if n > 0 {
                self.emit(Op::Store { p, off: 0, src: v, n });
            }
            self.top = mark;
            return Ok(p);
        }
        // `&s[i]` of a slice: one instruction.
        if let ExprKind::Index(base, indices) = &e.kind
            && let Ok(bt) = self.ty(base)
            && let Type::Slice(elem) = self.under(bt)
            && let Some(index) = indices.first()
        {
            let s = self.expr(base, None)?;
            let i = self.index_value(index)?;
            let n = self.slots(elem)?;
            let dst = self.ptr_temp()?;
            self.emit(Op::AddrSl { dst, s, i, n });
            return Ok(dst);
        }
        let place = self.place(e)?;
        self.place_address(place)
    }

    pub fn place_address(&mut self, place: Place) -> CResult<Reg> {
        match place {
            Place::Mem { p, off: 0 } => Ok(p),
            Place::Mem { p, off } => {
                let dst = self.ptr_temp()?;
                self.emit(Op::AddrOff { dst, p, off });
                Ok(dst)
            }
            Place::Global(g) => {
                let dst = self.ptr_temp()?;
                self.emit(Op::AddrGlobal { dst, g });
                Ok(dst)
            }
            Place::SliceElem { s, i } => {
                let dst = self.ptr_temp()?;
                // The element size is not known here; callers use `address` for slices.
                self.emit(Op::AddrSl { dst, s, i, n: 1 });
                Ok(dst)
            }
            _ => err("cannot take the address of a value held in registers (escape analysis missed it)"),
        }
    }

    // ---- selectors ------------------------------------------------------------------------------------

    fn selector(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        name: &ast::Ident,
        ty: TypeId,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let Some(sel) = self.selection(e) else {
            // A qualified identifier: a package's variable or function.
            let Some(obj) = self.info().use_of(name) else { return err("unresolved selector") };
            return match self.ctx.world.obj(obj).kind {
                ObjKind::Var(_) => {
                    let place = self.var_place(obj)?;
                    self.load_place(place, ty, dst)
                }
                ObjKind::Func => self.func_value(e, obj, ty, dst),
                _ => err("selector is not a value"),
            };
        };
        match sel.kind {
            SelectionKind::FieldVal => {
                let base_ty = self.ty(base)?;
                let (place, pty) = self.operand_place(base, base_ty)?;
                let (place, _) = self.field_path(place, pty, &sel.path)?;
                self.load_place(place, ty, dst)
            }
            SelectionKind::MethodVal | SelectionKind::InterfaceMethod => {
                self.method_value(base, &sel, &name.name, ty, dst)
            }
            SelectionKind::MethodExpr => self.method_expr(&sel, &name.name, ty, dst),
        }
    }

    // ---- index and slice ------------------------------------------------------------------------------

    fn index_expr(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        indices: &'a [Expr],
        ty: TypeId,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        // An instantiated generic function used as a value.
        if let ExprKind::Ident(_) | ExprKind::Selector(..) = &base.kind
            && matches!(self.under(ty), Type::Func(_))
            && self.tv(base).map(|tv| tv.mode) != Ok(ExprMode::Variable)
            && let Some(obj) = self.func_obj(base)
        {
            return self.func_value(e, obj, ty, dst);
        }
        let base_ty = self.ty(base)?;
        let Some(index) = indices.first() else { return err("index without index") };
        match self.under(base_ty) {
            Type::Basic(_) => {
                let s = self.expr(base, None)?;
                let i = self.index_value(index)?;
                let d = self.dest(dst, ty)?;
                self.emit(Op::IndexS { dst: d, s, i });
                Ok(d)
            }
            Type::Map(k, _) => {
                let m = self.expr(base, None)?;
                let key = self.expr_to(index, k, None)?;
                let map_ty = self.ctx.rtype(base_ty)?;
                let d = self.dest(dst, ty)?;
                self.emit(Op::MapGet { dst: d, m, key, ty: map_ty });
                Ok(d)
            }
            _ => {
                let place = self.place(e)?;
                self.load_place(place, ty, dst)
            }
        }
    }

    /// The function object an identifier or qualified identifier denotes, if any.
    pub fn func_obj(&self, e: &Expr) -> Option<ObjId> {
        let ident = match &e.unparen().kind {
            ExprKind::Ident(ident) => ident,
            ExprKind::Selector(_, name) if self.info().selection_of(e).is_none() => name,
            ExprKind::Index(base, _) => return self.func_obj(base),
            _ => return None,
        };
        let obj = self.info().use_of(ident)?;
        matches!(self.ctx.world.obj(obj).kind, ObjKind::Func).then_some(obj)
    }

    fn slice_expr(&mut self, s: &'a ast::SliceExpr, ty: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let base_ty = self.ty(&s.base)?;
        let under = self.under(base_ty);
        // Bounds in consecutive registers: lo, hi, max (and the array length for arrays).
        let is_string = matches!(under, Type::Basic(_));
        if is_string {
            let sv = self.expr(&s.base, None)?;
            let b = self.alloc(&[SlotKind::Scalar, SlotKind::Scalar])?;
            match &s.low {
                Some(lo) => {
                    let r = self.index_value(lo)?;
                    self.mov(b, r, 1);
                }
                None => self.load_int(b, 0),
            }
            match &s.high {
                Some(hi) => {
                    let r = self.index_value(hi)?;
                    self.mov(b + 1, r, 1);
                }
                None => {
                    self.emit(Op::LenS { dst: b + 1, s: sv });
                }
            }
            let d = self.dest(dst, ty)?;
            self.emit(Op::SliceS { dst: d, s: sv, lo: b, hi: b + 1 });
            return Ok(d);
        }
        let (array_ptr, arr_len, elem) = match under {
            Type::Slice(elem) => (None, 0, elem),
            Type::Array(len, elem) => {
                let p = self.address(&s.base)?;
                (Some(p), len, elem)
            }
            Type::Pointer(a) => match self.under(a) {
                Type::Array(len, elem) => {
                    let p = self.expr(&s.base, None)?;
                    (Some(p), len, elem)
                }
                _ => return err("slice of a pointer to a non-array"),
            },
            _ => return err("slice of an unsliceable value"),
        };
        let sv = if array_ptr.is_none() { Some(self.expr(&s.base, None)?) } else { None };
        let b = self.alloc(&[SlotKind::Scalar; 4])?;
        match &s.low {
            Some(lo) => {
                let r = self.index_value(lo)?;
                self.mov(b, r, 1);
            }
            None => self.load_int(b, 0),
        }
        match (&s.high, sv) {
            (Some(hi), _) => {
                let r = self.index_value(hi)?;
                self.mov(b + 1, r, 1);
            }
            (None, Some(sv)) => {
                self.emit(Op::LenSl { dst: b + 1, s: sv });
            }
            (None, None) => self.load_int(b + 1, arr_len as i64),
        }
        match (&s.max, sv) {
            (Some(max), _) => {
                let r = self.index_value(max)?;
                self.mov(b + 2, r, 1);
            }
            (None, Some(sv)) => {
                self.emit(Op::CapSl { dst: b + 2, s: sv });
            }
            (None, None) => self.load_int(b + 2, arr_len as i64),
        }
        let n = self.slots(elem)?;
        let d = self.dest(dst, ty)?;
        match (array_ptr, sv) {
            (Some(p), _) => {
                self.load_int(b + 3, arr_len as i64);
                self.emit(Op::SliceArr { dst: d, p, b, n });
            }
            (None, Some(sv)) => {
                self.emit(Op::SliceSl { dst: d, s: sv, b, n });
            }
            (None, None) => return err("slice without operand"),
        }
        Ok(d)
    }

    // ---- operators ------------------------------------------------------------------------------------

    fn unary(&mut self, op: UnaryOp, inner: &'a Expr, ty: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        match op {
            UnaryOp::Addr => {
                let p = self.address(inner)?;
                match dst {
                    Some(d) => {
                        self.mov(d, p, 2);
                        Ok(d)
                    }
                    None => Ok(p),
                }
            }
            UnaryOp::Pos => self.expr_typed(inner, ty, dst),
            UnaryOp::Neg => {
                let a = self.expr_typed(inner, ty, None)?;
                let d = self.dest(dst, ty)?;
                match self.basic(ty) {
                    Some(k) if is_float_kind(k) => {
                        self.emit(Op::NegF { dst: d, a });
                    }
                    Some(BasicKind::Complex64 | BasicKind::Complex128) => {
                        self.emit(Op::NegF { dst: d, a });
                        self.emit(Op::NegF { dst: d + 1, a: a + 1 });
                    }
                    _ => {
                        self.emit(Op::NegI { dst: d, a });
                        self.wrap(d, ty);
                    }
                }
                Ok(d)
            }
            UnaryOp::Not => {
                let a = self.expr_typed(inner, ty, None)?;
                let d = self.dest(dst, ty)?;
                self.emit(Op::Not { dst: d, a });
                Ok(d)
            }
            UnaryOp::BitNot => {
                let a = self.expr_typed(inner, ty, None)?;
                let d = self.dest(dst, ty)?;
                self.emit(Op::NotI { dst: d, a });
                self.wrap(d, ty);
                Ok(d)
            }
            UnaryOp::Recv => err("channel receive needs goroutines (issue 4)"),
            UnaryOp::Tilde => err("~ outside a constraint"),
        }
    }

    /// Wraps an integer result to its type's width.
    pub fn wrap(&mut self, r: Reg, ty: TypeId) {
        if let Some(width) = self.wrap_width(ty) {
            self.emit(Op::Wrap { dst: r, src: r, width });
        }
    }

    /// The type both operands of a comparison are converted to.
    fn operand_type(&mut self, a: &'a Expr, b: &'a Expr) -> CResult<TypeId> {
        let ta = self.ty(a)?;
        let tb = self.ty(b)?;
        let types = &self.ctx.world.types;
        Ok(if types.is_untyped(ta) && !types.is_untyped(tb) {
            tb
        } else if !types.is_untyped(ta) {
            ta
        } else {
            // Both untyped (and not constant, e.g. comparisons of comparisons): the default type.
            types.default_type(ta)
        })
    }

    fn binary(
        &mut self,
        op: BinaryOp,
        a: &'a Expr,
        b: &'a Expr,
        ty: TypeId,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => {
                let d = self.dest(dst, ty)?;
                let ra = self.expr_typed(a, ty, Some(d))?;
                self.mov(d, ra, 1);
                let skip = if op == BinaryOp::LogAnd {
                    self.emit(Op::JmpIfNot { cond: d, off: 0 })
                } else {
                    self.emit(Op::JmpIf { cond: d, off: 0 })
                };
                let mark = self.top;
                let rb = self.expr_typed(b, ty, Some(d))?;
                self.mov(d, rb, 1);
                self.top = self.top.max(mark);
                self.patch_here(skip);
                Ok(d)
            }
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => {
                self.comparison(op, a, b, ty, dst)
            }
            BinaryOp::Shl | BinaryOp::Shr => {
                let ra = self.expr_typed(a, ty, None)?;
                let count_ty = self.ty(b)?;
                let count_ty = if self.ctx.world.types.is_untyped(count_ty) {
                    self.ctx.world.types.basic(BasicKind::Uint)
                } else {
                    count_ty
                };
                let rb = self.expr_typed(b, count_ty, None)?;
                if !self.ctx.world.types.is_unsigned(count_ty) && self.tv(b)?.value.is_none() {
                    self.emit(Op::CheckShift { a: rb });
                }
                let d = self.dest(dst, ty)?;
                let unsigned = self.ctx.world.types.is_unsigned(ty);
                let op = match (op, unsigned) {
                    (BinaryOp::Shl, _) => Op::ShlI { dst: d, a: ra, b: rb },
                    (_, true) => Op::ShrU { dst: d, a: ra, b: rb },
                    (_, false) => Op::ShrI { dst: d, a: ra, b: rb },
                };
                self.emit(op);
                self.wrap(d, ty);
                Ok(d)
            }
            _ => self.arith(op, a, b, ty, dst),
        }
    }

    fn arith(
        &mut self,
        op: BinaryOp,
        a: &'a Expr,
        b: &'a Expr,
        ty: TypeId,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let kind = self.basic(ty);
        // `x + k` and `x - k` with a small constant.
        if matches!(op, BinaryOp::Add | BinaryOp::Sub)
            && kind.is_some_and(is_int_kind)
            && let Some(value) = self.tv(b)?.value.clone()
            && let Some(Const::Int(k)) = consts::read(&value, consts::Class::Int)
        {
            let k = if op == BinaryOp::Sub { k.checked_neg() } else { Some(k) };
            if let Some(imm) = k.and_then(|k| i16::try_from(k).ok()) {
                let ra = self.expr_typed(a, ty, None)?;
                let d = self.dest(dst, ty)?;
                self.emit(Op::AddIK { dst: d, a: ra, imm });
                self.wrap(d, ty);
                return Ok(d);
            }
        }
        let (ra, rb) = self.operands(a, ty, b, ty)?;
        let d = self.dest(dst, ty)?;
        self.arith_op(op, d, ra, rb, ty)?;
        Ok(d)
    }

    /// Evaluates two operands. When only the right one calls a function, it goes first, as gc orders
    /// them (the left operand then sees what the call changed; the spec leaves the order open).
    pub fn operands(&mut self, a: &'a Expr, ta: TypeId, b: &'a Expr, tb: TypeId) -> CResult<(Reg, Reg)> {
        if !self.has_call(a) && self.has_call(b) {
            let rb = self.expr_typed(b, tb, None)?;
            let ra = self.expr_typed(a, ta, None)?;
            return Ok((ra, rb));
        }
        let ra = self.expr_typed(a, ta, None)?;
        let rb = self.expr_typed(b, tb, None)?;
        Ok((ra, rb))
    }

    /// `d = a op b` on values of type `ty`.
    pub fn arith_op(&mut self, op: BinaryOp, d: Reg, a: Reg, b: Reg, ty: TypeId) -> CResult<()> {
        let kind = self.basic(ty);
        match kind {
            Some(BasicKind::String | BasicKind::UntypedString) => {
                if op != BinaryOp::Add {
                    return err("invalid string operator");
                }
                self.emit(Op::Concat { dst: d, a, b });
            }
            Some(k) if is_float_kind(k) => {
                let op = match op {
                    BinaryOp::Add => Op::AddF { dst: d, a, b },
                    BinaryOp::Sub => Op::SubF { dst: d, a, b },
                    BinaryOp::Mul => Op::MulF { dst: d, a, b },
                    BinaryOp::Div => Op::DivF { dst: d, a, b },
                    _ => return err("invalid float operator"),
                };
                self.emit(op);
                if k == BasicKind::Float32 {
                    self.emit(Op::RoundF32 { dst: d, src: d });
                }
            }
            Some(k @ (BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)) => {
                let op = match op {
                    BinaryOp::Add => Op::AddC { dst: d, a, b },
                    BinaryOp::Sub => Op::SubC { dst: d, a, b },
                    BinaryOp::Mul => Op::MulC { dst: d, a, b },
                    BinaryOp::Div => Op::DivC { dst: d, a, b },
                    _ => return err("invalid complex operator"),
                };
                self.emit(op);
                if k == BasicKind::Complex64 {
                    self.emit(Op::RoundF32 { dst: d, src: d });
                    self.emit(Op::RoundF32 { dst: d + 1, src: d + 1 });
                }
            }
            Some(_) => {
                let unsigned = self.ctx.world.types.is_unsigned(ty);
                let op = match op {
                    BinaryOp::Add => Op::AddI { dst: d, a, b },
                    BinaryOp::Sub => Op::SubI { dst: d, a, b },
                    BinaryOp::Mul => Op::MulI { dst: d, a, b },
                    BinaryOp::Div if unsigned => Op::DivU { dst: d, a, b },
                    BinaryOp::Div => Op::DivI { dst: d, a, b },
                    BinaryOp::Rem if unsigned => Op::RemU { dst: d, a, b },
                    BinaryOp::Rem => Op::RemI { dst: d, a, b },
                    BinaryOp::And => Op::AndI { dst: d, a, b },
                    BinaryOp::Or => Op::OrI { dst: d, a, b },
                    BinaryOp::Xor => Op::XorI { dst: d, a, b },
                    BinaryOp::AndNot => Op::AndNotI { dst: d, a, b },
                    BinaryOp::Shl => Op::ShlI { dst: d, a, b },
                    BinaryOp::Shr if unsigned => Op::ShrU { dst: d, a, b },
                    BinaryOp::Shr => Op::ShrI { dst: d, a, b },
                    _ => return err("invalid integer operator"),
                };
                self.emit(op);
                self.wrap(d, ty);
            }
            None => return err("arithmetic on a non-basic type"),
        }
        Ok(())
    }

    fn comparison(
        &mut self,
        op: BinaryOp,
        a: &'a Expr,
        b: &'a Expr,
        ty: TypeId,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let d = self.dest(dst, ty)?;
        let mark = self.top;
        self.compare_into(op, a, b, d)?;
        self.top = self.top.max(mark);
        Ok(d)
    }

    /// `d = a op b` for a comparison operator.
    pub fn compare_into(&mut self, op: BinaryOp, a: &'a Expr, b: &'a Expr, d: Reg) -> CResult<()> {
        let oty = self.operand_type(a, b)?;
        let a_ty = self.ty(a)?;
        let b_ty = self.ty(b)?;
        // Interface against a concrete value: compare as interfaces.
        let iface = self.is_iface(a_ty) || self.is_iface(b_ty);
        let nil_a = self.basic(a_ty) == Some(BasicKind::UntypedNil);
        let nil_b = self.basic(b_ty) == Some(BasicKind::UntypedNil);
        if iface {
            let target = if self.is_iface(a_ty) { a_ty } else { b_ty };
            let ra = self.expr_to(a, target, None)?;
            let rb = self.expr_to(b, target, None)?;
            self.emit(Op::EqIface { dst: d, a: ra, b: rb });
            if op == BinaryOp::Ne {
                self.emit(Op::Not { dst: d, a: d });
            }
            return Ok(());
        }
        if nil_a || nil_b {
            // Pointer, slice, map, func or chan against nil: compare the reference slot with 0.
            let x = if nil_a { b } else { a };
            let rx = self.expr(x, None)?;
            let zero = self.scalar()?;
            self.emit(Op::LoadI { dst: zero, imm: 0 });
            self.emit(Op::EqI { dst: d, a: rx, b: zero });
            if op == BinaryOp::Ne {
                self.emit(Op::Not { dst: d, a: d });
            }
            return Ok(());
        }
        let (ra, rb) = self.operands(a, oty, b, oty)?;
        self.compare_regs(op, d, ra, rb, oty)
    }

    /// `d = ra op rb` for operands of type `ty`.
    pub fn compare_regs(&mut self, op: BinaryOp, d: Reg, ra: Reg, rb: Reg, ty: TypeId) -> CResult<()> {
        let kind = self.basic(ty);
        let (x, y, swapped) = match op {
            BinaryOp::Gt | BinaryOp::Ge => (rb, ra, true),
            _ => (ra, rb, false),
        };
        let _ = swapped;
        let negate = op == BinaryOp::Ne;
        let strict = matches!(op, BinaryOp::Lt | BinaryOp::Gt);
        let eq = matches!(op, BinaryOp::Eq | BinaryOp::Ne);
        let instr = match kind {
            Some(BasicKind::String | BasicKind::UntypedString) => {
                if eq {
                    Op::EqS { dst: d, a: x, b: y }
                } else if strict {
                    Op::LtS { dst: d, a: x, b: y }
                } else {
                    Op::LeS { dst: d, a: x, b: y }
                }
            }
            Some(k) if is_float_kind(k) => {
                if eq {
                    Op::EqF { dst: d, a: x, b: y }
                } else if strict {
                    Op::LtF { dst: d, a: x, b: y }
                } else {
                    Op::LeF { dst: d, a: x, b: y }
                }
            }
            Some(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex) => {
                Op::EqC { dst: d, a: x, b: y }
            }
            Some(_) => {
                let unsigned = self.ctx.world.types.is_unsigned(ty);
                if eq {
                    Op::EqI { dst: d, a: x, b: y }
                } else if strict {
                    if unsigned { Op::LtU { dst: d, a: x, b: y } } else { Op::LtI { dst: d, a: x, b: y } }
                } else if unsigned {
                    Op::LeU { dst: d, a: x, b: y }
                } else {
                    Op::LeI { dst: d, a: x, b: y }
                }
            }
            None => {
                if self.is_iface(ty) {
                    Op::EqIface { dst: d, a: x, b: y }
                } else {
                    let t = self.ctx.rtype(ty)?;
                    Op::EqV { dst: d, a: x, b: y, ty: t }
                }
            }
        };
        self.emit(instr);
        if negate {
            self.emit(Op::Not { dst: d, a: d });
        }
        Ok(())
    }

    /// Emits jumps taken when `cond` evaluates to `when`; returns the jumps to patch.
    pub fn cond_jump(&mut self, cond: &'a Expr, when: bool) -> CResult<Vec<usize>> {
        let cond = cond.unparen();
        if self.tv(cond)?.value.is_none() {
            match &cond.kind {
                ExprKind::Unary(UnaryOp::Not, inner) => return self.cond_jump(inner, !when),
                ExprKind::Binary(BinaryOp::LogAnd, a, b) => {
                    if when {
                        // Jump when both hold: skip if a is false.
                        let skip = self.cond_jump(a, false)?;
                        let jumps = self.cond_jump(b, true)?;
                        for s in skip {
                            self.patch_here(s);
                        }
                        return Ok(jumps);
                    }
                    let mut jumps = self.cond_jump(a, false)?;
                    jumps.extend(self.cond_jump(b, false)?);
                    return Ok(jumps);
                }
                ExprKind::Binary(BinaryOp::LogOr, a, b) => {
                    if when {
                        let mut jumps = self.cond_jump(a, true)?;
                        jumps.extend(self.cond_jump(b, true)?);
                        return Ok(jumps);
                    }
                    let skip = self.cond_jump(a, true)?;
                    let jumps = self.cond_jump(b, false)?;
                    for s in skip {
                        self.patch_here(s);
                    }
                    return Ok(jumps);
                }
                ExprKind::Binary(
                    op @ (BinaryOp::Lt
                    | BinaryOp::Le
                    | BinaryOp::Gt
                    | BinaryOp::Ge
                    | BinaryOp::Eq
                    | BinaryOp::Ne),
                    a,
                    b,
                ) => {
                    let oty = self.operand_type(a, b)?;
                    let signed_int =
                        self.basic(oty).is_some_and(is_int_kind) && !self.ctx.world.types.is_unsigned(oty);
                    let int_eq =
                        self.basic(oty).is_some_and(is_int_kind) || self.basic(oty) == Some(BasicKind::Bool);
                    if signed_int || (int_eq && matches!(op, BinaryOp::Eq | BinaryOp::Ne)) {
                        let mark = self.top;
                        let (ra, rb) = self.operands(a, oty, b, oty)?;
                        self.top = mark;
                        // Normalise to the relation that must hold for the jump.
                        let rel = if when { *op } else { negate(*op) };
                        let at = match rel {
                            BinaryOp::Lt => self.emit(Op::JmpLtI { a: ra, b: rb, off: 0 }),
                            BinaryOp::Le => self.emit(Op::JmpLeI { a: ra, b: rb, off: 0 }),
                            BinaryOp::Gt => self.emit(Op::JmpLtI { a: rb, b: ra, off: 0 }),
                            BinaryOp::Ge => self.emit(Op::JmpLeI { a: rb, b: ra, off: 0 }),
                            BinaryOp::Eq => self.emit(Op::JmpEqI { a: ra, b: rb, off: 0 }),
                            _ => self.emit(Op::JmpNeI { a: ra, b: rb, off: 0 }),
                        };
                        return Ok(vec![at]);
                    }
                }
                _ => {}
            }
        }
        let mark = self.top;
        let bool_ty = self.ctx.world.types.basic(BasicKind::Bool);
        let r = self.expr_typed(cond, bool_ty, None)?;
        self.top = mark;
        let at = if when {
            self.emit(Op::JmpIf { cond: r, off: 0 })
        } else {
            self.emit(Op::JmpIfNot { cond: r, off: 0 })
        };
        Ok(vec![at])
    }

    // ---- conversions ----------------------------------------------------------------------------------

    /// `T(x)`.
    pub fn conversion(&mut self, arg: &'a Expr, to: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let from = self.ty(arg)?;
        if self.tv(arg)?.value.is_some() && self.tv(arg)?.value.is_some() {
            // Constant conversions are folded by the checker when the result is constant; a constant
            // converted to a non-constant type (an interface, []byte) is evaluated then converted.
            if !self.is_iface(to) && self.basic(to).is_some() && !self.ctx.world.types.is_string(to) {
                return self.expr_typed(arg, to, dst);
            }
        }
        if self.is_iface(to) {
            return self.expr_to(arg, to, dst);
        }
        let fk = self.basic(from);
        let tk = self.basic(to);
        let (from_u, to_u) = (self.under(from), self.under(to));
        match (fk, tk) {
            (Some(f), Some(t)) if is_numeric_kind(f) && is_numeric_kind(t) => {
                let src_ty = if self.ctx.world.types.is_untyped(from) {
                    self.ctx.world.types.default_type(from)
                } else {
                    from
                };
                let x = self.expr_typed(arg, src_ty, None)?;
                let same_bits = f == t
                    || (crate::expr::is_int_kind(f)
                        && crate::expr::is_int_kind(t)
                        && self.wrap_width(to).is_none());
                if same_bits && dst.is_none() {
                    return Ok(x);
                }
                let d = self.dest(dst, to)?;
                self.numeric_conversion(d, x, src_ty, to)?;
                Ok(d)
            }
            (Some(f), Some(BasicKind::String)) if is_int_kind(f) => {
                let x = self.expr_typed(arg, self.ctx.world.types.default_type(from), None)?;
                let d = self.dest(dst, to)?;
                self.emit(Op::StrFromRune { dst: d, r: x });
                Ok(d)
            }
            (None, Some(BasicKind::String)) => {
                let x = self.expr(arg, None)?;
                let d = self.dest(dst, to)?;
                let Type::Slice(elem) = from_u else { return err("bad conversion to string") };
                if matches!(self.basic(elem), Some(BasicKind::Int32)) {
                    self.emit(Op::StrFromRunes { dst: d, src: x });
                } else {
                    self.emit(Op::StrFromBytes { dst: d, src: x });
                }
                Ok(d)
            }
            (Some(BasicKind::String | BasicKind::UntypedString), None) => {
                let string = self.ctx.world.types.basic(BasicKind::String);
                let x = self.expr_typed(arg, string, None)?;
                let d = self.dest(dst, to)?;
                let Type::Slice(elem) = to_u else { return err("bad conversion from string") };
                if matches!(self.basic(elem), Some(BasicKind::Int32)) {
                    self.emit(Op::RunesFromStr { dst: d, src: x });
                } else {
                    self.emit(Op::BytesFromStr { dst: d, src: x });
                }
                Ok(d)
            }
            _ => {
                if let (Type::Slice(_), Type::Pointer(arr) | Type::Array(_, arr)) = (&from_u, &to_u) {
                    let _ = arr;
                    return self.slice_to_array(arg, to, dst);
                }
                // Same underlying representation: the value itself.
                self.expr_typed(arg, to, dst)
            }
        }
    }

    fn slice_to_array(&mut self, arg: &'a Expr, to: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        // s[0:N:N] checks the length (Go's message differs slightly), then the backing array is used.
        let (arr, is_ptr) = match self.under(to) {
            Type::Pointer(a) => (a, true),
            _ => (to, false),
        };
        let Type::Array(len, elem) = self.under(arr) else { return err("bad slice conversion") };
        let s = self.expr(arg, None)?;
        let n = self.slots(elem)?;
        let p = self.ptr_temp()?;
        let Ok(len) = u32::try_from(len) else { return err("array too long") };
        self.emit(Op::SliceToArrPtr { dst: p, s, n, len });
        if is_ptr {
            let d = self.dest(dst, to)?;
            self.mov(d, p, 2);
            Ok(d)
        } else {
            let d = self.dest(dst, to)?;
            let total = self.slots(arr)?;
            if total > 0 {
                self.emit(Op::Load { dst: d, p, off: 0, n: total });
            }
            Ok(d)
        }
    }

    /// `d = to(x)` between numeric types.
    pub fn numeric_conversion(&mut self, d: Reg, x: Reg, from: TypeId, to: TypeId) -> CResult<()> {
        let (Some(f), Some(t)) = (self.basic(from), self.basic(to)) else {
            return err("bad numeric conversion");
        };
        let fc = matches!(f, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex);
        let tc = matches!(t, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex);
        if fc || tc {
            self.mov(d, x, 2);
            if t == BasicKind::Complex64 && f != BasicKind::Complex64 {
                self.emit(Op::RoundF32 { dst: d, src: d });
                self.emit(Op::RoundF32 { dst: d + 1, src: d + 1 });
            }
            return Ok(());
        }
        let unsigned_from = self.ctx.world.types.is_unsigned(from);
        match (is_float_kind(f), is_float_kind(t)) {
            (false, false) => {
                match self.wrap_width(to) {
                    Some(width) => {
                        self.emit(Op::Wrap { dst: d, src: x, width });
                    }
                    None => {
                        // To a 64-bit type: the bit pattern is the value (sign- or zero-extended already).
                        self.mov(d, x, 1);
                    }
                }
            }
            (false, true) => {
                if unsigned_from {
                    self.emit(Op::U2F { dst: d, src: x });
                } else {
                    self.emit(Op::I2F { dst: d, src: x });
                }
                if t == BasicKind::Float32 {
                    self.emit(Op::RoundF32 { dst: d, src: d });
                }
            }
            (true, false) => {
                if self.ctx.world.types.is_unsigned(to) {
                    self.emit(Op::F2U { dst: d, src: x });
                } else {
                    self.emit(Op::F2I { dst: d, src: x });
                }
                self.wrap(d, to);
            }
            (true, true) => {
                if t == BasicKind::Float32 && f != BasicKind::Float32 {
                    self.emit(Op::RoundF32 { dst: d, src: x });
                } else {
                    self.mov(d, x, 1);
                }
            }
        }
        Ok(())
    }

    // ---- type assertions ------------------------------------------------------------------------------

    /// `x.(T)`; with `comma_ok`, the value then the bool in consecutive registers.
    pub fn type_assert(&mut self, x: &'a Expr, ty: TypeId, dst: Option<Reg>, comma_ok: bool) -> CResult<Reg> {
        let (target, _) = if comma_ok {
            match self.ctx.world.types.get(ty).clone() {
                Type::Tuple(elems) if elems.len() == 2 => (elems[0], elems[1]),
                _ => (ty, ty),
            }
        } else {
            (ty, ty)
        };
        let xv = self.expr(x, None)?;
        let t = self.ctx.rtype(target)?;
        let d = match dst {
            Some(d) => d,
            None => {
                if comma_ok {
                    let mut kinds = self.shape(target).to_vec();
                    kinds.push(SlotKind::Scalar);
                    self.alloc(&kinds)?
                } else {
                    self.temp(target)?
                }
            }
        };
        let source = self.ty(x)?;
        if !self.ctx.world.types.identical(source, self.ctx.world.types.any()) {
            let from = self.ctx.rtype(source)?;
            self.assert_sources.push((self.pc() as u32, from));
        }
        let op = match (self.is_iface(target), comma_ok) {
            (true, false) => Op::AssertIface { dst: d, x: xv, ty: t },
            (true, true) => Op::AssertIface2 { dst: d, x: xv, ty: t },
            (false, false) => Op::AssertType { dst: d, x: xv, ty: t },
            (false, true) => Op::AssertType2 { dst: d, x: xv, ty: t },
        };
        self.emit(op);
        Ok(d)
    }

    /// Whether evaluating `e` into a destination may write the destination before it has read every
    /// operand (multi-step expressions), so that `x = f(x)`-style reads of the destination need a temporary.
    pub fn writes_dst_early(&self, e: &Expr) -> bool {
        match &e.unparen().kind {
            ExprKind::CompositeLit(_) => true,
            ExprKind::Binary(BinaryOp::LogAnd | BinaryOp::LogOr, ..) => true,
            ExprKind::Call(call) => {
                // Builtins that build their result in several steps: min/max, complex, and append of
                // more values than one instruction takes.
                let builtin = matches!(
                    self.info().type_and_value(&call.func).map(|tv| tv.mode),
                    Some(ExprMode::Builtin)
                );
                let name = match &call.func.unparen().kind {
                    ExprKind::Ident(ident) => &*ident.name,
                    _ => "",
                };
                builtin
                    && (matches!(name, "min" | "max" | "complex")
                        || (name == "append" && call.args.len() > 255))
            }
            ExprKind::Unary(UnaryOp::Pos, inner) => self.writes_dst_early(inner),
            _ => false,
        }
    }

    /// Whether expression `e` mentions variable `obj` (to decide whether it can be evaluated straight
    /// into the variable's registers).
    pub fn mentions(&self, e: &Expr, obj: ObjId) -> bool {
        let info = self.info();
        let mut found = false;
        visit_idents(e, &mut |ident| {
            if info.use_of(ident) == Some(obj) {
                found = true;
            }
        });
        found
    }
}

/// Calls `f` on every identifier in an expression (function literal bodies included).
pub fn visit_idents(e: &Expr, f: &mut dyn FnMut(&ast::Ident)) {
    match &e.kind {
        ExprKind::Ident(ident) => f(ident),
        ExprKind::Lit(_) => {}
        ExprKind::CompositeLit(lit) => {
            for el in &lit.elems {
                if let Some(k) = &el.key {
                    visit_idents(k, f);
                }
                visit_idents(&el.value, f);
            }
        }
        ExprKind::FuncLit(lit) => crate::stmt::visit_block_idents(&lit.body, f),
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::TypeAssert(x, _) => {
            visit_idents(x, f)
        }
        ExprKind::Selector(x, _) => visit_idents(x, f),
        ExprKind::Index(x, idx) => {
            visit_idents(x, f);
            for i in idx {
                visit_idents(i, f);
            }
        }
        ExprKind::Slice(s) => {
            visit_idents(&s.base, f);
            for p in [&s.low, &s.high, &s.max].into_iter().flatten() {
                visit_idents(p, f);
            }
        }
        ExprKind::Call(call) => {
            visit_idents(&call.func, f);
            for a in &call.args {
                visit_idents(a, f);
            }
        }
        ExprKind::Binary(_, a, b) => {
            visit_idents(a, f);
            visit_idents(b, f);
        }
        _ => {}
    }
}

pub fn negate(op: BinaryOp) -> BinaryOp {
    match op {
        BinaryOp::Lt => BinaryOp::Ge,
        BinaryOp::Le => BinaryOp::Gt,
        BinaryOp::Gt => BinaryOp::Le,
        BinaryOp::Ge => BinaryOp::Lt,
        BinaryOp::Eq => BinaryOp::Ne,
        _ => BinaryOp::Eq,
    }
}

pub fn is_float_kind(k: BasicKind) -> bool {
    matches!(k, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
}

pub fn is_int_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
        Int | Int8
            | Int16
            | Int32
            | Int64
            | Uint
            | Uint8
            | Uint16
            | Uint32
            | Uint64
            | Uintptr
            | UntypedInt
            | UntypedRune
    )
}

pub fn is_numeric_kind(k: BasicKind) -> bool {
    is_int_kind(k)
        || is_float_kind(k)
        || matches!(k, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
}

#[allow(dead_code)]
fn unused(_: IntWidth) {}
