-- wrk script of Benchmarks/console-load.sh: one console session per connection.
-- Run with as many threads as connections (-t N -c N): each thread has one connection and takes the
-- next line of the cookie file ("Cookie-value<TAB>path" lines, one per logged-in session), so the N
-- sessions read their own roster page side by side. Responses other than 200 count as errors.

local sessions = {}
for line in io.lines(os.getenv("LOAD_COOKIES")) do
  local cookie, path = line:match("^([^\t]+)\t(.+)$")
  if cookie then sessions[#sessions + 1] = { cookie = cookie, path = path } end
end
if #sessions == 0 then error("no sessions in " .. tostring(os.getenv("LOAD_COOKIES"))) end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  local session = sessions[(counter - 1) % #sessions + 1]
  thread:set("cookie", session.cookie)
  thread:set("page", session.path)
  thread:set("errors", 0)
  thread:set("ok", 0)
  table.insert(threads, thread)
end

function init(args)
  errors = 0
  ok = 0
  wrk.headers["Cookie"] = cookie
  request_text = wrk.format("GET", page)
end

function request()
  return request_text
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  else
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local errors, ok = 0, 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("errors")
    ok = ok + thread:get("ok")
  end
  local socket = summary.errors
  io.write(string.format(
    "RESULT requests=%d ok=%d non200=%d socket_errors=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f seconds=%.1f\n",
    summary.requests, ok, errors, socket.connect + socket.read + socket.write + socket.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.duration / 1e6))
end
