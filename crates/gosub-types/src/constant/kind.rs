//! The basic types a constant can have, typed and untyped, with the facts about them that constant
//! rules need (sizes on amd64, the mixing order of untyped kinds, the names Go prints).
//!
//! This is the checker's one `BasicKind` (re-exported as `crate::types::BasicKind`); it lives beside the
//! values because [`Value::representable`](super::Value::representable) is defined by it. The variants'
//! order is the order of the basic types' fixed ids in the type table: do not reorder them.

/// Go's basic types, including the untyped kinds of constants (`go/types.BasicKind`). `byte` and `rune`
/// are aliases of `Uint8` and `Int32`; which name a message shows is the checker's business. No constant
/// has the kinds `Invalid` (the type of an erroneous expression) or `UnsafePointer`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    /// The name Go prints for the type (`int8`, `untyped float`).
    pub fn name(self) -> &'static str {
        match self {
            BasicKind::Invalid => "invalid type",
            BasicKind::Bool => "bool",
            BasicKind::Int => "int",
            BasicKind::Int8 => "int8",
            BasicKind::Int16 => "int16",
            BasicKind::Int32 => "int32",
            BasicKind::Int64 => "int64",
            BasicKind::Uint => "uint",
            BasicKind::Uint8 => "uint8",
            BasicKind::Uint16 => "uint16",
            BasicKind::Uint32 => "uint32",
            BasicKind::Uint64 => "uint64",
            BasicKind::Uintptr => "uintptr",
            BasicKind::Float32 => "float32",
            BasicKind::Float64 => "float64",
            BasicKind::Complex64 => "complex64",
            BasicKind::Complex128 => "complex128",
            BasicKind::String => "string",
            BasicKind::UnsafePointer => "unsafe.Pointer",
            BasicKind::UntypedBool => "untyped bool",
            BasicKind::UntypedInt => "untyped int",
            BasicKind::UntypedRune => "untyped rune",
            BasicKind::UntypedFloat => "untyped float",
            BasicKind::UntypedComplex => "untyped complex",
            BasicKind::UntypedString => "untyped string",
            BasicKind::UntypedNil => "untyped nil",
        }
    }

    /// The basic type named `name` in Go source (`byte` and `rune` included).
    pub fn from_name(name: &str) -> Option<BasicKind> {
        Some(match name {
            "bool" => BasicKind::Bool,
            "int" => BasicKind::Int,
            "int8" => BasicKind::Int8,
            "int16" => BasicKind::Int16,
            "int32" | "rune" => BasicKind::Int32,
            "int64" => BasicKind::Int64,
            "uint" => BasicKind::Uint,
            "uint8" | "byte" => BasicKind::Uint8,
            "uint16" => BasicKind::Uint16,
            "uint32" => BasicKind::Uint32,
            "uint64" => BasicKind::Uint64,
            "uintptr" => BasicKind::Uintptr,
            "float32" => BasicKind::Float32,
            "float64" => BasicKind::Float64,
            "complex64" => BasicKind::Complex64,
            "complex128" => BasicKind::Complex128,
            "string" => BasicKind::String,
            _ => return None,
        })
    }

    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            BasicKind::UntypedBool
                | BasicKind::UntypedInt
                | BasicKind::UntypedRune
                | BasicKind::UntypedFloat
                | BasicKind::UntypedComplex
                | BasicKind::UntypedString
                | BasicKind::UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        self.is_signed()
            || self.is_unsigned()
            || matches!(self, BasicKind::UntypedInt | BasicKind::UntypedRune)
    }

    /// A typed signed integer.
    pub fn is_signed(self) -> bool {
        matches!(
            self,
            BasicKind::Int | BasicKind::Int8 | BasicKind::Int16 | BasicKind::Int32 | BasicKind::Int64
        )
    }

    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            BasicKind::Uint
                | BasicKind::Uint8
                | BasicKind::Uint16
                | BasicKind::Uint32
                | BasicKind::Uint64
                | BasicKind::Uintptr
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    /// The size in bits of a typed numeric type on amd64 (`int`, `uint` and `uintptr` are 64 bits);
    /// `None` for the others. This is the `prec` that `^x` needs for unsigned types.
    pub fn bits(self) -> Option<u32> {
        Some(match self {
            BasicKind::Int8 | BasicKind::Uint8 => 8,
            BasicKind::Int16 | BasicKind::Uint16 => 16,
            BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 => 32,
            BasicKind::Int
            | BasicKind::Int64
            | BasicKind::Uint
            | BasicKind::Uint64
            | BasicKind::Uintptr
            | BasicKind::Float64
            | BasicKind::Complex64 => 64,
            BasicKind::Complex128 => 128,
            _ => return None,
        })
    }

    /// The kind of an expression mixing two untyped numeric constants: the later of int, rune, float,
    /// complex (`1 + 'a'` is a rune, `'a' * 1.5` a float). `None` unless both are untyped numeric.
    pub fn promote_untyped(self, other: BasicKind) -> Option<BasicKind> {
        let rank = |kind: BasicKind| match kind {
            BasicKind::UntypedInt => Some(0),
            BasicKind::UntypedRune => Some(1),
            BasicKind::UntypedFloat => Some(2),
            BasicKind::UntypedComplex => Some(3),
            _ => None,
        };
        let (mine, theirs) = (rank(self)?, rank(other)?);
        Some(if mine >= theirs { self } else { other })
    }

    /// The type an untyped constant gets where a type is needed (`x := 1.5` is a `float64`).
    pub fn default_type(self) -> BasicKind {
        match self {
            BasicKind::UntypedBool => BasicKind::Bool,
            BasicKind::UntypedInt => BasicKind::Int,
            BasicKind::UntypedRune => BasicKind::Int32,
            BasicKind::UntypedFloat => BasicKind::Float64,
            BasicKind::UntypedComplex => BasicKind::Complex128,
            BasicKind::UntypedString => BasicKind::String,
            other => other,
        }
    }
}
