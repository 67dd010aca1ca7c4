// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "docbuild",
  products: [
    .executable(name: "docbuild", targets: ["docbuild"]),
    .executable(name: "docbuild-serve", targets: ["docbuild-serve"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    .target(name: "CKernels"),
    .target(
      name: "TensorCore", dependencies: ["CKernels"], swiftSettings: classicValueLowering + crossModuleOptimization),
    .target(name: "MarkupText"),
    .target(name: "SourceText"),
    .target(name: "Plot", dependencies: ["TensorCore", "MarkupText"]),
    .target(name: "Snippets", dependencies: ["SourceText", "TensorCore", "Plot"], swiftSettings: classicValueLowering),
    .target(name: "Markdown", dependencies: ["SourceText", "CCmark"]),
    .target(name: "MathML", dependencies: ["MarkupText"]),
    .target(name: "ParallelMap"),
    .target(
      name: "Site",
      dependencies: [
        "SourceText", "Markdown", "Snippets", "Plot", "ParallelMap", "MarkupText",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      resources: [.copy("Theme")]
    ),
    .target(
      name: "Pipeline",
      dependencies: ["SourceText", "Markdown", "Snippets", "MathML", "Site", "TensorCore", "ParallelMap"]),
    .target(
      name: "Serve",
      dependencies: [
        "SourceText", "Pipeline", "Site",
        .product(name: "FlyingFox", package: "FlyingFox"),
        .product(name: "FlyingSocks", package: "FlyingFox"),
      ]
    ),
    .target(
      name: "DocbuildCLI",
      dependencies: [
        "SourceText", "Pipeline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Release builds link the Swift runtime and Foundation statically: loading them is most of a command's start-up
    // time. The position-independent executable then carries 82,000 relative relocations, which the loader applied
    // one record at a time (7% of `docbuild --help`'s instructions); lld's packed form (DT_RELR, glibc 2.36+) applies
    // them from a bitmap and keeps address randomisation, where a non-PIE link would give it up. lld ships with the
    // Swift toolchain. The Swift runtime's C++ part needs libstdc++, linked statically too (binding the shared one's
    // symbols was 43% of `--help`'s instructions) through the linker script in StaticLibraries, and libgcc. The server
    // is a second program (`docbuild serve` starts it) because FlyingFox brings FoundationNetworking, which needs the
    // system's libcurl: linked, it would cost every command 20 ms to load.
    .executableTarget(
      name: "docbuild", dependencies: ["DocbuildCLI"], exclude: ["StaticLibraries"],
      // Compiling main.swift with the flag too makes it name the static libraries Foundation needs (CoreFoundation, ICU).
      swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
            "-L", staticLibrariesFolder, "-Xclang-linker", "-static-libgcc",
          ],
          .when(configuration: .release))
      ]),
    .executableTarget(name: "docbuild-serve", dependencies: ["DocbuildCLI", "Pipeline", "Serve"]),
    .executableTarget(
      name: "TensorBenchmarks",
      dependencies: ["TensorCore"],
      path: "Benchmarks/TensorBenchmarks"
    ),
    .executableTarget(
      name: "LanguageBenchmarks",
      dependencies: ["SourceText", "Snippets"],
      path: "Benchmarks/LanguageBenchmarks"
    ),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "TensorCoreTests", dependencies: ["TestSupport", "TensorCore"], exclude: ["Fixtures"]),
    .testTarget(name: "SnippetsTests", dependencies: ["TestSupport", "SourceText", "Snippets"], exclude: ["Fixtures"]),
    .testTarget(
      name: "PlotTests", dependencies: ["TestSupport", "SourceText", "Plot", "Snippets", "Site", "Markdown"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(name: "MarkupTextTests", dependencies: ["TestSupport", "MarkupText"]),
    .testTarget(name: "MarkdownTests", dependencies: ["TestSupport", "SourceText", "Markdown"]),
    .testTarget(name: "MathMLTests", dependencies: ["TestSupport", "MathML"], exclude: ["Golden"]),
    .testTarget(
      name: "SiteTests", dependencies: ["TestSupport", "SourceText", "Site"],
      exclude: ["Golden", "Screenshots", "Fixtures"]),
    .testTarget(
      name: "PipelineTests", dependencies: ["TestSupport", "SourceText", "Pipeline", "DocbuildCLI"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(name: "ServeTests", dependencies: ["TestSupport", "SourceText", "Serve", "Pipeline", "DocbuildCLI"]),
  ],
  swiftLanguageModes: [.v6]
)

/// The folder of the linker script that makes a release link take libstdc++'s static archive (an absolute path: the
/// linker does not run in the package's folder).
var staticLibrariesFolder: String {
  String(#filePath.dropLast("Package.swift".count)) + "Sources/docbuild/StaticLibraries"
}

/// Release builds of the tensor core and the interpreter copy and destroy a struct's fields with direct retains and
/// releases, as debug builds do: by default the optimizer lowers those through type layouts, which destroyed a value
/// such as an operation's inputs (two optional tensors and a list) by looking up its type's metadata and calling its
/// value witness, about 90 instructions a field, three times in every small operation. Without: `np.sqrt(a)` on a
/// (10, 10) array 4,458 → 4,342 instructions, `a + b` 3,946 → 3,813 (Benchmarks/instruction_counts.sh). The flag
/// changes how values are copied, never what any kernel computes.
var classicValueLowering: [SwiftSetting] {
  [.unsafeFlags(["-Xfrontend", "-disable-type-layout"], .when(configuration: .release))]
}

/// Release builds of the tensor core hand the interpreter the bodies of its functions to inline: reading a tensor's
/// shape, dtype or size from the interpreter was a call, a retain and a release. With: 200 gradient steps 76,322 →
/// 73,953 instructions a step, `a.T` 2,715 → 2,603, `a.reshape(5, 20)` 3,064 → 2,974; a release build took 15 min 52 s
/// against 14–15 min without it.
var crossModuleOptimization: [SwiftSetting] {
  [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
}
