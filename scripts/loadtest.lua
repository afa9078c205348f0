-- wrk script for scripts/loadtest: POSTs the JSON body in $LOADTEST_BODY to the URL's path,
-- counts responses that are not 2xx, stops each thread after $LOADTEST_MAX_REQUESTS_PER_THREAD
-- responses (0: no limit, only the time bound), and prints one machine-readable RESULT line.

local body_file = os.getenv("LOADTEST_BODY")
local f = assert(io.open(body_file, "rb"), "cannot read LOADTEST_BODY " .. tostring(body_file))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  responses = 0
  max_requests = tonumber(os.getenv("LOADTEST_MAX_REQUESTS_PER_THREAD") or "0") or 0
end

function response(status, headers, body)
  responses = responses + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
  if max_requests > 0 and responses >= max_requests then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local non2xx_total = 0
  for _, t in ipairs(threads) do
    non2xx_total = non2xx_total + (t:get("non2xx") or 0)
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  -- latency values are in microseconds
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f "
      .. "non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    non2xx_total, e.connect, e.read, e.write, e.timeout))
end
