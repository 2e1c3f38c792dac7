import Foundation
import Testing
@testable import Serve
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite struct PreviewServerTests {
    /// Does not follow redirects, so a test sees the 301.
    final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }

    @Test func servesTheSiteOverHTTPOnTheLoopbackAddress() async throws {
        let store = SiteResponderTests.store()
        let server = try PreviewServer(store: store, host: "127.0.0.1", port: 0)
        let (port, running) = try await server.start()
        defer { running.cancel() }
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        func get(_ path: String) async throws -> (Data, HTTPURLResponse) {
            let (data, response) = try await session.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            return (data, try #require(response as? HTTPURLResponse))
        }
        let (home, homeResponse) = try await get("/")
        #expect(homeResponse.statusCode == 200)
        #expect(homeResponse.value(forHTTPHeaderField: "Content-Type") == "text/html; charset=utf-8")
        #expect(String(decoding: home, as: UTF8.self).contains("data-travaux-serve"))
        let (_, redirect) = try await get("/drafts/zero")
        #expect(redirect.statusCode == 301)
        #expect(redirect.value(forHTTPHeaderField: "Location") == "/drafts/zero/")
        let (missing, missingResponse) = try await get("/drafts/nothing/")
        #expect(missingResponse.statusCode == 404)
        #expect(String(decoding: missing, as: UTF8.self).contains("Page not found"))
        let (index, indexResponse) = try await get("/search/terms-0.json.gz")
        #expect(indexResponse.value(forHTTPHeaderField: "Content-Type") == "application/gzip")
        #expect(index == Data("\u{1F}\u{8B}gzip".utf8))
        let (status, _) = try await get(LiveReload.statusPath)
        #expect(String(decoding: status, as: UTF8.self) == #"{"generation":1,"hasSite":true,"problems":[]}"#)
    }

    @Test func aPortInUseIsSaidAtOnce() async throws {
        let store = SiteResponderTests.store()
        let first = try PreviewServer(store: store, host: "127.0.0.1", port: 0)
        let (port, running) = try await first.start()
        defer { running.cancel() }
        let second = try PreviewServer(store: store, host: "127.0.0.1", port: port)
        let start = ContinuousClock.now
        await #expect(throws: PreviewServer.ListenError.self) { _ = try await second.start() }
        #expect(ContinuousClock.now - start < .seconds(2))
    }
}
