import DocbuildCLI
import Foundation

exit(Docbuild.main(Array(CommandLine.arguments.dropFirst())))
