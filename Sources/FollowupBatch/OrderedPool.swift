import Foundation

/// The runner `batch` and `map` share: items numbered 0, 1, 2, … worked on by `jobs` threads,
/// each with its own state (a `Pipeline`: ICU iterators are not thread-safe), and handed to
/// `deliver` strictly in order, one at a time.
///
/// A worker more than `window` items ahead of the oldest undelivered one waits, so at most
/// `window` results (give or take a worker each) are held whatever the input's size; the source
/// is read by one thread at a time, in order, so it may be a stream (standard input).
///
/// ```swift
/// let pool = OrderedPool<String, Int>(jobs: 2)
/// pool.run(makeState: { () }, source: { lines.next() }, work: { _, line, _ in line.count },
///          deliver: { count, index in print(index, count) })
/// ```
final class OrderedPool<Item, Result>: @unchecked Sendable {
    let jobs: Int
    let window: Int

    private let condition = NSCondition()
    private let deliveryLock = NSLock()
    private let sourceLock = NSLock()
    private var next = 0
    private var cursor = 0
    private var exhausted = false
    private var waiting: [Int: Result] = [:]

    init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = window ?? 4 * max(1, jobs)
    }

    var delivered: Int {
        condition.lock()
        defer { condition.unlock() }
        return cursor
    }

    /// Runs until the source is exhausted (or `isCancelled`), then returns when every worker has.
    /// - Parameters:
    ///   - threads: at most this many workers (batch starts no more than it has inputs).
    ///   - source: the next item, or nil at the end; called by one thread at a time.
    ///   - work: one item to its result, on a worker thread, with that worker's state.
    ///   - deliver: each result in item order, one call at a time.
    func run<State>(
        threads: Int? = nil,
        makeState: @escaping @Sendable () -> State,
        source: @escaping () -> Item?,
        work: @escaping (inout State, Item, Int) -> Result,
        deliver: @escaping (Result, Int) -> Void,
        isCancelled: @escaping () -> Bool = { false }
    ) {
        let count = max(1, min(jobs, threads ?? jobs))
        let group = DispatchGroup()
        nonisolated(unsafe) let source = source
        nonisolated(unsafe) let work = work
        nonisolated(unsafe) let deliver = deliver
        nonisolated(unsafe) let isCancelled = isCancelled
        for _ in 0..<count {
            group.enter()
            let thread = Thread { [self] in
                var state = makeState()
                while let (index, item) = take(source, isCancelled) {
                    let result = work(&state, item, index)
                    condition.lock()
                    waiting[index] = result
                    condition.unlock()
                    drain(deliver)
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    /// The next item and its number. The source is read under its own lock, not the pool's, so
    /// a read that waits for a slow stream never holds up the delivery of finished results.
    private func take(_ source: () -> Item?, _ isCancelled: () -> Bool) -> (Int, Item)? {
        condition.lock()
        while !exhausted, next - cursor >= window, !isCancelled() {
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.2))
        }
        let stop = exhausted || isCancelled()
        condition.unlock()
        if stop { return finish() }

        sourceLock.lock()
        defer { sourceLock.unlock() }
        condition.lock()
        let ended = exhausted
        condition.unlock()
        guard !ended, let item = source() else { return finish() }
        condition.lock()
        defer { condition.unlock() }
        next += 1
        return (next - 1, item)
    }

    private func finish() -> (Int, Item)? {
        condition.lock()
        exhausted = true
        condition.broadcast()
        condition.unlock()
        return nil
    }

    /// Hands over every result that is next in order, one thread at a time.
    private func drain(_ deliver: (Result, Int) -> Void) {
        deliveryLock.lock()
        defer { deliveryLock.unlock() }
        while true {
            condition.lock()
            let index = cursor
            let result = waiting.removeValue(forKey: index)
            if result != nil {
                cursor += 1
                condition.broadcast()
            }
            condition.unlock()
            guard let result else { return }
            deliver(result, index)
        }
    }
}
