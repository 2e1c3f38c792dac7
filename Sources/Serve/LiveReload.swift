import Foundation

/// The script `travaux serve` adds to every HTML page it serves (never to what `build`
/// writes): it follows the server's builds over a WebSocket (``path``), reloads the page
/// after a successful one at the same scroll position and fragment, and shows the problems
/// of a failed one over the page.
enum LiveReload {
    /// The WebSocket the pages listen to: the server sends the status after each build.
    static let path = "/__travaux/socket"
    /// The status of the latest build as JSON (what the socket sends), for tools and tests.
    static let statusPath = "/__travaux/status"
    /// What changed since a generation, for one page (``PageChanges``): `?since=4&page=/x/`.
    static let changesPath = "/__travaux/changes"
    /// The prefix of the server's own addresses, which no site file can take.
    static let prefix = "/__travaux/"

    /// `html` with the script before its last `</body>` (at its end when it has none);
    /// `generation` is the build the page comes from.
    static func inject(into html: Data, generation: Int) -> Data {
        let script = Data(tag(generation: generation).utf8)
        let closing = Data("</body>".utf8)
        guard let range = html.range(of: closing, options: .backwards) else { return html + script }
        var result = html
        result.replaceSubrange(range.lowerBound..<range.lowerBound, with: script)
        return result
    }

    /// The `<script>` element.
    static func tag(generation: Int) -> String {
        "<script data-travaux-serve>\n(function (generation) {\n\(client)})(\(generation));\n</script>\n"
    }

    /// The client: a page loaded from build `generation` asks, when a later build succeeds,
    /// what it changed (``changesPath``), and reloads when its own file changed, or a file it
    /// fetched (a style sheet, a script, the search index it has read); otherwise it only
    /// takes the new generation, so that an incremental build, which shows its pages before
    /// its search index, reloads a page once. The scroll position is kept in sessionStorage
    /// under the page's path (the fragment stays in the address, so the browser keeps it).
    /// The problems are written with `textContent`, never as HTML.
    static let client = #"""
      var key = "travaux-serve-scroll:" + location.pathname;
      // Every file the page fetches is remembered, to tell whether a build changed one of them.
      if (performance.setResourceTimingBufferSize) performance.setResourceTimingBufferSize(100000);
      // Only this script puts the page back where it was (the browser's own restoring would
      // apply later, over it).
      if ("scrollRestoration" in history) history.scrollRestoration = "manual";
      var saved = sessionStorage.getItem(key);
      // The position being restored, until the page is loaded: a reload asked for before then
      // (an edited position is shown at once, then the whole site is built again) keeps it.
      var restoring = null;
      if (saved !== null) {
        sessionStorage.removeItem(key);
        restoring = Number(saved);
        // Now (the script ends the body, the style sheets are in), and again once the images
        // and fonts are in, which may move the page.
        var restore = function () { window.scrollTo(0, restoring); };
        restore();
        if (document.readyState !== "complete") {
          window.addEventListener("load", function () { restore(); restoring = null; });
        } else {
          restoring = null;
        }
      }
      function overlay(problems) {
        var old = document.getElementById("travaux-serve-problems");
        if (old) old.remove();
        if (!problems.length) return;
        var box = document.createElement("div");
        box.id = "travaux-serve-problems";
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);" +
          "color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2em";
        var title = document.createElement("h2");
        title.textContent = "travaux serve: the last build failed (" + problems.length + " problem" +
          (problems.length === 1 ? "" : "s") + "); this is the last good site";
        title.style.cssText = "font:bold 16px sans-serif;margin:0 0 1em";
        box.appendChild(title);
        problems.forEach(function (p) {
          var line = document.createElement("pre");
          line.className = "travaux-serve-problem";
          line.style.cssText = "white-space:pre-wrap;margin:0 0 .6em;color:" + (p.severity === "error" ? "#ff8a80" : "#ffd180");
          line.textContent = p.path + (p.line ? ":" + p.line : "") + ": " + p.severity + ": " + p.message;
          box.appendChild(line);
        });
        (document.body || document.documentElement).appendChild(box);
      }
      function reload() {
        sessionStorage.setItem(key, String(restoring !== null ? restoring : window.scrollY));
        location.reload();
      }
      // Whether the page fetched a file `changes` names (a search index file of a folder whose
      // index changed: the search client keeps the files it read, which must not be mixed).
      function fetched(changes) {
        return performance.getEntriesByType("resource").some(function (entry) {
          var url;
          try { url = new URL(entry.name); } catch (error) { return false; }
          if (url.origin !== location.origin) return false;
          var path = decodeURIComponent(url.pathname).slice(1);
          if (changes.paths.indexOf(path) >= 0) return true;
          return /\.json\.gz$/.test(path) && changes.search.some(function (folder) { return path.indexOf(folder) === 0; });
        });
      }
      var asking = false;
      var latest = 0;
      function ask() {
        if (asking) return;
        asking = true;
        fetch("/__travaux/changes?since=" + generation + "&page=" + encodeURIComponent(location.pathname), { cache: "no-store" })
          .then(function (response) { return response.json(); })
          .then(function (changes) {
            if (changes.all || changes.page || fetched(changes)) { reload(); return; }
            generation = changes.generation;
            asking = false;
            if (latest > generation) ask();
          }, function () { asking = false; });
      }
      function follow(status) {
        if (status.problems.length) { overlay(status.problems); return; }
        overlay([]);
        latest = status.generation;
        if (status.generation > generation) ask();
      }
      function connect() {
        var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__travaux/socket");
        socket.onmessage = function (event) { follow(JSON.parse(event.data)); };
        socket.onclose = function () { setTimeout(connect, 1000); };
      }
      connect();

    """#
}
