import Testing

@testable import Snippets

/// What session 34's `decimal` leaves refused, by name: results past the context's exponent limits (overflow,
/// subnormals, clamping), contexts with other limits or precisions above 1,000, non-integral and modular powers, the
/// transcendental, logical and engineering-notation methods, trapping signals other than InvalidOperation,
/// DivisionByZero and FloatOperation, the locale's `n` format, the identity hash of a NaN, Decimals as dict keys,
/// NumPy values beside a Decimal, subclasses of Decimal and the standard deviations of Decimals; and of dataclasses,
/// `unsafe_hash=True` and `field(hash=...)`; and a special method snippets do not call set on a class after its
/// statement (main ignored it: `B.__setattr__ = f` then `b.q = 1` kept 1). What runs is checked against CPython in
/// `Fixtures/interpreter/236-lang34-decimal-tutorials.txt`, `237-lang34-decimal-generated-arithmetic.txt`,
/// `238-lang34-decimal-generated-text.txt` and `239-lang34-dataclass-own-methods.txt`.
struct Lang34RefusalTests {
  static let setup = """
    >>> from decimal import *
    >>> import numpy as np
    >>> import statistics
    >>> import dataclasses
    """

  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("Decimal(2) ** Decimal('0.5')", "a Decimal power with a non-integral exponent"),
    ("Decimal(2) ** Decimal('Infinity')", "a Decimal power with an infinite exponent"),
    ("pow(Decimal(2), 3, 5)", "pow() with a modulus"),
    ("Decimal(1).exp()", "Decimal.exp"),
    ("Decimal(10).ln()", "Decimal.ln"),
    ("Decimal(12).to_eng_string()", "Decimal.to_eng_string"),
    ("getcontext().ln(Decimal(2))", "Context.ln"),
    ("getcontext().prec = 5000", "a precision above 1000"),
    ("Context(Emax=99)", "a context with Emax other than 999999"),
    ("getcontext().clamp = 1", "setting a context's clamp"),
    ("Decimal('9E+999999') * 10", "an Overflow"),
    ("Decimal('1E-999999') / 10", "a subnormal result or an Underflow"),
    (
      "with localcontext() as ctx:\n...     ctx.traps[Inexact] = True\n...     x = Decimal(1) / 3\n...",
      "a trapped Inexact signal"
    ),
    ("format(Decimal('1234.5'), 'n')", "the 'n' format type with a Decimal"),
    ("hash(Decimal('NaN'))", "hash() of a Decimal NaN"),
    ("{Decimal('1.0'): 'one'}", "class Decimal defines __hash__"),
    ("Decimal(1) + np.float64(1)", "a NumPy value beside a Decimal"),
    ("class Money(Decimal):\n...     pass\n...\n>>> Money(1)", "a subclass of Decimal"),
    ("Decimal('١٢')", "a Decimal string with non-ASCII characters"),
    ("statistics.stdev([Decimal(1), Decimal(2)])", "statistics.stdev of Decimals"),
    (
      "@dataclasses.dataclass(unsafe_hash=True)\n... class X:\n...     x: int\n...",
      "dataclass(unsafe_hash=True)"
    ),
    ("dataclasses.field(hash=False)", "dataclasses.field(hash=...)"),
    ("class B:\n...     pass\n...\n>>> B.__setattr__ = print", "setting __setattr__ on class B"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: words)
  }
}
