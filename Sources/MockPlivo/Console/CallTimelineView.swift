import CallEngine

/// Draws a ``CallTimeline`` with HTML and CSS only: lanes (the call's phases, its XML, the caller's input,
/// recordings and live audio, requests to the user's server) over an axis of simulated seconds. Bars span their
/// time; instants are dots, and a request's dot opens (a `<details>`) on what was sent and what came back. A
/// recording's bar opens the same way on a player of its file, and a Dial's bar and answer link to the B leg.
///
/// The drawing is one ordered list in time order, so without CSS (a text browser) or to a screen reader it reads
/// as "0 s to 2 s: queued, 2 s", "at 2 s: request answer 200: POST … → 200", …; the times and details a sighted
/// reader gets from positions and tooltips are in the text, visually hidden (`.vh`). Positions are classes
/// (`l37`: 37% from the left, `w12`: 12% wide) from a generated set, since the console's Content-Security-Policy
/// admits no `style` attribute.
struct CallTimelineView {
    var timeline: CallTimeline
    /// The same-origin paths of the call's recordings the store holds, by id: a recording's bar plays only a
    /// file that is there (not one deleted, nor one still being made).
    var recordingPaths: [String: String] = [:]

    /// Instants further right than this open to the left, so their label and panel stay on the page.
    static let flipAt = 70

    func render() -> HTML {
        let lanes = timeline.lanes.map { lane -> HTML in
            "<span class=\"tl-lane tl-r\(row(lane))\" aria-hidden=\"true\">\(lane.title)</span>"
        }
        let items = timeline.items.enumerated().map { index, item in self.item(item, number: index + 1) }
        let ticks = timeline.ticks.map { tick -> HTML in
            "<span class=\"tl-tick l\(percent(tick))\">\(tick.secondsText) s</span>"
        }
        let now: HTML = timeline.isOpen ? "<span class=\"tl-tick tl-now l100\">now</span>" : .empty
        let span = timeline.length.secondsText
        return """
            <p class="hint">Simulated seconds from \(timeline.origin.plivoText) UTC, \(span) s \
            \(timeline.isOpen ? "so far (the call has not ended; reload to follow it)" : "in all"). \
            Hover a bar for its details; open a request's dot to see what was sent and what came back, and a \
            recording's bar to play it.</p>
            <div class="tl tl-n\(timeline.lanes.count)" id="timeline">
            \(lanes)<ol class="tl-items" aria-label="The call's timeline, in simulated seconds from its first entry">
            \(items)</ol>
            <div class="tl-axis" aria-hidden="true">\(ticks)\(now)</div>
            </div>

            """
    }

    /// The lane's row in the grid: lanes with nothing in them are not drawn.
    private func row(_ lane: CallTimeline.Lane) -> Int {
        (timeline.lanes.firstIndex(of: lane) ?? 0) + 1
    }

    private func percent(_ offset: SimulatedDuration) -> Int {
        Int(timeline.position(offset).rounded())
    }

    private func item(_ item: CallTimeline.Item, number: Int) -> HTML {
        let start = "\(item.start.secondsText) s"
        var facts = item.details.map { "\($0.0)=\($0.1)" }
        if let note = item.note { facts.append(note) }
        let more = facts.isEmpty ? "" : ". " + facts.joined(separator: ", ")
        let left = percent(item.start)
        let lane = row(item.lane)
        let level: HTML = item.level > 0 ? " mt\(item.level)" : ""
        let attributes: HTML =
            "id=\"entry-\(number)\" data-event=\"\(item.event)\" data-lane=\"\(item.lane.title)\""
        if let end = item.end {
            let length = end - item.start
            let width = max(0, percent(end) - left)
            let when = "\(start) to \(end.secondsText) s"
            let classes: HTML = "tl-bar tl-r\(lane) t-\(item.tone.rawValue) l\(left) w\(width)\(level)"
            let title: HTML = "title=\"\(when): \(item.label), \(length.secondsText) s\(more)\""
            let text: HTML = """
                <span class="vh">\(when): </span>\(label(item)) <small>\(length.secondsText) s</small>\
                <span class="vh">\(more)</span>
                """
            guard let recording = item.recording, let path = recordingPaths[recording.id] else {
                return "<li class=\"\(classes)\" \(attributes) \(title)>\(text)</li>\n"
            }
            let flip: HTML = left > Self.flipAt ? " flip" : ""
            return """
                <li class="\(classes) tl-open\(flip)" \(attributes) data-recording="\(recording.id)"><details>\
                <summary \(title)>\(text)</summary>
                <div class="tl-panel"><p><strong>Recording \(recording.id)</strong> <small>\(when)</small></p>
                \(RecordingPlayerView.player(id: recording.id, format: recording.format, path: path))</div></details></li>

                """
        }
        let flip: HTML = left > Self.flipAt ? " flip" : ""
        let classes: HTML = "tl-mark tl-r\(lane) t-\(item.tone.rawValue) l\(left) mt\(item.level)\(flip)"
        guard let exchange = item.exchange else {
            return """
                <li class="\(classes)" \(attributes) title="at \(start): \(item.label)\(more)">\
                <span class="vh">at \(start): </span><span class="tl-dot" aria-hidden="true"></span>\
                <span>\(label(item))</span><span class="vh">\(more)</span></li>

                """
        }
        return """
            <li class="\(classes)" \(attributes)><details><summary title="at \(start): \
            \(CallbackExchangeView.summary(exchange))"><span class="vh">at \(start): request </span>\
            <span class="tl-dot" aria-hidden="true"></span><span>\(item.label)</span>\
            <span class="vh">: \(CallbackExchangeView.summary(exchange))</span></summary>
            <div class="tl-panel"><p><strong>\(CallbackExchangeView.summary(exchange))</strong> \
            <small>at \(start)</small></p>
            \(CallbackExchangeView.details(exchange))</div></details></li>

            """
    }

    /// The item's label, a link to the B leg's page when it names one.
    private func label(_ item: CallTimeline.Item) -> HTML {
        guard let leg = item.leg else { return "\(item.label)" }
        return "<a href=\"\(ConsoleHandlers.callPath(leg))\" data-leg=\"\(leg)\">\(item.label)</a>"
    }

    /// The drawing's rules, part of the console's one stylesheet (``HTMLPage/styleSheet``): lanes as rows of a
    /// grid whose second column holds the list (a subgrid, so lane names and lanes line up), every item placed
    /// in that column by a percentage margin, and the position and width classes `l0`…`l100`, `w0`…`w100`.
    static let styleSheet: String = {
        var rules = """
            .tl{display:grid;grid-template-columns:7em minmax(0,1fr);margin:.5em 2.5em 1.5em 0;font-size:13px}
            .tl-lane{grid-column:1/3;color:#66717f;padding:.35em 0 .35em .3em;border-top:1px solid #d9e0e8;
            background:#fff}.tl-r2.tl-lane,.tl-r4.tl-lane{background:#fafbfc}
            .tl-items{grid-column:2;display:grid;grid-template-rows:subgrid;
            grid-template-columns:minmax(0,1fr);list-style:none;margin:0;padding:0}
            .tl-items>li{grid-column:1;justify-self:start;align-self:start;position:relative;margin-top:.3em;
            margin-bottom:.3em;box-sizing:border-box}
            .tl-items>li:focus-within,.tl-items>li:has(details[open]){z-index:10}
            .tl-bar{height:1.7em;line-height:1.7em;min-width:4px;padding:0 .35em;border-radius:3px;overflow:hidden;
            white-space:nowrap;text-overflow:ellipsis;border:1px solid rgba(0,0,0,.15)}
            .tl-bar small{color:#3c4a5a}
            .t-queued{background:#e2e8f0}.t-ringing{background:#fbd38d}.t-progress{background:#9ae6b4}
            .t-speak{background:#90cdf4}.t-play{background:#d6bcfa}.t-dtmf{background:#81e6d9}
            .t-wait{background:repeating-linear-gradient(135deg,#edf2f7 0 6px,#e2e8f0 6px 12px)}
            .t-dial{background:#fbb6ce}.t-record{background:#feb2b2}.t-prompt{background:#c3dafe}
            .t-listen{background:repeating-linear-gradient(135deg,#ebf4ff 0 6px,#c3dafe 6px 12px)}
            .tl-open{overflow:visible}.tl-open summary{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
            .t-key .tl-dot{background:#3182ce;box-shadow:0 0 0 1px #2b6cb0}
            .t-input .tl-dot{background:#38a169;box-shadow:0 0 0 1px #2f855a;border-radius:1px}
            .tl-mark{transform:translateX(-6px);white-space:nowrap}
            .tl-mark,.tl-mark summary{display:flex;align-items:center;gap:.3em;line-height:1.4em}
            .tl-mark summary{list-style:none;text-decoration:underline dotted}
            .tl-mark summary::-webkit-details-marker{display:none}
            .tl-mark.flip{transform:translateX(calc(6px - 100%))}
            .tl-mark.flip,.tl-mark.flip summary{flex-direction:row-reverse}
            .tl-dot{flex:0 0 auto;width:10px;height:10px;border-radius:50%;background:#4a5568;
            border:1px solid #fff;box-shadow:0 0 0 1px #4a5568}
            .t-step .tl-dot{border-radius:1px;transform:rotate(45deg);width:8px;height:8px}
            .t-ended .tl-dot{background:#1d2733;border-radius:1px}
            .t-ok .tl-dot{background:#38a169;box-shadow:0 0 0 1px #2f855a}
            .t-failed .tl-dot{background:#e53e3e;box-shadow:0 0 0 1px #c53030}.t-failed summary{color:#c53030}
            .tl-panel{position:absolute;top:100%;left:0;width:40em;max-width:75vw;max-height:32em;overflow:auto;
            background:#fff;border:1px solid #d9e0e8;border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.18);
            padding:.5em .8em;white-space:normal;cursor:auto}.flip .tl-panel{left:auto;right:0}
            .tl-panel dl{grid-template-columns:1fr}
            .tl-panel audio{width:100%}
            .tl-axis{grid-column:2;display:grid;grid-template-columns:minmax(0,1fr);
            border-top:1px solid #66717f;color:#66717f}
            .tl-tick{grid-area:1/1;justify-self:start;padding:.15em 0 0 .2em;border-left:1px solid #66717f;
            white-space:nowrap}.tl-now{transform:translateX(-100%);border:0;border-right:2px solid #c53030;
            padding:.15em .2em 0 0;color:#c53030}
            .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}

            """
        // Rows: a class per lane's row, and per number of lanes drawn, where the list and the axis go.
        let rows = CallTimeline.Lane.allCases.count
        for row in 1...rows { rules += ".tl-r\(row){grid-row:\(row)}" }
        for count in 1...rows {
            rules += ".tl-n\(count) .tl-items{grid-row:1/\(count + 1)}.tl-n\(count) .tl-axis{grid-row:\(count + 1)}"
        }
        for level in 0...CallTimeline.maxLevel { rules += ".tl-items>.mt\(level){margin-top:\(0.3 + Double(level) * 1.8)em}" }
        for percent in 0...100 { rules += ".l\(percent){margin-left:\(percent)%}" }
        for percent in 0...100 { rules += ".w\(percent){width:\(percent)%}" }
        return rules + "\n"
    }()
}
