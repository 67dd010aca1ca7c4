/// docbuild's own elementary functions on `Double`: the same bits on every platform and CPU, because they use only
/// IEEE `+ - * /` and `squareRoot()` (correctly rounded everywhere), integer and bit operations, and tables computed
/// by mpmath; never the platform's libm, fused multiply-add or fast-math.
///
/// Each function evaluates in double-double arithmetic (about 2^-70 relative error before the final rounding), so its
/// result is within one ulp everywhere and correctly rounded almost always; special values (±0, ±inf, NaN,
/// subnormals, overflow, underflow) follow C99 Annex F, as NumPy does. `exp`, `log`, `tanh`, `sinh` and `cosh` first
/// try a plain-double evaluation with a proven error bound and keep it only when that bound decides the rounding, so
/// they give the same bits either way. Trigonometric arguments are reduced exactly (Cody–Waite below 2^19, Payne–Hanek above).
/// `Tests/TensorCoreTests/ElementaryTests.swift` checks every function against correctly rounded references from
/// mpmath.
public enum Elementary {}
