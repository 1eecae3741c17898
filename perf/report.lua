-- wrk script: sends the session cookie (and, for writes, the form), cycles through the given paths, and at the end
-- prints one JSON line with requests, errors and the p50/p95/p99 latencies in milliseconds.
-- Environment: WRK_COOKIE, WRK_PATHS (space-separated), WRK_WRITE_SHARE (0-100) of requests that POST WRK_WRITE_BODY
-- to the next path in WRK_WRITE_FILE (one per line; the threads take alternate lines, so no path is written twice).
local cookie = os.getenv("WRK_COOKIE") or ""
local paths = {}
for p in string.gmatch(os.getenv("WRK_PATHS") or "/", "%S+") do table.insert(paths, p) end
local write_paths = {}
local write_file = os.getenv("WRK_WRITE_FILE") or ""
if write_file ~= "" then
  for line in io.lines(write_file) do table.insert(write_paths, line) end
end
local write_body = os.getenv("WRK_WRITE_BODY") or ""
local write_share = tonumber(os.getenv("WRK_WRITE_SHARE") or "0")
local counter = 0
local writes = 0

local threads = 0
function setup(thread)
  thread:set("thread_index", threads)
  threads = threads + 1
end

request = function()
  counter = counter + 1
  if #write_paths > 0 and write_share > 0 and (counter % 100) < write_share then
    local index = writes * 2 + (thread_index or 0) + 1 -- wrk runs 2 threads (-t2)
    writes = writes + 1
    if index <= #write_paths then
      return wrk.format("POST", write_paths[index], { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, write_body)
    end
  end
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Cookie"] = cookie })
end

function done(summary, latency, requests)
  io.write(string.format('{"requests":%d,"seconds":%.2f,"rps":%.1f,"p50":%.2f,"p95":%.2f,"p99":%.2f,"socket_errors":%d,"non2xx":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
