import CKernels
import Foundation
import Testing

@testable import TensorCore

#if os(Linux)
  import Glibc
#endif

/// Every function of `GlibcMath` (the C library's functions CPython's `math` (erf, erfc, cbrt and exp2 included), `abs()` of a complex number and float
/// `**` call, and NumPy's loops for operands read backwards) against the C library itself, where the tests run on glibc 2.36 on
/// x86-64 with FMA (the library CPython and NumPy call on the machine the fixtures come from): the same bits on 10^5
/// seeded inputs per function on the fused path and 2 * 10^4 on the portable one; the proof run takes 10^6
/// (`DOCBUILD_GLIBC_LIBRARY_INPUTS=1000000 swift test --filter GlibcLibraryTests`, 0 differ). Elsewhere the fixture
/// tests of GlibcMathTests hold.
@Suite(.serialized) struct GlibcLibraryTests {
  /// Whether the C library here is the one docbuild reproduces.
  static var libraryIsGlibc236: Bool {
    #if os(Linux) && arch(x86_64)
      // glibc's gnu_get_libc_version, found at run time (RTLD_DEFAULT is the null handle on glibc).
      guard let symbol = dlsym(nil, "gnu_get_libc_version") else { return false }
      typealias Version = @convention(c) () -> UnsafePointer<CChar>
      let version = String(cString: unsafeBitCast(symbol, to: Version.self)())
      return version == "2.36" && docbuild_elementary_path() != 0
    #else
      return false
    #endif
  }

  /// Seeded doubles over every branch: uniform in [-1, 1] and [-20, 20], every exponent from 2^-60 to 2^60, and
  /// random bit patterns (NaNs, infinities and subnormals included).
  static func inputs(_ count: Int, seed: UInt64) -> [Double] {
    var state = seed
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    return (0..<count).map { i in
      let unit = Double(next() >> 11) * 0x1p-53
      let sign: Double = next() & 1 == 0 ? 1 : -1
      switch i % 5 {
      case 0: return sign * unit
      case 1: return sign * (0.9 + 0.1 * unit)
      case 2: return sign * 20 * unit
      case 3: return sign * (1 + unit) * Double(sign: .plus, exponent: Int(next() % 121) - 60, significand: 1)
      default: return Double(bitPattern: next())
      }
    }
  }

  #if os(Linux)
    static let cases: [(String, @Sendable (Double, Double) -> Double, @Sendable (Double, Double) -> Double)] = [
      ("asin", { x, _ in GlibcMath.asin(x) }, { x, _ in Glibc.asin(x) }),
      ("acos", { x, _ in GlibcMath.acos(x) }, { x, _ in Glibc.acos(x) }),
      ("atan", { x, _ in GlibcMath.atan(x) }, { x, _ in Glibc.atan(x) }),
      ("atan2", { GlibcMath.atan2($0, $1) }, { Glibc.atan2($0, $1) }),
      ("hypot", { GlibcMath.hypot($0, $1) }, { Glibc.hypot($0, $1) }),
      ("exp", { x, _ in GlibcMath.exp(x) }, { x, _ in Glibc.exp(x) }),
      ("expm1", { x, _ in GlibcMath.expm1(x) }, { x, _ in Glibc.expm1(x) }),
      ("log", { x, _ in GlibcMath.log(x) }, { x, _ in Glibc.log(x) }),
      ("log1p", { x, _ in GlibcMath.log1p(x) }, { x, _ in Glibc.log1p(x) }),
      ("log2", { x, _ in GlibcMath.log2(x) }, { x, _ in Glibc.log2(x) }),
      ("log10", { x, _ in GlibcMath.log10(x) }, { x, _ in Glibc.log10(x) }),
      ("sin", { x, _ in GlibcMath.sin(x) }, { x, _ in Glibc.sin(x) }),
      ("cos", { x, _ in GlibcMath.cos(x) }, { x, _ in Glibc.cos(x) }),
      ("tan", { x, _ in GlibcMath.tan(x) }, { x, _ in Glibc.tan(x) }),
      ("sinh", { x, _ in GlibcMath.sinh(x) }, { x, _ in Glibc.sinh(x) }),
      ("cosh", { x, _ in GlibcMath.cosh(x) }, { x, _ in Glibc.cosh(x) }),
      ("tanh", { x, _ in GlibcMath.tanh(x) }, { x, _ in Glibc.tanh(x) }),
      ("pow", { GlibcMath.pow($0, $1) }, { Glibc.pow($0, $1) }),
      ("erf", { x, _ in GlibcMath.erf(x) }, { x, _ in Glibc.erf(x) }),
      ("erfc", { x, _ in GlibcMath.erfc(x) }, { x, _ in Glibc.erfc(x) }),
      ("cbrt", { x, _ in GlibcMath.cbrt(x) }, { x, _ in Glibc.cbrt(x) }),
      ("exp2", { x, _ in GlibcMath.exp2(x) }, { x, _ in Glibc.exp2(x) }),
      // exp2's whole range, its limits at -1075 and 1024 and the scale's leaving the normal range from 928 on.
      ("exp2 wide", { x, _ in GlibcMath.exp2(x * 55) }, { x, _ in Glibc.exp2(x * 55) }),
      ("asinh", { x, _ in GlibcMath.asinh(x) }, { x, _ in Glibc.asinh(x) }),
      ("acosh", { x, _ in GlibcMath.acosh(x) }, { x, _ in Glibc.acosh(x) }),
      ("acosh near 1", { x, _ in GlibcMath.acosh(1 + Swift.abs(x)) }, { x, _ in Glibc.acosh(1 + Swift.abs(x)) }),
      ("atanh", { x, _ in GlibcMath.atanh(x) }, { x, _ in Glibc.atanh(x) }),
    ]
  #endif

  @Test(.enabled(if: libraryIsGlibc236), arguments: 0..<27, [1, 0])
  func sameBitsAsTheCLibrary(_ index: Int, _ path: Int32) {
    #if os(Linux)
      let (name, ours, library) = Self.cases[index]
      // On the fused path (the one CPython's glibc runs here) 10^5 inputs, or DOCBUILD_GLIBC_LIBRARY_INPUTS; a fifth
      // of that on the portable one.
      let environment = ProcessInfo.processInfo.environment["DOCBUILD_GLIBC_LIBRARY_INPUTS"]
      let fused = environment.flatMap { Int($0) } ?? 100_000
      let count = path == 1 ? fused : fused / 5
      let xs = Self.inputs(count, seed: 0x9e37_79b9_7f4a_7c15 &+ UInt64(index))
      let ys = Self.inputs(count, seed: 0x2545_f491_4f6c_dd1d &+ UInt64(index))
      docbuild_elementary_force_path(path)
      defer { docbuild_elementary_force_path(-1) }
      var differ = 0
      for i in xs.indices {
        // atan2, hypot and pow: half the pairs of similar size, the others independent.
        let y = i % 2 == 0 ? ys[i] : xs[i] * (0.5 + Swift.abs(ys[i]).truncatingRemainder(dividingBy: 1))
        let value = ours(xs[i], y)
        let expected = library(xs[i], y)
        // log and log2 of a negative number: CPython raises, and docbuild gives the positive NaN NumPy's loop for an
        // operand read backwards prints (make_wrongout_fixtures.py), where glibc's own function returns the negative one.
        let domainNaN = (name == "log" || name == "log2") && xs[i] < 0 && expected.isNaN && value.isNaN
        if value.bitPattern != expected.bitPattern && !domainNaN {
          differ += 1
          if differ <= 5 { Issue.record("\(name)(\(xs[i]), \(y)) = \(value), glibc \(expected) (path \(path))") }
        }
      }
      #expect(differ == 0, "\(name): \(differ) of \(xs.count) differ on path \(path)")
    #endif
  }

  /// `GlibcMath.logf` and `GlibcMath.powf` (NumPy's float32 gamma sampler's) against the C library's on seeded
  /// floats: random bit patterns, the sampler's uniforms (multiples of 2^-24) and, for powf, the powers 1/shape of a
  /// shape in (0, 1) beside random exponents.
  @Test(.enabled(if: libraryIsGlibc236)) func floatLogarithmAndPowerMatchTheCLibrary() {
    #if os(Linux)
      var state: UInt64 = 0x853c_49e6_748f_ea9b
      func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
      }
      var differ = 0
      for i in 0..<200_000 {
        let uniform = Float(next() >> 40) * 0x1p-24
        let x = i % 2 == 0 ? Float(bitPattern: UInt32(truncatingIfNeeded: next())) : uniform
        let shape = Float(next() >> 40) * 0x1p-24
        let y = i % 3 == 0 ? Float(bitPattern: UInt32(truncatingIfNeeded: next())) : 1 / shape
        for (name, ours, library) in [
          ("logf", GlibcMath.logf(x), Glibc.logf(x)),
          ("powf", GlibcMath.powf(Swift.abs(x), y), Glibc.powf(Swift.abs(x), y)),
        ] where ours.bitPattern != library.bitPattern && !(ours.isNaN && library.isNaN) {
          differ += 1
          if differ <= 5 { Issue.record("\(name)(\(x), \(y)) = \(ours), glibc \(library)") }
        }
      }
      #expect(differ == 0, "\(differ) of 400000 differ")
    #endif
  }
}
