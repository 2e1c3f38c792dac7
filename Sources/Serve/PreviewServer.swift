import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The HTTP side of `travaux serve` (FlyingFox): every `GET`/`HEAD` of the site answered by
/// the ``SiteResponder``, and the ``LiveReload`` WebSocket, which sends the status of each
/// build (``StatusJSON``) to the open pages.
final class PreviewServer: Sendable {
    private let server: HTTPServer
    private let store: SiteStore

    /// A server for `store` on `host` (an IPv4 address) and `port` (0: any free port).
    init(store: SiteStore, host: String, port: UInt16) throws {
        self.store = store
        self.server = HTTPServer(address: try .inet(ip4: host, port: port), logger: .disabled)
    }

    /// Starts serving; returns once the socket listens, with the port it listens on and the
    /// task serving (which ends when cancelled or when the socket fails). Throws a
    /// ``ListenError`` when the address cannot be listened on (a port in use).
    func start() async throws -> (port: UInt16, running: Task<Void, any Error>) {
        await addRoutes()
        let failure = Failure()
        let server = self.server
        let running = Task {
            do {
                try await server.run()
            } catch {
                failure.error.withLock { $0 = error }
                throw error
            }
        }
        // FlyingFox's waitUntilListening() would wait out its timeout when run() failed.
        for _ in 0..<500 {
            if case .ip4(_, let port)? = await server.listeningAddress { return (port, running) }
            if let error = failure.error.withLock({ $0 }) { throw ListenError(error: error) }
            try await Task.sleep(for: .milliseconds(10))
        }
        running.cancel()
        throw ListenError(error: SocketError.timeout(message: "not listening after 5 s"))
    }

    private func addRoutes() async {
        let responder = SiteResponder(store: store)
        await server.appendRoute(HTTPRoute("GET \(LiveReload.path)"), to: .webSocket(StatusSocket(store: store)))
        await server.appendRoute("*") { request in
            guard request.method == .GET || request.method == .HEAD else {
                var headers = HTTPHeaders()
                headers[HTTPHeader("Allow")] = "GET, HEAD"
                return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
            }
            let reply = responder.reply(
                path: request.target.path(percentEncoded: false), query: request.target.query(), head: request.method == .HEAD
            )
            var headers = HTTPHeaders()
            for (name, value) in reply.headers { headers[HTTPHeader(name)] = value }
            return HTTPResponse(statusCode: HTTPStatusCode(reply.status, phrase: Self.phrase(reply.status)), headers: headers, body: reply.body)
        }
    }

    /// Why the server could not listen, in the system's words.
    struct ListenError: Error, CustomStringConvertible {
        var error: any Error

        var description: String {
            if case .failed(_, _, let message)? = error as? SocketError { return message }
            return "\(error)"
        }
    }

    /// The error the serving task stopped with.
    private final class Failure: Sendable {
        let error = Mutex<(any Error)?>(nil)
    }

    private static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 404: "Not Found"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}

/// The WebSocket of ``LiveReload``: sends the status on connecting, then after every build.
struct StatusSocket: WSMessageHandler {
    let store: SiteStore

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        let key = store.addListener { status in
            continuation.yield(.text(String(decoding: StatusJSON.encode(status), as: UTF8.self)))
        }
        continuation.yield(.text(String(decoding: StatusJSON.encode(store.status), as: UTF8.self)))
        let store = self.store
        // The page closed: stop sending to it.
        Task {
            for await _ in client {}
            store.removeListener(key)
            continuation.finish()
        }
        return messages
    }
}
