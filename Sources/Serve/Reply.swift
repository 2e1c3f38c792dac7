import Foundation

/// An HTTP response of the preview server, independent of the server library: a status, its
/// headers in order, and the body.
struct Reply: Sendable, Equatable {
    var status: Int
    var headers: [String: String]
    var body: Data

    init(status: Int, contentType: String, body: Data, headers: [String: String] = [:]) {
        self.status = status
        self.headers = headers.merging(["Content-Type": contentType, "Cache-Control": "no-store"]) { mine, _ in mine }
        self.body = body
    }

    /// The `Content-Type` header.
    var contentType: String? { headers["Content-Type"] }

    /// The body as UTF-8 text.
    var text: String { String(decoding: body, as: UTF8.self) }
}
