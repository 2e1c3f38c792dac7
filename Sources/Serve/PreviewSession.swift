import Diagnostics
import Foundation
import Synchronization
import TravauxKit

/// `travaux serve`: builds the site into memory, serves it at the printed address, and
/// rebuilds it when the content, the theme or the templates change, until the process is
/// stopped. Content problems never stop it (``SiteBuilder``).
public enum PreviewSession {
    /// The folders of the site a build reads, watched for changes (`content/site.yml`
    /// included).
    static let watchedFolders = ["content", "themes", "templates", "i18n"]

    /// Runs the preview server; returns only when it cannot run: 64 for a bad argument, 1
    /// when the address cannot be listened on or the folders cannot be watched.
    public static func run(
        _ request: ServeRequest, environment: [String: String] = ProcessInfo.processInfo.environment, console: Console = .standard
    ) -> Int32 {
        let format = request.build.format(environment: environment)
        let options: BuildOptions
        do {
            options = try request.build.options(environment: environment)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: options.source.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw UsageError("\(request.build.source) is not a folder: give the site folder, holding content/, with --source")
            }
        } catch {
            console.error(format.line(error: "\(error)"))
            return Travaux.exitStatus(for: error)
        }
        guard Self.isIPv4(request.host) else {
            console.error(format.line(error: "\(UsageError("--host '\(request.host)' is not an IPv4 address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network)"))"))
            return 64
        }
        let store = SiteStore()
        let builder = SiteBuilder(
            options: options, store: store,
            printer: { report in
                Commands.printDiagnostics(report, request.build, format: format, environment: environment, console: console)
                if request.build.timings { Commands.printTimings(report, console: console) }
            },
            say: { line in if !request.build.quiet { console.error(line) } }
        )
        builder.build()
        let failure = Failure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let server = try PreviewServer(store: store, host: request.host, port: request.port)
                let (port, running) = try await server.start()
                let watcher = try WatchedChange.watch(site: options.source, folders: watchedFolders) { changes in
                    builder.build(after: changes)
                }
                defer { watcher.stop() }
                console.out("travaux: serving \(options.source.path) at http://\(request.host):\(port)/ (rebuilds on change; Ctrl-C stops)")
                // Read by whoever started the server (a script, the end-to-end test) as it comes.
                fflush(nil)
                try await running.value
            } catch let error as PreviewServer.ListenError {
                failure.message.withLock { $0 = "cannot listen on \(request.host):\(request.port): \(error) (another server there? choose another --port)" }
            } catch {
                failure.message.withLock { $0 = "\(error)" }
            }
            done.signal()
        }
        done.wait()
        console.error(format.line(error: "travaux: serve stopped: \(failure.message.withLock { $0 } ?? "the server closed")"))
        return 1
    }

    /// Whether `host` is an IPv4 address in dotted form.
    static func isIPv4(_ host: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, host, &address) == 1
    }
}

/// Why the server stopped, set by its task.
private final class Failure: Sendable {
    let message = Mutex<String?>(nil)
}
