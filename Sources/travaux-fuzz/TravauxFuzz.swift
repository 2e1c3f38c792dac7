import Foundation
import FuzzTargets

// Two builds of one file (see docs/fuzzing.md):
// - with `-DFUZZING` and `-sanitize=fuzzer`: the libFuzzer entry points; libFuzzer supplies
//   `main`, and `TRAVAUX_FUZZ_TARGET` names the target;
// - otherwise: the replay driver, `travaux-fuzz <target> FILE_OR_DIR...`, which runs a
//   target on files (a crash found by libFuzzer, a seed corpus) without libFuzzer.

#if FUZZING

/// The target named by `TRAVAUX_FUZZ_TARGET`.
private let selectedTarget: FuzzTarget? = ProcessInfo.processInfo.environment["TRAVAUX_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:))

/// libFuzzer's set-up hook: checks that `TRAVAUX_FUZZ_TARGET` names a target and prepares it.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
    _ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
    guard let target = selectedTarget else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("travaux-fuzz: set TRAVAUX_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(64)
    }
    target.prepare()
    return 0
}

/// libFuzzer's test hook: runs the selected target on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selectedTarget?.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

#else

/// The replay driver: runs a fuzz target on files, printing each before it runs, so a
/// crash names its input.
@main
struct TravauxFuzz {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            fail("usage: travaux-fuzz <\(names)> FILE_OR_DIR...\nruns the fuzz target on each file (each file of a folder)", status: 64)
        }
        var files: [String] = []
        for path in arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                fail("travaux-fuzz: no such file or folder: \(path)", status: 66)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                for name in names.sorted() where !name.hasPrefix(".") {
                    let file = (path as NSString).appendingPathComponent(name)
                    var isFolder: ObjCBool = false
                    if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue {
                        files.append(file)
                    }
                }
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                fail("travaux-fuzz: cannot read \(file)", status: 66)
            }
            print("\(target.rawValue): \(file)")
            fflush(nil)
            target.run([UInt8](data))
        }
        print("\(target.rawValue): \(files.count) file\(files.count == 1 ? "" : "s"), no crash")
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(status)
    }
}

#endif
