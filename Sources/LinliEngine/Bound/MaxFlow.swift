/// Dinic's maximum flow on a compact arc list (Dinic, "Algorithm for solution of a problem of maximum flow
/// in networks with power estimation", 1970), with incremental source arcs so flows can be augmented in phases.
struct MaxFlow: Sendable {
    private(set) var nodeCount: Int
    private var head: [Int32]
    private var next: [Int32] = []
    private var to: [Int32] = []
    private var cap: [Int64] = []

    init(nodes: Int) {
        nodeCount = nodes
        head = Array(repeating: -1, count: nodes)
    }

    /// Adds an arc and its residual twin; returns the arc index.
    @discardableResult
    mutating func addArc(_ u: Int, _ v: Int, _ c: Int64) -> Int {
        let e = to.count
        to.append(Int32(v)); cap.append(c); next.append(head[u]); head[u] = Int32(e)
        to.append(Int32(u)); cap.append(0); next.append(head[v]); head[v] = Int32(e + 1)
        return e
    }

    /// Residual capacity of arc `e`.
    func residual(_ e: Int) -> Int64 { cap[e] }

    /// Sends `f` along arc `e` (a greedy start before ``augment(from:to:)``; the caller keeps conservation).
    mutating func send(_ f: Int64, along e: Int) {
        cap[e] -= f
        cap[e ^ 1] += f
    }

    /// Augments from `s` to `t` until no augmenting path remains; returns the flow added, or nil when the
    /// deadline expired first (polled once per phase and every 256 paths).
    /// - Complexity: O(V² E) worst case; near-linear on these bipartite-like networks in practice.
    mutating func augment(from s: Int, to t: Int, deadline: Deadline = .never) -> Int64? {
        var total: Int64 = 0
        var level = [Int32](repeating: -1, count: nodeCount)
        var iter = [Int32](repeating: -1, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        while true {
            if deadline.isExpired { return nil }
            for i in level.indices { level[i] = -1 }
            level[s] = 0
            var qh = 0, qt = 0
            queue[qt] = Int32(s); qt += 1
            while qh < qt {
                let u = Int(queue[qh]); qh += 1
                var e = head[u]
                while e >= 0 {
                    let v = Int(to[Int(e)])
                    if cap[Int(e)] > 0 && level[v] < 0 {
                        level[v] = level[u] + 1
                        queue[qt] = Int32(v); qt += 1
                    }
                    e = next[Int(e)]
                }
            }
            if level[t] < 0 { return total }
            iter = head
            var paths = 0
            while true {
                let f = push(s, t, Int64.max, &level, &iter)
                if f == 0 { break }
                total += f
                paths += 1
                if paths % 256 == 0 && deadline.isExpired { return nil }
            }
        }
    }

    /// Iterative depth-first blocking-flow push along level-increasing arcs.
    private mutating func push(_ s: Int, _ t: Int, _ limit: Int64, _ level: inout [Int32], _ iter: inout [Int32]) -> Int64 {
        var path: [Int32] = []
        var u = s
        while true {
            if u == t {
                var f = limit
                for e in path { f = min(f, cap[Int(e)]) }
                for e in path {
                    cap[Int(e)] -= f
                    cap[Int(e) ^ 1] += f
                }
                return f
            }
            var advanced = false
            while iter[u] >= 0 {
                let e = Int(iter[u])
                let v = Int(to[e])
                if cap[e] > 0 && level[v] == level[u] + 1 {
                    path.append(Int32(e))
                    u = v
                    advanced = true
                    break
                }
                iter[u] = next[e]
            }
            if !advanced {
                if path.isEmpty { return 0 }
                level[u] = -1
                let e = Int(path.removeLast())
                u = Int(to[e ^ 1])
                iter[u] = next[Int(iter[u])]
            }
        }
    }
}
