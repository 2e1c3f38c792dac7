import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Asks glibc's allocator to back the process's heap with transparent huge pages, by
/// running the process again with `GLIBC_TUNABLES=glibc.malloc.hugetlb=1` (the tunable is
/// read only when a process starts).
///
/// A build of a large record touches about a gigabyte of fresh memory: with 4 KiB pages that
/// is hundreds of thousands of page faults and TLB misses. On the 10,000-page benchmark
/// corpus the tunable takes 12% off the CPU time of a build with the same peak memory
/// (Benchmarks/README.md, *Profile*). It is done only where it can help: on Linux, when the
/// kernel gives huge pages on request (`[madvise]` in
/// `/sys/kernel/mm/transparent_hugepage/enabled`), when the variable does not already set
/// the tunable, not when `TRAVAUX_NO_HUGE_PAGES` is set, and not under a tool that runs the
/// program itself (valgrind). If the process cannot be run again, it goes on as it is.
public enum HugePages {
    static let variable = "GLIBC_TUNABLES"
    static let tunable = "glibc.malloc.hugetlb"

    /// Runs the process again with the tunable set, or returns when that is not needed or
    /// not possible. Call it first thing in `main`, before any thread starts.
    public static func enable() {
        #if os(Linux)
        let current = getenv(variable).map { String(cString: $0) }
        guard getenv("TRAVAUX_NO_HUGE_PAGES") == nil, !(current ?? "").contains(tunable), kernelGivesHugePagesOnRequest(),
              runsItself() else { return }
        setenv(variable, tunables(adding: current), 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Not run again: put the environment back as it was.
        if let current { setenv(variable, current, 1) } else { unsetenv(variable) }
        #endif
    }

    /// Whether the process runs on its own: not under valgrind (which preloads its
    /// `vgpreload` libraries and would lose the program it runs if it ran itself again).
    static func runsItself() -> Bool {
        let preload = getenv("LD_PRELOAD").map { String(cString: $0) } ?? ""
        return !preload.contains("vgpreload")
    }

    /// The value of `GLIBC_TUNABLES` with huge pages asked for, keeping what it held.
    static func tunables(adding current: String?) -> String {
        let setting = tunable + "=1"
        guard let current, !current.isEmpty else { return setting }
        return current + ":" + setting
    }

    /// Whether transparent huge pages are given to memory that asks for them (`madvise`);
    /// with `always` they are given anyway, with `never` not at all.
    static func kernelGivesHugePagesOnRequest() -> Bool {
        let setting = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
        return setting?.contains("[madvise]") ?? false
    }
}
