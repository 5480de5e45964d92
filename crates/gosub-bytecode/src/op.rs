//! The instruction set: a register machine with typed, three-address instructions.
//!
//! Operands are [`Reg`]s, slot indexes relative to the current frame's base; a multi-slot operand names its
//! first slot. Jump offsets are relative to the instruction after the jump. Every instruction that can fail
//! (bounds, nil, division) raises Go's runtime panic itself. Safepoints (collector, preemption budget) are
//! backward jumps, calls and allocations.
//!
//! Calling convention: the caller puts the arguments (receiver first) in consecutive registers starting at
//! `base`; the callee's frame starts there, so its parameters are its registers `0..`. The callee returns
//! with [`Op::Ret`], which copies its results to its registers `0..`, where the caller finds them (at its
//! `base..`). Registers above the parameters start zeroed.
//!
//! Registers and the collector: each register has one [`SlotKind`](crate::SlotKind) for its function's
//! whole life (`Func::reg_kinds`). While a frame is suspended in a call at `base`, the collector scans
//! only its registers below `base`: the registers from `base` on belong to the callee. When the callee
//! returns, its results sit in the caller's registers `base..`; the compiler moves results whose kinds
//! differ from the registers' kinds out before the next safepoint and zeroes the reference-kinded
//! registers they leave behind.

/// A register: a slot index relative to the frame base.
pub type Reg = u16;

/// An integer width to wrap to after 64-bit arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntWidth {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

/// One instruction. Families: moves, integer, float, complex, comparison and branch, string, slice, array,
/// pointer, map, interface, call, closure, defer/panic, builtins. `ty` operands index [`Program::types`]
/// (crate::Program).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    // ---- moves and constants ----
    /// No effect.
    Nop,
    /// `dst = src` (one slot).
    Mov {
        dst: Reg,
        src: Reg,
    },
    /// `dst[0..n] = src[0..n]` (a multi-slot value; regions may overlap as with `memmove`).
    MovN {
        dst: Reg,
        src: Reg,
        n: u16,
    },
    /// `dst = imm` sign-extended.
    LoadI {
        dst: Reg,
        imm: i32,
    },
    /// `dst = consts[k]` of the current function (any 64-bit pattern: big ints, float bits).
    LoadK {
        dst: Reg,
        k: u32,
    },
    /// `dst[0..2] = strings[k]` of the program (a string constant).
    LoadStr {
        dst: Reg,
        k: u32,
    },
    /// `dst[0..n] = 0`.
    Zero {
        dst: Reg,
        n: u16,
    },
    /// `dst[0..n] = globals[g..g+n]` (package variables).
    LoadGlobal {
        dst: Reg,
        g: u32,
        n: u16,
    },
    /// `globals[g..g+n] = src[0..n]`.
    StoreGlobal {
        g: u32,
        src: Reg,
        n: u16,
    },
    /// `dst[0..2] = &globals[g]`, a pointer into the package-variable object.
    AddrGlobal {
        dst: Reg,
        g: u32,
    },
    /// `dst = ` the func value of function `f` (a closure without captures, shared).
    LoadFunc {
        dst: Reg,
        f: u32,
    },

    // ---- integers: 64-bit two's complement; narrower types are wrapped afterwards ----
    AddI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Signed division: panics `integer divide by zero`; `MinInt64 / -1` wraps (the compiler wraps narrower).
    DivI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Unsigned division and remainder (operands zero-extended).
    DivU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    OrI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    XorI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `a &^ b`.
    AndNotI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `a << b`; `b` is an unsigned count (>= 64 gives 0). Signed counts are checked first by [`Op::CheckShift`].
    ShlI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Arithmetic `a >> b` (>= 64 gives 0 or -1).
    ShrI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Logical `a >> b` (>= 64 gives 0).
    ShrU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Panics `negative shift amount` when the signed count in `a` is negative.
    CheckShift {
        a: Reg,
    },
    /// `dst = a + imm`.
    AddIK {
        dst: Reg,
        a: Reg,
        imm: i16,
    },
    NegI {
        dst: Reg,
        a: Reg,
    },
    /// Bitwise complement `^a`.
    NotI {
        dst: Reg,
        a: Reg,
    },
    /// Wrap `src` to `width` (truncate, then sign- or zero-extend).
    Wrap {
        dst: Reg,
        src: Reg,
        width: IntWidth,
    },

    // ---- floats (f64 bits; float32 results are rounded with RoundF32) ----
    AddF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NegF {
        dst: Reg,
        a: Reg,
    },
    /// Round to the nearest float32 value (kept as f64).
    RoundF32 {
        dst: Reg,
        src: Reg,
    },

    // ---- complex (two slots each) ----
    AddC {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubC {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulC {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivC {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `dst = 1` when both parts are equal.
    EqC {
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    // ---- conversions ----
    /// Signed integer to float.
    I2F {
        dst: Reg,
        src: Reg,
    },
    /// Unsigned integer to float.
    U2F {
        dst: Reg,
        src: Reg,
    },
    /// Float to signed integer (truncating; out of range as amd64: `0x8000000000000000`).
    F2I {
        dst: Reg,
        src: Reg,
    },
    /// Float to unsigned integer (truncating; out of range as amd64 Go does).
    F2U {
        dst: Reg,
        src: Reg,
    },

    // ---- comparisons (dst = 0 or 1) and branches ----
    EqI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NeI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    EqF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LtF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Boolean not.
    Not {
        dst: Reg,
        a: Reg,
    },
    /// Unconditional jump.
    Jmp {
        off: i32,
    },
    /// Jump when `cond != 0`.
    JmpIf {
        cond: Reg,
        off: i32,
    },
    /// Jump when `cond == 0`.
    JmpIfNot {
        cond: Reg,
        off: i32,
    },
    /// Fused compare-and-branch on signed integers: jump when the relation holds.
    JmpLtI {
        a: Reg,
        b: Reg,
        off: i32,
    },
    JmpLeI {
        a: Reg,
        b: Reg,
        off: i32,
    },
    JmpEqI {
        a: Reg,
        b: Reg,
        off: i32,
    },
    JmpNeI {
        a: Reg,
        b: Reg,
        off: i32,
    },

    // ---- strings (two slots) ----
    /// `dst = a + b` (allocates unless one side is empty).
    Concat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    EqS {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Byte-wise `a < b`.
    LtS {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LeS {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    LenS {
        dst: Reg,
        s: Reg,
    },
    /// `dst = s[i]` (a byte), bounds-checked.
    IndexS {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// `dst = s[lo:hi]`; `lo`, `hi` are registers (the compiler fills omitted bounds).
    SliceS {
        dst: Reg,
        s: Reg,
        lo: Reg,
        hi: Reg,
    },
    /// Decodes the rune at byte `i` of `s`: `dst = rune` (U+FFFD for invalid UTF-8), `dst+1 = width`.
    DecodeRune {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// `string(rune)`.
    StrFromRune {
        dst: Reg,
        r: Reg,
    },
    /// `string(b)` for a `[]byte` (or any slice of one-slot integers: bytes).
    StrFromBytes {
        dst: Reg,
        src: Reg,
    },
    /// `[]byte(s)`.
    BytesFromStr {
        dst: Reg,
        src: Reg,
    },
    /// `string(r)` for a `[]rune`.
    StrFromRunes {
        dst: Reg,
        src: Reg,
    },
    /// `[]rune(s)`.
    RunesFromStr {
        dst: Reg,
        src: Reg,
    },

    // ---- slices (three slots); `ty` is the element type, `n` its slot count ----
    /// `make([]T, len, cap)`: panics `makeslice: len out of range` / `cap out of range`.
    MakeSlice {
        dst: Reg,
        len: Reg,
        cap: Reg,
        ty: u32,
    },
    LenSl {
        dst: Reg,
        s: Reg,
    },
    CapSl {
        dst: Reg,
        s: Reg,
    },
    /// `dst[0..n] = s[i]`, bounds-checked.
    IndexSl {
        dst: Reg,
        s: Reg,
        i: Reg,
        n: u16,
    },
    /// `s[i] = src[0..n]`, bounds-checked.
    StoreSl {
        s: Reg,
        i: Reg,
        src: Reg,
        n: u16,
    },
    /// `dst = &s[i]` (a pointer), bounds-checked.
    AddrSl {
        dst: Reg,
        s: Reg,
        i: Reg,
        n: u16,
    },
    /// `dst = s[lo:hi:max]`; `b` holds `lo, hi, max` in three registers, the compiler fills omitted
    /// bounds; `n` is the element's slot count. Panics as Go (`slice bounds out of range [:5] with capacity 3`).
    SliceSl {
        dst: Reg,
        s: Reg,
        b: Reg,
        n: u16,
    },
    /// `dst = append(s, vals...)` for `count` elements held in consecutive registers from `vals` (longer
    /// argument lists are appended in several steps).
    Append {
        dst: Reg,
        s: Reg,
        vals: Reg,
        count: u8,
        ty: u32,
    },
    /// `dst = append(s, t...)` (same element type).
    AppendSl {
        dst: Reg,
        s: Reg,
        t: Reg,
        ty: u32,
    },
    /// `dst = append(s, str...)` for `s []byte`.
    AppendStr {
        dst: Reg,
        s: Reg,
        t: Reg,
    },
    /// `dst = copy(a, b)` for slices of element slot count `n`.
    Copy {
        dst: Reg,
        a: Reg,
        b: Reg,
        n: u16,
    },
    /// `dst = copy(a, str)` for `a []byte`.
    CopyStr {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Slicing an array through a pointer `p` to it: `dst = p[lo:hi:max]`; `b` holds `lo, hi, max` and then
    /// the array's length in a fourth register.
    SliceArr {
        dst: Reg,
        p: Reg,
        b: Reg,
        n: u16,
    },

    /// `dst = (*[len]T)(s)` (also the first step of `[len]T(s)`): a pointer to element 0 of slice `s`,
    /// whose elements take `n` slots (nil when `s` is nil); panics `cannot convert slice with length L to
    /// array or pointer to array with length len` when `len(s) < len`. (Added by the VM.)
    SliceToArrPtr {
        dst: Reg,
        s: Reg,
        n: u16,
        len: u32,
    },

    // ---- arrays held in registers ----
    /// `dst[0..n] = base[i*n..]` for an array of `len` elements held in registers from `base`.
    IndexArr {
        dst: Reg,
        base: Reg,
        i: Reg,
        n: u16,
        len: u16,
    },
    /// `base[i*n..][0..n] = src`.
    StoreArr {
        base: Reg,
        i: Reg,
        src: Reg,
        n: u16,
        len: u16,
    },

    // ---- pointers (two slots: object, offset) ----
    /// `dst = new(T)`: a zeroed object of type `ty`, as a pointer with offset 0.
    New {
        dst: Reg,
        ty: u32,
    },
    /// `dst[0..n] = *p` (at `p`'s offset plus `off` slots): nil panics as Go (SIGSEGV message).
    Load {
        dst: Reg,
        p: Reg,
        off: u16,
        n: u16,
    },
    /// `*(p + off)[0..n] = src`.
    Store {
        p: Reg,
        off: u16,
        src: Reg,
        n: u16,
    },
    /// `dst = p + off` (a field's address); panics on nil like a load.
    AddrOff {
        dst: Reg,
        p: Reg,
        off: u16,
    },
    /// `dst = p + i*n` after a bounds check of `i` against the length in register `len` (the address of an
    /// element of a pointed-to array).
    AddrIdx {
        dst: Reg,
        p: Reg,
        i: Reg,
        n: u16,
        len: Reg,
    },
    /// Panics as a nil dereference when `p` is nil.
    NilCheck {
        p: Reg,
    },

    // ---- maps (one slot); `ty` is the map type ----
    MakeMap {
        dst: Reg,
        hint: Reg,
        ty: u32,
    },
    /// `dst = m[key]` (the zero value when absent; a nil map reads as empty).
    MapGet {
        dst: Reg,
        m: Reg,
        key: Reg,
        ty: u32,
    },
    /// `dst, dst+n = m[key]` with the `ok` bool after the value.
    MapGet2 {
        dst: Reg,
        m: Reg,
        key: Reg,
        ty: u32,
    },
    /// `m[key] = val`: panics `assignment to entry in nil map`.
    MapSet {
        m: Reg,
        key: Reg,
        val: Reg,
        ty: u32,
    },
    MapDelete {
        m: Reg,
        key: Reg,
        ty: u32,
    },
    LenMap {
        dst: Reg,
        m: Reg,
    },
    /// `clear(m)`.
    MapClear {
        m: Reg,
    },
    /// Starts a range over `m`: `dst` = an iterator object (one `Ref` slot).
    MapIter {
        dst: Reg,
        m: Reg,
    },
    /// Next entry: copies key to `key` and value to `key + key slots`; jumps by `off` when exhausted.
    MapNext {
        it: Reg,
        key: Reg,
        off: i32,
    },

    // ---- interfaces (two slots) ----
    /// `dst = T(src)` into an interface: boxes or inlines `src` of runtime type `ty`. A pointer is inlined
    /// (`IFACE_INLINE_PTR`) only when its offset is 0, and boxed otherwise.
    MakeIface {
        dst: Reg,
        src: Reg,
        ty: u32,
    },
    /// `dst = x.(T)` for a concrete `T = ty`: panics `interface conversion: ...`.
    AssertType {
        dst: Reg,
        x: Reg,
        ty: u32,
    },
    /// Comma-ok form: the value (zero on failure), then the bool after it.
    AssertType2 {
        dst: Reg,
        x: Reg,
        ty: u32,
    },
    /// `dst = x.(I)` for an interface type `ty`: panics `interface conversion: T is not I: missing method M`.
    AssertIface {
        dst: Reg,
        x: Reg,
        ty: u32,
    },
    AssertIface2 {
        dst: Reg,
        x: Reg,
        ty: u32,
    },
    /// `dst = 1` when the dynamic type of `x` is `ty` (type switch case on a concrete type).
    IsType {
        dst: Reg,
        x: Reg,
        ty: u32,
    },
    /// `dst = 1` when `x` is non-nil and its dynamic type implements the interface `ty`.
    Implements {
        dst: Reg,
        x: Reg,
        ty: u32,
    },
    /// Interface equality: panics `runtime error: comparing uncomparable type T`.
    EqIface {
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    // ---- values of any type ----
    /// `dst = a == b` for values of type `ty` (structs, arrays: field by field, Go's semantics).
    EqV {
        dst: Reg,
        a: Reg,
        b: Reg,
        ty: u32,
    },

    // ---- calls ----
    /// Calls function `f` with its frame at `base`.
    Call {
        f: u32,
        base: Reg,
    },
    /// Calls the func value in `fv` (nil panics as a nil dereference).
    CallClosure {
        fv: Reg,
        base: Reg,
    },
    /// Calls method `method` (a [`MethodSym`](crate::MethodSym)) of the interface in `x`: its data word
    /// becomes the receiver in `base`, the arguments follow. The function called is
    /// [`Program::iface_method`](crate::Program::iface_method) of the type word (for a boxed pointer, a
    /// wrapper that takes the box).
    CallIface {
        x: Reg,
        method: u32,
        base: Reg,
    },
    /// Calls native function `native` (index into `Program::natives`) on the arguments at `base`.
    CallNative {
        native: u32,
        base: Reg,
    },
    /// Returns: runs no defers (see [`Op::RunDefers`]); copies `src[0..n]` to the frame's registers `0..n`
    /// and zeroes its registers `n..nregs` (they are the caller's registers above the call base, which
    /// the caller's `reg_kinds` may give reference kinds).
    Ret {
        src: Reg,
        n: u16,
    },

    // ---- closures ----
    /// `dst = ` a closure of function `f` capturing `n` slots copied from `caps..` (boxes, or values).
    MakeClosure {
        dst: Reg,
        f: u32,
        caps: Reg,
        n: u16,
    },
    /// `dst = ` captured slot `k` of the running closure.
    LoadCap {
        dst: Reg,
        k: u16,
    },

    // ---- defer, panic, recover ----
    /// Pushes a deferred call of the func value in `fv` (a closure taking no arguments).
    Defer {
        fv: Reg,
    },
    /// Runs this frame's deferred calls, newest first, then continues.
    RunDefers,
    /// `panic(x)` with `x` an interface value.
    Panic {
        x: Reg,
    },
    /// `dst = recover()` (an interface; nil unless called directly by a deferred call while panicking).
    Recover {
        dst: Reg,
    },

    // ---- builtins ----
    /// Builtin `print`/`println` of one value of runtime type `ty` to stderr; `flags`: 1 = space before,
    /// 2 = newline after.
    Print {
        src: Reg,
        ty: u32,
        flags: u8,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_small() {
        assert!(std::mem::size_of::<Op>() <= 12, "Op grew to {} bytes", std::mem::size_of::<Op>());
    }
}

#[cfg(test)]
mod doc_tests {
    /// `docs/bytecode.md` is the one-screen summary of the instruction set: it must name every variant.
    #[test]
    fn the_one_screen_summary_lists_every_instruction() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let source =
            std::fs::read_to_string(format!("{root}/crates/gosub-bytecode/src/op.rs")).expect("op.rs");
        let summary = std::fs::read_to_string(format!("{root}/docs/bytecode.md")).expect("docs/bytecode.md");
        let listed: std::collections::HashSet<&str> =
            summary.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let body = &source[source.find("pub enum Op {").expect("enum Op")..];
        let body = &body[..body.find("\n}\n").expect("end of enum Op")];
        let mut missing = Vec::new();
        let mut count = 0;
        for line in body.lines() {
            let Some(rest) = line.strip_prefix("    ") else { continue };
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            if name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && (rest[name.len()..].starts_with(" {") || rest[name.len()..].starts_with(','))
            {
                count += 1;
                if !listed.contains(name.as_str()) {
                    missing.push(name);
                }
            }
        }
        assert!(count > 100, "found only {count} variants: the parser of op.rs is broken");
        assert!(missing.is_empty(), "docs/bytecode.md does not list {missing:?}");
    }
}
