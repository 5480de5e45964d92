//! Pass 3: deciding whether the `[` after `type Name` opens a type parameter list.
//!
//! `type A [N]int` declares an array and `type L[T any]` a generic type. An LR(1) grammar cannot tell them
//! apart at the `[`, so this pass re-tags the bracket as [`Tok::TParamOpen`] wherever gc's parser would parse
//! type parameters. It owns nothing else: generic functions and receivers are unambiguous in the grammar.
//!
//! gc decides by parsing the bracket's contents as an expression `x` and then trying to split `x` into a
//! parameter name and a constraint (`extractName` in `cmd/compile/internal/syntax/parser.go`). The split
//! succeeds when the rest is unmistakably a type (`P *[]int`, `P ([]int)`, `P *C | ~int`), or when a comma
//! follows (`P *C,`), which is the spec's documented workaround. A lone name followed by anything but `]`
//! (`P any`, `P []int`) is a parameter too. This module rebuilds just enough of the expression's shape to
//! make the same decision; the shapes are built only for `type Name [Name …` with an operator, call or
//! selector after the first name, which is rare, so their small allocations do not matter.

use super::Spanned;
use crate::token::Tok;

/// Re-tags the `[` of every `type Name [` declaration that opens type parameters. `type_keywords` holds the
/// indices of every `type` token, in order.
pub(super) fn classify(tokens: &mut [Spanned<'_>], type_keywords: &[usize]) {
    for &index in type_keywords {
        // `type` is followed by a name in a single spec, by `(` in a group, and by `)` in `x.(type)`.
        match tokens.get(index + 1).map(|token| token.1) {
            Some(Tok::Ident(_)) => classify_spec(tokens, index + 1),
            Some(Tok::LParen) => classify_group(tokens, index + 1),
            _ => {}
        }
    }
}

/// Classifies every spec of a `type ( … )` group whose `(` is at `open`: each spec starts after the `(` or
/// after a semicolon (written or automatic) at the group's own depth.
fn classify_group(tokens: &mut [Spanned<'_>], open: usize) {
    let mut depth = 0usize;
    let mut spec_start = true;
    let mut index = open + 1;
    while let Some(&(_, tok, _)) = tokens.get(index) {
        if depth == 0 && spec_start && matches!(tok, Tok::Ident(_)) {
            classify_spec(tokens, index);
        }
        spec_start = false;
        match tok {
            Tok::LParen | Tok::LBrack | Tok::LBrace | Tok::TParamOpen => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => match depth.checked_sub(1) {
                Some(outer) => depth = outer,
                None => return,
            },
            Tok::Semi | Tok::AutoSemi if depth == 0 => spec_start = true,
            _ => {}
        }
        index += 1;
    }
}

/// Classifies the spec whose name is at `name`: re-tags the `[` after it if it opens type parameters.
fn classify_spec(tokens: &mut [Spanned<'_>], name: usize) {
    let open = name + 1;
    if tokens.get(open).map(|token| token.1) != Some(Tok::LBrack) {
        return;
    }
    if opens_type_params(&tokens[open + 1..]) {
        tokens[open].1 = Tok::TParamOpen;
    }
}

/// gc's decision for the tokens after `type Name [`.
fn opens_type_params(rest: &[Spanned<'_>]) -> bool {
    let second = match (rest.first().map(|token| token.1), rest.get(1).map(|token| token.1)) {
        (Some(Tok::Ident(_)), Some(second)) => second,
        // `[N]`, `[]`, `[...]`, `[2]`: an array or slice type, whatever follows.
        _ => return false,
    };
    // The first name is all of `x` unless an operator, selector, call, index or literal body extends it. A
    // lone name is a parameter unless `]` follows (`[N]T`); gc does not even parse `P [`, since an index
    // expression could never be a constant array length, so `P []int` is a parameter.
    if !extends_operand(second) || second == Tok::LBrack {
        return second != Tok::RBrack;
    }
    let mut parser = ShapeParser { tokens: rest, pos: 0 };
    let x = parser.binary(0);
    let force = parser.peek() == Some(Tok::Comma);
    match extract_name(&x, force) {
        Split::NameAndType => true,
        Split::Name => parser.peek() != Some(Tok::RBrack),
        Split::None => false,
    }
}

/// Whether `tok` after a name continues the expression that starts with it (gc's `pexpr` and `binaryExpr`).
fn extends_operand(tok: Tok<'_>) -> bool {
    binary_precedence(tok).is_some() || matches!(tok, Tok::Dot | Tok::LParen | Tok::LBrack | Tok::LBrace)
}

/// Go's binary operator precedences; `None` for tokens that are not binary operators.
fn binary_precedence(tok: Tok<'_>) -> Option<u8> {
    Some(match tok {
        Tok::OrOr => 1,
        Tok::AndAnd => 2,
        Tok::EqEq | Tok::NotEq | Tok::Lt | Tok::Le | Tok::Gt | Tok::Ge => 3,
        Tok::Plus | Tok::Minus | Tok::Pipe | Tok::Caret => 4,
        Tok::Star | Tok::Slash | Tok::Percent | Tok::Amp | Tok::AndNot | Tok::Shl | Tok::Shr => 5,
        _ => return None,
    })
}

/// The parts of an expression's shape that gc's `extractName` and `isTypeElem` look at.
enum Shape {
    Name,
    /// `[]T`, `[N]T`, `struct{…}`, `interface{…}`, `func(…)…`, `map[K]V`, `chan T`.
    TypeLiteral,
    Paren(Box<Shape>),
    Unary {
        tilde: bool,
        operand: Box<Shape>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Shape>,
        right: Box<Shape>,
    },
    Call {
        callee_is_name: bool,
        args: Vec<Shape>,
        has_dots: bool,
    },
    /// Literals, selectors, index expressions, composite and function literals.
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BinaryOp {
    Mul,
    Or,
    Other,
}

/// The outcome of gc's `extractName(x, force)`.
enum Split {
    /// `x` is a name followed by a constraint.
    NameAndType,
    /// `x` is just a name.
    Name,
    /// `x` cannot be split.
    None,
}

fn extract_name(x: &Shape, force: bool) -> Split {
    match x {
        Shape::Name => Split::Name,
        Shape::Binary { op: BinaryOp::Mul, left, right }
            if matches!(**left, Shape::Name) && (force || is_type_element(right)) =>
        {
            Split::NameAndType
        }
        Shape::Binary { op: BinaryOp::Or, left, right } => {
            match extract_name(left, force || is_type_element(right)) {
                Split::NameAndType => Split::NameAndType,
                _ => Split::None,
            }
        }
        Shape::Call { callee_is_name: true, args, has_dots: false }
            if args.len() == 1 && (force || is_type_element(&args[0])) =>
        {
            Split::NameAndType
        }
        _ => Split::None,
    }
}

/// gc's `isTypeElem`: `x` can only be a type (element), never a value expression.
fn is_type_element(x: &Shape) -> bool {
    match x {
        Shape::TypeLiteral => true,
        Shape::Paren(inner) => is_type_element(inner),
        Shape::Unary { tilde, operand } => *tilde || is_type_element(operand),
        Shape::Binary { left, right, .. } => is_type_element(left) || is_type_element(right),
        _ => false,
    }
}

/// A recursive-descent parser of expression shapes over the bracket's tokens. It never fails: malformed
/// input yields some shape, and the parser errors come later from the grammar. Every loop consumes a token
/// per iteration, and every look-up is bounds-checked, so it terminates and cannot panic.
struct ShapeParser<'a, 'src> {
    tokens: &'a [Spanned<'src>],
    pos: usize,
}

impl<'src> ShapeParser<'_, 'src> {
    fn peek(&self) -> Option<Tok<'src>> {
        self.tokens.get(self.pos).map(|token| token.1)
    }

    fn eat(&mut self, tok: Tok<'_>) -> bool {
        let found = self.peek() == Some(tok);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Binary expressions by precedence climbing; operators of equal precedence associate to the left.
    fn binary(&mut self, min_precedence: u8) -> Shape {
        let mut left = self.unary();
        while let Some(tok) = self.peek()
            && let Some(precedence) = binary_precedence(tok)
            && precedence > min_precedence
        {
            self.pos += 1;
            let right = self.binary(precedence);
            let op = match tok {
                Tok::Star => BinaryOp::Mul,
                Tok::Pipe => BinaryOp::Or,
                _ => BinaryOp::Other,
            };
            left = Shape::Binary { op, left: Box::new(left), right: Box::new(right) };
        }
        left
    }

    fn unary(&mut self) -> Shape {
        match self.peek() {
            Some(
                tok @ (Tok::Plus
                | Tok::Minus
                | Tok::Not
                | Tok::Caret
                | Tok::Amp
                | Tok::Star
                | Tok::Tilde
                | Tok::Arrow),
            ) => {
                self.pos += 1;
                Shape::Unary { tilde: tok == Tok::Tilde, operand: Box::new(self.unary()) }
            }
            _ => self.primary(),
        }
    }

    fn primary(&mut self) -> Shape {
        let mut x = self.operand();
        loop {
            match self.peek() {
                Some(Tok::Dot) => {
                    self.pos += 1;
                    // `.name` or `.(type)`.
                    if self.peek() == Some(Tok::LParen) {
                        self.skip_balanced();
                    } else {
                        self.pos += 1;
                    }
                    x = Shape::Other;
                }
                Some(Tok::LBrack | Tok::LBrace) => {
                    self.skip_balanced();
                    x = Shape::Other;
                }
                Some(Tok::LParen) => {
                    self.pos += 1;
                    let mut args = Vec::new();
                    let mut has_dots = false;
                    while !matches!(self.peek(), None | Some(Tok::RParen)) {
                        let start = self.pos;
                        args.push(self.binary(0));
                        has_dots |= self.eat(Tok::Ellipsis);
                        if !self.eat(Tok::Comma) {
                            if self.pos == start {
                                // A token no expression starts with: stop rather than spin.
                                break;
                            }
                            if self.peek() != Some(Tok::RParen) {
                                break;
                            }
                        }
                    }
                    self.eat(Tok::RParen);
                    x = Shape::Call { callee_is_name: matches!(x, Shape::Name), args, has_dots };
                }
                _ => return x,
            }
        }
    }

    fn operand(&mut self) -> Shape {
        let Some(tok) = self.peek() else {
            return Shape::Other;
        };
        match tok {
            Tok::Ident(_) => {
                self.pos += 1;
                Shape::Name
            }
            Tok::LParen => {
                self.pos += 1;
                let inner = self.binary(0);
                self.eat(Tok::RParen);
                Shape::Paren(Box::new(inner))
            }
            Tok::Func => {
                self.skip_type();
                if self.peek() == Some(Tok::LBrace) {
                    self.skip_balanced();
                    Shape::Other
                } else {
                    Shape::TypeLiteral
                }
            }
            Tok::LBrack | Tok::Map | Tok::Chan | Tok::Struct | Tok::Interface => {
                self.skip_type();
                Shape::TypeLiteral
            }
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Rune(_) | Tok::Str(_) | Tok::RawStr(_) => {
                self.pos += 1;
                Shape::Other
            }
            _ => Shape::Other,
        }
    }

    /// Skips one type, as gc's `typeOrNil` would read it.
    fn skip_type(&mut self) {
        let Some(tok) = self.peek() else { return };
        match tok {
            Tok::Ident(_) => {
                self.pos += 1;
                if self.peek() == Some(Tok::Dot)
                    && matches!(self.tokens.get(self.pos + 1), Some((_, Tok::Ident(_), _)))
                {
                    self.pos += 2;
                }
                if self.peek() == Some(Tok::LBrack) {
                    self.skip_balanced();
                }
            }
            Tok::Star => {
                self.pos += 1;
                self.skip_type();
            }
            Tok::LBrack => {
                self.skip_balanced();
                self.skip_type();
            }
            Tok::Map => {
                self.pos += 1;
                if self.peek() == Some(Tok::LBrack) {
                    self.skip_balanced();
                }
                self.skip_type();
            }
            Tok::Chan => {
                self.pos += 1;
                self.eat(Tok::Arrow);
                self.skip_type();
            }
            Tok::Arrow => {
                self.pos += 1;
                self.eat(Tok::Chan);
                self.skip_type();
            }
            Tok::Func => {
                self.pos += 1;
                if self.peek() == Some(Tok::LParen) {
                    self.skip_balanced();
                }
                match self.peek() {
                    Some(Tok::LParen) => self.skip_balanced(),
                    Some(
                        Tok::Ident(_)
                        | Tok::Star
                        | Tok::LBrack
                        | Tok::Map
                        | Tok::Chan
                        | Tok::Arrow
                        | Tok::Func
                        | Tok::Struct
                        | Tok::Interface,
                    ) => self.skip_type(),
                    _ => {}
                }
            }
            Tok::Struct | Tok::Interface => {
                self.pos += 1;
                if self.peek() == Some(Tok::LBrace) {
                    self.skip_balanced();
                }
            }
            Tok::LParen => self.skip_balanced(),
            _ => {}
        }
    }

    /// Skips from an opening bracket through its matching closer (or to the end of the tokens).
    fn skip_balanced(&mut self) {
        let mut depth = 0usize;
        while let Some(tok) = self.peek() {
            self.pos += 1;
            match tok {
                Tok::LParen | Tok::LBrack | Tok::LBrace | Tok::TParamOpen => depth += 1,
                Tok::RParen | Tok::RBrack | Tok::RBrace => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }
}
